"""The parts of a flat table: columns, keys, rows, and the six columns of a bilingual text.

Each bilingual text becomes six columns: ``<name>_en``, ``<name>_en_origin``,
``<name>_en_source``, ``<name>_ru``, ``<name>_ru_origin``, ``<name>_ru_source``
(the words, their origin — ``published``, ``editorial_translation`` or
``editorial`` — and the id of the source they come from). A record's list of
editors' notes is one column of their English, separated by line breaks; both
languages of every note are rows of the table ``record_notes``. A missing value
is an empty cell.
Every closed set of values a column allows is read from its Enum (``values``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterator, Mapping
from typing import Literal

import attrs

from nptexperts._records.lang import LANGUAGES
from nptexperts._records.models import Dataset, Note, Origin, Text

__all__ = [
    "ID",
    "LANGS",
    "NOTES",
    "Cell",
    "Column",
    "ForeignKey",
    "Row",
    "Table",
    "deprecated_place",
    "deprecated_text_columns",
    "fk",
    "item_column",
    "notes_cell",
    "text_cells",
    "text_columns",
    "values",
]

ColumnType = Literal["string", "integer", "date"]
Cell = str | int | None
#: One row of a table: a cell for every column, by the column's name.
Row = Mapping[str, Cell]


def values(vocabulary: type[enum.Enum]) -> tuple[str, ...]:
    """The values an Enum allows, in its order: a column's allowed values."""
    return tuple(str(member.value) for member in vocabulary)


LANGS = tuple(LANGUAGES)


@attrs.frozen
class Column:
    """A column of a table, described as a Table Schema field."""

    name: str
    type: ColumnType
    description: str
    required: bool = True
    enum: tuple[str, ...] | None = None
    #: Kept one more release under an old name or meaning (its description says what replaces it).
    deprecated: bool = False
    #: The Table Schema format of a string column (``"uri"`` for an address).
    format: str | None = None


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


def text_columns(name: str, what: str, *, required: bool = True) -> tuple[Column, ...]:
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


def text_cells(name: str, text: Text | Note | None) -> dict[str, Cell]:
    """The six cells of the bilingual text ``name`` (see ``text_columns``)."""
    out: dict[str, Cell] = {}
    for lang in LANGS:
        loc = text.localized(lang) if text is not None else None
        out[f"{name}_{lang}"] = loc.value if loc else None
        out[f"{name}_{lang}_origin"] = loc.provenance.origin.value if loc else None
        out[f"{name}_{lang}_source"] = loc.provenance.source if loc else None
    return out


#: The release after which the deprecated columns are removed.
_REMOVED_IN = "0.4.0"


def item_column(what: str, owner: str) -> Column:
    """The column ``item``: a list entry's place in its record's list, counted from 0.

    Every output counts list entries from 0: the search's ``item``, the diff's paths
    (``positions[0].title``), these columns, and Python (``expert.positions[0]``).
    """
    return Column("item", "integer", f"The {what}'s place in the {owner}'s list (from 0)")


def deprecated_place(name: str) -> Column:
    """The column ``name`` (the place counted from 1), kept one release beside ``item``."""
    return Column(
        name,
        "integer",
        f"Deprecated since 0.3.0, removed in {_REMOVED_IN}: the {name}'s place counted"
        " from 1 (item + 1); use item, counted from 0",
        deprecated=True,
    )


def deprecated_text_columns(old: str, new: str) -> tuple[Column, ...]:
    """The six columns of a text under their old name, kept one release beside ``new``."""
    return tuple(
        attrs.evolve(
            col,
            name=col.name.replace(new, old, 1),
            description=f"Deprecated since 0.3.0, removed in {_REMOVED_IN}: the same as {col.name}",
            deprecated=True,
        )
        for col in text_columns(new, "Comment")
    )


def notes_cell(notes: tuple[Note, ...]) -> str | None:
    return "\n".join(note.en.value for note in notes) or None


NOTES = Column(
    "notes",
    "string",
    "The editors' notes in English, one per line (both languages, with provenance:"
    " the table record_notes)",
    required=False,
)


def fk(column: str, table: str) -> ForeignKey:
    return ForeignKey((column,), table, ("id",))


ID = Column("id", "string", "The record's stable id")
