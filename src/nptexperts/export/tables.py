"""The records as flat tables: the columns, keys and rows shared by the CSV files,
the Data Package and the pandas DataFrames.

Each bilingual text becomes six columns: ``<name>_en``, ``<name>_en_origin``,
``<name>_en_source``, ``<name>_ru``, ``<name>_ru_origin``, ``<name>_ru_source``
(the words, their origin — ``published``, ``editorial_translation`` or
``editorial`` — and the id of the source they come from). A list of notes is
one column, the notes separated by line breaks. A missing value is an empty cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Literal

import attrs

from nptexperts.lang import LANGUAGES
from nptexperts.models import Dataset, Origin, Text

__all__ = ["TABLES", "Column", "ForeignKey", "Table"]

ColumnType = Literal["string", "integer", "date"]
Cell = str | int | None
_ORIGINS = tuple(o.value for o in Origin)


@attrs.frozen
class Column:
    """A column of a table, described as a Table Schema field."""

    name: str
    type: ColumnType
    description: str
    required: bool = True
    enum: tuple[str, ...] | None = None


@attrs.frozen
class ForeignKey:
    """Columns of a table that hold the primary key of another table."""

    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@attrs.frozen
class Table:
    """A flat table of the records: its columns, keys, and how to get its rows."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    _rows: Callable[[Dataset], Iterator[tuple[Cell, ...]]] = attrs.field(alias="_rows", repr=False)

    @property
    def column_names(self) -> tuple[str, ...]:
        """The columns' names, in order."""
        return tuple(c.name for c in self.columns)

    def rows(self, dataset: Dataset) -> Iterator[tuple[Cell, ...]]:
        """The table's rows for ``dataset``, one tuple of cells per row, in column order."""
        return self._rows(dataset)


def _text_columns(name: str, what: str, *, required: bool = True) -> tuple[Column, ...]:
    cols: list[Column] = []
    for lang in LANGUAGES:
        language = "English" if lang == "en" else "Russian"
        cols += [
            Column(f"{name}_{lang}", "string", f"{what}, in {language}", required),
            Column(
                f"{name}_{lang}_origin",
                "string",
                f"Where the {language} {what.lower()} comes from: published wording, "
                "editorial translation, or editorial",
                required,
                _ORIGINS,
            ),
            Column(
                f"{name}_{lang}_source",
                "string",
                f"The id of the source of the {language} {what.lower()}",
                required,
            ),
        ]
    return tuple(cols)


def _text_cells(text: Text | None) -> tuple[Cell, ...]:
    if text is None:
        return (None,) * 6
    out: list[Cell] = []
    for lang in LANGUAGES:
        loc = text.localized(lang)
        out += [loc.value, loc.provenance.origin.value, loc.provenance.source]
    return tuple(out)


def _notes(notes: tuple[str, ...]) -> str | None:
    return "\n".join(notes) or None


_NOTES = Column("notes", "string", "Editorial notes, one per line", required=False)


def _sources(d: Dataset) -> Iterator[tuple[Cell, ...]]:
    for s in d.sources:
        yield (
            s.id,
            *_text_cells(s.title),
            *_text_cells(s.publisher),
            s.number,
            s.date.isoformat(),
            s.url,
            s.language,
            s.text_file,
            _notes(s.notes),
        )


def _sections(d: Dataset) -> Iterator[tuple[Cell, ...]]:
    for s in d.sections:
        countries = " ".join(c.code for c in s.stated_countries)
        yield (
            s.id,
            *_text_cells(s.title),
            s.source,
            s.stated_expert_count,
            countries,
            *_text_cells(s.summary),
            _notes(s.notes),
        )


def _questions(d: Dataset) -> Iterator[tuple[Cell, ...]]:
    for s in d.sections:
        for q in s.questions:
            yield (q.id, s.id, *_text_cells(q.wording))


def _experts(d: Dataset) -> Iterator[tuple[Cell, ...]]:
    for e in d.experts:
        yield (
            e.id,
            *_text_cells(e.name),
            *_text_cells(e.family_name),
            e.honorific.value if e.honorific is not None else None,
            e.country.code,
            e.country.basis.value,
            e.country.evidence,
            e.country.external_source,
            e.advisory_board.value,
            e.section,
            e.coverage.value,
            len(e.comments),
            _notes(e.notes),
        )


def _positions(d: Dataset) -> Iterator[tuple[Cell, ...]]:
    for e in d.experts:
        for n, p in enumerate(e.positions, 1):
            yield (e.id, n, *_text_cells(p.title), p.source, p.as_of.isoformat())


def _name_variants(d: Dataset) -> Iterator[tuple[Cell, ...]]:
    for e in d.experts:
        for n, v in enumerate(e.name_variants, 1):
            yield (e.id, n, v.value, v.lang, v.source, v.note)


def _comments(d: Dataset) -> Iterator[tuple[Cell, ...]]:
    for e in d.experts:
        for c in e.comments:
            yield (
                c.id,
                c.expert,
                c.question,
                c.source,
                *_text_cells(c.body),
                c.span.start if c.span is not None else None,
                c.span.end if c.span is not None else None,
                *_text_cells(c.context),
                _notes(c.notes),
            )


def _notes_rows(d: Dataset) -> Iterator[tuple[Cell, ...]]:
    for n in d.notes:
        yield (n.id, n.topic.value, *_text_cells(n.body), n.source)


def _fk(column: str, table: str) -> ForeignKey:
    return ForeignKey((column,), table, ("id",))


_ID = Column("id", "string", "The record's stable id")

#: Every table, in an order where a table comes after those its foreign keys point to.
TABLES: tuple[Table, ...] = (
    Table(
        "sources",
        "The publications the records come from",
        (
            _ID,
            *_text_columns("title", "Title"),
            *_text_columns("publisher", "Publisher"),
            Column("number", "string", "The publisher's own number for it, as printed"),
            Column("date", "date", "The date of publication"),
            Column("url", "string", "Where it is published"),
            Column("language", "string", "The language it is published in", enum=("en", "ru")),
            Column(
                "text_file",
                "string",
                "The file of its text shipped with the package (the anchor of spans)",
                required=False,
            ),
            _NOTES,
        ),
        ("id",),
        (),
        _sources,
    ),
    Table(
        "sections",
        "The collections of expert comments that the sources announce",
        (
            _ID,
            *_text_columns("title", "Title"),
            Column("source", "string", "The id of the source that describes the section"),
            Column("stated_expert_count", "integer", "How many experts the source says it holds"),
            Column(
                "stated_countries",
                "string",
                "The experts' countries as the source lists them (ISO 3166-1 alpha-2, "
                "space-separated, in the source's order)",
            ),
            *_text_columns("summary", "Summary", required=False),
            _NOTES,
        ),
        ("id",),
        (_fk("source", "sources"),),
        _sections,
    ),
    Table(
        "questions",
        "The questions or topics the experts answered",
        (
            _ID,
            Column("section", "string", "The id of the section"),
            *_text_columns("text", "Question"),
        ),
        ("id",),
        (_fk("section", "sections"),),
        _questions,
    ),
    Table(
        "experts",
        "The experts, one row each, sorted by family name",
        (
            _ID,
            *_text_columns("name", "Name"),
            *_text_columns("family_name", "Family name"),
            Column("honorific", "string", "The honorific the source puts before the name", False),
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
                enum=("named_in_affiliation", "implied_by_affiliation", "external", "unknown"),
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
                enum=("member", "unknown"),
            ),
            Column("section", "string", "The id of the section with the expert's full comments"),
            Column(
                "coverage",
                "string",
                "Whether the source quotes the expert's comments",
                enum=("quoted", "not_quoted"),
            ),
            Column("comment_count", "integer", "How many of the expert's comments are here"),
            _NOTES,
        ),
        ("id",),
        (_fk("section", "sections"),),
        _experts,
    ),
    Table(
        "positions",
        "The experts' positions as of the source, in the source's order",
        (
            Column("expert", "string", "The id of the expert"),
            Column("position", "integer", "The position's place in the expert's list (from 1)"),
            *_text_columns("text", "Position"),
            Column("source", "string", "The id of the source that states it"),
            Column("as_of", "date", "The date the position is stated as of"),
        ),
        ("expert", "position"),
        (_fk("expert", "experts"), _fk("source", "sources")),
        _positions,
    ),
    Table(
        "name_variants",
        "Other spellings of the experts' names found in the sources",
        (
            Column("expert", "string", "The id of the expert"),
            Column("variant", "integer", "The variant's place in the expert's list (from 1)"),
            Column("value", "string", "The spelling as found"),
            Column("lang", "string", "Its language", enum=("en", "ru")),
            Column("source", "string", "The id of the source it is found in"),
            Column("note", "string", "Where and how it differs"),
        ),
        ("expert", "variant"),
        (_fk("expert", "experts"), _fk("source", "sources")),
        _name_variants,
    ),
    Table(
        "comments",
        "The quoted comments, one row per comment with both languages",
        (
            _ID,
            Column("expert", "string", "The id of the expert who said it"),
            Column("question", "string", "The id of the question it answers"),
            Column("source", "string", "The id of the source it is quoted from"),
            *_text_columns("text", "Comment"),
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
            *_text_columns("context", "The source's words around the quote", required=False),
            _NOTES,
        ),
        ("id",),
        (
            _fk("expert", "experts"),
            _fk("question", "questions"),
            _fk("source", "sources"),
        ),
        _comments,
    ),
    Table(
        "notes",
        "Dataset-level notes: what the source leaves open or contradicts",
        (
            _ID,
            Column(
                "topic",
                "string",
                "What kind of note",
                enum=("contradiction", "gap", "normalisation", "scope"),
            ),
            *_text_columns("text", "Note"),
            Column("source", "string", "The id of the source it is about"),
        ),
        ("id",),
        (_fk("source", "sources"),),
        _notes_rows,
    ),
)
