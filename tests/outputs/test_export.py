"""Exports: JSON round trip and its generated schema, CSV tables, the Data Package, pandas."""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

import nptexperts
from nptexperts._releases.bundle import FORMAT_KEY
from nptexperts.export import (
    TABLES,
    from_json,
    table_csv,
    to_json,
    write_csv,
    write_datapackage,
)
from nptexperts.export.schema import (
    SHAPES,
    generate_schema,
    schema_bytes,
    schema_file,
    shipped_schema,
)

# A development tool (the `test` dependency group): without it, these tests skip.
pytest.importorskip("frictionless")
pytest.importorskip("jsonschema")
import frictionless
import jsonschema

# --- JSON ---------------------------------------------------------------------------------------


def test_json_round_trip_gives_equal_records() -> None:
    dataset = nptexperts.load_dataset()
    assert from_json(to_json(dataset)) == dataset
    assert from_json(to_json().decode("utf-8")) == dataset


def test_json_export_is_the_bundle_and_its_digest() -> None:
    raw = to_json()
    assert hashlib.sha256(raw).hexdigest() == nptexperts.dataset_info().digest


def test_json_import_rejects_a_damaged_export() -> None:
    plain = json.loads(to_json())
    plain["experts"][0]["comments"] = "none"
    with pytest.raises(nptexperts.DataError, match=r"experts\[0\]\.comments: expected a list"):
        from_json(json.dumps(plain))
    with pytest.raises(nptexperts.DataError, match="not JSON") as caught:
        from_json(b'{"experts": [', name="broken.json")
    assert (caught.value.file, caught.value.line) == ("broken.json", 1)
    plain[FORMAT_KEY] = 99
    with pytest.raises(nptexperts.DataError, match="unknown bundle format 99"):
        from_json(json.dumps(plain))


# --- JSON Schema --------------------------------------------------------------------------------


def _validator() -> jsonschema.Draft202012Validator:
    schema = shipped_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shipped_schema_is_the_freshly_generated_one(name: str) -> None:
    assert schema_file(name).read_bytes() == schema_bytes(generate_schema(name))


def test_json_export_validates_against_the_schema() -> None:
    errors = list(_validator().iter_errors(json.loads(to_json(nptexperts.load_dataset()))))
    assert errors == []


def _set(plain: dict[str, Any], path: tuple[str | int, ...], value: object) -> dict[str, Any]:
    broken = copy.deepcopy(plain)
    target: Any = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return broken


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("experts", 0, "name", "ru", "provenance", "origin"), "invented"),
        (("sources", 0, "date"), "2 July 2025"),
        (("sources", 0, "language"), "de"),
        (("experts", 0, "positions"), "a position"),
        (("experts", 0, "coverage"), None),
        (("experts", 0, "country", "surprise"), 1),
        (("sections", 0, "stated_expert_count"), "17"),
    ],
)
def test_a_broken_export_fails_validation(path: tuple[str | int, ...], value: object) -> None:
    plain = json.loads(to_json(nptexperts.load_dataset()))
    assert _validator().is_valid(plain)
    assert not _validator().is_valid(_set(plain, path, value))


def test_a_missing_required_field_fails_validation() -> None:
    plain = json.loads(to_json(nptexperts.load_dataset()))
    del plain["experts"][0]["id"]
    assert not _validator().is_valid(plain)


def test_schema_describes_the_converters_plain_form() -> None:
    defs = shipped_schema()["$defs"]
    assert defs["Origin"]["enum"] == sorted(o.value for o in nptexperts.Origin)
    assert defs["Source"]["properties"]["date"] == {"type": "string", "format": "date"}
    assert defs["Source"]["properties"]["language"] == {"enum": list(nptexperts.LANGUAGES)}
    assert defs["Expert"]["properties"]["positions"]["type"] == "array"
    honorific = defs["Expert"]["properties"]["honorific"]["anyOf"]
    assert {"type": "null"} in honorific
    assert all(d.get("additionalProperties") is False for d in defs.values() if "properties" in d)


def test_schema_command_checks_the_shipped_file() -> None:
    from click.testing import CliRunner

    from nptexperts.cli import main

    result = CliRunner().invoke(main, ["schema", "--check"])
    assert result.exit_code == 0, result.output
    printed = CliRunner().invoke(main, ["schema"])
    assert json.loads(printed.stdout_bytes) == shipped_schema()


# --- CSV ----------------------------------------------------------------------------------------


def _read(raw: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def _table(name: str) -> list[dict[str, str]]:
    table = next(t for t in TABLES if t.name == name)
    return _read(table_csv(table))


def test_every_table_has_its_columns_in_every_row() -> None:
    dataset = nptexperts.load_dataset()
    for table in TABLES:
        names = table.column_names
        assert len(set(names)) == len(names)
        assert set(table.primary_key) <= set(names)
        for row in table.rows(dataset):
            assert tuple(row) == names, table.name


def test_comments_csv_has_both_languages_with_provenance() -> None:
    rows = {r["id"]: r for r in _table("comments")}
    comments = nptexperts.load_index().comments
    assert set(rows) == {c.id for c in comments}
    for comment in comments:
        row = rows[comment.id]
        assert row["expert"] == comment.expert
        assert row["source"] == comment.source
        for lang in nptexperts.LANGUAGES:
            prov = comment.provenance(lang)
            assert row[f"text_{lang}"] == comment.text(lang)
            assert row[f"text_{lang}_origin"] == prov.origin.value
            assert row[f"text_{lang}_source"] == prov.source
        assert row["span_start"] == (str(comment.span.start) if comment.span else "")


def test_experts_and_positions_csv() -> None:
    experts = nptexperts.load_experts()
    rows = _table("experts")
    assert [r["id"] for r in rows] == [e.id for e in experts]
    for row, expert in zip(rows, experts, strict=True):
        assert row["name_ru"] == expert.name.text("ru")
        assert row["country_code"] == (expert.country.code or "")
        assert int(row["comment_count"]) == len(expert.comments)
    positions = _table("positions")
    assert len(positions) == sum(len(e.positions) for e in experts)
    first = {(r["expert"], r["position"]): r for r in positions}
    for expert in experts:
        assert first[(expert.id, "1")]["title_en"] == expert.positions[0].title.text("en")


def test_write_csv_writes_utf8_files(tmp_path: Path) -> None:
    paths = write_csv(tmp_path / "out")
    assert sorted(p.name for p in paths) == sorted(f"{t.name}.csv" for t in TABLES)
    raw = (tmp_path / "out" / "experts.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert nptexperts.load_experts()[0].name.text("ru") in raw.decode("utf-8")


# --- Data Package -------------------------------------------------------------------------------


def _validate(descriptor: Path) -> frictionless.Report:
    return frictionless.validate(str(descriptor))


def test_frictionless_validates_the_data_package(tmp_path: Path) -> None:
    descriptor = write_datapackage(tmp_path)
    report = _validate(descriptor)
    assert report.valid, report.flatten(["type", "note"])
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    assert package["nptexperts"]["digest"] == "sha256:" + nptexperts.dataset_info().digest
    for resource in package["resources"]:
        raw = (tmp_path / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(raw).hexdigest()
        assert resource["schema"]["primaryKey"]


def test_frictionless_catches_a_broken_reference_and_a_changed_file(tmp_path: Path) -> None:
    descriptor = write_datapackage(tmp_path)
    comments = tmp_path / "comments.csv"
    expert = nptexperts.load_index().comments[0].expert
    text = comments.read_text(encoding="utf-8")
    comments.write_text(text.replace(f",{expert},", ",no-such-expert,", 1), encoding="utf-8")
    errors = {e.type for task in _validate(descriptor).tasks for e in task.errors}
    assert "foreign-key" in errors
    assert "hash-count" in errors


# --- pandas -------------------------------------------------------------------------------------


def test_frames_have_the_tables_columns_and_rows() -> None:
    comments = nptexperts.load_frame("comments")
    assert list(comments.index) == [c.id for c in nptexperts.load_index().comments]
    first = nptexperts.load_index().comments[0]
    assert comments.loc[first.id, "body_ru"] == first.text("ru")
    experts = nptexperts.load_frame("experts")
    assert len(experts) == len(nptexperts.load_experts())
    assert str(experts["comment_count"].dtype) == "Int64"
    positions = nptexperts.load_frame("positions")
    assert positions.index.names == ["expert", "item"]
    with pytest.raises(ValueError, match="no table is called"):
        nptexperts.load_frame("nothing")


def test_pandas_is_not_imported_unless_asked_for() -> None:
    code = (
        "import sys, nptexperts, nptexperts.export;"
        "nptexperts.load_experts(); nptexperts.search('nuclear'); nptexperts.dataset_info();"
        "nptexperts.export.to_json();"
        "print('pandas' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- vocabularies -------------------------------------------------------------------------------


def test_every_enum_column_allows_exactly_its_enum_values() -> None:
    from nptexperts._records.models import (
        AdvisoryBoard,
        CommentCoverage,
        CountryBasis,
        Honorific,
        NoteTopic,
        Origin,
    )

    expected = {
        ("experts", "honorific"): Honorific,
        ("experts", "country_basis"): CountryBasis,
        ("experts", "advisory_board"): AdvisoryBoard,
        ("experts", "coverage"): CommentCoverage,
        ("notes", "topic"): NoteTopic,
    }
    seen_origin = 0
    for table in TABLES:
        for col in table.columns:
            if col.name.endswith("_origin"):
                assert col.enum == tuple(o.value for o in Origin), (table.name, col.name)
                seen_origin += 1
            vocabulary = expected.get((table.name, col.name))
            if vocabulary is not None:
                assert col.enum == tuple(m.value for m in vocabulary), (table.name, col.name)
    assert seen_origin > 0
    # every cell of an enum column holds one of its values (or is empty when optional)
    dataset = nptexperts.load_dataset()
    for table in TABLES:
        for row in table.rows(dataset):
            for col in table.columns:
                if col.enum is not None and row[col.name] is not None:
                    assert row[col.name] in col.enum, (table.name, col.name)


def test_renamed_fields_name_their_columns() -> None:
    from nptexperts.export.tables import table

    for name, stem in (("positions", "title"), ("questions", "wording"), ("notes", "body")):
        columns = table(name).column_names
        assert f"{stem}_en" in columns
        assert f"{stem}_ru_origin" in columns
        assert "text_en" not in columns
    dataset = nptexperts.load_dataset()
    notes = list(table("notes").rows(dataset))
    assert [r["body_ru"] for r in notes] == [n.body.text("ru") for n in dataset.notes]


# --- load_frame ---------------------------------------------------------------------------------


def test_load_frame_gives_every_table_in_one_call() -> None:
    for table in TABLES:
        frame = nptexperts.load_frame(table.name)
        assert list(frame.index.names) == list(table.primary_key)
        assert len(frame) == len(list(table.rows(nptexperts.load_dataset())))
    oldest = nptexperts.data_releases()[0].data_version
    assert len(nptexperts.load_frame("experts", data_version=oldest)) == len(
        nptexperts.load_experts(data_version=oldest)
    )
    with pytest.raises(nptexperts.UnknownTableError) as caught:
        nptexperts.load_frame("penguins")
    assert isinstance(caught.value, nptexperts.NptExpertsError)
    for table in TABLES:
        assert table.name in str(caught.value)


# --- SQLite -------------------------------------------------------------------------------------


def _db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path)
    db.execute("PRAGMA foreign_keys = ON")
    return db


def _word(text: str) -> str:
    """The longest word of ``text`` (letters only), for a full-text query."""
    return max(re.findall(r"\w+", text), key=len)


def test_sqlite_has_every_table_with_its_keys(tmp_path: Path) -> None:
    from nptexperts.export.sqlite import write_sqlite

    path = write_sqlite(tmp_path / "records.db")
    db = _db(path)
    dataset = nptexperts.load_dataset()
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for table in TABLES:
        rows = db.execute(f'SELECT * FROM "{table.name}"').fetchall()
        assert rows == list(table.tuples(dataset)), table.name
        info = db.execute(f'PRAGMA table_info("{table.name}")').fetchall()
        assert [r[1] for r in info] == list(table.column_names)
        assert [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]] == list(table.primary_key)
        fks = {(r[3], r[2]) for r in db.execute(f'PRAGMA foreign_key_list("{table.name}")')}
        assert fks == {(fk.fields[0], fk.table) for fk in table.foreign_keys}
    # a broken reference is refused, as is a value outside an enum
    expert = dataset.experts[0]
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE experts SET section = 'nowhere' WHERE id = ?", (expert.id,))
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE experts SET coverage = 'some' WHERE id = ?", (expert.id,))
    release = dict(db.execute("SELECT key, value FROM release"))
    assert release["data_version"] == dataset.data_version
    assert release["digest"] == "sha256:" + nptexperts.dataset_info().digest
    db.close()


def test_sqlite_full_text_finds_records_in_each_language(tmp_path: Path) -> None:
    from nptexperts.export.sqlite import write_sqlite

    db = _db(write_sqlite(tmp_path / "records.db"))
    for comment in nptexperts.load_index().comments:
        for lang in nptexperts.LANGUAGES:
            query = _word(comment.text(lang)).upper()  # case is ignored
            found = db.execute(
                "SELECT kind, id, origin FROM texts WHERE texts MATCH ? AND lang = ?",
                (f'"{query}"', lang),
            ).fetchall()
            assert ("comment", comment.id, comment.provenance(lang).origin.value) in found
    total = db.execute("SELECT count(*) FROM texts").fetchone()[0]
    dataset = nptexperts.load_dataset()
    expected = sum(
        1
        for table in TABLES
        for row in table.rows(dataset)
        for name in table.column_names
        if f"{name}_origin" in table.column_names
        and row[name] is not None
        and not table.column(name).deprecated
    )
    variants = sum(len(e.name_variants) for e in dataset.experts)  # one text each
    assert total == expected + variants
    db.close()


def test_sqlite_export_is_atomic_and_refuses_to_overwrite(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from nptexperts.cli import main

    target = tmp_path / "records.db"
    first = CliRunner().invoke(main, ["export", "-f", "sqlite", "-o", str(target)])
    assert first.exit_code == 0, first.output
    target.write_bytes(b"mine")
    again = CliRunner().invoke(main, ["export", "-f", "sqlite", "-o", str(target)])
    assert again.exit_code == 1
    assert "exists" in again.stderr
    assert target.read_bytes() == b"mine"
    forced = CliRunner().invoke(main, ["export", "-f", "sqlite", "-o", str(target), "--force"])
    assert forced.exit_code == 0, forced.output
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.db"], "no temporary file left"
    with pytest.raises(nptexperts.OutputExistsError):
        nptexperts.export.write_sqlite(target)


def test_export_reads_the_data_version_asked_for(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from nptexperts.cli import main

    oldest = nptexperts.data_releases()[0].data_version
    result = CliRunner().invoke(main, ["export", "--data-version", oldest])
    assert nptexperts.export.from_json(result.stdout_bytes) == nptexperts.load_dataset(
        data_version=oldest
    )
    db = tmp_path / "old.db"
    CliRunner().invoke(main, ["export", "-f", "sqlite", "-o", str(db), "--data-version", oldest])
    with closing(sqlite3.connect(db)) as conn:  # closed: Python 3.13 warns of a leaked one
        assert dict(conn.execute("SELECT key, value FROM release"))["data_version"] == oldest
    bad = CliRunner().invoke(main, ["export", "--data-version", "1999.1"])
    assert bad.exit_code == 1
