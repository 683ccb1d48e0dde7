"""HTML for notebooks: how experts and comments show in Jupyter (``_repr_html_``).

Both languages are shown, each with its provenance label ("published",
"editorial translation"), so that a reader never mistakes a translation for
the source's words. Every text is HTML-escaped. No notebook package is needed.

>>> import nptexperts
>>> html = nptexperts.get_expert("mikhail-lysenko")._repr_html_()
>>> "editorial translation" in html and "published" in html
True
"""

from __future__ import annotations

from html import escape

from nptexperts.lang import LANGUAGES
from nptexperts.models import Comment, Expert, Text

__all__ = ["comment_html", "expert_html", "text_html"]

_STYLE = "border-collapse:collapse;text-align:left;vertical-align:top"
_CELL = "padding:2px 8px;text-align:left;vertical-align:top"
_LABEL = "color:#666;font-size:85%;white-space:nowrap"


def text_html(text: Text) -> str:
    """The two languages of ``text`` as table rows: language, words, provenance label."""
    rows = []
    for lang in LANGUAGES:
        loc = text.localized(lang)
        rows.append(
            f'<tr><td style="{_CELL};{_LABEL}">{lang}</td>'
            f'<td style="{_CELL}" lang="{lang}">{escape(loc.value)}</td>'
            f'<td style="{_CELL};{_LABEL}">{escape(loc.provenance.label)}'
            f" · {escape(loc.provenance.source)}</td></tr>"
        )
    return "".join(rows)


def _table(rows: str) -> str:
    return f'<table style="{_STYLE}">{rows}</table>'


def comment_html(comment: Comment) -> str:
    """A comment as HTML: its id, question, and both languages with provenance."""
    head = (
        f"<div><b>Comment</b> <code>{escape(comment.id)}</code>"
        f" by <code>{escape(comment.expert)}</code>"
        f" on <code>{escape(comment.question)}</code></div>"
    )
    return f"<div>{head}{_table(text_html(comment.body))}</div>"


def expert_html(expert: Expert) -> str:
    """An expert as HTML: names, country, positions and comments, both languages."""
    country = escape(expert.country.code or "unknown")
    parts = [
        f"<div><b>{escape(expert.display_name('en'))}</b> / "
        f'<b lang="ru">{escape(expert.display_name("ru"))}</b>'
        f" <code>{escape(expert.id)}</code> · country {country}"
        f" ({escape(expert.country.basis.value.replace('_', ' '))})"
        f" · comments {escape(expert.coverage.value.replace('_', ' '))}</div>",
        _table(
            f'<tr><th style="{_CELL}" colspan="3">Name</th></tr>{text_html(expert.name)}'
            + "".join(
                f'<tr><th style="{_CELL}" colspan="3">Position (as of'
                f" {escape(p.as_of.isoformat())})</th></tr>{text_html(p.title)}"
                for p in expert.positions
            )
        ),
    ]
    parts.extend(comment_html(c) for c in expert.comments)
    return f"<div>{''.join(parts)}</div>"
