"""``list`` and ``show`` as people and tools use them: JSON against the shipped schemas,
one language at a time, colour, suggestions, and no control character on the terminal."""

from __future__ import annotations

import json
import re

import attrs
import pytest
from click.testing import CliRunner, Result

import nptexperts
from nptexperts import _api as api
from nptexperts._lookup.index import Index
from nptexperts._records.models import CountryBasis
from nptexperts._words import ENUM_WORDS, WORDS, count, enum_word, word
from nptexperts.cli import main
from nptexperts.export.schema import shipped_schema

# A development tool (the `test` dependency group): without it, these tests skip.
pytest.importorskip("jsonschema")
pytest.importorskip("hypothesis")
import jsonschema
from hypothesis import given
from hypothesis import strategies as st

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(*args: str, env: dict[str, str] | None = None, color: bool = False) -> Result:
    return CliRunner().invoke(main, list(args), env=env, color=color)


def _commented() -> nptexperts.Expert:
    return next(e for e in nptexperts.load_experts() if e.comments)


# --- JSON ---------------------------------------------------------------------------------------


def test_list_json_is_an_array_of_experts_valid_against_its_schema() -> None:
    result = run("list", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, shipped_schema("list"))
    assert [e["id"] for e in data] == [e.id for e in nptexperts.load_experts()]
    kz = json.loads(run("list", "--country", "KZ", "--json").stdout)
    jsonschema.validate(kz, shipped_schema("list"))
    assert [e["id"] for e in kz] == [e.id for e in nptexperts.by_country("KZ")]


def test_show_json_is_one_expert_valid_against_its_schema() -> None:
    expert = _commented()
    result = run("show", expert.id, "--json", "--lang", "ru")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, shipped_schema("show"))
    assert data["id"] == expert.id
    assert data["name"]["ru"]["value"] == expert.name.text("ru")
    assert data["name"]["en"]["value"] == expert.name.text("en"), "JSON keeps both languages"
    assert [c["id"] for c in data["comments"]] == [c.id for c in expert.comments]


def test_the_schemas_reject_what_is_not_their_shape() -> None:
    expert = json.loads(run("show", _commented().id, "--json").stdout)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate([expert], shipped_schema("show"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(expert, shipped_schema("list"))
    del expert["country"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(expert, shipped_schema("show"))


def test_schema_command_prints_the_new_shapes() -> None:
    for shape in ("list", "show"):
        result = run("schema", "--shape", shape)
        assert result.exit_code == 0
        assert json.loads(result.stdout) == shipped_schema(shape)


# --- one language at a time ---------------------------------------------------------------------


def _english_labels() -> set[str]:
    return {w["en"] for w in WORDS.values() if w["en"] != w["ru"] and "{" not in w["en"]}


def test_show_in_russian_has_no_english_label_and_says_what_is_english_only() -> None:
    for expert in nptexperts.load_experts():
        shown = run("show", expert.id, "--lang", "ru").stdout
        out = " ".join(shown.split())
        english_only = (expert.country.evidence, expert.country.external_source or "")
        for note in (*expert.notes, *(v.note for v in expert.name_variants)):
            russian = note.text("ru")
            assert russian is not None
            assert " ".join(russian.split()) in out, "the notes are shown in Russian"
            out = out.replace(" ".join(russian.split()), "")
        for text in english_only:
            out = out.replace(" ".join(text.split()), "")
        assert word("advisory_board", "ru") in out
        assert word("english_only", "ru") in out, "the evidence exists only in English"
        assert enum_word(expert.country.basis, "ru") in out
        assert enum_word(expert.coverage, "ru") in out
        assert count(len(expert.positions), "position", "ru") in out
        for position in expert.positions:
            assert nptexperts._words.date(position.as_of, "ru") in out
        for label in ("Country", "Evidence", "Positions", "Comments", "Advisory Board", "quoted"):
            assert label not in out
        for member in (*CountryBasis, *nptexperts.AdvisoryBoard, *nptexperts.CommentCoverage):
            assert f" {member.value}" not in out.replace(expert.country.evidence, "")


def test_english_output_shows_enum_values_in_words() -> None:
    raw = {v for values in ENUM_WORDS.values() for v in values if "_" in v}
    assert raw, "some enum values are snake_case"
    for expert in nptexperts.load_experts():
        out = run("show", expert.id, "--lang", "en").stdout
        assert enum_word(expert.country.basis, "en") in out
        assert enum_word(expert.advisory_board, "en") in out
        notes = " ".join(map(str, (*expert.notes, *(v.note for v in expert.name_variants))))
        assert not {v for v in raw if v in out and v not in notes}, expert.id


def test_list_in_russian_counts_with_russian_plurals() -> None:
    out = run("list", "--lang", "ru").stdout
    by_code: dict[str | None, int] = {}
    for expert in nptexperts.load_experts():
        by_code[expert.country.code] = by_code.get(expert.country.code, 0) + 1
    for n in by_code.values():
        assert count(n, "expert", "ru") in out
    assert "expert" not in out
    assert "quoted" not in out


# --- colour -------------------------------------------------------------------------------------


def test_colour_only_when_asked_or_on_a_terminal_and_never_with_no_color() -> None:
    expert = _commented().id
    assert not ANSI.search(run("show", expert).stdout), "not a terminal: no colour"
    assert ANSI.search(run("show", expert, "--color").stdout)
    assert ANSI.search(run("--color", "list").stdout)
    assert not ANSI.search(run("show", expert, "--no-color").stdout)
    assert ANSI.search(run("show", expert, "--color", env={"NO_COLOR": "1"}).stdout)


class _Terminal:
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_colour_unless_no_color_is_set(monkeypatch: pytest.MonkeyPatch) -> None:
    from nptexperts.cli.output import use_color

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(_Terminal())
    assert not use_color(object())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(_Terminal())
    monkeypatch.setenv("NO_COLOR", "")  # an empty NO_COLOR does not count (no-color.org)
    assert use_color(_Terminal())


# --- suggestions ------------------------------------------------------------------------------


def test_an_unknown_id_suggests_close_ids_in_one_line() -> None:
    expert = next(e for e in nptexperts.load_experts() if "-" in e.id)
    family = expert.id.rsplit("-", 1)[1]
    result = run("show", family)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert f"did you mean {expert.id}" in result.stderr or expert.id in result.stderr


def test_an_unknown_country_suggests_close_names_in_one_line() -> None:
    listed = nptexperts.load_dataset().sections[0].stated_countries[0]
    for name in (listed.name.en.value, listed.name.ru.value):
        typo = name[:-2] + name[-1]  # one letter dropped
        result = run("list", "--country", typo)
        assert result.exit_code == 1
        assert result.stderr.count("\n") == 1
        assert "did you mean" in result.stderr
        assert name in result.stderr


# --- control characters -------------------------------------------------------------------------

HOSTILE = "\x1b[2J\x1b]0;pwned\x07 \u202eevil\u202c \x9b31m"


def _hostile_index() -> Index:
    index = nptexperts.load_index()
    dataset = index.dataset

    def spoil(expert: nptexperts.Expert) -> nptexperts.Expert:
        title = attrs.evolve(
            expert.positions[0].title,
            en=attrs.evolve(expert.positions[0].title.en, value=HOSTILE),
            ru=attrs.evolve(expert.positions[0].title.ru, value=HOSTILE),
        )
        return attrs.evolve(
            expert,
            name=attrs.evolve(expert.name, en=attrs.evolve(expert.name.en, value=HOSTILE)),
            country=attrs.evolve(expert.country, evidence=HOSTILE),
            positions=(attrs.evolve(expert.positions[0], title=title), *expert.positions[1:]),
            notes=(nptexperts.Note(title.en, title.ru),),
        )

    spoiled = attrs.evolve(dataset, experts=tuple(spoil(e) for e in dataset.experts))
    texts = {s.id: index.source_text(s.id) for s in dataset.sources if s.text_file}
    return Index.build(spoiled, texts)


@pytest.mark.parametrize(
    "args", [("list",), ("list", "--lang", "ru"), ("show", "ID"), ("show", "ID", "--lang", "en")]
)
def test_no_control_character_from_a_record_reaches_the_terminal(
    monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    hostile = _hostile_index()
    monkeypatch.setattr(api, "load_index", lambda *a, **k: hostile)
    expert = hostile.experts[0].id
    result = run(*(expert if a == "ID" else a for a in args))
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "pwned" in out, "the hostile text is shown, escaped"
    for bad in ("\x1b", "\x07", "\x9b", "\u202e", "\u202c"):
        assert bad not in out
    assert "\\x1b" in out


def test_data_version_selects_the_release() -> None:
    oldest = nptexperts.data_releases()[0].data_version
    index = nptexperts.load_index(data_version=oldest)
    result = run("list", "--json", "--data-version", oldest)
    assert [e["id"] for e in json.loads(result.stdout)] == [e.id for e in index.experts]
    shown = run("show", index.experts[0].id, "--data-version", oldest)
    assert shown.exit_code == 0
    bad = run("list", "--data-version", "1999.1")
    assert bad.exit_code == 1
    assert oldest in bad.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (
            ["show", "lysenko", "--lang", "ru"],
            "Ошибка: нет эксперта с идентификатором «lysenko»; возможно, имелось в виду:"
            " «mikhail-lysenko»",
        ),
        (
            ["list", "--country", "Казахстн", "--lang", "ru"],
            "Ошибка: «Казахстн» — не название страны и не её код; возможно, имелось в виду:"
            " Казахстан",
        ),
        (["show", "lysenko", "--lang", "en"], "Error: no expert has the id 'lysenko'"),
    ],
)
def test_lookup_errors_are_one_line_in_the_chosen_language(args: list[str], expected: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(expected)
    assert "mikhail-lysenko" in lines[0] or "Казахстан" in lines[0]


@given(
    text=st.text(st.sampled_from("ab \tcd\nядер\u00a0ный"), max_size=140),
    indent=st.sampled_from(["", "  ", "      "]),
    columns=st.integers(min_value=10, max_value=100),
)
def test_wrap_is_textwrap_fill_whether_or_not_the_text_fits(
    text: str, indent: str, columns: int
) -> None:
    """Every line, whether or not it fits, is what textwrap gives (after escaping)."""
    import textwrap

    from nptexperts.cli import terminal

    expected = textwrap.fill(
        " ".join(text.split()),
        width=columns,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(terminal, "width", lambda: columns)
        assert terminal.wrap(text, indent) == expected
