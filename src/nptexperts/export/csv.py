"""CSV export: one UTF-8 CSV file per table of :mod:`nptexperts.export.tables`.

Comments are one row per comment, with one set of columns per language
(``text_en``, ``text_en_origin``, ``text_en_source``, ``text_ru``, …), so that a
row holds a comment's published wording next to its translation. Experts are
one row each; their positions and name variants have their own tables, keyed
by the expert's id and the item's place in the list. Files are UTF-8 without a
byte-order mark, with a header row and ``\\r\\n`` line ends (RFC 4180); an empty
cell is a missing value.

>>> import io, csv as _csv
>>> from nptexperts.export.tables import TABLES
>>> comments = next(t for t in TABLES if t.name == "comments")
>>> rows = list(_csv.DictReader(io.StringIO(table_csv(comments).decode("utf-8"))))
>>> {r["text_ru_origin"] for r in rows}
{'editorial_translation'}
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from nptexperts.api import load_dataset
from nptexperts.export.tables import TABLES, Table
from nptexperts.models import Dataset

__all__ = ["table_csv", "write_csv"]


def table_csv(table: Table, dataset: Dataset | None = None) -> bytes:
    """The CSV file of ``table`` for ``dataset`` (default: the shipped records), as bytes."""
    data = dataset if dataset is not None else load_dataset()
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.column_names)
    for row in table.rows(data):
        writer.writerow("" if cell is None else cell for cell in row.values())
    return out.getvalue().encode("utf-8")


def write_csv(
    directory: str | os.PathLike[str], dataset: Dataset | None = None
) -> tuple[Path, ...]:
    """Write every table as ``<table>.csv`` into ``directory`` (created if missing).

    Returns the paths written, in :data:`~nptexperts.export.tables.TABLES` order.
    """
    data = dataset if dataset is not None else load_dataset()
    root = Path(directory)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for table in TABLES:
        path = root / f"{table.name}.csv"
        path.write_bytes(table_csv(table, data))
        paths.append(path)
    return tuple(paths)
