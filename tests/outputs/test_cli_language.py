"""The command line's language: chosen by --lang (before or after the command), else
NPTEXPERTS_LANG, else the locale; and Russian throughout when it is Russian."""

from __future__ import annotations

import gettext
import re
import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

import nptexperts
from nptexperts.cli import _COMMANDS, main
from nptexperts.cli.output import environment_lang, scan_lang

#: The Latin words a Russian help text may hold: names of formats, tools, variables,
#: files and of the commands themselves, and the example queries of `search`.
TECHNICAL = {
    *_COMMANDS,
    *[
        "CSV",
        "JSON",
        "Lines",
        "SHA",
        "Schema",
        "YAML",
        "ISO",
        "KZ",
        "KAZ",
        "SQLite",
        "Datasette",
        "Frictionless",
        # the export formats and what one of them needs installed (`pip install
        # 'nptexperts[parquet]'` for pyarrow), and the citation's file format
        "Croissant",
        "Parquet",
        "parquet",
        "pyarrow",
        "pip",
        "install",
        "CITATION.cff",
        "Citation",
        "File",
        "Format",
    ],
    *[
        "LANG",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "NPTEXPERTS_LANG",
        "en",
        "ru",
        "main",
        "nptexperts",
    ],
    *[
        "csv",
        "json",
        "sqlite",
        "datapackage",
        "data",
        "data_version",
        "dataset",
        "experts",
        "sections",
        "sources",
    ],
    *[
        "records",
        "src",
        "msgspec",
        "grep",
        "weapon",
        "weapons",
        "mikhail",
        "x",
        "N",
        "color.org",
        "compiled",
        # the citation styles `cite --style` takes
        "apa",
        "chicago",
        "gost",
        "bibtex",
        "csl",
        # the kinds of curated file `schema --source` takes, and the shape `--shape` takes;
        # the kinds of record `diff --kind` takes
        "events",
        "expectations",
        "event",
        "expectation",
        # the kinds of record `diff --kind` takes
        "source",
        "section",
        "question",
        "expert",
        "comment",
        "note",
    ],
}


def latin_words(text: str) -> set[str]:
    """The Latin words of ``text`` outside option names, `code`, addresses and file names."""
    text = re.sub(r"`[^`]*`|https?://\S+|--?[\w-]+(=\S+)?|\S+\.(json|gz|yaml|toml)\b", " ", text)
    return {w.rstrip(".") for w in re.findall(r"[A-Za-z][A-Za-z_.]*", text)}


def run(args: list[str], **env: str) -> click.testing.Result:
    return CliRunner().invoke(main, args, env=env)


@pytest.fixture
def no_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NPTEXPERTS_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.parametrize("command", [None, *sorted(_COMMANDS)])
@pytest.mark.parametrize(
    "choice",
    [{"NPTEXPERTS_LANG": "ru"}, {"NPTEXPERTS_LANG": "", "LANG": "ru_RU.UTF-8"}, "--lang"],
    ids=["NPTEXPERTS_LANG", "LANG", "--lang"],
)
def test_every_help_is_russian(command: str | None, choice: object, no_choice: None) -> None:
    args = ["--help"] if command is None else [command, "--help"]
    env = choice if isinstance(choice, dict) else {}
    if choice == "--lang":
        args = ["--lang", "ru", *args]
    result = run(args, **env)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Использование: main")
    assert "Параметры:" in result.output
    assert "Показать эту справку и выйти." in result.output
    english = latin_words(result.output) - TECHNICAL
    assert not english, f"English words in the Russian help of {command}: {sorted(english)}"


def test_the_english_help_is_english() -> None:
    result = run(["list", "--help"])
    assert "Usage: main list [OPTIONS]" in result.output
    assert "Show this message and exit." in result.output
    assert not re.search("[а-яё]", result.output.split("Options:")[1], re.IGNORECASE)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["list", "--lang", "ru", "--bogus"], "Ошибка: нет параметра «--bogus»."),
        (["--lang", "ru", "list", "--bogus"], "Ошибка: нет параметра «--bogus»."),
        (["--lang", "ru", "lst"], "Ошибка: нет команды «lst»."),
        (["show", "-l", "ru"], "Ошибка: не указан аргумент «ИДЕНТИФИКАТОР»."),
        (
            ["search", "x", "--lang=ru", "--limit", "-3"],
            "Ошибка: недопустимое значение «--limit» / «-n»: -3 — вне диапазона x>=0.",
        ),
    ],
)
def test_usage_errors_are_russian(args: list[str], expected: str) -> None:
    result = run(args)
    assert result.exit_code == 2
    assert result.stderr.startswith("Использование: main ")
    assert expected in result.stderr
    assert "Справка: «main" in result.stderr
    assert not latin_words(result.stderr) - TECHNICAL - {"bogus", "lst", "limit", "n"}


def test_the_english_usage_error_is_click_s_own() -> None:
    result = run(["list", "--bogus"])
    assert result.exit_code == 2
    assert "Error: No such option '--bogus'." in result.stderr
    assert "Try 'main list --help' for help." in result.stderr


def test_click_s_gettext_is_restored_after_a_command() -> None:
    run(["--lang", "ru", "list", "--bogus"])
    import click.core
    import click.exceptions

    assert click.core._ is gettext.gettext
    assert click.exceptions.ngettext is gettext.ngettext


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "en"),
        ({"LANG": "ru_RU.UTF-8"}, "ru"),
        ({"LANG": "ru_RU.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "ru_RU.UTF-8"}, "ru"),
        ({"LC_MESSAGES": "ru_RU.UTF-8", "LC_ALL": "C.UTF-8"}, "en"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "en_US.UTF-8"}, "ru"),
        ({"LC_ALL": "ru_RU.UTF-8", "NPTEXPERTS_LANG": "en"}, "en"),
        ({"LANG": "C", "NPTEXPERTS_LANG": "ru-RU"}, "ru"),
        ({"LANG": "ru_RU.UTF-8", "NPTEXPERTS_LANG": "de"}, "ru"),
    ],
)
def test_the_environment_chooses_the_language(
    env: dict[str, str], expected: str, no_choice: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert environment_lang() == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["list"], None),
        (["--lang", "ru", "list"], "ru"),
        (["list", "--lang", "RU"], "ru"),
        (["list", "--lang=ru-RU"], "ru"),
        (["show", "x", "-l", "en"], "en"),
        (["show", "x", "-lru"], "ru"),
        (["list", "--lang", "fr"], None),
        (["search", "--", "--lang", "ru"], None),
        (["list", "--lang"], None),
    ],
)
def test_lang_is_read_before_or_after_the_command(args: list[str], expected: str | None) -> None:
    assert scan_lang(args) == expected


def test_lang_before_the_command_is_the_same_as_after(no_choice: None) -> None:
    for command in (["list"], ["show", "tariq-rauf"], ["info"], ["releases"]):
        before = run(["--lang", "ru", *command])
        after = run([*command, "--lang", "ru"])
        assert before.exit_code == 0, before.output
        assert before.stdout == after.stdout
        assert re.search("[а-яё]", before.stdout)


def test_a_russian_locale_gives_russian_output(no_choice: None) -> None:
    listed = run(["list"], LANG="ru_RU.UTF-8")
    assert listed.stdout == run(["list", "--lang", "ru"]).stdout
    shown = run(["show", "tariq-rauf"], LANG="ru_RU.UTF-8")
    # both languages without --lang, the labels in Russian and the Russian text first
    assert "Страна: Канада (CA)" in shown.stdout
    assert shown.stdout.index("[русский,") < shown.stdout.index("[английский,")
    assert "Dr. Tariq Rauf" in shown.stdout
    assert run(["show", "tariq-rauf"]).stdout.startswith("Dr. Tariq Rauf / Тарик Рауф")


def test_info_gives_the_countries_in_words() -> None:
    out = run(["info", "--lang", "ru"]).stdout
    line = next(line for line in out.splitlines() if line.startswith("Эксперты по странам:"))
    assert "Казахстан (2)" in line
    assert "Россия (11)" in line
    assert not re.search(r"\b[A-Z]{2} \d", line), line
    english = run(["info"]).stdout
    assert "Kazakhstan (2)" in english


def test_russian_output_names_no_raw_value() -> None:
    """Sources by publisher and number, not by id; provenance in noun phrases."""
    out = run(["show", "zacharie-gross", "--lang", "ru"]).stdout
    assert "pir-press-2025-23" not in out
    assert "ПИР-Центр, № 23 (81), 2025" in out
    assert "[русский, редакционный перевод]" in out
    both = run(["show", "zacharie-gross"], NPTEXPERTS_LANG="ru").stdout
    assert "[английский, текст публикации]" in both


def test_suggestions_are_a_list_with_one_or() -> None:
    from nptexperts._errors import UnknownCountryError

    result = run(["list", "--country", "Французские", "--lang", "ru"])
    assert result.exit_code == 1
    assert "возможно, имелось в виду: Французские Южные территории" in result.stderr
    # several suggestions: commas, then one «или»
    from nptexperts.cli.failing import _in_words

    exc = UnknownCountryError("Франц", ["France", "French Guiana", "Французские южные территории"])
    said = _in_words(exc, "ru")
    assert said == (
        "«Франц» — не название страны и не её код; возможно, имелось в виду:"
        " Франция, Французская Гвиана или Французские Южные территории"
    )


def test_set_language_works_right_after_import() -> None:
    """``nptexperts.display`` is imported on first use, not with the package."""
    probe = (
        "import sys, nptexperts\n"
        "assert 'nptexperts.display' not in sys.modules\n"
        "nptexperts.display.set_language('ru')\n"
        "html = nptexperts.get_expert('zacharie-gross')._repr_html_()\n"
        "print('Страна: Франция (FR)' in html, 'Вопрос: Перспективы' in html,"
        " 'Эксперт: Захари Гросс' in html, 'Вопрос: prospects' in html)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "True", "False"]
    assert "display" in dir(nptexperts)


def test_an_english_command_reads_no_catalogue() -> None:
    """English is the source language: no catalogue is opened (nor :mod:`locale`)."""
    from nptexperts._words import catalogues as words

    words._catalogues.clear()
    for args in (["list"], ["show", "tariq-rauf"], ["search", "nuclear"], ["list", "--bogus"]):
        run(args)
    assert not words._catalogues
    run(["list", "--lang", "ru"])
    assert set(words._catalogues) == {("ru", "nptexperts"), ("ru", "click")}


def test_info_s_rights_and_citation_in_russian_are_the_api_s_in_english() -> None:
    """The Russian texts translate the very English the API gives (``dataset_info()``)."""
    from nptexperts._words import word

    data = nptexperts.dataset_info()
    assert word("rights_text", "en") == data.rights
    sources = "; ".join(f"{s.title} ({s.date.isoformat()}), {s.url}" for s in data.sources)
    fields = {"package": data.package_version, "data": data.data_version, "digest": data.digest}
    assert word("citation_text", "en", sources=sources, **fields) == data.citation
    out = run(["info", "--lang", "ru"]).stdout
    assert "Права: Код и собственные редакционные тексты проекта" in " ".join(out.split())
    assert "только на английском" not in out
    assert f"выпуск данных {data.data_version}" in " ".join(out.split())
