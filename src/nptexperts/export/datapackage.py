"""Frictionless Data Package export: the CSV tables with ``datapackage.json``.

The descriptor gives each CSV file a Table Schema (types, required columns,
allowed values, primary and foreign keys) and its size and SHA-256 hash, so
that ``frictionless validate datapackage.json`` checks every file and every
reference between the tables. The package's ``nptexperts`` property names the
package version, the data version and the records' digest (``sha256:<hex>``, the
notation of every metadata file), with the title and description in English and
Russian. :func:`write_datapackage` also writes ``croissant.json``, the same files
described for MLCommons Croissant (:mod:`nptexperts.export.croissant`).
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
from nptexperts._releases.info import HOMEPAGE, RIGHTS
from nptexperts._version import __version__
from nptexperts.export import metadata
from nptexperts.export.croissant import DESCRIPTOR as CROISSANT
from nptexperts.export.croissant import croissant_descriptor
from nptexperts.export.csv import EXPORT_FILES, table_csv
from nptexperts.export.json import records_digest
from nptexperts.export.tables import TABLES, Table

__all__ = ["datapackage_descriptor", "write_datapackage"]

#: The descriptor's file name.
DESCRIPTOR = "datapackage.json"


def _field(table: Table, i: int) -> dict[str, Any]:
    col = table.columns[i]
    field: dict[str, Any] = {"name": col.name, "type": col.type, "description": col.description}
    if col.format is not None:
        field["format"] = col.format
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
    """The ``datapackage.json`` content for ``dataset``, whose tables' CSV bytes are ``files``.

    Besides the resources: the licences (SPDX ids, and the quoted words' terms),
    ``created`` (the day the release was compiled; left out for records that are
    not a shipped release), ``homepage``, ``keywords``, ``contributors``, the
    sources, and under ``nptexperts`` the versions, the records' digest and the
    title and description in both languages.
    """
    day = metadata.created(dataset)
    descriptor: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": metadata.NAME,
        "title": metadata.TITLE["en"],
        "description": metadata.DESCRIPTION["en"] + " " + RIGHTS,
        "version": dataset.data_version,
        "homepage": HOMEPAGE,
        "licenses": [dict(lic) for lic in metadata.LICENSES],
        "keywords": list(metadata.KEYWORDS),
        "contributors": [dict(c) for c in metadata.CONTRIBUTORS],
        "sources": [
            {"title": s.title.en.value, "path": s.url, "format": "html"} for s in dataset.sources
        ],
        "nptexperts": {
            "package_version": __version__,
            "data_version": dataset.data_version,
            "digest": metadata.prefixed_digest(records_digest(dataset)),
            "title": dict(metadata.TITLE),
            "description": dict(metadata.DESCRIPTION),
            "rights": RIGHTS,
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
                "hash": metadata.prefixed_digest(hashlib.sha256(files[table.name]).hexdigest()),
                "schema": _schema(table),
            }
            for table in TABLES
        ],
    }
    if day is not None:
        descriptor["created"] = f"{day.isoformat()}T00:00:00Z"
    return descriptor


def write_datapackage(
    directory: str | os.PathLike[str], dataset: Dataset | None = None, *, force: bool = False
) -> Path:
    """Write the CSV tables, ``datapackage.json`` and ``croissant.json`` into ``directory``;
    return the Data Package descriptor's path.

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
    croissant = json.dumps(croissant_descriptor(data, files), ensure_ascii=False, indent=2)
    out[CROISSANT] = (croissant + "\n").encode("utf-8")
    root.parent.mkdir(parents=True, exist_ok=True)
    write_folder(root, out, replace=force, own=EXPORT_FILES)
    return root / DESCRIPTOR
