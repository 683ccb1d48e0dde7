"""Full-text search: stems in both languages, every word, phrases, the last word as a
prefix, ranking, the per-load index, and agreement with a brute-force scan."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from importlib import resources

import attrs
import pytest

import nptexperts
from nptexperts._lookup.folding import fold
from nptexperts._lookup.index import Index
from nptexperts._lookup.matches import FIELD_RANK
from nptexperts._lookup.queries import search_fold, term
from nptexperts._lookup.searching import SearchIndex, SearchMatch
from nptexperts._records.models import (
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

# A development tool (the `test` dependency group): without it, these tests skip.
pytest.importorskip("jsonschema")
import jsonschema

SRC = "test-source"
WORD = re.compile(r"[\w\u0300-\u036f]+")


def _text(en: str, ru: str) -> Text:
    return Text(
        en=LocalizedText(en, Provenance(SRC, Origin.PUBLISHED)),
        ru=LocalizedText(ru, Provenance(SRC, Origin.EDITORIAL_TRANSLATION)),
    )


def _expert(expert_id: str, comment_en: str, comment_ru: str) -> Expert:
    comment = Comment(
        id=f"{expert_id}.q.1",
        expert=expert_id,
        question="q",
        source=SRC,
        body=_text(comment_en, comment_ru),
    )
    return Expert(
        id=expert_id,
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


def _index(*comments: tuple[str, str]) -> Index:
    experts = tuple(_expert(f"x{n}", en, ru) for n, (en, ru) in enumerate(comments))
    dataset = Dataset(data_version="2026.1", sources=(), sections=(), experts=experts)
    return Index.build(dataset, {})


def _stems(text: str, lang: str) -> list[str]:
    return [term(lang, w)[1] for w in WORD.findall(text)]  # type: ignore[arg-type]


def _found(query: str, index: Index, lang: str | None = None) -> set[str]:
    return {m.record_id for m in nptexperts.search(query, lang, index=index)}


# -- stems, in both languages


@pytest.mark.parametrize(
    ("query", "text", "lang"),
    [
        ("weapons", "a nuclear weapon", "en"),
        ("nuclear weapons", "between nuclear weapon states", "en"),
        ("states", "a State", "en"),
        ("ядерного оружия", "обладающими ядерным оружием", "ru"),
        ("ядерный", "ядерного", "ru"),  # й is kept for the stemmer
        ("НАДЁЖНУЮ сделку", "надежной сделки", "ru"),
        ("сделки", "надёжную сделку", "ru"),
    ],
)
def test_a_word_finds_its_other_forms(query: str, text: str, lang: str) -> None:
    index = _index((text, text) if lang == "en" else ("nothing here", text))
    assert _found(query, index, lang) == {"x0.q.1"}
    assert _found(query, index, "ru" if lang == "en" else "en") == set()


def test_each_language_is_stemmed_with_its_own_stemmer() -> None:
    # "states" stems to "state" in English; the Russian stemmer leaves it alone.
    assert term("en", "States") == ("states", "state")
    assert term("ru", "States")[1] == "states"
    assert term("ru", "Оружием")[1] == term("ru", "оружия")[1] != "оружием"


def test_case_accents_and_yo_are_ignored() -> None:
    index = _index(("Ещё одна Ёлка and NUCLEAR risk", "яде\u0301рного"))  # a stress mark
    for query in ("еще одна елка", "ЕЩЁ ОДНА ЁЛКА", "ещё  одна\nёлка", "nuclear RISK"):
        assert _found(query, index) == {"x0.q.1"}, query
    (m,) = nptexperts.search("ядерного", index=index)
    assert m.matched == ("яде\u0301рного",)


# -- every word, phrases, prefixes


def test_every_word_must_match_in_any_order_within_one_text() -> None:
    index = _index(("war in Ukraine and the Middle East", "x"), ("Ukraine", "Middle"))
    assert _found("Ukraine Middle", index) == _found("middle UKRAINE", index) == {"x0.q.1"}
    # x1 has "Ukraine" in English and "Middle" in its Russian text: two texts, no match.
    assert _found("Ukraine Middle", index) == {"x0.q.1"}
    assert _found("Ukraine Mars", index) == set()


def test_a_quoted_phrase_matches_in_order_and_adjacent() -> None:
    index = _index(
        ("nuclear weapon states", "x"), ("weapon nuclear", "y"), ("nuclear test weapon", "z")
    )
    assert _found('"nuclear weapons"', index) == {"x0.q.1"}
    assert _found("nuclear weapons", index) == {"x0.q.1", "x1.q.1", "x2.q.1"}
    assert _found("«weapon nuclear»", index) == {"x1.q.1"}
    (m,) = nptexperts.search('"nuclear weapons" states', index=index)
    assert m.matched == ("nuclear weapon", "states")  # a phrase is one hit


def test_the_last_word_may_be_cut_short_unless_followed() -> None:
    index = _index(("Nuclear weapons", "ядерного разоружения"))
    assert _found("ядерн", index) == {"x0.q.1"}
    assert _found("nuclear weap", index) == {"x0.q.1"}
    assert _found("weap nuclear", index) == set()  # only the last word
    assert _found("nuclear weap ", index) == set()
    assert _found('"weap"', index) == set()
    assert _found("clear", index) == set()  # a prefix, not any part of a word


def test_queries_without_words_match_nothing() -> None:
    index = _index(("A, b; c.", "а"))
    assert nptexperts.search("   ", index=index) == ()
    assert nptexperts.search(";", index=index) == ()
    assert nptexperts.search('""', index=index) == ()


def test_language_filter_and_unsupported_language() -> None:
    index = _index(("Example text", "Пример текста"))
    assert {m.lang for m in nptexperts.search("пример", index=index)} == {"ru"}
    assert nptexperts.search("пример", lang="en", index=index) == ()
    assert {m.field for m in nptexperts.search("пример", lang="ru-RU", index=index)} == {
        "name",
        "comment",
    }
    with pytest.raises(nptexperts.UnsupportedLanguageError):
        nptexperts.search("x", lang="de", index=index)


# -- results


def test_one_result_per_text_with_every_hit() -> None:
    index = _index(("The treaty, the Treaty’s core and the treaties.", "Договор"))
    (m,) = nptexperts.search("treaty", lang="en", index=index)
    assert m.matched == ("treaty", "Treaty", "treaties")
    assert all(m.value[s:e] == w for (s, e), w in zip(m.hits, m.matched, strict=True))
    assert m.provenance.origin is Origin.PUBLISHED
    assert (m.field, m.comment, m.expert.id) == ("comment", index.comments[0], "x0")
    assert m.snippet(None, mark=("<", ">")) == (
        "The <treaty>, the <Treaty>’s core and the <treaties>."
    )


def test_a_match_is_short_in_the_repl_and_has_no_text_field() -> None:
    for m in nptexperts.search("the"):
        assert len(repr(m)) <= 200
        assert m.record_id in repr(m)
    assert "text" not in attrs.fields_dict(SearchMatch)


def test_ranking_rule() -> None:
    """Comments, then positions, then names; then more hits; then the experts' order."""
    order = {e.id: n for n, e in enumerate(nptexperts.load_experts())}
    words = {
        w for e in nptexperts.load_experts() for w in WORD.findall(e.positions[0].title.text("en"))
    }
    queries = ["the", "nuclear", "ядерн", "center", "Центр", *sorted(words)[:20]]
    for query in queries:
        matches = nptexperts.search(query)
        keys = [(FIELD_RANK[m.field], -len(m.hits), order[m.expert_id]) for m in matches]
        assert keys == sorted(keys), query
    assert len({m.field for q in queries for m in nptexperts.search(q)}) > 1


def test_limit() -> None:
    everything = nptexperts.search("the")
    assert len(everything) > 3
    assert nptexperts.search("the", limit=3) == everything[:3]
    assert nptexperts.search("the", limit=0) == ()
    assert nptexperts.search("the", limit=len(everything) + 5) == everything
    with pytest.raises(ValueError, match="limit"):
        nptexperts.search("the", limit=-1)


@pytest.mark.parametrize(
    "query",
    [
        "the",
        "nuclear",
        "ядерн",
        "nuclear weapons",
        "nuclear nuclear",
        '"nuclear weapons"',
        "«ядерного оружия» режим",
        "state states",
        "Центр",
        "the Review Conference",
    ],
)
@pytest.mark.parametrize("lang", [None, "en", "ru"])
def test_a_limited_search_is_the_start_of_the_full_one(query: str, lang: str | None) -> None:
    """With a limit, texts are ranked by counting their words (no pattern run) and only
    the shown ones are built: the result is the full search's first ones, and every
    match's hits are the ones its pattern finds."""
    index = SearchIndex.of(nptexperts.load_index(data_version="2026.2"))
    everything, total = index.found(query, lang)
    assert total == len(everything)
    for limit in (1, 3, 20):
        shown, count = index.found(query, lang, limit=limit)
        assert count == total
        assert shown == everything[:limit]
        assert [m.hits for m in shown] == [m.hits for m in everything[:limit]]


def test_the_matched_field_is_an_enum_that_equals_its_value() -> None:
    from nptexperts._lookup.matches import MatchField

    fields = {m.field for q in ("the", "Stefanovich") for m in nptexperts.search(q)}
    assert fields <= set(MatchField)
    assert MatchField.COMMENT in fields
    assert MatchField.COMMENT == "comment"
    assert nptexperts.search("Stefanovich", lang="en")[0].as_dict()["field"] == "name"


def test_as_dict_is_valid_against_the_shipped_schema() -> None:
    schema = json.loads(
        resources.files("nptexperts").joinpath("schema/search-result.schema.json").read_text()
    )
    validator = jsonschema.Draft202012Validator(schema)
    for query in ("the", "ядерн", "center", "Stefanovich"):
        for m in nptexperts.search(query):
            d = m.as_dict()
            validator.validate(json.loads(json.dumps(d)))
            assert [d["value"][s:e] for s, e in d["hits"]] == list(m.matched)


# -- agreement with a brute-force scan of the shipped records


def _all_texts(index: Index) -> list[tuple[str, str, str]]:
    """(record id, lang, text) of every searched text, by brute force over the records."""
    out = []
    for e in index.experts:
        names = {fold(e.name.text(lang)) for lang in nptexperts.LANGUAGES}
        for lang in nptexperts.LANGUAGES:
            out.append((e.id, lang, e.name.text(lang)))
            out += [(e.id, lang, p.title.text(lang)) for p in e.positions]
            out += [(c.id, lang, c.text(lang)) for c in e.comments]
        out += [(e.id, v.lang, v.value) for v in e.name_variants if fold(v.value) not in names]
    return out


def test_agrees_with_a_brute_force_scan_of_the_shipped_records() -> None:
    """Every word of the query's stem is in each result, and nothing is missed."""
    texts = _all_texts(nptexperts.load_index())
    words = sorted({w for _, _, t in texts for w in WORD.findall(t)})
    queries = [f"{a} {b}" for a, b in zip(words[::7], words[3::7], strict=False)]
    queries += [*words[::5], "nuclear weapons ", "ядерного оружия ", "ПИР-Центр "]
    stems = [
        (rid, lang, t, set(_stems(t, lang)), [fold(w) for w in WORD.findall(t)])
        for rid, lang, t in texts
    ]
    for query in queries:
        prefix = fold(WORD.findall(query)[-1])
        for lang in nptexperts.LANGUAGES:
            wanted = _stems(query, lang)
            *whole, _ = wanted
            expected = set()
            for rid, tl, t, have, folded in stems:
                if tl != lang:
                    continue
                if set(wanted) <= have or (
                    not query.endswith(" ")  # the last word may also be a prefix
                    and set(whole) <= have
                    and any(w.startswith(prefix) for w in folded)
                ):
                    expected.add((rid, t))
            matches = nptexperts.search(query, lang)
            assert {(m.record_id, m.value) for m in matches} == expected, (query, lang)
            assert len(matches) == len(expected), (query, lang)  # one result per text
            for m in matches:  # each hit is a word of the query
                for hit in m.matched:
                    assert set(_stems(hit, lang)) & set(wanted) or fold(hit).startswith(prefix), (
                        query,
                        hit,
                    )


def test_the_index_is_built_once_per_load() -> None:
    index = nptexperts.load_index()
    assert SearchIndex.of(index) is SearchIndex.of(index)
    other = _index(("a", "б"))
    assert SearchIndex.of(other) is not SearchIndex.of(index)


def test_a_yo_spelling_in_the_shipped_records_is_found_with_ye() -> None:
    texts = _all_texts(nptexperts.load_index())
    with_yo = [(rid, t) for rid, lang, t in texts if lang == "ru" and "ё" in t.lower()]
    assert with_yo, "the shipped Russian texts contain ё"
    rid, text = with_yo[0]
    word = next(w for w in WORD.findall(text) if "ё" in w.lower())
    hits = nptexperts.search(word.replace("ё", "е").replace("Ё", "Е") + " ", lang="ru")
    assert rid in {m.record_id for m in hits}


def test_search_fold_is_the_folding_rule() -> None:
    assert search_fold("  Ёлка’s   ЁЖ ") == fold("елка's еж")


def test_the_stemmer_is_not_imported_with_the_package() -> None:
    code = "import sys, nptexperts; print('snowballstemmer' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_data_version_searches_that_release() -> None:
    versions = [r.data_version for r in nptexperts.data_releases()]
    assert versions
    for version in versions:
        index = nptexperts.load_index(data_version=version)
        for query in ("ядерн", "the"):
            assert nptexperts.search(query, data_version=version) == nptexperts.search(
                query, index=index
            )
    with pytest.raises(ValueError, match="not both"):
        nptexperts.search("x", data_version=versions[0], index=nptexperts.load_index())


def test_every_word_starts_with_its_stems_first_letters() -> None:
    """The search stems a word only when it shares the first letters of a query's stem;
    that finds every word of the stem only if each word begins with its own stem's
    first letters (all but the last two). Checked on every word of every release,
    and on Snowball's own exceptional English forms."""
    from nptexperts._lookup.queries import term
    from nptexperts._lookup.searched import TOKEN

    words: dict[str, set[str]] = {"en": {"dying", "lying", "tying", "skies", "idly", "gently"}}
    words["ru"] = {"ёлка", "майский", "ядерного", "ядерным"}
    for release in nptexperts.data_releases():
        index = nptexperts.load_index(data_version=release.data_version)
        for expert in index.experts:
            texts = [expert.name, *(p.title for p in expert.positions)]
            texts += [c.body for c in expert.comments]
            for text in texts:
                for lang in nptexperts.LANGUAGES:
                    words.setdefault(lang, set()).update(TOKEN.findall(text.text(lang)))
    checked = 0
    for lang, tokens in words.items():
        for token in tokens:
            surface, stem = term(lang, token)
            assert surface.startswith(stem[: max(1, len(stem) - 2)]), (lang, token, stem)
            checked += 1
    assert checked > 500


def test_the_0_1_names_of_a_match_warn_and_still_answer() -> None:
    match = nptexperts.search("Stefanovich", lang="en")[0]
    with pytest.warns(DeprecationWarning, match=r"SearchMatch\.text .* use SearchMatch\.value"):
        assert match.text == match.value
    with pytest.warns(DeprecationWarning, match="hits"):
        assert match.value[match.start : match.end] == match.matched[0]


def test_a_phrase_inside_a_word_does_not_hide_one_that_starts_a_word() -> None:
    # The patterns find a phrase without a look-behind, then check where it starts:
    # "xab ab" begins inside "xab", and the phrase that starts a word, "ab ab", overlaps it.
    index = _index(("xab ab ab cd", "nothing"), ("ab ab", "ничего"), ("xab abab ab", "нет"))
    found = nptexperts.search('"ab ab"', "en", index=index)
    assert [(m.record_id, m.hits) for m in found] == [("x0.q.1", ((4, 9),)), ("x1.q.1", ((0, 5),))]
    assert [m.matched for m in nptexperts.search("ab ", "en", index=index)] == [
        ("ab", "ab"),
        ("ab", "ab"),
        ("ab",),
    ]


def test_the_index_files_every_word_of_every_text_as_the_word_pattern_finds_it() -> None:
    """The build cuts texts at white space, then each piece into words: the same words,
    as many times, as the word pattern finds in the whole text (generated texts)."""
    pytest.importorskip("hypothesis")
    from collections import defaultdict

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from nptexperts._lookup.searched import TOKEN
    from nptexperts._lookup.wordindex import WordIndex
    from strategies import CYRILLIC_WORD_CHARACTERS, LATIN_WORD_CHARACTERS, OTHER_WORD_CHARACTERS

    between = st.sampled_from(" \t\n\u00a0\u2009\u2028\u3000-.,;«»“”()/\u0301\u0308Ёé’—")
    chars = st.one_of(
        LATIN_WORD_CHARACTERS, CYRILLIC_WORD_CHARACTERS, OTHER_WORD_CHARACTERS, between
    )

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.text(chars, max_size=60), min_size=1, max_size=6))
    def check(texts: list[str]) -> None:
        index = WordIndex(["en"] * len(texts), texts, [0] * len(texts))
        expected: defaultdict[str, list[int]] = defaultdict(list)
        for n, text in enumerate(texts):
            for token in TOKEN.findall(text):
                expected[token].append(n)
        filed = index._token_texts["en"]
        assert {t: sorted(ns) for t, ns in filed.items()} == dict(expected)
        assert index._token_texts["ru"] == {}

    check()
