"""The search of the expectations and the event (``search_expectations``): which texts it
covers, in both languages; its own typed matches; and the experts' search left as it was."""

from __future__ import annotations

import json
import re
from importlib import resources

import attrs
import pytest

import nptexperts
from nptexperts._lookup.index import Index
from nptexperts._lookup.matches import FIELD_RANK, MatchField
from nptexperts._lookup.searched import expectation_texts
from nptexperts._lookup.searching import SearchIndex

# A development tool (the `test` dependency group): without it, these tests skip.
pytest.importorskip("jsonschema")
import jsonschema

WORD = re.compile(r"[\w\u0300-\u036f]+")
LATEST = "2026.4"


def _ids(query: str, lang: str | None = None, **kw: object) -> list[tuple[str, str]]:
    found = nptexperts.search_expectations(query, lang, data_version=LATEST, **kw)  # type: ignore[arg-type]
    return [(m.record_id, m.field.value) for m in found]


def test_a_word_only_in_a_reasoning_finds_it_in_english_and_in_russian() -> None:
    alkaabi = "hamad-alkaabi.prospects-2026.1.expectation-1"
    # "disproved" stands only in the editors' reasoning on Alkaabi's expectation
    assert _ids("disproved", "en") == [(alkaabi, "reasoning")]
    assert nptexperts.search("disproved", data_version=LATEST) == ()
    # and its Russian, in another form («опровергать» finds «опровергает»)
    ru = _ids("опровергать", "ru")
    assert (alkaabi, "reasoning") in ru
    assert all(field in {"reasoning", "note"} for _, field in ru)
    assert nptexperts.search("опровергать", data_version=LATEST) == ()
    assert _ids("опровергать", "en") == []


def test_what_is_expected_the_condition_and_the_event_s_facts_are_searched() -> None:
    assert _ids('"political will"', "en") == [
        ("hamad-alkaabi.prospects-2026.1.expectation-1", "expected"),
        ("hamad-alkaabi.prospects-2026.1.expectation-1", "condition"),
        ("hamad-alkaabi.prospects-2026.1.expectation-1", "reasoning"),
    ]
    assert _ids("Вьетнама", "ru") == [("npt-revcon-2026", "event_president_post")]
    assert _ids("Hung", "en")[0] == ("npt-revcon-2026", "event_president")
    assert ("npt-revcon-2026", "event_place") in _ids("Headquarters", "en")
    assert ("npt-revcon-2026", "event_name") in _ids("Treaty", "en")


def test_every_searched_text_is_found_by_each_of_its_words() -> None:
    dataset = nptexperts.load_dataset(data_version=LATEST)
    texts = expectation_texts(dataset.events, dataset.expectations)
    assert len(texts) > 2 * 3 * len(dataset.expectations)  # en and ru, at least three each
    assert {MatchField.EXPECTED, MatchField.REASONING, MatchField.NOTE} <= set(texts.field)
    for n in range(len(texts)):
        lang, text = texts.lang[n], texts.text[n]
        record = texts.event[n].id if texts.expectation[n] is None else texts.expectation[n].id  # type: ignore[union-attr]
        word = max(WORD.findall(text), key=len)
        found = nptexperts.search_expectations(f'"{word}"', lang, data_version=LATEST)
        assert any(
            m.record_id == record and m.field == texts.field[n] and m.item == texts.item[n]
            for m in found
        ), (record, texts.field[n], word)


def test_a_match_names_its_record_and_its_expert_or_none() -> None:
    found = nptexperts.search_expectations("document", "en", data_version=LATEST)
    assert all(isinstance(m, nptexperts.ExpectationMatch) for m in found)
    summary = [m for m in found if m.record_id.startswith("npt-2026-prospects.")]
    assert summary  # PIR Center's summary: no expert, no comment
    for m in summary:
        assert m.expert_id is None
        assert m.expert_name is None
        assert m.comment_id is None
        assert m.record_type == "expectation"
        assert m.expectation is not None
        assert m.expectation.id == m.record_id
        assert m.event.id == m.event_id == "npt-revcon-2026"
    by_expert = [m for m in found if m.expert_id is not None]
    assert by_expert
    for m in by_expert:
        assert m.expectation is not None
        assert m.comment_id == m.expectation.stated_in
        assert m.expert_name == nptexperts.get_expert(m.expert_id).display_name("en")
    event = nptexperts.search_expectations("Hung", "en")[0]
    assert (event.record_type, event.expectation, event.expert_id) == ("event", None, None)
    for m in found:
        assert [m.value[a:b] for a, b in m.hits] == list(m.matched)
        assert all(WORD.fullmatch(w.split()[0]) for w in m.matched)


def test_ranked_by_field_then_hits_then_the_records_order() -> None:
    found = nptexperts.search_expectations("the", data_version=LATEST)
    keys = [(FIELD_RANK[m.field], -len(m.hits)) for m in found]
    assert keys == sorted(keys)
    assert len({m.field for m in found}) >= 4
    assert found[0].field in (MatchField.EXPECTED, MatchField.CONDITION)
    assert found[-1].field in (MatchField.NOTE, MatchField.EVENT_NAME, MatchField.REASONING)


@pytest.mark.parametrize("limit", [0, 1, 3, 10])
def test_a_limited_search_is_the_start_of_the_full_one(limit: int) -> None:
    index = SearchIndex.of(nptexperts.load_index(data_version=LATEST))
    everything, total = index.found_expectations("the")
    shown, count = index.found_expectations("the", limit=limit)
    assert count == total == len(everything)
    assert shown == everything[:limit]


def test_an_older_release_has_nothing_to_find_and_the_arguments_are_checked() -> None:
    assert nptexperts.search_expectations("document", data_version="2026.3") == ()
    assert nptexperts.search_expectations("   ") == ()
    with pytest.raises(nptexperts.UnsupportedLanguageError):
        nptexperts.search_expectations("document", "de")
    with pytest.raises(nptexperts.InvalidArgumentError):
        nptexperts.search_expectations(
            "document", index=nptexperts.load_index(), data_version=LATEST
        )
    with pytest.raises(nptexperts.InvalidArgumentError):
        nptexperts.search_expectations("document", limit=-1)


def test_the_experts_search_is_unchanged_by_the_new_tables() -> None:
    """search() finds only experts' texts, the same and in the same order as over the same
    records without any event or expectation."""
    index = nptexperts.load_index(data_version=LATEST)
    bare = attrs.evolve(index.dataset, events=(), expectations=())
    without = Index.build(bare, {s.id: index.source_text(s.id) for s in bare.sources})
    for query in ("the", "document", "ядерн", '"political will"', "conference"):
        found = nptexperts.search(query, index=index)
        assert all(isinstance(m, nptexperts.SearchMatch) for m in found)
        assert all(isinstance(m.expert, nptexperts.Expert) for m in found)
        assert found == nptexperts.search(query, index=without), query
    assert nptexperts.search("disproved", index=without) == ()


def test_as_dict_is_valid_against_the_shipped_schema() -> None:
    text = resources.files("nptexperts").joinpath("schema/search-result.schema.json").read_text()
    validator = jsonschema.Draft202012Validator(json.loads(text))
    lines = [m.as_dict() for m in nptexperts.search_expectations("the")]
    lines += [m.as_dict() for m in nptexperts.search_expectations("Hung")]
    assert {line["record_type"] for line in lines} == {"expectation", "event"}
    for line in lines:
        validator.validate(line)
    off = dict(lines[0], field="quote")
    assert list(validator.iter_errors(off))


@pytest.mark.parametrize("page", ["outcome.md", "ru/outcome.md"])
def test_the_outcome_pages_search_examples_run(page: str) -> None:
    """The examples of the pages' search section, English and Russian, as doctests (the
    Sphinx doctest builder runs them too)."""
    import doctest
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "docs" / page
    blocks = re.findall(r"```\{doctest\}\n(.*?)```", path.read_text(encoding="utf-8"), re.S)
    assert blocks
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, page, str(path), 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    assert runner.failures == 0
    assert runner.tries >= 4
