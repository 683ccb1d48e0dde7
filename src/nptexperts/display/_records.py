"""One record as HTML: a text in both languages with provenance, a comment, an expert."""

from __future__ import annotations

from nptexperts._records.models import Comment, Expert, Note, Text
from nptexperts._words import date, enum_word, word
from nptexperts.display._html import (
    _CELL,
    _LABEL,
    _SMALL,
    _heading,
    _order,
    _table,
    _ui,
    escape,
)
from nptexperts.display._names import _country, _expert_name, _question_wording, _source

__all__ = ["comment_html", "expert_html", "text_html"]


def text_html(text: Text | Note, lang: str | None = None) -> str:
    """The two languages of ``text`` as table rows: language, words, provenance label.

    A :class:`~nptexperts.Note` in English only (data 2026.1 and 2026.2) has no
    Russian row; its English row says it exists in English only.
    """
    ui = _ui(lang)
    rows = []
    for code in _order(ui):
        loc = text.localized(code)
        if loc is None:
            continue
        only = ""
        if isinstance(text, Note) and text.english_only and ui != "en":
            only = f" ({escape(word('english_only', ui))})"
        rows.append(
            f'<tr><td style="{_CELL};{_LABEL}">{escape(word(f"lang_{code}", ui))}</td>'
            f'<td style="{_CELL}" lang="{code}">{escape(loc.value)}</td>'
            f'<td style="{_CELL};{_SMALL}">{escape(enum_word(loc.provenance.origin, ui))}'
            f" · {escape(_source(loc.provenance.source, ui))}{only}</td></tr>"
        )
    return "".join(rows)


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
    if expert.notes:
        heading = _heading(word("record_notes", ui))
        parts.append(_table(heading + "".join(text_html(n, ui) for n in expert.notes)))
    return f"<div>{''.join(parts)}</div>"
