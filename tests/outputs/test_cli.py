"""The command line: every command through click's runner, and real `python -m` runs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import nptexperts
from nptexperts.cli import main
from nptexperts.export import from_json

COMMANDS = ["list", "show", "search", "export", "info", "schema", "validate", "compile"]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def assert_one_line_error(result: Result, *parts: str) -> None:
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output
    for part in parts:
        assert part in lines[0]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert f"Usage: main {command}" in result.stdout


def test_list_shows_every_expert_grouped_by_country() -> None:
    result = run("list")
    assert result.exit_code == 0
    experts = nptexperts.load_experts()
    for expert in experts:
        assert f"({expert.id})" in result.stdout
        assert expert.display_name("en") in result.stdout
    # Each group header counts its experts.
    for code in {e.country.code for e in experts if e.country.code}:
        n = len(nptexperts.by_country(code))
        assert f"({code}): {n}" in result.stdout


def test_list_by_country_in_russian() -> None:
    result = run("list", "--country", "Казахстан", "--lang", "ru")
    assert result.exit_code == 0
    kz = nptexperts.by_country("KZ")
    assert kz
    for expert in kz:
        assert expert.display_name("ru") in result.stdout
        assert " ".join(expert.positions[0].title.text("ru").split()[:2]) in result.stdout
    others = [e for e in nptexperts.load_experts() if e not in kz]
    assert not any(f"({e.id})" in result.stdout for e in others)


def test_list_of_a_country_without_experts() -> None:
    result = run("list", "-c", "NO")
    assert result.exit_code == 0
    assert "No expert" in result.stdout


def _listed_without_experts() -> list[nptexperts.SourceCountry]:
    experts = nptexperts.load_experts()
    return [
        listed
        for section in nptexperts.load_dataset().sections
        for listed in section.stated_countries
        if not any(e.country.code == listed.code for e in experts)
    ]


def test_list_names_the_listed_countries_without_experts() -> None:
    unmatched = _listed_without_experts()
    assert unmatched, "the release lists the U.S. with no U.S. expert"
    result = run("list")
    assert result.exit_code == 0
    tail = result.stdout.split("\n\n")[-1]
    for listed in unmatched:
        assert f"({listed.code})" in tail
        assert listed.name.text("en") in tail
    assert run("list", "-c", "NO").stdout.count("\n") == 1, "Norway is not listed by the source"


def test_list_of_a_listed_country_without_experts_says_why() -> None:
    listed = _listed_without_experts()[0]
    result = run("list", "-c", listed.name.text("ru"), "--lang", "ru")
    assert result.exit_code == 0
    # the country by its Russian name, never by its Latin code, in a Russian sentence
    assert f"«{listed.name.text('ru')}»" in result.stdout
    assert listed.code not in result.stdout
    english = run("list", "-c", listed.code, "--lang", "en")
    assert f"{listed.name.text('en')} ({listed.code})" in english.stdout


def test_unknown_country_and_unsupported_language_are_one_line_errors() -> None:
    assert_one_line_error(run("list", "--country", "Narnia"), "Narnia", "names no country")
    assert_one_line_error(run("list", "--lang", "de"), "unsupported language 'de'")
    assert_one_line_error(run("search", "x", "--lang", "fr"), "unsupported language 'fr'")


def test_show_labels_each_text_with_its_provenance() -> None:
    expert = next(e for e in nptexperts.load_experts() if e.comments)
    result = run("show", expert.id)
    assert result.exit_code == 0
    out = result.stdout
    assert expert.display_name("en") in out
    assert expert.display_name("ru") in out
    for comment in expert.comments:
        assert comment.id in out
        first_words = " ".join(comment.text("ru").split()[:3])
        assert first_words in out
    assert "[English, published]" in out
    assert "[Russian, editorial translation]" in out


def test_show_in_one_language() -> None:
    expert = next(e for e in nptexperts.load_experts() if e.comments)
    result = run("show", expert.id, "--lang", "ru")
    assert result.exit_code == 0
    assert "[русский, редакционный перевод]" in result.stdout
    assert "[English, " not in result.stdout
    assert "[английский" not in result.stdout
    assert expert.display_name("en") not in result.stdout


def test_show_unknown_id() -> None:
    assert_one_line_error(run("show", "x"), "no expert has the id 'x'")


def test_search_without_matches_exits_1() -> None:
    result = run("search", "qqqzzz")
    assert result.exit_code == 1
    assert "No matches" in result.stderr


def test_export_json_to_stdout_loads_back() -> None:
    result = run("export")
    assert result.exit_code == 0
    assert from_json(result.stdout_bytes) == nptexperts.load_dataset()


def test_export_files(tmp_path: Path) -> None:
    out = tmp_path / "records.json"
    assert run("export", "--format", "json", "--output", str(out)).exit_code == 0
    assert from_json(out.read_bytes()) == nptexperts.load_dataset()
    assert run("export", "-f", "csv", "-o", str(tmp_path / "csv")).exit_code == 0
    assert (tmp_path / "csv" / "comments.csv").is_file()
    assert run("export", "-f", "datapackage", "-o", str(tmp_path / "dp")).exit_code == 0
    package = json.loads((tmp_path / "dp" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        assert (tmp_path / "dp" / resource["path"]).is_file()


def test_export_needs_a_directory_for_csv(tmp_path: Path) -> None:
    assert_one_line_error(run("export", "-f", "csv"), "--output DIRECTORY is required")
    plain_file = tmp_path / "file"
    plain_file.write_text("x")
    assert_one_line_error(run("export", "-f", "datapackage", "-o", str(plain_file)), "not a folder")


def test_info_shows_the_release_figures() -> None:
    info = nptexperts.dataset_info()
    result = run("info")
    assert result.exit_code == 0
    for part in (info.digest, info.data_version, info.package_version, info.sources[0].url):
        assert part in result.stdout
    as_json = json.loads(run("info", "--json").stdout)
    assert as_json["digest"] == info.digest
    assert as_json["counts"]["by_country"] == dict(info.counts.by_country)


def _python_m(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nptexperts", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_python_m_runs_the_command_line() -> None:
    info = _python_m("info", "--json")
    assert info.returncode == 0, info.stderr
    assert json.loads(info.stdout)["digest"] == nptexperts.dataset_info().digest
    show = _python_m("show", nptexperts.load_experts()[0].id, "--lang", "ru")
    assert show.returncode == 0
    assert nptexperts.load_experts()[0].display_name("ru") in show.stdout


def test_python_m_errors_are_one_line_without_traceback() -> None:
    result = _python_m("show", "no-such-expert")
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: no expert has the id 'no-such-expert'"
    assert result.stdout == ""
