"""Frictionless Data Package export: the CSV tables with ``datapackage.json``.

The descriptor gives each CSV file a Table Schema (types, required columns,
allowed values, primary and foreign keys) and its size and SHA-256 hash, so
that ``frictionless validate datapackage.json`` checks every file and every
reference between the tables. The package's ``nptexperts`` property names the
package version, the data version and the records' digest.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from nptexperts._api import load_dataset
from nptexperts._atomic import as_path, write_folder
from nptexperts._records.models import Dataset
from nptexperts._releases.info import RIGHTS
from nptexperts._version import __version__
from nptexperts.export.csv import EXPORT_FILES, table_csv
from nptexperts.export.json import records_digest
from nptexperts.export.tables import TABLES, Table

__all__ = ["datapackage_descriptor", "write_datapackage"]

#: The descriptor's file name.
DESCRIPTOR = "datapackage.json"


def _field(table: Table, i: int) -> dict[str, Any]:
    col = table.columns[i]
    field: dict[str, Any] = {"name": col.name, "type": col.type, "description": col.description}
    constraints: dict[str, Any] = {}
    if col.required:
        constraints["required"] = True
    if col.enum is not None:
        constraints["enum"] = list(col.enum)
    if constraints:
        field["constraints"] = constraints
    return field


def _schema(table: Table) -> dict[str, Any]:
    return {
        "fields": [_field(table, i) for i in range(len(table.columns))],
        "primaryKey": list(table.primary_key),
        "foreignKeys": [
            {
                "fields": list(fk.fields),
                "reference": {"resource": fk.table, "fields": list(fk.reference)},
            }
            for fk in table.foreign_keys
        ],
        "missingValues": [""],
    }


def datapackage_descriptor(dataset: Dataset, files: dict[str, bytes]) -> dict[str, Any]:
    """The ``datapackage.json`` content for ``dataset``, whose tables' CSV bytes are ``files``."""
    return {
        "profile": "tabular-data-package",
        "name": "nptexperts",
        "title": "PIR Center's expert comments on the 2026 NPT Review Conference",
        "description": (
            "Curated bilingual (English/Russian) records of the experts and their quoted "
            "comments, every text with its provenance. " + RIGHTS
        ),
        "version": dataset.data_version,
        "sources": [{"title": s.title.en.value, "path": s.url} for s in dataset.sources],
        "nptexperts": {
            "package_version": __version__,
            "data_version": dataset.data_version,
            "digest": "sha256:" + records_digest(dataset),
        },
        "resources": [
            {
                "name": table.name,
                "description": table.description,
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": len(files[table.name]),
                "hash": "sha256:" + hashlib.sha256(files[table.name]).hexdigest(),
                "schema": _schema(table),
            }
            for table in TABLES
        ],
    }


def write_datapackage(
    directory: str | os.PathLike[str], dataset: Dataset | None = None, *, force: bool = False
) -> Path:
    """Write the CSV tables and ``datapackage.json`` into ``directory``; return the descriptor's path.

    As :func:`~nptexperts.export.csv.write_csv`: a folder that is not empty is
    refused unless ``force``, and the set of files is written whole.
    """
    data = dataset if dataset is not None else load_dataset()
    root = as_path(directory)
    files = {table.name: table_csv(table, data) for table in TABLES}
    descriptor = datapackage_descriptor(data, files)
    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    out = {f"{name}.csv": raw for name, raw in files.items()}
    out[DESCRIPTOR] = text.encode("utf-8")
    root.parent.mkdir(parents=True, exist_ok=True)
    write_folder(root, out, replace=force, own=EXPORT_FILES)
    return root / DESCRIPTOR
