"""Checking quotes: find_quote's kinds of match and spans, and ``nptexperts verify``'s
verdicts and exit statuses on genuine, partial, retyped, altered, misattributed, PIR's
own and fabricated quotes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner, Result

import nptexperts
from nptexperts._lookup.quotefolding import fold_with_offsets
from nptexperts._lookup.quotes import QuoteIndex, find_quote, quote_selectors, ties
from nptexperts.cli import main

COMMENTS = [c for e in nptexperts.load_experts() for c in e.comments]
SOURCE = nptexperts.source_text("pir-press-2025-23")
GROSS = nptexperts.get_comment("zacharie-gross.prospects-2026.1")
LYSENKO = nptexperts.get_comment("mikhail-lysenko.prospects-2026.1")


def verify(*args: str) -> Result:
    return CliRunner().invoke(main, ["verify", *args])


def test_there_are_published_quotes() -> None:
    assert len(COMMENTS) == 6


@pytest.mark.parametrize("comment", COMMENTS, ids=lambda c: c.id)
def test_each_published_quote_whole(comment: nptexperts.Comment) -> None:
    best = find_quote(comment.text("en"))[0]
    assert (best.record_id, best.expert_id, best.kind, best.lang) == (
        comment.id,
        comment.expert,
        "exact",
        "en",
    )
    assert best.span == nptexperts.Span(0, len(comment.text("en")))
    assert best.source_span == comment.span
    assert best.provenance.is_published
    result = verify(comment.text("en"), "--expert", comment.expert)
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Found word for word")


@pytest.mark.parametrize("comment", COMMENTS, ids=lambda c: c.id)
def test_each_published_quote_in_part(comment: nptexperts.Comment) -> None:
    words = comment.text("en").split()
    part = " ".join(words[2:12])
    best = find_quote(part)[0]
    assert best.record_id == comment.id
    assert best.kind == "exact"
    assert best.matched == part
    assert comment.span is not None
    assert best.source_span is not None
    assert SOURCE[best.source_span.start : best.source_span.end] == part
    assert verify(part, "--expert", comment.expert).exit_code == 0


@pytest.mark.parametrize("comment", COMMENTS, ids=lambda c: c.id)
def test_each_russian_translation_is_reported_as_such(comment: nptexperts.Comment) -> None:
    best = find_quote(comment.text("ru"))[0]
    assert best.record_id == comment.id
    assert best.lang == "ru"
    assert best.is_translation
    assert best.source_span is None
    result = verify(comment.text("ru"), "--lang", "ru")
    assert result.exit_code == 4  # not the expert's published words
    assert "редакционным переводом" in result.output
    en = verify(comment.text("ru"))
    assert (
        "matches this dataset's editorial translation, not the expert's published words"
        in en.output
    )


def test_a_word_dropped() -> None:
    quote = GROSS.text("en").split("; and that")[1].replace("are high for", "are for")
    best = find_quote(quote)[0]
    assert best.record_id == GROSS.id
    assert best.kind == "fuzzy"
    assert best.score < 100
    assert [(d.kind, d.record) for d in best.differences] == [("dropped", "high")]
    result = verify(quote, "--expert", "zacharie-gross")
    assert result.exit_code == 1
    assert "Not found word for word" in result.output
    assert "a word dropped: 'high'" in result.output


def test_a_word_changed_and_a_word_added() -> None:
    changed = find_quote("Expectations are low for Russia to contribute constructively")[0]
    assert [(d.kind, d.quote, d.record) for d in changed.differences] == [
        ("changed", "low", "high")
    ]
    added = find_quote("Expectations are very high for Russia to contribute constructively")[0]
    assert [(d.kind, d.quote) for d in added.differences] == [("added", "very")]
    result = verify("Ожидания низки, что Россия внесёт конструктивный вклад", "--lang", "ru")
    assert result.exit_code == 1


def test_the_wrong_expert() -> None:
    result = verify("Expectations are high for Russia", "--expert", "mikhail-lysenko")
    assert result.exit_code == 3
    assert "Not said by Mikhail Lysenko: the words are Zacharie Gross's." in result.output
    ru = verify("Expectations are high for Russia", "--expert", "mikhail-lysenko", "--lang", "ru")
    assert ru.exit_code == 1  # --lang ru looks in the Russian texts only


def test_pirs_own_framing() -> None:
    sentence = "It is high time we started preparing well in advance."
    (match,) = find_quote(sentence)
    assert match.record_id == "pir-press-2025-23"
    assert match.expert_id is None
    assert match.speaker == "pir"
    assert match.field == "source"
    assert match.source_span is not None
    assert SOURCE[match.source_span.start : match.source_span.end] == sentence
    result = verify(sentence)
    assert result.exit_code == 0
    assert "These are PIR Center's own words, not an expert's." in result.output
    assert verify(sentence, "--expert", "mikhail-lysenko").exit_code == 3
    # PIR's framing in Russian (the comment's context) is PIR's too.
    ru = find_quote(GROSS.context.ru.value if GROSS.context else "")[0]
    assert ru.expert_id is None
    assert ru.is_translation


def test_a_fabricated_sentence() -> None:
    sentence = "Russia will leave the Treaty unless the conference adopts a final document."
    assert find_quote(sentence) == ()
    result = verify(sentence)
    assert result.exit_code == 1
    assert result.output.startswith("Not found:")
    ru = verify(sentence, "--lang", "ru")
    assert ru.output.startswith("Не найдено:")


def test_retyped_with_straight_quotes_and_a_hyphen() -> None:
    original = LYSENKO.text("en")
    assert "–" in original
    retyped = '"' + original.replace("–", "-") + '"'
    best = find_quote(retyped)[0]
    assert best.record_id == LYSENKO.id
    assert best.kind == "normalized"
    assert best.span == nptexperts.Span(0, len(original))
    result = verify(retyped, "--expert", "mikhail-lysenko")
    assert result.exit_code == 0
    assert "up to typography" in result.output


def test_yo_and_case_fold() -> None:
    ru = GROSS.text("ru")
    assert "ё" in ru
    best = find_quote(ru.replace("ё", "е").upper())[0]
    assert best.record_id == GROSS.id
    assert best.kind == "normalized"


def test_fails_closed_on_a_tie() -> None:
    phrase = "the 2026 NPT Review Conference"
    matches = find_quote(phrase)
    assert len({m.expert_id for m in matches}) > 1
    assert ties(matches)
    result = verify(phrase)
    assert result.exit_code == 1
    assert result.output.startswith("Ambiguous:")
    assert "Found" not in result.output
    assert verify(phrase, "--expert", "vladimir-kuchinov").exit_code == 1


def test_verify_json() -> None:
    result = verify("We at PIR Center disagree.", "--json")
    data = json.loads(result.output)
    assert result.exit_code == 0
    assert data["verdict"] == "found"
    assert data["matches"][0]["speaker"] == "pir"
    near = json.loads(verify("Expectations are for Russia to contribute", "--json").output)
    assert near["verdict"] in ("near", "not_found")


def test_unknown_expert_is_an_error() -> None:
    result = verify("anything", "--expert", "nobody")
    assert result.exit_code == 1
    assert "nobody" in result.output


def test_folding_keeps_offsets() -> None:
    text = "«Ёж  –\u00a0да»"
    folded, where = fold_with_offsets(text)
    assert folded == '"еж - да"'
    assert len(where) == len(folded) + 1
    assert [text[where[i]] for i in (1, 4)] == ["Ё", "–"]


def test_selectors_anchor_each_quote() -> None:
    for comment in COMMENTS:
        assert comment.span is not None
        position, quote = quote_selectors(comment.span, SOURCE)
        assert position == {
            "type": "TextPositionSelector",
            "start": comment.span.start,
            "end": comment.span.end,
        }
        assert quote["exact"] == comment.text("en")
        assert SOURCE.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1


def test_index_is_built_once_per_release() -> None:
    index = nptexperts.load_index()
    assert QuoteIndex.of(index) is QuoteIndex.of(index)
    assert QuoteIndex.of(nptexperts.load_index(data_version="2026.1")) is not QuoteIndex.of(index)


def test_show_and_list_json_carry_the_selectors() -> None:
    import jsonschema

    from nptexperts.export.json import to_json
    from nptexperts.export.schema import shipped_schema

    result = CliRunner().invoke(main, ["show", "zacharie-gross", "--json"])
    data = json.loads(result.output)
    jsonschema.validate(data, shipped_schema("show"))
    (comment,) = data["comments"]
    position, quote = comment["selectors"]
    assert (position["start"], position["end"]) == (GROSS.span.start, GROSS.span.end)  # type: ignore[union-attr]
    assert quote["exact"] == GROSS.text("en")
    assert SOURCE[position["end"] : position["end"] + len(quote["suffix"])] == quote["suffix"]
    assert SOURCE[position["start"] - len(quote["prefix"]) : position["start"]] == quote["prefix"]
    everyone = json.loads(CliRunner().invoke(main, ["list", "--json"]).output)
    jsonschema.validate(everyone, shipped_schema("list"))
    assert sum("selectors" in c for e in everyone for c in e["comments"]) == len(COMMENTS)
    quote["type"] = "TextPositionSelector"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, shipped_schema("show"))
    # The JSON export stays the release's bytes: its digest is unchanged, no selectors in it.
    assert b"TextQuoteSelector" not in to_json()


def test_a_translation_only_match_has_its_own_exit_status() -> None:
    ru = GROSS.text("ru")
    result = verify(ru)
    assert result.exit_code == 4, result.output
    assert verify(ru, "--expert", "zacharie-gross").exit_code == 4
    data = json.loads(verify(ru, "--json").output)
    assert (data["verdict"], data["status"]) == ("translation_only", 4)
    assert verify(GROSS.text("en"), "--expert", "zacharie-gross").exit_code == 0
