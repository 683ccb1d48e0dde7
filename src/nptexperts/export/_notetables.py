"""The tables of the editors' notes: the dataset's notes, and the notes on records."""

from __future__ import annotations

import nptexperts.export._rows as rows  # the module itself, not an attribute of the package
from nptexperts._records.models import (
    NoteTopic,
)
from nptexperts.export._columns import (
    ID,
    Column,
    Table,
    fk,
    item_column,
    text_columns,
    values,
)

__all__ = ["NOTE_TABLES"]

#: The notes' tables, in :data:`~nptexperts.export.tables.TABLES` order.
NOTE_TABLES: tuple[Table, ...] = (
    Table(
        "notes",
        "Dataset-level notes: what the source leaves open or contradicts",
        (
            ID,
            Column(
                "topic",
                "string",
                "What kind of note",
                enum=values(NoteTopic),
            ),
            *text_columns("body", "Note"),
            Column("source", "string", "The id of the source it is about"),
        ),
        ("id",),
        (fk("source", "sources"),),
        rows.notes,
    ),
    Table(
        "record_notes",
        "The editors' notes on the records, in English and Russian, one row per note",
        (
            Column(
                "record_type",
                "string",
                "The kind of record the note is on: source, section, expert or comment",
            ),
            Column("record", "string", "The id of the record (in the table of its kind)"),
            item_column("note", "record"),
            # the Russian is absent from the English-only notes of data 2026.1 and 2026.2
            *text_columns("body", "Note")[:3],
            *text_columns("body", "Note", required=False)[3:],
        ),
        ("record_type", "record", "item"),
        (),
        rows.record_notes,
    ),
)
