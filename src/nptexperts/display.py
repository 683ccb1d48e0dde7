"""HTML for notebooks: how experts and comments show in Jupyter (``_repr_html_``).

Both languages of every text are shown, each with its provenance label
("published", "editorial translation"), so that a reader never mistakes a
translation for the source's words. The labels around them are in one language,
English by default; :func:`set_language` makes them Russian (and puts the Russian
texts first). Every word comes from :mod:`nptexperts.words`, and every text is
HTML-escaped. No notebook package is needed.

>>> import nptexperts
>>> html = nptexperts.get_expert("mikhail-lysenko")._repr_html_()
>>> "editorial translation" in html and "published" in html
True
>>> set_language("ru")
>>> "редакционный перевод" in nptexperts.get_expert("mikhail-lysenko")._repr_html_()
True
>>> set_language("en")
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from nptexperts.lang import LANGUAGES, Lang, normalize_lang
from nptexperts.models import Comment, Expert, Text
from nptexperts.words import date, enum_word, word

if TYPE_CHECKING:
    from nptexperts.index import Index

__all__ = ["comment_html", "expert_html", "set_language", "text_html"]

_STYLE = "border-collapse:collapse;text-align:left;vertical-align:top"
_CELL = "padding:2px 8px;text-align:left;vertical-align:top"
_LABEL = "color:#666;font-size:85%;white-space:nowrap"

_language: list[Lang] = ["en"]


def set_language(lang: str) -> None:
    """Show the notebook display's labels in ``lang`` (``"en"`` or ``"ru"``) from now on.

    Both languages of every text are shown either way, the chosen one first.
    """
    _language[0] = normalize_lang(lang)


def _ui(lang: str | None) -> Lang:
    return _language[0] if lang is None else normalize_lang(lang)


def _order(ui: Lang) -> tuple[Lang, ...]:
    return (ui, *(lang for lang in LANGUAGES if lang != ui))


def text_html(text: Text, lang: str | None = None) -> str:
    """The two languages of ``text`` as table rows: language, words, provenance label."""
    ui = _ui(lang)
    rows = []
    for code in _order(ui):
        loc = text.localized(code)
        rows.append(
            f'<tr><td style="{_CELL};{_LABEL}">{escape(word(f"lang_{code}", ui))}</td>'
            f'<td style="{_CELL}" lang="{code}">{escape(loc.value)}</td>'
            f'<td style="{_CELL};{_LABEL}">{escape(enum_word(loc.provenance.origin, ui))}'
            f" · {escape(_source(loc.provenance.source, ui))}</td></tr>"
        )
    return "".join(rows)


def _table(rows: str) -> str:
    return f'<table style="{_STYLE}">{rows}</table>'


def _heading(label: str) -> str:
    return f'<tr><th style="{_CELL}" colspan="3">{escape(label)}</th></tr>'


def _index() -> Index | None:
    """The latest release's index, for the words of what a record names by id."""
    from nptexperts.api import load_index
    from nptexperts.errors import NptExpertsError

    try:
        return load_index()
    except NptExpertsError:  # pragma: no cover - the shipped release always loads
        return None


def _expert_name(expert_id: str, ui: Lang) -> str:
    index = _index()
    try:
        return index.get_expert(expert_id).display_name(ui) if index else expert_id
    except LookupError:
        return expert_id


def _question_wording(question_id: str, ui: Lang) -> str:
    index = _index()
    for section in index.sections if index else ():
        for question in section.questions:
            if question.id == question_id:
                return question.wording.text(ui)
    return question_id


def _source(source_id: str, ui: Lang) -> str:
    """A source as a reader knows it: «ПИР-Центр, № 23 (81), 2025»."""
    index = _index()
    for source in index.sources if index else ():
        if source.id == source_id:
            return word(
                "source_short", ui, publisher=source.publisher.text(ui), number=source.number
            )
    return source_id


def _country(code: str | None, ui: Lang) -> str:
    """The country's name in ``ui`` and its code («Франция (FR)»), or "unknown country"."""
    if code is None:
        return word("unknown_country", ui)
    index = _index()
    for section in index.sections if index else ():
        for listed in section.stated_countries:
            if listed.code == code:
                return f"{listed.name.text(ui)} ({code})"
    from nptexperts.countries import country_name

    return f"{country_name(code, ui)} ({code})"


def comment_html(comment: Comment, lang: str | None = None) -> str:
    """A comment as HTML: its id, the expert's name and the question's wording, and both
    languages with provenance."""
    ui = _ui(lang)
    head = (
        f"<div><b>{escape(word('comment', ui))}</b> <code>{escape(comment.id)}</code>"
        f" · {escape(word('expert', ui))}: {escape(_expert_name(comment.expert, ui))}"
        f" · {escape(word('question', ui))}: {escape(_question_wording(comment.question, ui))}"
        "</div>"
    )
    return f"<div>{head}{_table(text_html(comment.body, ui))}</div>"


def expert_html(expert: Expert, lang: str | None = None) -> str:
    """An expert as HTML: names, country, positions and comments, both languages."""
    ui = _ui(lang)
    names = " / ".join(
        f'<b lang="{code}">{escape(expert.display_name(code))}</b>' for code in _order(ui)
    )
    country = _country(expert.country.code, ui)
    facts = (
        f"{escape(word('country', ui))}: {escape(country)}"
        f" · {escape(word('country_basis', ui))}: {escape(enum_word(expert.country.basis, ui))}"
        f" · {escape(word('advisory_board', ui))}: {escape(enum_word(expert.advisory_board, ui))}"
        f" · {escape(word('coverage', ui))}: {escape(enum_word(expert.coverage, ui))}"
    )
    parts = [
        f"<div>{names} <code>{escape(expert.id)}</code><br>{facts}</div>",
        _table(
            _heading(word("name", ui))
            + text_html(expert.name, ui)
            + "".join(
                _heading(f"{word('position', ui)} ({word('as_of', ui, date=date(p.as_of, ui))})")
                + text_html(p.title, ui)
                for p in expert.positions
            )
        ),
    ]
    parts.extend(comment_html(c, ui) for c in expert.comments)
    return f"<div>{''.join(parts)}</div>"
