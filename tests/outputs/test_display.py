"""Notebook display: both languages, provenance labels, and every text escaped."""

from __future__ import annotations

import datetime
import html
import re

import pytest

import nptexperts
from nptexperts._records.models import (
    AdvisoryBoard,
    Comment,
    CommentCoverage,
    CountryAttribution,
    CountryBasis,
    Expert,
    LocalizedText,
    Origin,
    Position,
    Provenance,
    Text,
)

SCRIPT = "<script>alert('x')</script>"


def _text(en: str, ru: str) -> Text:
    return Text(
        en=LocalizedText(en, Provenance("src", Origin.PUBLISHED)),
        ru=LocalizedText(ru, Provenance("src", Origin.EDITORIAL_TRANSLATION)),
    )


def _hostile_expert() -> Expert:
    comment = Comment(
        id="e.q.1",
        expert="e",
        question="q",
        source="src",
        body=_text(f"Quote {SCRIPT} & more", f"Цитата {SCRIPT}"),
    )
    return Expert(
        id="e",
        name=_text(f"Name {SCRIPT}", "Имя"),
        family_name=_text("Name", "Имя"),
        honorific=None,
        country=CountryAttribution(None, CountryBasis.UNKNOWN, "none"),
        positions=(Position(_text(SCRIPT, SCRIPT), "src", datetime.date(2025, 1, 1)),),
        advisory_board=AdvisoryBoard.UNKNOWN,
        section="s",
        coverage=CommentCoverage.QUOTED,
        comments=(comment,),
    )


def test_text_is_escaped() -> None:
    expert = _hostile_expert()
    for shown in (expert._repr_html_(), expert.comments[0]._repr_html_()):
        assert "<script>" not in shown
        assert html.escape(SCRIPT) in shown
        assert "& more" not in shown
        assert "&amp; more" in shown


def test_comment_shows_both_languages_with_their_provenance() -> None:
    for comment in nptexperts.load_index().comments:
        shown = comment._repr_html_()
        for lang in nptexperts.LANGUAGES:
            loc = comment.body.localized(lang)
            assert html.escape(loc.value) in shown
            assert loc.provenance.label in shown
        assert "editorial translation" in shown
        assert "published" in shown


def test_expert_shows_names_positions_and_comments() -> None:
    for expert in nptexperts.load_experts():
        shown = expert._repr_html_()
        assert html.escape(expert.display_name("en")) in shown
        assert html.escape(expert.display_name("ru")) in shown
        for position in expert.positions:
            assert html.escape(position.title.text("ru")) in shown
        for comment in expert.comments:
            assert html.escape(comment.text("en")) in shown
        # Every text row carries a provenance label.
        labels = re.findall(r"(published|editorial translation|editorial wording) · ", shown)
        notes = 2 * len(expert.notes)  # the editors' notes, in both languages (data 2026.3)
        assert len(labels) == 2 * (1 + len(expert.positions) + len(expert.comments)) + notes
        for note in expert.notes:
            assert html.escape(str(note.text("ru"))) in shown


def test_labels_are_in_one_language_and_enum_values_in_words() -> None:
    from nptexperts import display
    from nptexperts._words import enum_word, word

    for expert in nptexperts.load_experts():
        english = expert._repr_html_()
        russian = display.expert_html(expert, "ru")
        assert expert.country.basis.value not in english.replace(expert.id, "")
        assert enum_word(expert.country.basis, "en") in html.unescape(english)
        assert enum_word(expert.country.basis, "ru") in html.unescape(russian)
        for label in ("Position", "Name", "published", "editorial translation", "Country"):
            assert f">{label}" not in russian
        assert html.unescape(word("advisory_board", "ru")) in html.unescape(russian)
        # The chosen language comes first.
        assert russian.index('lang="ru"') < russian.index('lang="en"')
    display.set_language("ru")
    try:
        shown = nptexperts.load_experts()[0]._repr_html_()
        assert "редакционный перевод" in shown
    finally:
        display.set_language("en")
    with pytest.raises(nptexperts.UnsupportedLanguageError):
        display.set_language("de")
