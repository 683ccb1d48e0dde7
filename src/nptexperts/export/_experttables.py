"""The tables of the experts: experts, their positions, name variants and comments."""

from __future__ import annotations

import nptexperts.export._rows as rows  # the module itself, not an attribute of the package
from nptexperts._records.models import (
    AdvisoryBoard,
    CommentCoverage,
    CountryBasis,
    Honorific,
)
from nptexperts.export._columns import (
    ID,
    LANGS,
    NOTES,
    Column,
    Table,
    deprecated_place,
    deprecated_text_columns,
    fk,
    item_column,
    text_columns,
    values,
)

__all__ = ["EXPERT_TABLES"]

#: The experts' tables, in :data:`~nptexperts.export.tables.TABLES` order.
EXPERT_TABLES: tuple[Table, ...] = (
    Table(
        "experts",
        "The experts, one row each, sorted by family name",
        (
            ID,
            *text_columns("name", "Name"),
            *text_columns("family_name", "Family name"),
            Column(
                "honorific",
                "string",
                "The honorific the source puts before the name",
                required=False,
                enum=values(Honorific),
            ),
            Column(
                "country_code",
                "string",
                "ISO 3166-1 alpha-2 code of the expert's country; empty when unknown",
                required=False,
            ),
            Column(
                "country_basis",
                "string",
                "Why the expert is attributed to the country",
                enum=values(CountryBasis),
            ),
            Column("country_evidence", "string", "What the country attribution rests on"),
            Column(
                "country_external_source",
                "string",
                "The outside source, for an external attribution",
                required=False,
            ),
            Column(
                "advisory_board",
                "string",
                "PIR Center Advisory Board membership as the source states it",
                enum=values(AdvisoryBoard),
            ),
            Column("section", "string", "The id of the section with the expert's full comments"),
            Column(
                "coverage",
                "string",
                "Whether the source quotes the expert's comments",
                enum=values(CommentCoverage),
            ),
            Column("comment_count", "integer", "How many of the expert's comments are here"),
            NOTES,
        ),
        ("id",),
        (fk("section", "sections"),),
        rows.experts,
    ),
    Table(
        "positions",
        "The experts' positions as of the source, in the source's order",
        (
            Column("expert", "string", "The id of the expert"),
            item_column("position", "expert"),
            deprecated_place("position"),
            *text_columns("title", "Position"),
            Column("source", "string", "The id of the source that states it"),
            Column("as_of", "date", "The date the position is stated as of"),
        ),
        ("expert", "item"),
        (fk("expert", "experts"), fk("source", "sources")),
        rows.positions,
    ),
    Table(
        "name_variants",
        "Other spellings of the experts' names found in the sources",
        (
            Column("expert", "string", "The id of the expert"),
            item_column("variant", "expert"),
            deprecated_place("variant"),
            Column("value", "string", "The spelling as found"),
            Column("lang", "string", "Its language", enum=LANGS),
            Column("source", "string", "The id of the source it is found in"),
            *text_columns("note", "Where and how it differs (the editors' note)")[:3],
            *text_columns("note", "Where and how it differs (the editors' note)", required=False)[
                3:
            ],
            Column(
                "note",
                "string",
                "Deprecated since 0.3.0, removed in 0.4.0: the same as note_en",
                deprecated=True,
            ),
        ),
        ("expert", "item"),
        (fk("expert", "experts"), fk("source", "sources")),
        rows.name_variants,
    ),
    Table(
        "comments",
        "The quoted comments, one row per comment with both languages",
        (
            ID,
            Column("expert", "string", "The id of the expert who said it"),
            Column("question", "string", "The id of the question it answers"),
            Column("source", "string", "The id of the source it is quoted from"),
            *text_columns("body", "Comment"),
            Column(
                "span_start",
                "integer",
                "Where the English text starts in the source's shipped text (str index)",
                required=False,
            ),
            Column(
                "span_end",
                "integer",
                "Where it ends (exclusive)",
                required=False,
            ),
            *text_columns("context", "The source's words around the quote", required=False),
            NOTES,
            *deprecated_text_columns("text", "body"),
        ),
        ("id",),
        (
            fk("expert", "experts"),
            fk("question", "questions"),
            fk("source", "sources"),
        ),
        rows.comments,
    ),
)
