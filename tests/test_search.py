"""Full-text search: folding, word-start matching, language filter, the per-load index."""

from __future__ import annotations

import datetime
import re

import pytest

import nptexperts
from nptexperts.index import Index
from nptexperts.models import (
    AdvisoryBoard,
    Comment,
    CommentCoverage,
    CountryAttribution,
    CountryBasis,
    Dataset,
    Expert,
    LocalizedText,
    Origin,
    Position,
    Provenance,
    Text,
)
from nptexperts.searching import SearchIndex, search_fold

SRC = "test-source"


def _text(en: str, ru: str) -> Text:
    return Text(
        en=LocalizedText(en, Provenance(SRC, Origin.PUBLISHED)),
        ru=LocalizedText(ru, Provenance(SRC, Origin.EDITORIAL_TRANSLATION)),
    )


def _index(comment_en: str, comment_ru: str) -> Index:
    comment = Comment(
        id="x.q.1", expert="x", question="q", source=SRC, body=_text(comment_en, comment_ru)
    )
    expert = Expert(
        id="x",
        name=_text("Ann Example", "Анна Пример"),
        family_name=_text("Example", "Пример"),
        honorific=None,
        country=CountryAttribution(None, CountryBasis.UNKNOWN, "none"),
        positions=(Position(_text("Researcher", "Исследователь"), SRC, datetime.date(2025, 1, 1)),),
        advisory_board=AdvisoryBoard.UNKNOWN,
        section="s",
        coverage=CommentCoverage.QUOTED,
        comments=(comment,),
    )
    dataset = Dataset(data_version="2026.1", sources=(), sections=(), experts=(expert,))
    return Index.build(dataset, {})


def _all_texts(index: Index) -> list[tuple[str, str, str]]:
    """(record id, lang, text) of every searched text, by brute force over the records."""
    out = []
    for e in index.experts:
        for lang in nptexperts.LANGUAGES:
            out.append((e.id, lang, e.name.text(lang)))
            out += [(e.id, lang, p.title.text(lang)) for p in e.positions]
            out += [(c.id, lang, c.text(lang)) for c in e.comments]
        out += [(e.id, v.lang, v.value) for v in e.name_variants]
    return out


def test_case_and_yo_are_ignored() -> None:
    index = _index("Ещё одна Ёлка and NUCLEAR risk", "Ёж")
    for query in ("еще одна елка", "ЕЩЁ ОДНА ЁЛКА", "ещё  одна\nёлка", "nuclear RISK"):
        matches = nptexperts.search(query, index=index)
        assert [m.record_id for m in matches] == ["x.q.1"], query
        (m,) = matches
        assert search_fold(m.matched) == search_fold(query)


def test_matches_start_at_word_starts() -> None:
    index = _index("Nuclear disarmament", "ядерного разоружения")
    assert nptexperts.search("nucl", index=index)
    assert nptexperts.search("ядерн", index=index)[0].matched == "ядерн"
    assert nptexperts.search("clear", index=index) == ()
    assert nptexperts.search("nuclear dis", index=index)
    assert nptexperts.search("nuclea disarmament", index=index) == ()


def test_matched_text_is_the_original_text_in_context() -> None:
    index = _index("They said: “The Treaty’s core”.", "Договор")
    (m,) = nptexperts.search("treaty's", index=index)
    assert m.text[m.start : m.end] == "Treaty’s"
    before, hit, after = m.context(width=100)
    assert before + hit + after == m.text
    assert m.provenance.origin is Origin.PUBLISHED
    assert m.field == "comment"
    assert m.comment is not None
    assert m.expert.id == "x"


def test_language_filter_and_unsupported_language() -> None:
    index = _index("Example text", "Пример текста")
    assert {m.lang for m in nptexperts.search("пример", index=index)} == {"ru"}
    assert nptexperts.search("пример", lang="en", index=index) == ()
    assert {m.field for m in nptexperts.search("пример", lang="ru-RU", index=index)} == {
        "name",
        "comment",
    }
    with pytest.raises(nptexperts.UnsupportedLanguageError):
        nptexperts.search("x", lang="de", index=index)


def test_blank_and_punctuation_queries() -> None:
    index = _index("A, b; c.", "а")
    assert nptexperts.search("   ", index=index) == ()
    assert [m.matched for m in nptexperts.search(";", index=index)] == [";"]


def test_agrees_with_a_brute_force_scan_of_the_shipped_records() -> None:
    """Every third word of the records, and some phrases, find what a linear scan finds."""
    texts = _all_texts(nptexperts.load_index())
    words = {w for _, _, t in texts for w in re.findall(r"\w+", t)}
    queries = [*sorted(words)[::3], "nuclear weap", "ядерного оруж", "ПИР-Центр", "ё"]
    for query in queries:
        q = search_fold(query)
        pattern = re.compile(r"(?<!\w)" + re.escape(q))
        expected = {(rid, lang) for rid, lang, t in texts if pattern.search(search_fold(t))}
        matches = nptexperts.search(query)
        assert {(m.record_id, m.lang) for m in matches} == expected, query
        assert all(search_fold(m.matched) == q for m in matches), query
        in_comments = [m for m in matches if m.comment is not None]
        assert len(in_comments) == sum(
            len(pattern.findall(search_fold(t))) for rid, _, t in texts if "." in rid
        ), query


def test_results_follow_the_experts_order() -> None:
    order = {e.id: n for n, e in enumerate(nptexperts.load_experts())}
    ranks = [order[m.expert.id] for m in nptexperts.search("the")]
    assert ranks == sorted(ranks)
    assert len(set(ranks)) > 1


def test_the_index_is_built_once_per_load() -> None:
    index = nptexperts.load_index()
    assert SearchIndex.of(index) is SearchIndex.of(index)
    other = _index("a", "б")
    assert SearchIndex.of(other) is not SearchIndex.of(index)


def test_a_yo_spelling_in_the_shipped_records_is_found_with_ye() -> None:
    texts = _all_texts(nptexperts.load_index())
    with_yo = [(rid, t) for rid, lang, t in texts if lang == "ru" and "ё" in t.lower()]
    assert with_yo, "the shipped Russian texts contain ё"
    rid, text = with_yo[0]
    word = next(w for w in re.findall(r"\w+", text) if "ё" in w.lower())
    hits = nptexperts.search(word.replace("ё", "е").replace("Ё", "Е"), lang="ru")
    assert rid in {m.record_id for m in hits}
