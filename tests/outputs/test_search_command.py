"""The ``search`` command: results, limit, JSON Lines, colour, Russian labels, hostile
texts, and the README's own examples."""

from __future__ import annotations

import json
import re
import shlex
import unicodedata
from importlib import resources
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner, Result

import nptexperts
from nptexperts import _api as api
from nptexperts._lookup.index import Index
from nptexperts._words import count, enum_word, word
from nptexperts.cli import main
from nptexperts.cli.output import clean, use_color

# A development tool (the `test` dependency group): without it, these tests skip.
pytest.importorskip("jsonschema")
import jsonschema

README = Path(__file__).resolve().parents[2] / "README.md"
SGR = re.compile(r"\x1b\[[0-9;]*m")  # the command's own colours


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env)


def _schema_validator() -> jsonschema.Draft202012Validator:
    text = resources.files("nptexperts").joinpath("schema/search-result.schema.json").read_text()
    return jsonschema.Draft202012Validator(json.loads(text))


def _unsafe(text: str) -> list[str]:
    """Control and bidirectional-control characters in ``text`` (line breaks aside)."""
    return [
        ch
        for ch in text
        if ch not in "\n\t"
        and (unicodedata.category(ch) == "Cc" or unicodedata.bidirectional(ch) in _BIDI_CONTROLS)
    ]


_BIDI_CONTROLS = {
    "LRE",
    "RLE",
    "LRO",
    "RLO",
    "PDF",
    "LRI",
    "RLI",
    "FSI",
    "PDI",
    "LRM",
    "RLM",
    "ALM",
}


def test_results_name_the_expert_and_the_record() -> None:
    comment = nptexperts.load_index().comments[0]
    expert = nptexperts.get_expert(comment.expert)
    word_ = max(comment.text("ru").split(), key=len).strip(".,;:!?«»“”")
    result = run("search", word_.upper(), "--lang", "ru")
    assert result.exit_code == 0
    assert comment.id in result.stdout
    assert expert.display_name("ru") in result.stdout
    assert word_ in result.stdout
    # Russian labels throughout: the field, the language and the provenance in words.
    label = ", ".join(
        (
            word("comment", "ru"),
            word("lang_ru", "ru"),
            enum_word(comment.body.ru.provenance.origin, "ru"),
        )
    )
    assert f"[{label}]" in result.stdout
    assert "editorial translation" not in result.stdout
    assert word("comment", "en") not in result.stdout


def _parts(out: str, ui: str = "en") -> tuple[str, str]:
    """The output's results in the experts' texts, and those in the expectations'."""
    experts, _, expectations = out.partition(word("search_expectations", ui) + "\n")
    return experts, expectations


def test_one_block_per_result_in_the_library_order() -> None:
    matches = nptexperts.search("ядерн", "ru", limit=20)
    expected = nptexperts.search_expectations("ядерн", "ru", limit=20)
    assert matches
    assert expected
    for part, found in zip(
        _parts(run("search", "ядерн", "--lang", "ru").stdout, "ru"),
        (matches, expected),
        strict=True,
    ):
        heads = [line for line in part.splitlines() if line and not line.startswith("  ")]
        heads = [h for h in heads if " · " in h]
        assert [h.split(" · ")[1].split()[0] for h in heads] == [m.record_id for m in found]


def _heads(out: str) -> list[str]:
    """The first line of each result in the experts' texts (its snippet is wrapped to the
    terminal's width)."""
    experts = _parts(out)[0]
    return [line for line in experts.splitlines() if " · " in line and not line.startswith(" ")]


def test_limit_then_and_n_more() -> None:
    total = len(nptexperts.search("the"))
    assert total > 2
    result = run("search", "the", "--limit", "2")
    assert result.exit_code == 0
    lines = _parts(result.stdout)[0].splitlines()
    assert lines[-2:] == [word("and_more", "en", more=count(total - 2, "more_result", "en")), ""]
    also = len(nptexperts.search_expectations("the"))
    assert result.stdout.splitlines()[-1] == word(
        "and_more", "en", more=count(also - 2, "more_result", "en")
    )
    assert len(_heads(result.stdout)) == 2
    everything = run("search", "the", "--limit", "0").stdout
    assert len(_heads(everything)) == total
    assert "more" not in everything
    ru = _parts(run("search", "the", "--limit", "1", "--lang", "en").stdout)[0].splitlines()[-2]
    assert ru == word(
        "and_more", "en", more=count(len(nptexperts.search("the", "en")) - 1, "more_result", "en")
    )


def test_default_limit_is_20() -> None:
    total = len(nptexperts.search("the"))
    blocks = _heads(run("search", "the").stdout)
    assert len(blocks) == min(total, 20)


def test_json_lines_follow_the_shipped_schema() -> None:
    validator = _schema_validator()
    for query, lang in (("the", None), ("ядерного оружия", "ru"), ("center", None)):
        args = ["search", query, "--json", "--limit", "0"] + (["--lang", lang] if lang else [])
        result = run(*args)
        assert result.exit_code == 0
        lines = result.stdout.splitlines()
        expected = [*nptexperts.search(query, lang), *nptexperts.search_expectations(query, lang)]
        assert len(lines) == len(expected)
        for line, match in zip(lines, expected, strict=True):
            record = json.loads(line)
            validator.validate(record)
            assert record == match.as_dict()
            assert ("record_type" in record) is isinstance(match, nptexperts.ExpectationMatch)


def test_json_limit_keeps_stdout_json() -> None:
    total = len(nptexperts.search("the"))
    also = len(nptexperts.search_expectations("the"))
    result = run("search", "the", "--json", "--limit", "3")
    assert [json.loads(line)["record_id"] for line in result.stdout.splitlines()] == [
        m.record_id
        for m in (
            *nptexperts.search("the", limit=3),
            *nptexperts.search_expectations("the", limit=3),
        )
    ]
    assert result.stderr.splitlines() == [
        word("and_more", "en", more=count(total - 3, "more_result", "en")),
        word("and_more", "en", more=count(also - 3, "more_result", "en")),
    ]


def test_nothing_found_exits_1_with_a_message_on_stderr() -> None:
    result = run("search", "qqqzzz")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert word("no_matches", "en", query="'qqqzzz'") in result.stderr
    ru = run("search", "qqqzzz", "--lang", "ru")
    assert ru.exit_code == 1
    assert word("no_matches", "ru", query="«qqqzzz»") in ru.stderr


def test_colour_only_when_asked_or_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\x1b[" not in run("search", "nuclear").stdout  # not a terminal
    coloured = run("search", "nuclear", "--color").stdout
    assert "\x1b[" in coloured
    assert SGR.sub("", coloured) == run("search", "nuclear", "--no-color").stdout
    assert "\x1b[" in run("search", "nuclear", "--color", env={"NO_COLOR": "1"}).stdout
    assert "\x1b[" not in run("search", "nuclear", env={"NO_COLOR": "1"}).stdout

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(Terminal()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color(Terminal()) is False
    monkeypatch.setenv("NO_COLOR", "")
    assert use_color(Terminal()) is True


def test_every_hit_is_highlighted() -> None:
    (match,) = nptexperts.search('"nuclear weapons"', "en")
    expected = nptexperts.search_expectations('"nuclear weapons"', "en")
    out = run("search", '"nuclear weapons"', "--lang", "en", "--color").stdout
    highlighted = re.findall(r"\x1b\[33m\x1b\[1m(.*?)\x1b\[0m", out)
    assert highlighted == [*match.matched, *(w for m in expected for w in m.matched)]
    assert len(match.hits) > 1
    assert expected


def _hostile_index() -> Index:
    """The shipped records with control and bidi characters in a name and a comment."""
    index = nptexperts.load_index()
    dataset = index.dataset
    n, expert = next((n, e) for n, e in enumerate(dataset.experts) if e.comments)
    comment = expert.comments[0]
    evil = "zzhostile \x1b[2J\x1b]0;pwned\x07 \u202eevil\u202c \x9b31m \x00 zzhostile"
    body = attrs.evolve(
        comment.body, en=attrs.evolve(comment.body.en, value=comment.body.en.value + " " + evil)
    )
    name = attrs.evolve(
        expert.name, en=attrs.evolve(expert.name.en, value=expert.name.en.value + "\u202e\x1b[31m")
    )
    hostile = attrs.evolve(
        expert, name=name, comments=(attrs.evolve(comment, body=body), *expert.comments[1:])
    )
    experts = list(dataset.experts)
    experts[n] = hostile
    dataset = attrs.evolve(dataset, experts=tuple(experts))
    return Index.build(dataset, {s.id: index.source_text(s.id) for s in dataset.sources})


def test_no_control_characters_from_records_reach_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hostile = _hostile_index()
    monkeypatch.setattr(api, "load_index", lambda *a, **k: hostile)
    for colour in ("--color", "--no-color"):
        result = run("search", "zzhostile", "--lang", "en", colour)
        assert result.exit_code == 0
        assert "pwned" in result.stdout
        assert _unsafe(SGR.sub("", result.stdout)) == []
        assert "\\x1b" in result.stdout
        assert "\\u202e" in result.stdout
    lines = run("search", "zzhostile", "--json").stdout.splitlines()
    assert lines
    assert all(_unsafe(line) == [] for line in lines)
    (record,) = [json.loads(line) for line in lines]
    assert "\x1b[2J" in record["value"]  # the value itself is unchanged
    assert "\u202e" in record["value"]


def test_clean_escapes_every_control() -> None:
    every = "".join(map(chr, range(0x2100)))
    assert _unsafe(clean(every).replace("\t", "")) == []


def _readme_search_examples() -> list[list[str]]:
    lines = README.read_text(encoding="utf-8").splitlines()
    return [
        shlex.split(line[2:], comments=True)[1:]
        for line in lines
        if line.startswith("$ nptexperts search ")
    ]


def test_the_readme_has_search_examples() -> None:
    assert len(_readme_search_examples()) >= 2


@pytest.mark.parametrize("args", _readme_search_examples(), ids=" ".join)
def test_the_readme_search_examples_find_something(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    if "--json" in args:
        validator = _schema_validator()
        for line in result.stdout.splitlines():
            validator.validate(json.loads(line))


def test_data_version_option() -> None:
    for release in nptexperts.data_releases():
        version = release.data_version
        result = run("search", "ядерн", "--json", "--limit", "0", "--data-version", version)
        assert result.exit_code == 0
        expected = [
            *nptexperts.search("ядерн", data_version=version),
            *nptexperts.search_expectations("ядерн", data_version=version),
        ]
        assert [json.loads(line) for line in result.stdout.splitlines()] == [
            m.as_dict() for m in expected
        ]
        assert any("record_type" in line for line in result.stdout.splitlines()) is (
            version >= "2026.4"
        )


def test_the_search_schema_is_printed_by_the_schema_command() -> None:
    from nptexperts.cli import main as cli

    shown = CliRunner().invoke(cli, ["schema", "--shape", "search"])
    assert shown.exit_code == 0
    assert json.loads(shown.stdout)["title"] == "nptexperts search result, version 2"


def _hostile_expectations() -> Index:
    """The shipped records with control and bidi characters in an expectation's reasoning."""
    index = nptexperts.load_index()
    dataset = index.dataset
    first = dataset.expectations[0]
    evil = " zzhostile \x1b[2J\x1b]0;pwned\x07 \u202eevil\u202c \x9b31m zzhostile"
    reasoning = attrs.evolve(
        first.reasoning,
        en=attrs.evolve(first.reasoning.en, value=first.reasoning.en.value + evil),
    )
    expectations = (attrs.evolve(first, reasoning=reasoning), *dataset.expectations[1:])
    dataset = attrs.evolve(dataset, expectations=expectations)
    return Index.build(dataset, {s.id: index.source_text(s.id) for s in dataset.sources})


def test_the_expectations_matches_come_after_the_experts_under_their_own_heading() -> None:
    for ui in ("en", "ru"):
        query = "political will" if ui == "en" else "политической воли"
        out = run("search", query, "--lang", ui, env={"COLUMNS": "100"}).stdout
        experts, expectations = _parts(out, ui)
        found = nptexperts.search_expectations(query, ui)
        assert nptexperts.search(query, ui)
        assert found
        assert all(m.record_id in experts for m in nptexperts.search(query, ui))
        assert "expectation-" not in experts
        for m in found:
            assert f" · {m.record_id}" in expectations
        label = ", ".join(
            (
                word("reasoning", ui),
                word(f"lang_{ui}", ui),
                enum_word(found[-1].provenance.origin, ui),
            )
        )
        assert f"[{label}]" in expectations
        if ui == "ru":  # the labels and the experts' names in Russian
            assert "Reasoning" not in out
            assert "Хамад аль-Кааби" in expectations
    # a word only in the expectations: found, with nothing above the heading
    out = run("search", "disproved").stdout
    assert out.startswith(word("search_expectations", "en") + "\n")
    summary = run("search", '"most experts"', "--lang", "en").stdout
    assert f"{word('source_summary', 'en')} · npt-2026-prospects.expectation-1" in summary


def test_no_control_characters_from_an_expectation_reach_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hostile = _hostile_expectations()
    monkeypatch.setattr(api, "load_index", lambda *a, **k: hostile)
    for colour in ("--color", "--no-color"):
        result = run("search", "zzhostile", "--lang", "en", colour)
        assert result.exit_code == 0
        assert "pwned" in result.stdout
        assert _unsafe(SGR.sub("", result.stdout)) == []
        assert "\\x1b" in result.stdout
        assert "\\u202e" in result.stdout
    lines = run("search", "zzhostile", "--json").stdout.splitlines()
    assert all(_unsafe(line) == [] for line in lines)
    (record,) = [json.loads(line) for line in lines]
    assert record["record_type"] == "expectation"
    assert "\x1b[2J" in record["value"]  # the value itself is unchanged
