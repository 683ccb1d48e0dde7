"""Lists as HTML tables: experts, and search results (the experts' and the expectations')
with every hit highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from nptexperts._records.lang import Lang
from nptexperts._records.models import Expert
from nptexperts._words import count, enum_word, word
from nptexperts.display._html import (
    _LABEL,
    _MARK,
    _SMALL,
    _STYLE,
    _header,
    _row,
    _ui,
    escape,
)
from nptexperts.display._names import _expert_name, _source

if TYPE_CHECKING:
    from nptexperts._lookup.expectation_matches import ExpectationMatch
    from nptexperts._lookup.searching import SearchMatch

__all__ = ["expectation_search_html", "experts_html", "search_html"]


def experts_html(experts: Sequence[Expert], lang: str | None = None) -> str:
    """A list of experts as one table: name, id, country, first position, Advisory Board,
    comments (the names and positions in the display's language, labelled when translated).

    >>> import nptexperts
    >>> html = experts_html(nptexperts.by_country("KZ"))
    >>> html.count("<tr>"), "Dastan Eleukenov" in html
    (3, True)
    """
    ui = _ui(lang)
    rows = [
        _header(
            [
                word("name", ui),
                word("record_id", ui),
                word("country", ui),
                word("position", ui),
                word("advisory_board", ui),
                word("comments", ui),
            ]
        )
    ]
    for e in experts:
        position = e.positions[0].title.localized(ui) if e.positions else None
        rows.append(
            _row(
                [
                    f'<b lang="{ui}">{escape(e.display_name(ui))}</b>',
                    f"<code>{escape(e.id)}</code>",
                    escape(e.country.code or word("unknown_country", ui)),
                    (f'<span lang="{ui}">{escape(position.value)}</span>' if position else ""),
                    escape(enum_word(e.advisory_board, ui)),
                    str(len(e.comments)),
                ]
            )
        )
    caption = escape(count(len(experts), "expert", ui))
    return f'<div><div>{caption}</div><table style="{_STYLE}">{"".join(rows)}</table></div>'


def _highlighted(match: SearchMatch | ExpectationMatch, context: int | None = 60) -> str:
    """The match's text around its hits, each hit in ``<mark>``, everything escaped."""
    return "".join(
        f'<mark style="{_MARK}">{escape(piece)}</mark>' if hit else escape(piece)
        for piece, hit in match.segments(context)
    )


def search_html(matches: Sequence[SearchMatch], lang: str | None = None) -> str:
    """Search results as one table: expert, record, what matched, in which language with
    its provenance, and the text around the hits with every hit highlighted.

    >>> import nptexperts
    >>> html = search_html(nptexperts.search('"ядерного оружия"', lang="ru"))
    >>> html.count("<mark"), "editorial translation" in html
    (2, True)
    """
    ui = _ui(lang)
    rows = [
        _header(
            [
                word("expert", ui),
                word("record_id", ui),
                word("search_field", ui),
                word("language", ui),
                word("provenance", ui),
                word("search_hits", ui),
            ]
        )
    ]
    for m in matches:
        rows.append(
            _row(
                [
                    f'<span lang="{m.lang}">{escape(m.expert_name)}</span>',
                    f"<code>{escape(m.record_id)}</code>",
                    escape(word(f"match_{m.field}", ui))
                    + (f" {m.item}" if m.field in ("position", "name_variant") else ""),
                    escape(word(f"lang_{m.lang}", ui)),
                    f'<span style="{_LABEL}">{escape(enum_word(m.provenance.origin, ui))}'
                    f" · {escape(m.provenance.source)}</span>",
                    f'<span lang="{m.lang}">{_highlighted(m)}</span>',
                ]
            )
        )
    if not matches:
        return f"<div>{escape(word('no_results', ui))}</div>"
    caption = escape(count(len(matches), "result", ui))
    return f'<div><div>{caption}</div><table style="{_STYLE}">{"".join(rows)}</table></div>'


def _record_name(match: ExpectationMatch, ui: Lang) -> str:
    """Whose or what record matched, in ``ui``: the expert, PIR Center's summary or the event."""
    if match.expectation is None:
        return match.event.name.text(ui)
    if match.expert_id is None:
        return word("source_summary", ui)
    if match.expert_name is not None and match.lang == ui:
        return match.expert_name
    return _expert_name(match.expert_id, ui)


def expectation_search_html(matches: Sequence[ExpectationMatch], lang: str | None = None) -> str:
    """The matches of :func:`nptexperts.search_expectations` as one table, as
    :func:`search_html`: the record (the expert, PIR Center's summary or the event, in the
    display's language), its id, what matched, in which language with its provenance, and
    the text around the hits with every hit highlighted.

    >>> import nptexperts
    >>> found = nptexperts.search_expectations("воли", lang="ru", data_version="2026.4")
    >>> html = expectation_search_html(found, "ru")
    >>> html.count("<mark") == sum(len(m.hits) for m in found), "Где найдено" in html
    (True, True)
    """
    ui = _ui(lang)
    if not matches:
        return f"<div>{escape(word('no_results', ui))}</div>"
    rows = [
        _header(
            [
                word("search_record", ui),
                word("record_id", ui),
                word("search_field", ui),
                word("language", ui),
                word("provenance", ui),
                word("search_hits", ui),
            ]
        )
    ]
    for m in matches:
        rows.append(
            _row(
                [
                    f'<span lang="{ui}">{escape(_record_name(m, ui))}</span>',
                    f"<code>{escape(m.record_id)}</code>",
                    escape(word(m.field, ui)) + (f" {m.item}" if m.field == "note" else ""),
                    escape(word(f"lang_{m.lang}", ui)),
                    f'<span style="{_SMALL}">{escape(enum_word(m.provenance.origin, ui))}'
                    f" · {escape(_source(m.provenance.source, ui))}</span>",
                    f'<span lang="{m.lang}">{_highlighted(m)}</span>',
                ]
            )
        )
    caption = escape(f"{word('search_expectations', ui)}: {count(len(matches), 'result', ui)}")
    return f'<div><div>{caption}</div><table style="{_STYLE}">{"".join(rows)}</table></div>'
