"""The pieces of the notebook HTML: escaping, the labels' language, tables and their cells."""

from __future__ import annotations

import html
from collections.abc import Sequence

from nptexperts._records.lang import LANGUAGES, Lang, normalize_lang
from nptexperts._unsafe import escape_unsafe

__all__ = ["escape", "set_language"]


_STYLE = "border-collapse:collapse;text-align:left;vertical-align:top"
_CELL = "padding:2px 8px;text-align:left;vertical-align:top"
_LABEL = "color:#666;font-size:85%;white-space:nowrap"
#: A label that may wrap: a provenance whose source can be long (an outside source's
#: publisher), so that it does not squeeze the texts beside it.
_SMALL = "color:#666;font-size:85%"

_language: list[Lang] = ["en"]


def escape(text: str) -> str:
    """``text`` for HTML: every ``UNSAFE`` (``nptexperts._unsafe``) character shown as an
    escape (as on the terminal), then HTML-escaped."""
    return html.escape(escape_unsafe(text, keep_line_breaks=True))


def set_language(lang: str) -> None:
    """Show the notebook display's labels in ``lang`` (``"en"`` or ``"ru"``) from now on.

    Both languages of every text are shown either way, the chosen one first.
    """
    _language[0] = normalize_lang(lang)


def _ui(lang: str | None) -> Lang:
    return _language[0] if lang is None else normalize_lang(lang)


def _order(ui: Lang) -> tuple[Lang, ...]:
    return (ui, *(lang for lang in LANGUAGES if lang != ui))


def _table(rows: str) -> str:
    return f'<table style="{_STYLE}">{rows}</table>'


def _heading(label: str) -> str:
    return f'<tr><th style="{_CELL}" colspan="3">{escape(label)}</th></tr>'


_MARK = "background:#fff3a3;color:inherit;padding:0 1px"


def _header(labels: Sequence[str]) -> str:
    cells = "".join(f'<th style="{_CELL}">{escape(label)}</th>' for label in labels)
    return f"<tr>{cells}</tr>"


def _row(cells: Sequence[str]) -> str:
    """A table row of cells that are HTML already (each escaped by its maker)."""
    return "<tr>" + "".join(f'<td style="{_CELL}">{cell}</td>' for cell in cells) + "</tr>"
