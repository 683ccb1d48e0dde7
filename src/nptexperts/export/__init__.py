"""Exports of the records for tools outside Python, and for pandas.

- :mod:`~nptexperts.export.json`: every record, nested (:func:`to_json`, :func:`from_json`);
- :mod:`~nptexperts.export.schema`: the JSON Schema of that JSON, generated from the types;
- :mod:`~nptexperts.export.csv`: one CSV file per table (:func:`write_csv`);
- :mod:`~nptexperts.export.datapackage`: the CSV files as a Frictionless Data Package;
- :mod:`~nptexperts.export.croissant`: the same files described for MLCommons Croissant;
- :mod:`~nptexperts.export.sqlite`: the tables as one SQLite database with full-text
  indexes that search as :func:`nptexperts.search` does (:func:`write_sqlite`,
  :func:`~nptexperts.export.fulltext.fts_query`);
- :mod:`~nptexperts.export.parquet`: one typed Parquet file per table
  (:func:`write_parquet`; imports pyarrow only when called);
- :mod:`~nptexperts.export.metadata`: what they all say about the release (titles,
  licences, keywords, digests);
- :mod:`~nptexperts.export.frame`: pandas DataFrames (imports pandas only when called).

Each is also a command: ``nptexperts export --format json|csv|datapackage|sqlite|parquet``.
"""

from nptexperts.export.croissant import croissant_descriptor
from nptexperts.export.csv import table_csv, write_csv
from nptexperts.export.datapackage import datapackage_descriptor, write_datapackage
from nptexperts.export.frame import comments_frame, experts_frame, table_frame
from nptexperts.export.fulltext import fts_query
from nptexperts.export.json import from_json, to_json
from nptexperts.export.parquet import write_parquet
from nptexperts.export.schema import shipped_schema
from nptexperts.export.sqlite import write_sqlite
from nptexperts.export.tables import TABLES, Column, ForeignKey, Table

__all__ = [
    "TABLES",
    "Column",
    "ForeignKey",
    "Table",
    "comments_frame",
    "croissant_descriptor",
    "datapackage_descriptor",
    "experts_frame",
    "from_json",
    "fts_query",
    "shipped_schema",
    "table_csv",
    "table_frame",
    "to_json",
    "write_csv",
    "write_datapackage",
    "write_parquet",
    "write_sqlite",
]
