"""The records as flat tables: the columns, keys and rows shared by the CSV files,
the Data Package, the SQLite database and the pandas DataFrames.

Every closed set of values a column allows is read from its Enum, and every row
is built by column name (a dict keyed by the column, in ``nptexperts.export._rows``),
so that a column and its cell cannot drift apart; the columns' parts are in
``nptexperts.export._columns``.

>>> from nptexperts import CommentCoverage
>>> experts = next(t for t in TABLES if t.name == "experts")
>>> experts.column("coverage").enum == tuple(c.value for c in CommentCoverage)
True
"""

from __future__ import annotations

from nptexperts.export._columns import (
    Cell,
    Column,
    ForeignKey,
    Row,
    Table,
    values,
)
from nptexperts.export._eventtables import EVENT_TABLES
from nptexperts.export._experttables import EXPERT_TABLES
from nptexperts.export._notetables import NOTE_TABLES
from nptexperts.export._sourcetables import SOURCE_TABLES

__all__ = ["TABLES", "Cell", "Column", "ForeignKey", "Row", "Table", "table", "values"]

#: Every table, in an order where a table comes after those its foreign keys point to.
TABLES: tuple[Table, ...] = (
    *SOURCE_TABLES,
    *EXPERT_TABLES,
    *NOTE_TABLES,
    *EVENT_TABLES,
)


def table(name: str) -> Table:
    """The table called ``name`` (one of :data:`TABLES`); :class:`KeyError` if none is."""
    for t in TABLES:
        if t.name == name:
            return t
    raise KeyError(name)
