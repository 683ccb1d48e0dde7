"""CSV export: one UTF-8 CSV file per table of :mod:`nptexperts.export.tables`.

Comments are one row per comment, with one set of columns per language
(``body_en``, ``body_en_origin``, ``body_en_source``, ``body_ru``, …), so that a
row holds a comment's published wording next to its translation. Experts are
one row each; their positions and name variants have their own tables, keyed
by the expert's id and the item's place in the list. Files are UTF-8 without a
byte-order mark, with a header row and ``\\r\\n`` line ends (RFC 4180); an empty
cell is a missing value.

A text cell that begins with ``=``, ``+``, ``-``, ``@`` (or their full-width forms
``＝＋－＠``), a tab or a carriage return, also after leading spaces or no-break
spaces, is written with a leading apostrophe (``'=1+1``), as OWASP advises against
CSV injection: a spreadsheet would otherwise run it as a formula. Validation already
refuses such texts in the curated records; this guards records built in code.
The set of files is written atomically, and an export never replaces files unasked.

>>> import io, csv as _csv
>>> from nptexperts.export.tables import TABLES
>>> comments = next(t for t in TABLES if t.name == "comments")
>>> import nptexperts
>>> shown = nptexperts.load_dataset(data_version="2026.2")
>>> rows = list(_csv.DictReader(io.StringIO(table_csv(comments, shown).decode("utf-8"))))
>>> {r["body_ru_origin"] for r in rows}
{'editorial_translation'}
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from nptexperts._api import load_dataset
from nptexperts._atomic import as_path, write_folder
from nptexperts._records.models import Dataset
from nptexperts._unsafe import is_formula
from nptexperts.export.tables import TABLES, Table

__all__ = ["safe_cell", "table_csv", "write_csv"]


def safe_cell(cell: object) -> object:
    """``cell``, with a leading apostrophe if it is a text a spreadsheet would run as a formula.

    >>> print(safe_cell("=1+2"), safe_cell("@SUM(A1)"))
    '=1+2 '@SUM(A1)
    >>> safe_cell("Vienna"), safe_cell(-1)
    ('Vienna', -1)
    """
    if isinstance(cell, str) and is_formula(cell):
        return "'" + cell
    return cell


#: The names of the files a CSV or Data Package export writes (``force`` replaces them).
EXPORT_FILES = frozenset([*(f"{t.name}.csv" for t in TABLES), "datapackage.json", "croissant.json"])


def table_csv(table: Table, dataset: Dataset | None = None) -> bytes:
    """The CSV file of ``table`` for ``dataset`` (default: the shipped records), as bytes."""
    data = dataset if dataset is not None else load_dataset()
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.column_names)
    for row in table.rows(data):
        writer.writerow("" if cell is None else safe_cell(cell) for cell in row.values())
    return out.getvalue().encode("utf-8")


def write_csv(
    directory: str | os.PathLike[str], dataset: Dataset | None = None, *, force: bool = False
) -> tuple[Path, ...]:
    """Write every table as ``<table>.csv`` into ``directory`` (created if missing).

    A folder that is not empty is refused (:class:`~nptexperts.OutputExistsError`) unless
    ``force``: then the export's own files are replaced and the folder's other
    files are kept. The set is written whole (a temporary folder beside it, renamed
    into place): a reader sees the old set or the new one, never a mix. A path that
    is neither missing nor a folder (a symbolic link, a FIFO…) is refused even with
    ``force``. Returns the paths written, in :data:`~nptexperts.export.tables.TABLES`
    order.
    """
    data = dataset if dataset is not None else load_dataset()
    root = as_path(directory)
    files = {f"{table.name}.csv": table_csv(table, data) for table in TABLES}
    root.parent.mkdir(parents=True, exist_ok=True)
    write_folder(root, files, replace=force, own=EXPORT_FILES)
    return tuple(root / name for name in files)
