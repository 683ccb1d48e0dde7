"""The tables of the source and its framing: sources, their keywords, sections and questions."""

from __future__ import annotations

import nptexperts.export._rows as rows  # the module itself, not an attribute of the package
from nptexperts.export._columns import (
    ID,
    LANGS,
    NOTES,
    Column,
    Table,
    deprecated_place,
    fk,
    item_column,
    text_columns,
)

__all__ = ["SOURCE_TABLES"]

#: The source's tables, in :data:`~nptexperts.export.tables.TABLES` order.
SOURCE_TABLES: tuple[Table, ...] = (
    Table(
        "sources",
        "The publications the records come from",
        (
            ID,
            *text_columns("title", "Title"),
            *text_columns("publisher", "Publisher"),
            Column("number", "string", "The publisher's own number for it, as printed"),
            Column("date", "date", "The date of publication"),
            Column("url", "string", "Where it is published", format="uri"),
            Column("language", "string", "The language it is published in", enum=LANGS),
            Column(
                "text_file",
                "string",
                "The file of its text shipped with the package (the anchor of spans)",
                required=False,
            ),
            NOTES,
        ),
        ("id",),
        (),
        rows.sources,
    ),
    Table(
        "keywords",
        "The keywords each source gives itself, in its order",
        (
            Column("source", "string", "The id of the source"),
            item_column("keyword", "source"),
            deprecated_place("keyword"),
            *text_columns("keyword", "Keyword"),
        ),
        ("source", "item"),
        (fk("source", "sources"),),
        rows.keywords,
    ),
    Table(
        "sections",
        "The collections of expert comments that the sources announce",
        (
            ID,
            *text_columns("title", "Title"),
            Column("source", "string", "The id of the source that describes the section"),
            Column("stated_expert_count", "integer", "How many experts the source says it holds"),
            Column(
                "stated_countries",
                "string",
                "The experts' countries as the source lists them (ISO 3166-1 alpha-2, "
                "space-separated, in the source's order)",
            ),
            *text_columns("summary", "Summary", required=False),
            NOTES,
            Column(
                "conference_start",
                "date",
                "The day the Review Conference starts, as the source states it",
                required=False,
            ),
            *text_columns("goal", "The project's goal, in the source's words", required=False),
            *text_columns("method", "How the comments were gathered", required=False),
            *text_columns("context", "The circumstances the source gives", required=False),
        ),
        ("id",),
        (fk("source", "sources"),),
        rows.sections,
    ),
    Table(
        "questions",
        "The questions or topics the experts answered",
        (
            ID,
            Column("section", "string", "The id of the section"),
            *text_columns("wording", "Question"),
        ),
        ("id",),
        (fk("section", "sections"),),
        rows.questions,
    ),
)
