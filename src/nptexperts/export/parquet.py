"""Parquet export: one Parquet file per table, with typed columns (``nptexperts[parquet]``).

The tables of :mod:`nptexperts.export.tables`, as the CSV files have them, one
``<table>.parquet`` file each, for DuckDB, polars, pandas and Hugging Face:

- text columns are ``string``; integer columns ``int64``; dates ``date32`` (a date,
  not a text);
- a column with a closed set of values (origins, languages, ``country_basis``, …) is
  dictionary-encoded (``dictionary<int8, string>``): its values are its Enum's;
- a column is nullable exactly when the table's column is not required;
- each file's schema metadata names the table, its description, its primary key
  and the release (``nptexperts.data_version``, ``nptexperts.digest``), and each
  field's metadata its description.

pyarrow is imported when a file is written, never before; without it,
:func:`write_parquet` raises :class:`ImportError` that says what to install.
The set of files is written whole (``nptexperts._atomic.write_folder``), and a
folder that is not empty is refused unless ``force`` (then only the export's own
files are replaced).
"""

from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

from nptexperts._records.models import Dataset
from nptexperts.export.tables import TABLES, Table

__all__ = ["PARQUET_FILES", "parquet_bytes", "write_parquet"]

#: The names of the files a Parquet export writes (``force`` replaces them).
PARQUET_FILES = frozenset(f"{t.name}.parquet" for t in TABLES)


def _pyarrow() -> Any:
    try:
        import pyarrow  # type: ignore[import-untyped,unused-ignore]
        import pyarrow.parquet  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        raise ImportError(
            "the Parquet export needs pyarrow: pip install 'nptexperts[parquet]'"
        ) from None
    return pyarrow


def _schema(pa: Any, table: Table, dataset: Dataset, digest: str) -> Any:
    fields = []
    for col in table.columns:
        if col.type == "integer":
            kind = pa.int64()
        elif col.type == "date":
            kind = pa.date32()
        elif col.enum is not None:
            kind = pa.dictionary(pa.int8(), pa.string())
        else:
            kind = pa.string()
        meta = {"description": col.description}
        if col.enum is not None:
            meta["enum"] = " ".join(col.enum)
        fields.append(pa.field(col.name, kind, nullable=not col.required, metadata=meta))
    return pa.schema(
        fields,
        metadata={
            "nptexperts.table": table.name,
            "nptexperts.description": table.description,
            "nptexperts.primary_key": " ".join(table.primary_key),
            "nptexperts.data_version": dataset.data_version,
            "nptexperts.digest": digest,
        },
    )


def _cell(value: object, kind: str) -> object:
    if value is None or kind != "date":
        return value
    return datetime.date.fromisoformat(str(value))


def parquet_bytes(table: Table, dataset: Dataset) -> bytes:
    """The Parquet file of ``table`` for ``dataset``, as bytes."""
    from nptexperts.export.json import records_digest
    from nptexperts.export.metadata import prefixed_digest

    pa = _pyarrow()
    schema = _schema(pa, table, dataset, prefixed_digest(records_digest(dataset)))
    rows = list(table.rows(dataset))
    arrays = []
    for col, field in zip(table.columns, schema, strict=True):
        cells = [_cell(row[col.name], col.type) for row in rows]
        if col.enum is not None:
            # The dictionary is the Enum's values, in its order, whether or not all occur.
            dictionary = pa.array(list(col.enum), pa.string())
            indices = pa.array(
                [None if c is None else col.enum.index(str(c)) for c in cells], pa.int8()
            )
            arrays.append(pa.DictionaryArray.from_arrays(indices, dictionary))
        else:
            arrays.append(pa.array(cells, field.type))
    data = pa.Table.from_arrays(arrays, schema=schema)
    sink = pa.BufferOutputStream()
    pa.parquet.write_table(data, sink)
    return bytes(sink.getvalue().to_pybytes())


def write_parquet(
    directory: str | os.PathLike[str],
    dataset: Dataset | None = None,
    *,
    data_version: str | None = None,
    force: bool = False,
) -> tuple[Path, ...]:
    """Write every table as ``<table>.parquet`` into ``directory`` (created if missing).

    The records are ``dataset``, or the shipped release ``data_version`` (default:
    the latest). As :func:`~nptexperts.export.csv.write_csv`: a folder that is not
    empty is refused (:class:`~nptexperts.OutputExistsError`) unless ``force`` (then
    the export's own files are replaced, the folder's other files kept), and the set
    of files is written whole. Returns the paths, in
    :data:`~nptexperts.export.tables.TABLES` order.
    """
    from nptexperts._api import load_dataset
    from nptexperts._atomic import as_path, write_folder

    data = dataset if dataset is not None else load_dataset(data_version=data_version)
    root = as_path(directory)
    files = {f"{t.name}.parquet": parquet_bytes(t, data) for t in TABLES}  # pyarrow first
    root.parent.mkdir(parents=True, exist_ok=True)
    write_folder(root, files, replace=force, own=PARQUET_FILES)
    return tuple(root / name for name in files)
