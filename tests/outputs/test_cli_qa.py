"""What a QA run found in the command line: Russian messages of export, validate and
compile, lines wrapped to the terminal's width, and the small things of list and search."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from nptexperts._errors import OutputExistsError
from nptexperts._words import count, word
from nptexperts.cli import main
from nptexperts.cli.output import fail, wrap_marked

ANSI = re.compile(r"\x1b\[[0-9;]*m")
LATIN_WORD = re.compile(r"\b(?:wrote|is|are|the|exists|give|valid|not|required|found)\b")


def run(args: list[str], **env: str) -> Result:
    return CliRunner().invoke(main, args, env={"COLUMNS": "100", **env})


# --- the messages of export and validate, in Russian --------------------------------------------


def test_export_speaks_russian(tmp_path: Path) -> None:
    ru = {"NPTEXPERTS_LANG": "ru"}
    missing = run(["export", "-f", "parquet"], **ru)
    assert missing.exit_code == 1
    assert missing.stderr.startswith("Ошибка: для экспорта в формате parquet нужен")
    target = tmp_path / "x.db"
    wrote = run(["export", "-f", "sqlite", "-o", str(target)], **ru)
    assert wrote.exit_code == 0, wrote.output
    assert wrote.stderr.strip() == f"Записан файл {target}"
    again = run(["export", "-f", "sqlite", "-o", str(target)], **ru)
    assert again.exit_code == 1
    assert again.stderr.strip() == (
        f"Ошибка: {target} уже существует: укажите другое имя или разрешите перезапись (--force)"
    )
    folder = tmp_path / "csv"
    csv = run(["export", "-f", "csv", "-o", str(folder)], **ru)
    n = len(list(folder.iterdir()))
    assert csv.stderr.strip() == f"Записано в {folder}: {count(n, 'csv_file', 'ru')}"
    refused = run(["export", "-f", "csv", "-o", str(folder)], **ru)
    assert refused.stderr.startswith(f"Ошибка: папка {folder} не пуста")
    for said in (missing, wrote, again, csv, refused):
        assert not LATIN_WORD.search(said.stderr.replace(str(tmp_path), "")), said.stderr


def test_datapackage_export_names_croissant(tmp_path: Path) -> None:
    result = run(["export", "-f", "datapackage", "-o", str(tmp_path / "dp")])
    assert result.exit_code == 0, result.output
    assert "croissant.json" in result.stderr
    assert (tmp_path / "dp" / "croissant.json").is_file()


def test_output_exists_error_carries_words(tmp_path: Path) -> None:
    error = OutputExistsError(tmp_path)
    assert error.words == ("output_exists", {"path": tmp_path})
    key, fields = error.words
    assert word(key, "ru", **fields).startswith(f"{tmp_path} уже существует")


def test_validate_speaks_russian() -> None:
    from nptexperts.curate import index_directory

    data = Path(__file__).parents[2] / "src" / "nptexperts" / "data"
    result = run(["validate", str(data)], NPTEXPERTS_LANG="ru")
    assert result.exit_code == 0, result.output
    index = index_directory(data)
    experts = count(len(index.experts), "expert", "ru")
    assert f": ошибок нет: {experts}, " in result.output
    assert "valid" not in result.output


def test_fail_defaults_to_the_interface(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NPTEXPERTS_LANG", "ru")
    with pytest.raises(SystemExit):
        fail("x")
    assert capsys.readouterr().err == "Ошибка: x\n"


# --- wrapping ---------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", [40, 60])
@pytest.mark.parametrize(
    "args",
    [
        ["show", "li-sikui", "--lang", "ru"],
        ["show", "li-sikui"],
        ["search", "ядерн", "--lang", "ru"],
        ["search", "nuclear", "--lang", "en"],
    ],
)
def test_lines_fit_the_terminal(args: list[str], columns: int) -> None:
    result = run(args, COLUMNS=str(columns))
    assert result.exit_code == 0, result.output
    for line in result.output.splitlines():
        # a single word longer than the width (an address, a digest) may stand alone
        assert len(line) <= columns or " " not in line.strip(), line


def test_info_lines_fit_and_align() -> None:
    result = run(["info", "--lang", "en"], COLUMNS="60")
    lines = result.output.splitlines()
    for line in lines:
        # a digest or an address longer than the width stands alone in its column
        assert len(line) <= 60 or " " not in line[22:].strip(), line
    rights = next(line for line in lines if line.startswith("Rights:"))
    licence = next(line for line in lines if line.startswith("Licence:"))
    assert rights.index(rights.split()[1]) == licence.index(licence.split()[1]) == 22


def test_wrap_marked_keeps_the_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "16")
    pieces = [("one two ", False), ("three", True), (" four five six", False)]
    shown = wrap_marked(pieces, "  ", lambda s: f"<{s}>")
    assert shown.split("\n") == ["  one two <three>", "  four five six"]
    assert ANSI.sub("", shown).replace("<", "").replace(">", "").split() == (
        ["one", "two", "three", "four", "five", "six"]
    )


# --- list and search --------------------------------------------------------------------------


def test_list_headings_capitalised_and_sorted_as_shown() -> None:
    result = run(["list", "--lang", "en"])
    heading = re.compile(r"^(\S.*) \([A-Z]{2}\): \d+ experts?$")
    headings = [m[1] for m in map(heading.match, result.output.splitlines()) if m]
    assert "The UAE" in headings
    assert all(h[0].isupper() for h in headings)
    assert headings.index("Russia") < headings.index("The UAE")


def test_list_names_a_country_without_experts_in_english() -> None:
    result = run(["list", "--country", "US", "--lang", "en"])
    first = result.output.splitlines()[0]
    assert first.startswith("No expert in the dataset is from the U")
    assert not first.endswith("..")


def test_search_messages_start_with_a_capital_and_count_the_rest() -> None:
    ru = run(["search", "xyzzy", "--lang", "ru"])
    assert ru.stderr.startswith("Ничего не найдено по запросу «xyzzy»")
    en = run(["search", "xyzzy", "--lang", "en"])
    assert en.stderr.startswith("No matches for")
    more = run(["search", "ядерн", "--lang", "ru", "--limit", "1"])
    last = more.output.splitlines()[-1]
    n = int(re.findall(r"\d+", last)[0])
    assert last == f"и {count(n, 'more_result', 'ru')}"
    assert last.split()[-1] in ("результат", "результата", "результатов")
