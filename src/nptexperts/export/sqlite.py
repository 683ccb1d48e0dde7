"""SQLite export: the CSV tables as one SQLite database, with a full-text index.

One file that the ``sqlite3`` shell and Datasette open as it is:

- every table of :mod:`nptexperts.export.tables`, with its columns' types
  (``TEXT``, ``INTEGER``; dates as ``YYYY-MM-DD`` text), ``NOT NULL`` for
  required columns, ``CHECK`` for the allowed values, and its primary and
  foreign keys;
- ``texts``, an FTS5 full-text index of every text in both languages, one row
  per text and language: ``kind`` (the table), ``id`` (the row's primary key,
  parts joined by ``/``), ``field`` (the column, without ``_en``/``_ru``),
  ``lang``, ``origin`` (published, editorial translation, editorial) and
  ``text``. The tokenizer is ``unicode61 remove_diacritics 2``: case and accents
  are ignored in both scripts;
- ``release``, one row per fact: package version, data version, digest.

>>> import sqlite3, tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "records.db"
>>> write_sqlite(path, data_version="2026.2") == path
True
>>> db = sqlite3.connect(path)
>>> db.execute("SELECT count(*) FROM experts").fetchone()[0] == len(nptexperts.load_experts(data_version="2026.2"))
True
>>> db.execute("SELECT DISTINCT kind FROM texts WHERE texts MATCH 'оружием' AND lang = 'ru'").fetchall()
[('comments',)]
>>> db.close()

The file is written atomically (built in memory, written to a temporary file
beside ``path``, then renamed), and an existing file is replaced only with
``force=True``.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import nptexperts
from nptexperts._records.lang import LANGUAGES
from nptexperts._records.models import Dataset
from nptexperts.export.tables import TABLES, Cell, Column, Table

__all__ = ["FTS_TABLE", "sqlite_bytes", "write_sqlite"]

#: The name of the full-text table.
FTS_TABLE = "texts"
_TYPES = {"string": "TEXT", "integer": "INTEGER", "date": "TEXT"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _column_sql(col: Column) -> str:
    sql = f"{_quote(col.name)} {_TYPES[col.type]}"
    if col.required:
        sql += " NOT NULL"
    if col.enum is not None:
        allowed = ", ".join(_literal(v) for v in col.enum)
        sql += f" CHECK ({_quote(col.name)} IN ({allowed}))"
    return sql


def create_table_sql(table: Table) -> str:
    """The ``CREATE TABLE`` statement of ``table``, with its keys and checks."""
    parts = [_column_sql(c) for c in table.columns]
    parts.append(f"PRIMARY KEY ({', '.join(map(_quote, table.primary_key))})")
    for fk in table.foreign_keys:
        parts.append(
            f"FOREIGN KEY ({', '.join(map(_quote, fk.fields))})"
            f" REFERENCES {_quote(fk.table)} ({', '.join(map(_quote, fk.reference))})"
        )
    return f"CREATE TABLE {_quote(table.name)} (\n  " + ",\n  ".join(parts) + "\n)"


def _text_stems(table: Table) -> list[str]:
    """The bilingual texts of ``table``: the stems with ``<stem>_<lang>_origin`` columns."""
    names = set(table.column_names)
    first = LANGUAGES[0]
    return [
        c.name.removesuffix(f"_{first}")
        for c in table.columns
        if c.name.endswith(f"_{first}") and f"{c.name}_origin" in names and not c.deprecated
    ]


def _texts(dataset: Dataset) -> Iterator[tuple[Cell, ...]]:
    for table in TABLES:
        stems = _text_stems(table)
        if not stems:
            continue
        for row in table.rows(dataset):
            key = "/".join(str(row[k]) for k in table.primary_key)
            for stem in stems:
                for lang in LANGUAGES:
                    text = row[f"{stem}_{lang}"]
                    if text is not None:
                        yield (table.name, key, stem, lang, row[f"{stem}_{lang}_origin"], text)


def build(db: sqlite3.Connection, dataset: Dataset) -> None:
    """Create and fill every table, the full-text index and ``release`` in ``db``."""
    from nptexperts.export.json import records_digest

    db.execute("PRAGMA foreign_keys = ON")
    with db:
        for table in TABLES:  # in an order where referenced tables come first
            db.execute(create_table_sql(table))
            marks = ", ".join("?" for _ in table.columns)
            db.executemany(
                f"INSERT INTO {_quote(table.name)} VALUES ({marks})", table.tuples(dataset)
            )
        db.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
            "kind UNINDEXED, id UNINDEXED, field UNINDEXED, lang UNINDEXED, origin UNINDEXED,"
            " text, tokenize = 'unicode61 remove_diacritics 2')"
        )
        db.executemany(f"INSERT INTO {FTS_TABLE} VALUES (?, ?, ?, ?, ?, ?)", _texts(dataset))
        db.execute("CREATE TABLE release (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
        db.executemany(
            "INSERT INTO release VALUES (?, ?)",
            [
                ("package_version", nptexperts.__version__),
                ("data_version", dataset.data_version),
                ("digest", "sha256:" + records_digest(dataset)),
            ],
        )


def sqlite_bytes(dataset: Dataset | None = None, *, data_version: str | None = None) -> bytes:
    """The SQLite database of ``dataset`` (default: the shipped release ``data_version``)."""
    data = dataset if dataset is not None else nptexperts.load_dataset(data_version=data_version)
    db = sqlite3.connect(":memory:")
    try:
        build(db, data)
        return db.serialize()
    finally:
        db.close()


def write_sqlite(
    path: str | os.PathLike[str],
    data_version: str | None = None,
    *,
    dataset: Dataset | None = None,
    force: bool = False,
) -> Path:
    """Write the SQLite database of a data release (default: the latest) to ``path``.

    Atomic: the database is built in memory, written to a temporary file in the
    same folder and put in place in one step. An existing ``path`` raises
    :class:`~nptexperts.OutputExistsError` unless ``force`` is true (also when
    another writer creates it meanwhile); a path that is neither missing nor a
    regular file (a device, a FIFO, a folder, a symbolic link) is refused even with
    ``force``. Returns ``path``.
    """
    from nptexperts._atomic import as_path, check_target, write_file
    from nptexperts._errors import OutputExistsError

    target = as_path(path)
    if check_target(target) is not None and not force:
        raise OutputExistsError(target)
    return write_file(target, sqlite_bytes(dataset, data_version=data_version), replace=force)
