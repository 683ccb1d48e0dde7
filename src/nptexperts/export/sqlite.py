"""SQLite export: the CSV tables as one SQLite database, searched as the library searches.

One file that the ``sqlite3`` shell and Datasette open as it is:

- every table of :mod:`nptexperts.export.tables`, with its columns' types
  (``TEXT``, ``INTEGER``; dates as ``YYYY-MM-DD`` text), ``NOT NULL`` for
  required columns, ``CHECK`` for the allowed values, and its primary and
  foreign keys;
- ``texts``, an FTS5 full-text index of every text in both languages, one row
  per text and language: ``kind`` (the record type: ``expert``, ``position``,
  ``name_variant``, ``comment``, …), ``id`` (the row's primary key, parts joined
  by ``/``), ``field`` (the record's field: ``name``, ``title``, ``body``, …),
  ``lang``, ``origin`` (published, editorial translation, editorial), ``text``
  (the original, for display) and the indexed ``terms``, ``words`` and ``forms``
  (:mod:`nptexperts.export.fulltext`): ``MATCH`` finds what
  :func:`nptexperts.search` finds;
- ``comments_fts``, ``experts_fts`` and ``positions_fts``: FTS5 indexes over their
  tables (external content, the same rowids), which Datasette finds and offers a
  search box for;
- ``release``, one row per fact: package version, data version, digest
  (``sha256:<hex>``);
- ``datasette_metadata``: Datasette's metadata for the file, as JSON
  (``datasette records.db -m metadata.json``, the JSON written to a file).

>>> import sqlite3, tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "records.db"
>>> write_sqlite(path, data_version="2026.2") == path
True
>>> db = sqlite3.connect(path)
>>> db.execute("SELECT count(*) FROM experts").fetchone()[0] == len(nptexperts.load_experts(data_version="2026.2"))
True
>>> db.execute("SELECT DISTINCT kind, field FROM texts WHERE texts MATCH 'оружие'").fetchall()
[('comment', 'body')]
>>> db.execute("SELECT id FROM experts WHERE rowid IN"
...            " (SELECT rowid FROM experts_fts WHERE experts_fts MATCH 'Селезнева')").fetchall()
[('daria-selezneva',)]
>>> db.close()

The file is written atomically (built in memory, written to a temporary file
beside ``path``, then renamed), and an existing file is replaced only with
``force=True``.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import nptexperts
from nptexperts._records.lang import LANGUAGES, Lang, normalize_lang
from nptexperts._records.models import Dataset, Origin
from nptexperts.export._sqltables import _literal, _quote, create_table_sql
from nptexperts.export.fulltext import Vocabulary, bag, index_columns
from nptexperts.export.tables import TABLES, Table

__all__ = [
    "FTS_TABLE",
    "KINDS",
    "METADATA_TABLE",
    "SEARCHED",
    "SEARCH_FIELDS",
    "TOKENIZER",
    "sqlite_bytes",
    "write_sqlite",
]

#: The name of the full-text table of every text.
FTS_TABLE = "texts"
#: The table that holds Datasette's metadata for the database, as JSON (one row).
METADATA_TABLE = "datasette_metadata"
#: The FTS5 tokenizer of every index: the tokens are folded already, so it only splits.
TOKENIZER = "unicode61 remove_diacritics 2"


#: Each table's rows, as ``texts`` names them (``kind``): the record type, in the singular.
KINDS = {
    "sources": "source",
    "keywords": "keyword",
    "sections": "section",
    "questions": "question",
    "experts": "expert",
    "positions": "position",
    "name_variants": "name_variant",
    "comments": "comment",
    "notes": "note",
    "record_notes": "record_note",
    "events": "event",
    "event_sources": "event_source",
    "expectations": "expectation",
}
#: A text's field (``texts.field``) where the CSV column is named otherwise: the
#: field of the record type (a comment's text is its ``body``; once the CSV columns
#: are named ``body_*`` themselves, this entry changes nothing).
_FIELDS = {("comments", "text"): "body"}
#: The texts ``nptexperts.search`` looks in, as ``(kind, field)``: their ``forms`` hold
#: every form of their words (:meth:`~nptexperts.export.fulltext.Vocabulary.forms`);
#: the other texts' hold the forms the records write.
SEARCH_FIELDS = frozenset(
    {("expert", "name"), ("name_variant", "value"), ("position", "title"), ("comment", "body")}
)
#: The tables Datasette offers a search box on, with the field they search: an
#: external-content FTS5 table ``<table>_fts`` over the field's columns.
SEARCHED = {"experts": "name", "positions": "title", "comments": "body"}


def _text_stems(table: Table) -> list[str]:
    """The bilingual texts of ``table``: the stems with ``<stem>_<lang>_origin`` columns."""
    names = set(table.column_names)
    first = LANGUAGES[0]
    return [
        c.name.removesuffix(f"_{first}")
        for c in table.columns
        if c.name.endswith(f"_{first}") and f"{c.name}_origin" in names and not c.deprecated
    ]


def _field(table: Table, stem: str) -> str:
    return _FIELDS.get((table.name, stem), stem)


#: One text of ``texts``: kind, id, field, lang, origin, text (the index's columns apart).
_Text = tuple[str, str, str, Lang, str, str]


def _texts(dataset: Dataset) -> Iterator[_Text]:
    for table in TABLES:
        stems = _text_stems(table)
        kind = KINDS[table.name]
        for row in table.rows(dataset):
            key = "/".join(str(row[k]) for k in table.primary_key)
            if table.name == "name_variants":  # one text, in the language it is in
                lang = normalize_lang(str(row["lang"]))
                yield (kind, key, "value", lang, Origin.PUBLISHED.value, str(row["value"]))
            for stem in stems:
                for lang in LANGUAGES:
                    text = row[f"{stem}_{lang}"]
                    if text is not None:
                        origin = str(row[f"{stem}_{lang}_origin"])
                        yield (kind, key, _field(table, stem), lang, origin, str(text))


def _searched_sql(table: Table, stem: str) -> str:
    columns = ", ".join(_quote(f"{stem}_{lang}") for lang in LANGUAGES)
    return (
        f"CREATE VIRTUAL TABLE {_quote(table.name + '_fts')} USING fts5({columns},"
        f' content="{table.name}", tokenize = {_literal(TOKENIZER)})'
    )


def _fill_searched(db: sqlite3.Connection, dataset: Dataset, vocabulary: Vocabulary) -> None:
    """Fill each table's search index (:data:`SEARCHED`): the rows' words in every form.

    The index has the same rowids as its table (Datasette searches ``rowid IN (…)``)
    and its columns' names (they are read from the table); it holds what the
    ``texts`` index holds in ``terms``, ``words`` and ``forms``, in one bag.
    """
    variants: dict[tuple[str, str], list[str]] = {}
    for expert in dataset.experts:
        for v in expert.name_variants:
            variants.setdefault((expert.id, normalize_lang(v.lang)), []).append(v.value)
    for table in TABLES:
        field = SEARCHED.get(table.name)
        if field is None:
            continue
        stem = next(s for s in _text_stems(table) if _field(table, s) == field)
        db.execute(_searched_sql(table, stem))
        names = ", ".join(["rowid", *(_quote(f"{stem}_{lang}") for lang in LANGUAGES)])
        marks = ", ".join("?" for _ in range(len(LANGUAGES) + 1))
        key = ", ".join(map(_quote, table.primary_key))
        rows = db.execute(f"SELECT rowid, {key} FROM {_quote(table.name)}").fetchall()
        rowids = {tuple(str(k) for k in r[1:]): r[0] for r in rows}
        filled = []
        for row in table.rows(dataset):
            rowid = rowids[tuple(str(row[k]) for k in table.primary_key)]
            cells: list[str] = []
            for lang in LANGUAGES:
                texts = [str(row[f"{stem}_{lang}"] or "")]
                if table.name == "experts":  # and the other spellings of the name
                    texts += variants.get((str(row["id"]), lang), [])
                cells.append(" ".join(bag(index_columns(vocabulary, lang, t)) for t in texts))
            filled.append((rowid, *cells))
        db.executemany(
            f"INSERT INTO {_quote(table.name + '_fts')} ({names}) VALUES ({marks})", filled
        )


def build(db: sqlite3.Connection, dataset: Dataset, *, database: str = "records") -> None:
    """Create and fill every table, the full-text indexes, ``release`` and
    ``datasette_metadata`` in ``db`` (``database``: its name in Datasette, the file's stem)."""
    from nptexperts.export.json import records_digest
    from nptexperts.export.metadata import datasette_metadata, prefixed_digest

    db.execute("PRAGMA foreign_keys = ON")
    with db:
        for table in TABLES:  # in an order where referenced tables come first
            db.execute(create_table_sql(table))
            marks = ", ".join("?" for _ in table.columns)
            db.executemany(
                f"INSERT INTO {_quote(table.name)} VALUES ({marks})", table.tuples(dataset)
            )
        texts = list(_texts(dataset))
        vocabulary = Vocabulary((lang, text) for _, _, _, lang, _, text in texts)
        db.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5("
            "kind UNINDEXED, id UNINDEXED, field UNINDEXED, lang UNINDEXED, origin UNINDEXED,"
            f" text UNINDEXED, terms, words, forms, tokenize = {_literal(TOKENIZER)})"
        )
        db.executemany(
            f"INSERT INTO {FTS_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (*t, *index_columns(vocabulary, t[3], t[5], expand=(t[0], t[2]) in SEARCH_FIELDS))
                for t in texts
            ),
        )
        _fill_searched(db, dataset, vocabulary)
        db.execute("CREATE TABLE release (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
        db.executemany(
            "INSERT INTO release VALUES (?, ?)",
            [
                ("package_version", nptexperts.__version__),
                ("data_version", dataset.data_version),
                ("digest", prefixed_digest(records_digest(dataset))),
            ],
        )
        db.execute(f"CREATE TABLE {METADATA_TABLE} (json TEXT NOT NULL)")
        plain = datasette_metadata(dataset, database)
        db.execute(
            f"INSERT INTO {METADATA_TABLE} VALUES (?)",
            (json.dumps(plain, ensure_ascii=False, indent=2),),
        )


def sqlite_bytes(
    dataset: Dataset | None = None,
    *,
    data_version: str | None = None,
    database: str = "records",
) -> bytes:
    """The SQLite database of ``dataset`` (default: the shipped release ``data_version``).

    ``database`` is the name Datasette will give it (a file's name without
    ``.db``), under which its metadata describes the tables.
    """
    data = dataset if dataset is not None else nptexperts.load_dataset(data_version=data_version)
    db = sqlite3.connect(":memory:")
    try:
        build(db, data, database=database)
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
    raw = sqlite_bytes(dataset, data_version=data_version, database=target.stem)
    return write_file(target, raw, replace=force)
