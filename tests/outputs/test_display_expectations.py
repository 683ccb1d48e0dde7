"""The notebook display of the expectations' search, the event and the expectations: a
tuple that shows as a table, every hit marked, Russian labels in Russian, every text escaped."""

from __future__ import annotations

import html
import re

import attrs
import pytest

import nptexperts
from nptexperts._lookup.searchindex import SearchIndex
from nptexperts._words import enum_word, word
from nptexperts.display import (
    event_html,
    expectation_html,
    expectation_search_html,
    set_language,
)

LATEST = "2026.4"
HOSTILE = "<script>alert(1)</script> \x1b[31m red \u202e evil"
MARK = re.compile(r"<mark[^>]*>(.*?)</mark>")
HEADERS = re.compile(r"<th[^>]*>(.*?)</th>")
HEADER_KEYS = (
    "search_record",
    "record_id",
    "search_field",
    "language",
    "provenance",
    "search_hits",
)


def _found(query: str, lang: str | None = None) -> nptexperts.ExpectationSearchResults:
    return nptexperts.search_expectations(query, lang, data_version=LATEST)


def _assert_safe(shown: str) -> None:
    assert "<script>" not in shown
    assert "\x1b" not in shown
    assert "\u202e" not in shown
    assert "&lt;script&gt;" in shown
    assert "\\x1b" in shown
    assert "\\u202e" in shown


def test_the_results_are_the_same_tuple_as_before_and_show_as_a_table() -> None:
    found = _found("conference")
    index = nptexperts.load_index(data_version=LATEST)
    before = SearchIndex.of(index).found_expectations("conference")[0]  # the old plain tuple
    assert isinstance(found, nptexperts.ExpectationSearchResults)
    assert isinstance(found, tuple)
    assert found == before
    assert tuple(found) == found
    assert len(found) == len(before) > 2
    assert found[:2] == before[:2]
    shown = found._repr_html_()
    assert shown == expectation_search_html(found)
    assert shown.count("<tr>") == 1 + len(found)
    # an earlier release has no expectations: an empty result, said in words
    empty = nptexperts.search_expectations("conference", data_version="2026.2")
    assert empty == ()
    assert isinstance(empty, nptexperts.ExpectationSearchResults)
    assert empty._repr_html_() == "<div>No results</div>"
    assert expectation_search_html(empty, "ru") == f"<div>{word('no_results', 'ru')}</div>"


def test_every_hit_is_marked_once_and_only_the_hits() -> None:
    found = _found("conference")
    shown = expectation_search_html(found)
    marked = MARK.findall(shown)
    assert len(marked) == sum(len(m.hits) for m in found)
    assert marked == [html.escape(m.value[a:b]) for m in found for a, b in m.hits]


def test_the_record_column_names_the_expert_the_summary_or_the_event_in_the_display_language() -> (
    None
):
    found = _found("conference", "en")  # English texts, shown with Russian labels
    kinds = {(m.expectation is None, m.expert_id is None) for m in found}
    assert {(False, False), (False, True)} <= kinds
    shown = expectation_search_html(found, "ru")
    index = nptexperts.load_index(data_version=LATEST)
    for m in found:
        if m.expectation is None:
            continue
        if m.expert_id is None:
            assert html.escape(word("source_summary", "ru")) in shown
        else:
            name = index.get_expert(m.expert_id).display_name("ru")
            assert f'<span lang="ru">{html.escape(name)}</span>' in shown
            assert m.expert_name is not None
            assert m.expert_name not in shown
    event = _found("Hung", "en")
    assert event[0].expectation is None
    assert html.escape(event[0].event.name.text("ru")) in expectation_search_html(event, "ru")


def test_the_labels_are_russian_with_lang_ru_and_with_set_language() -> None:
    found = _found("воли", "ru")
    russian = expectation_search_html(found, "ru")
    headers = [html.unescape(h) for h in HEADERS.findall(russian)]
    assert headers == [word(key, "ru") for key in HEADER_KEYS]
    assert all(re.search("[а-яА-Я]", h) for h in headers)
    assert not set(headers) & {word(key, "en") for key in HEADER_KEYS}
    assert html.escape(word("search_expectations", "ru")) in russian
    for m in found:  # what matched, the language and the origin, in words
        assert html.escape(word(m.field, "ru")) in russian
        assert html.escape(enum_word(m.provenance.origin, "ru")) in russian
    assert "Record" not in russian
    assert "Matched in" not in russian
    set_language("ru")
    try:
        assert found._repr_html_() == russian
    finally:
        set_language("en")
    assert "Matched in" in found._repr_html_()


def test_a_hostile_text_is_escaped_in_the_search_table() -> None:
    match = _found("Hung", "en")[0]
    start = len(HOSTILE) + 1
    evil = attrs.evolve(
        match,
        value=f"{HOSTILE} Hung",
        hits=(nptexperts.Hit(start, start + 4),),
        record_id="x<y>",
        event=attrs.evolve(match.event, name=_hostile(match.event.name)),
    )
    shown = expectation_search_html([evil])
    _assert_safe(shown)
    assert "x&lt;y&gt;" in shown
    assert MARK.findall(shown) == ["Hung"]


def _hostile(text: nptexperts.Text) -> nptexperts.Text:
    return attrs.evolve(
        text,
        en=attrs.evolve(text.en, value=HOSTILE),
        ru=attrs.evolve(text.ru, value=f"Ru {HOSTILE}"),
    )


def test_the_event_shows_its_facts_sources_and_notes_in_one_language() -> None:
    event = nptexperts.get_event("npt-revcon-2026", data_version=LATEST)
    shown = event._repr_html_()
    assert shown == event_html(event)
    for source in event.sources:
        assert f'<a href="{html.escape(source.url)}">' in shown
        assert html.escape(source.publisher.text("en")) in shown
    russian = event_html(event, "ru")
    for key in ("event_dates", "event_place", "event_president", "event_outcome"):
        assert html.escape(word(key, "ru")) in russian
        assert f">{word(key, 'en')}" not in russian
    # the labels, without the sources' names after them (NTI, IUN Watch are Latin)
    headings = [h.split("<span")[0] for h in HEADERS.findall(russian)]
    assert len(headings) == 5  # name, place, President, post, notes
    assert all(re.search("[а-яА-Я]", h) and not re.search("[a-zA-Z]", h) for h in headings)
    assert html.escape(enum_word(event.outcome, "ru")) in russian
    assert html.escape(event.president.text("ru")) in russian
    assert russian.index(event.place.text("ru")) < russian.index(event.place.text("en"))
    assert "unoda-meeting-76801" not in russian  # sources by their publisher, not their id
    hostile = attrs.evolve(
        event,
        name=_hostile(event.name),
        notes=(_hostile(event.notes[0]),),
        sources=(attrs.evolve(event.sources[0], url='javascript:alert("x")'), *event.sources[1:]),
    )
    shown = event_html(hostile)
    _assert_safe(shown)
    assert 'href="javascript' not in shown  # not a link: shown as text only
    assert html.escape('javascript:alert("x")') in shown


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_an_expectation_shows_its_quote_resolution_and_reasoning(lang: str) -> None:
    for expectation in nptexperts.expectations(data_version=LATEST):
        shown = expectation_html(expectation, lang)
        for text in (expectation.quote, expectation.expected, expectation.reasoning):
            assert html.escape(text.text("en")) in shown
            assert html.escape(text.text("ru")) in shown
        assert html.escape(enum_word(expectation.resolution, lang)) in shown
        assert html.escape(enum_word(expectation.judged_by, lang)) in shown
        if expectation.condition is None:
            assert html.escape(word("unconditional", lang)) in shown
        else:
            assert html.escape(expectation.condition.text(lang)) in shown
    first = nptexperts.expectations(data_version=LATEST)[0]
    assert first._repr_html_() == expectation_html(first)
    hostile = attrs.evolve(first, expected=_hostile(first.expected), id="a<b")
    shown = expectation_html(hostile, lang)
    _assert_safe(shown)
    assert "a&lt;b" in shown
