"""The SQLite export searches as ``nptexperts.search`` does, and Datasette reads it."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

import nptexperts
from nptexperts.export.fulltext import fts_query
from nptexperts.export.metadata import TITLE
from nptexperts.export.sqlite import SEARCH_FIELDS, SEARCHED, write_sqlite
from nptexperts.export.tables import table

#: Words and queries to compare: the records' words and others, names, phrases, prefixes.
QUERIES = [
    "weapons",
    "оружие",
    "Селезнева",
    "Селезнёва",
    "nuclear",
    "ядерного",
    "states",
    "conference",
    "конференции",
    "Review",
    "disarmament",
    "разоружение",
    "treaty",
    "договора",
    "PIR",
    "ПИР-Центра",
    "Stefanovich",
    "Стефанович",
    "Viktor",
    "director",
    "директор",
    "university",
    "университета",
    "МГИМО",
    "countries",
    "страны",
    '"nuclear weapons"',
    '"ядерного оружия"',
    "ядерн",
    "nuclear weap",
    "уран",
    "nonexistentword",
]

Key = tuple[str, str, str, str]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = write_sqlite(tmp_path_factory.mktemp("sqlite") / "records.db")
    with closing(sqlite3.connect(path)) as conn:
        yield conn


def _row_keys(name: str) -> dict[tuple[str, int], str]:
    """(expert id, place in its list from 0) → the row's key in ``texts``, for a table."""
    t = table(name)
    keys: dict[tuple[str, int], str] = {}
    counts: dict[str, int] = {}
    for row in t.rows(nptexperts.load_dataset()):
        expert = str(row["expert"])
        n = counts[expert] = counts.get(expert, -1) + 1
        keys[expert, n] = "/".join(str(row[k]) for k in t.primary_key)
    return keys


def _searched(query: str, lang: str) -> set[Key]:
    positions, variants = _row_keys("positions"), _row_keys("name_variants")
    out: set[Key] = set()
    for m in nptexperts.search(query, lang=lang):
        if m.field == "comment":
            assert m.comment_id is not None
            out.add(("comment", m.comment_id, "body", m.lang))
        elif m.field == "name":
            out.add(("expert", m.expert_id, "name", m.lang))
        elif m.field == "position":
            out.add(("position", positions[m.expert_id, m.item], "title", m.lang))
        else:
            out.add(("name_variant", variants[m.expert_id, m.item], "value", m.lang))
    return out


def _matched(db: sqlite3.Connection, match: str, lang: str) -> set[Key]:
    rows = db.execute(
        "SELECT kind, id, field, lang FROM texts WHERE texts MATCH ? AND lang = ?", (match, lang)
    ).fetchall()
    found = {tuple(r) for r in rows}
    # the variants that differ from the name only in folding are the name, for the search
    names = {
        (f"{e.id}", lang): e.name.text(lang)
        for e in nptexperts.load_experts()
        for lang in ["en", "ru"]
    }
    return {
        k
        for k in found
        if (k[0], k[2]) in SEARCH_FIELDS
        and not (k[0] == "name_variant" and _same_as_name(db, k, names))
    }


def _same_as_name(
    db: sqlite3.Connection, key: tuple[str, ...], names: dict[tuple[str, str], str]
) -> bool:
    from nptexperts._lookup.folding import fold

    where = " || '/' || ".join(table("name_variants").primary_key)
    expert, value = db.execute(
        f"SELECT expert, value FROM name_variants WHERE {where} = ?", (key[1],)
    ).fetchone()
    return fold(value) in {fold(names[expert, lang]) for lang in ("en", "ru")}


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_fts_query_finds_what_the_search_finds(
    db: sqlite3.Connection, query: str, lang: str
) -> None:
    expected = _searched(query, lang)
    match = fts_query(query, lang)
    assert match is not None
    assert _matched(db, match, lang) == expected


@pytest.mark.parametrize(
    "word", ["Селезнева", "Селезнёва", "weapons", "оружие", "оружием", "states"]
)
def test_a_plain_word_in_match_finds_what_the_search_finds(
    db: sqlite3.Connection, word: str
) -> None:
    for lang in ("en", "ru"):
        expected = _searched(word + " ", lang)  # a whole word, not a prefix
        assert _matched(db, word, lang) == expected
    assert _searched(word + " ", "en") | _searched(word + " ", "ru"), "the word is in a record"


def test_the_index_holds_stems_beside_the_original_text(db: sqlite3.Connection) -> None:
    comment = nptexperts.get_expert("zacharie-gross").comments[0]
    text, terms, words = db.execute(
        "SELECT text, terms, words FROM texts WHERE kind = 'comment' AND id = ? AND lang = 'ru'",
        (comment.id,),
    ).fetchone()
    assert text == comment.text("ru")
    assert "оруж" in terms.split()
    assert "оружием" in words.split()
    assert len(terms.split()) == len(words.split()), "one term per word, in order"


def test_each_searched_table_has_an_index_datasette_detects(db: sqlite3.Connection) -> None:
    for name in SEARCHED:
        # Datasette's own test (datasette.utils.detect_fts): a virtual FTS table with content="<table>"
        found = db.execute(
            "SELECT name FROM sqlite_master WHERE rootpage = 0 AND sql LIKE ?",
            (f'%VIRTUAL TABLE%USING FTS%content="{name}"%',),
        ).fetchall()
        assert found == [(f"{name}_fts",)]
    hits = db.execute(
        "SELECT c.id, f.* FROM comments_fts f JOIN comments c ON c.rowid = f.rowid"
        " WHERE comments_fts MATCH 'оружие'"
    ).fetchall()
    gross = nptexperts.get_expert("zacharie-gross").comments[0]
    # the columns are read from the table: the original texts, not the index's words
    assert hits == [(gross.id, gross.text("en"), gross.text("ru"))]
    experts = db.execute(
        "SELECT id FROM experts WHERE rowid IN"
        " (SELECT rowid FROM experts_fts WHERE experts_fts MATCH 'Селезнева')"
    ).fetchall()
    assert experts == [("daria-selezneva",)]


def test_the_database_holds_its_datasette_metadata(db: sqlite3.Connection) -> None:
    (raw,) = db.execute("SELECT json FROM datasette_metadata").fetchone()
    meta = json.loads(raw)
    tables = meta["databases"]["records"]["tables"]
    assert meta["license"].startswith("MIT")
    assert meta["source_url"] == nptexperts.load_dataset().sources[0].url
    assert tables["comments"]["fts_table"] == "comments_fts"
    assert tables["experts"]["columns"]["country_basis"]
    assert set(tables) >= set(SEARCHED)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=10) as response:  # 127.0.0.1 only
        return str(response.read().decode("utf-8"))


def test_datasette_shows_the_metadata_and_offers_search(tmp_path: Path) -> None:
    pytest.importorskip("datasette")
    path = write_sqlite(tmp_path / "records.db")
    with closing(sqlite3.connect(path)) as conn:
        (tmp_path / "metadata.json").write_text(
            conn.execute("SELECT json FROM datasette_metadata").fetchone()[0], encoding="utf-8"
        )
    port = _free_port()
    command = [sys.executable, "-m", "datasette", "serve", str(path), "-m", "metadata.json"]
    command += ["--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(
        command,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "DATASETTE_SECRET": "test"},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                metadata = json.loads(_get(base + "/-/metadata.json"))
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("datasette did not start")
                time.sleep(0.3)
        assert metadata["title"] == TITLE["en"]
        home = _get(base + "/")
        assert "MIT" in home
        assert TITLE["en"].replace("'", "&#39;") in home
        page = _get(base + "/records/comments?_search=" + urllib.parse.quote("оружие"))
        assert 'name="_search"' in page, "the search box"
        assert "zacharie-gross.prospects-2026.1" in page
        experts = _get(
            base + "/records/experts.json?_shape=array&_search=" + urllib.parse.quote("Селезнева")
        )
        assert [row["id"] for row in json.loads(experts)] == ["daria-selezneva"]
        columns = _get(base + "/records/experts")
        assert "ISO 3166-1 alpha-2 code" in columns, "the columns' descriptions"
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
