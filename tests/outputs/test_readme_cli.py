"""Every ``$ nptexperts …`` line of the README runs, and does what the README says.

Each line of a ``console`` block is run through the command line (click's runner) in
a temporary folder, with ``> FILE`` honoured; it must exit 0, and a property the
README documents for that command is checked. A new command in the README needs a
check here (the test says so).
"""

from __future__ import annotations

import json
import re
import shlex
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import nptexperts
from nptexperts.cli import main
from nptexperts.export.schema import shipped_schema
from nptexperts.export.tables import TABLES

# A development tool (the `test` dependency group): without it, these tests skip.
pytest.importorskip("jsonschema")
import jsonschema

README = Path(__file__).resolve().parents[2] / "README.md"


def _lines() -> list[str]:
    text = README.read_text(encoding="utf-8")
    blocks = re.findall(r"```console\n(.*?)```", text, flags=re.DOTALL)
    return [
        line.removeprefix("$ ").strip()
        for block in blocks
        for line in block.splitlines()
        if line.startswith("$ nptexperts ")
    ]


LINES = _lines()


def _option(args: list[str], *names: str) -> str | None:
    for i, arg in enumerate(args):
        if arg in names and i + 1 < len(args):
            return args[i + 1]
    return None


def _check_list(args: list[str], out: str, _root: Path) -> None:
    version = _option(args, "--data-version")
    index = nptexperts.load_index(data_version=version)
    country = _option(args, "--country", "-c")
    experts = index.by_country(country) if country else index.experts
    assert experts, "the README's example lists experts"
    if "--json" in args:
        data = json.loads(out)
        jsonschema.validate(data, shipped_schema("list"))
        assert [e["id"] for e in data] == [e.id for e in experts]
        return
    lang = _option(args, "--lang", "-l") or "en"
    for expert in experts:
        assert expert.display_name(lang) in out
        assert expert.id in out


def _check_show(args: list[str], out: str, _root: Path) -> None:
    expert = nptexperts.get_expert(args[1])
    if "--json" in args:
        data = json.loads(out)
        jsonschema.validate(data, shipped_schema("show"))
        assert data["id"] == expert.id
        return
    lang = _option(args, "--lang", "-l")
    for code in (lang,) if lang else nptexperts.LANGUAGES:
        assert expert.display_name(code) in out
    if lang is None:  # "positions and comments, both languages", each labelled
        assert "published" in out
        assert "editorial translation" in out


def _check_search(args: list[str], out: str, _root: Path) -> None:
    lang = _option(args, "--lang", "-l")
    limit = _option(args, "--limit")
    found = nptexperts.search(args[1], lang=lang)
    assert found, "the README's search example finds something"
    shown = found[: int(limit)] if limit else found
    if "--json" in args:
        # the experts' matches, then the expectations' (lines with a record_type)
        expected = nptexperts.search_expectations(args[1], lang=lang)
        also = expected[: int(limit)] if limit else expected
        lines = [json.loads(line) for line in out.splitlines()]
        for line in lines:
            jsonschema.validate(line, shipped_schema("search"))
        assert [line["record_id"] for line in lines] == [m.record_id for m in (*shown, *also)]
        return
    assert shown[0].record_id in out


def _check_export(args: list[str], out: str, root: Path) -> None:
    fmt = _option(args, "--format", "-f") or "json"
    target = root / (_option(args, "--output", "-o") or "records.json")
    if fmt == "json":
        assert nptexperts.export.from_json(target.read_bytes()) == nptexperts.load_dataset()
    elif fmt in ("csv", "datapackage"):
        names = {p.name for p in target.iterdir()}
        assert {f"{t.name}.csv" for t in TABLES} <= names
        assert (fmt == "datapackage") == ("datapackage.json" in names)
        assert (fmt == "datapackage") == ("croissant.json" in names)
    elif fmt == "parquet":
        names = {p.name for p in target.iterdir()}
        assert names == {f"{t.name}.parquet" for t in TABLES}
    else:
        db = sqlite3.connect(target)
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert db.execute("SELECT count(*) FROM texts").fetchone()[0] > 0
        db.close()


def _check_info(args: list[str], out: str, _root: Path) -> None:
    if "--cite" in args:
        assert out == nptexperts.dataset_info().citation_cff
        return
    assert nptexperts.dataset_info().digest in out


def _check_schema(args: list[str], out: str, _root: Path) -> None:
    version = _option(args, "--data-version")
    if version is not None:
        from nptexperts.export.schema import release_schema

        assert json.loads(out) == release_schema(version)
        return
    shape = _option(args, "--shape") or "records"
    assert json.loads(out) == shipped_schema(shape)


def _check_releases(args: list[str], out: str, _root: Path) -> None:
    for release in nptexperts.data_releases():
        assert release.digest in out


def _diff_of(args: list[str]) -> nptexperts.ReleaseDiff:
    versions = [a for a in args[1:3] if not a.startswith("-")]
    kinds = [args[i + 1] for i, a in enumerate(args) if a == "--kind"]
    langs = [args[i + 1] for i, a in enumerate(args) if a == "--text-lang"]
    return nptexperts.diff(*versions).filter(kinds=kinds or None, langs=langs or None)


def _check_diff(args: list[str], out: str, _root: Path) -> None:
    result = _diff_of(args)
    assert result.changed
    for change in result.changed:
        assert change.id in out


def _check_cite(args: list[str], out: str, _root: Path) -> None:
    style = _option(args, "--style", "-s") or "apa"
    lang = _option(args, "--lang", "-l") or "en"
    assert out.rstrip("\n") == nptexperts.cite(args[1], style=style, lang=lang)


def _check_verify(args: list[str], out: str, _root: Path) -> None:
    assert out.startswith("Found word for word")
    expert = _option(args, "--expert")
    if expert is not None:
        assert nptexperts.get_expert(expert).name.text("en") in out


def _check_expectations(args: list[str], out: str, _root: Path) -> None:
    found = nptexperts.expectations()
    if "--json" in args:
        assert [x["id"] for x in json.loads(out)] == [x.id for x in found]
        return
    lang = _option(args, "--lang", "-l") or "en"
    from nptexperts._words import enum_word

    for x in found:
        assert x.id in out
        assert enum_word(x.resolution, lang) in out


CHECKS: dict[str, Callable[[list[str], str, Path], None]] = {
    "list": _check_list,
    "show": _check_show,
    "search": _check_search,
    "export": _check_export,
    "info": _check_info,
    "schema": _check_schema,
    "releases": _check_releases,
    "diff": _check_diff,
    "cite": _check_cite,
    "verify": _check_verify,
    "expectations": _check_expectations,
}


def test_the_readme_has_command_examples() -> None:
    assert len(LINES) >= len(CHECKS)


@pytest.mark.parametrize("line", LINES)
def test_readme_command_runs_as_documented(
    line: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = shlex.split(line, comments=True)[1:]  # without "nptexperts"
    redirect = None
    if ">" in words:
        at = words.index(">")
        words, redirect = words[:at], words[at + 1]
    command = words[0]
    assert command in CHECKS, f"no check for `nptexperts {command}`: add one to CHECKS"
    monkeypatch.chdir(tmp_path)
    result: Result = CliRunner().invoke(main, words)
    # `diff --exit-code` exits 1 when records differ, as documented
    differs = command == "diff" and "--exit-code" in words and not _diff_of(words).is_empty
    assert result.exit_code == (1 if differs else 0), result.output
    if redirect is not None:
        (tmp_path / redirect).write_bytes(result.stdout_bytes)
    CHECKS[command](words, result.stdout, tmp_path)
