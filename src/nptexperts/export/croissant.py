"""Croissant export: an MLCommons Croissant 1.0 description (JSON-LD) of a release's CSV files.

``croissant.json`` is written beside ``datapackage.json`` by the Data Package export
(``nptexperts export --format datapackage``), and describes the same CSV files:

- the dataset: name, bilingual description, licences, keywords, languages, the
  release's version, the day it was compiled, how to cite it, and its provenance
  (``isBasedOn``: the PIR Center publication the records come from; the digest of
  the records, ``sha256:<hex>``, under ``identifier``);
- ``distribution``: one ``cr:FileObject`` per CSV file with its SHA-256;
- ``recordSet``: one ``cr:RecordSet`` per table, with a ``cr:Field`` per column (its
  type, description and the CSV column it is read from) and the table's key.

The description is plain JSON built from the tables' definitions; mlcroissant
checks it in the tests, and is not needed here.
"""

from __future__ import annotations

import hashlib
from typing import Any

from nptexperts._records.models import Dataset
from nptexperts.export.tables import TABLES, Table

__all__ = ["CONTEXT", "DESCRIPTOR", "croissant_descriptor"]

#: The descriptor's file name.
DESCRIPTOR = "croissant.json"

#: The JSON-LD context of Croissant 1.0.
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}

_TYPES = {"string": "sc:Text", "integer": "sc:Integer", "date": "sc:Date"}


def _record_set(table: Table) -> dict[str, Any]:
    file_id = f"{table.name}.csv"
    fields = [
        {
            "@type": "cr:Field",
            "@id": f"{table.name}/{col.name}",
            "name": col.name,
            "description": col.description
            + (f" (one of: {', '.join(col.enum)})" if col.enum is not None else ""),
            "dataType": _TYPES[col.type],
            "source": {"fileObject": {"@id": file_id}, "extract": {"column": col.name}},
        }
        for col in table.columns
    ]
    keys = [{"@id": f"{table.name}/{name}"} for name in table.primary_key]
    return {
        "@type": "cr:RecordSet",
        "@id": table.name,
        "name": table.name,
        "description": table.description,
        "key": keys[0] if len(keys) == 1 else keys,
        "field": fields,
    }


def croissant_descriptor(dataset: Dataset, files: dict[str, bytes]) -> dict[str, Any]:
    """The ``croissant.json`` content for ``dataset``, whose tables' CSV bytes are ``files``."""
    from nptexperts._releases.info import HOMEPAGE, RIGHTS
    from nptexperts.export import metadata
    from nptexperts.export.json import records_digest

    day = metadata.created(dataset)
    identifier = metadata.prefixed_digest(records_digest(dataset))
    source = dataset.sources[0] if dataset.sources else None
    described: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": metadata.NAME,
        "alternateName": [metadata.TITLE["en"], metadata.TITLE["ru"]],
        "description": f"{metadata.DESCRIPTION['en']} {RIGHTS}",
        "license": [lic["path"] for lic in metadata.LICENSES],
        "url": HOMEPAGE,
        # Croissant asks for MAJOR.MINOR.PATCH: data version YEAR.N is YEAR.N.0.
        "version": f"{dataset.data_version}.0",
        "identifier": identifier,
        "keywords": list(metadata.KEYWORDS),
        "inLanguage": ["en", "ru"],
        "creator": [
            {"@type": "sc:Organization", "name": c["title"], "url": c["path"]}
            for c in metadata.CONTRIBUTORS
            if c["role"] == "maintainer"
        ],
        "citeAs": (f"nptexperts, data release {dataset.data_version} ({identifier}), {HOMEPAGE}"),
        "distribution": [
            {
                "@type": "cr:FileObject",
                "@id": f"{table.name}.csv",
                "name": f"{table.name}.csv",
                "description": table.description,
                "contentUrl": f"{table.name}.csv",
                "encodingFormat": "text/csv",
                "sha256": hashlib.sha256(files[table.name]).hexdigest(),
            }
            for table in TABLES
        ],
        "recordSet": [_record_set(table) for table in TABLES],
    }
    if day is not None:
        described["datePublished"] = day.isoformat()
    if source is not None:
        described["isBasedOn"] = {
            "@type": "sc:CreativeWork",
            "name": source.title.en.value,
            "url": source.url,
            "datePublished": source.date.isoformat(),
            "publisher": {"@type": "sc:Organization", "name": source.publisher.en.value},
        }
    return described
