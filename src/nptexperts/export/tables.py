"""The records as flat tables: the columns, keys and rows shared by the CSV files,
the Data Package, the SQLite database and the pandas DataFrames.

Each bilingual text becomes six columns: ``<name>_en``, ``<name>_en_origin``,
``<name>_en_source``, ``<name>_ru``, ``<name>_ru_origin``, ``<name>_ru_source``
(the words, their origin — ``published``, ``editorial_translation`` or
``editorial`` — and the id of the source they come from). A list of notes is
one column, the notes separated by line breaks. A missing value is an empty cell.

Every closed set of values a column allows is read from its Enum, and every row
is built by column name (a dict keyed by the column), so that a column and its
cell cannot drift apart:

>>> experts = next(t for t in TABLES if t.name == "experts")
>>> experts.column("coverage").enum == tuple(c.value for c in CommentCoverage)
True
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from typing import Literal

import attrs

from nptexperts.lang import LANGUAGES
from nptexperts.models import (
    AdvisoryBoard,
    CommentCoverage,
    CountryBasis,
    Dataset,
    Honorific,
    NoteTopic,
    Origin,
    Text,
)

__all__ = ["TABLES", "Cell", "Column", "ForeignKey", "Row", "Table", "table", "values"]

ColumnType = Literal["string", "integer", "date"]
Cell = str | int | None
#: One row of a table: a cell for every column, by the column's name.
Row = Mapping[str, Cell]


def values(vocabulary: type[enum.Enum]) -> tuple[str, ...]:
    """The values an Enum allows, in its order: a column's allowed values."""
    return tuple(str(member.value) for member in vocabulary)


_LANGS = tuple(LANGUAGES)


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
    _rows: Callable[[Dataset], Iterator[Row]] = attrs.field(alias="_rows", repr=False)

    @property
    def column_names(self) -> tuple[str, ...]:
        """The columns' names, in order."""
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        """The column called ``name``; :class:`KeyError` if the table has none."""
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)

    def rows(self, dataset: Dataset) -> Iterator[dict[str, Cell]]:
        """The table's rows for ``dataset``: one dict per row, keyed by column, in column order.

        A row whose keys are not exactly the table's columns is a bug in the table's
        definition, and raises :class:`RuntimeError` naming the columns that differ.
        """
        names = self.column_names
        wanted = set(names)
        for row in self._rows(dataset):
            if row.keys() != wanted:
                missing = sorted(wanted - row.keys())
                extra = sorted(row.keys() - wanted)
                raise RuntimeError(
                    f"table {self.name}: a row's cells do not match its columns"
                    f" (missing {missing}, unknown {extra})"
                )
            yield {name: row[name] for name in names}

    def tuples(self, dataset: Dataset) -> Iterator[tuple[Cell, ...]]:
        """The rows as tuples of cells, in column order."""
        for row in self.rows(dataset):
            yield tuple(row.values())


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
                values(Origin),
            ),
            Column(
                f"{name}_{lang}_source",
                "string",
                f"The id of the source of the {language} {what.lower()}",
                required,
            ),
        ]
    return tuple(cols)


def _text_cells(name: str, text: Text | None) -> dict[str, Cell]:
    """The six cells of the bilingual text ``name`` (see :func:`_text_columns`)."""
    out: dict[str, Cell] = {}
    for lang in _LANGS:
        loc = text.localized(lang) if text is not None else None
        out[f"{name}_{lang}"] = loc.value if loc else None
        out[f"{name}_{lang}_origin"] = loc.provenance.origin.value if loc else None
        out[f"{name}_{lang}_source"] = loc.provenance.source if loc else None
    return out


def _notes(notes: tuple[str, ...]) -> str | None:
    return "\n".join(notes) or None


_NOTES = Column("notes", "string", "Editorial notes, one per line", required=False)


def _sources(d: Dataset) -> Iterator[Row]:
    for s in d.sources:
        yield {
            "id": s.id,
            **_text_cells("title", s.title),
            **_text_cells("publisher", s.publisher),
            "number": s.number,
            "date": s.date.isoformat(),
            "url": s.url,
            "language": s.language,
            "text_file": s.text_file,
            "notes": _notes(s.notes),
        }


def _sections(d: Dataset) -> Iterator[Row]:
    for s in d.sections:
        yield {
            "id": s.id,
            **_text_cells("title", s.title),
            "source": s.source,
            "stated_expert_count": s.stated_expert_count,
            "stated_countries": " ".join(c.code for c in s.stated_countries),
            **_text_cells("summary", s.summary),
            "notes": _notes(s.notes),
        }


def _questions(d: Dataset) -> Iterator[Row]:
    for s in d.sections:
        for q in s.questions:
            yield {"id": q.id, "section": s.id, **_text_cells("wording", q.wording)}


def _experts(d: Dataset) -> Iterator[Row]:
    for e in d.experts:
        yield {
            "id": e.id,
            **_text_cells("name", e.name),
            **_text_cells("family_name", e.family_name),
            "honorific": e.honorific.value if e.honorific is not None else None,
            "country_code": e.country.code,
            "country_basis": e.country.basis.value,
            "country_evidence": e.country.evidence,
            "country_external_source": e.country.external_source,
            "advisory_board": e.advisory_board.value,
            "section": e.section,
            "coverage": e.coverage.value,
            "comment_count": len(e.comments),
            "notes": _notes(e.notes),
        }


def _positions(d: Dataset) -> Iterator[Row]:
    for e in d.experts:
        for n, p in enumerate(e.positions, 1):
            yield {
                "expert": e.id,
                "position": n,
                **_text_cells("title", p.title),
                "source": p.source,
                "as_of": p.as_of.isoformat(),
            }


def _name_variants(d: Dataset) -> Iterator[Row]:
    for e in d.experts:
        for n, v in enumerate(e.name_variants, 1):
            yield {
                "expert": e.id,
                "variant": n,
                "value": v.value,
                "lang": v.lang,
                "source": v.source,
                "note": v.note,
            }


def _comments(d: Dataset) -> Iterator[Row]:
    for e in d.experts:
        for c in e.comments:
            yield {
                "id": c.id,
                "expert": c.expert,
                "question": c.question,
                "source": c.source,
                **_text_cells("text", c.body),
                "span_start": c.span.start if c.span is not None else None,
                "span_end": c.span.end if c.span is not None else None,
                **_text_cells("context", c.context),
                "notes": _notes(c.notes),
            }


def _notes_rows(d: Dataset) -> Iterator[Row]:
    for n in d.notes:
        yield {
            "id": n.id,
            "topic": n.topic.value,
            **_text_cells("body", n.body),
            "source": n.source,
        }


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
            Column("language", "string", "The language it is published in", enum=_LANGS),
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
            *_text_columns("wording", "Question"),
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
            *_text_columns("title", "Position"),
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
            Column("lang", "string", "Its language", enum=_LANGS),
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
                enum=values(NoteTopic),
            ),
            *_text_columns("body", "Note"),
            Column("source", "string", "The id of the source it is about"),
        ),
        ("id",),
        (_fk("source", "sources"),),
        _notes_rows,
    ),
)


def table(name: str) -> Table:
    """The table called ``name`` (one of :data:`TABLES`); :class:`KeyError` if none is."""
    for t in TABLES:
        if t.name == name:
            return t
    raise KeyError(name)
