"""Lists as HTML tables: experts, and search results (the experts' and the expectations')
with every hit highlighted."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

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

#: A match of either search (they share the fields a results table shows).
_M = TypeVar("_M", "SearchMatch", "ExpectationMatch")
#: The columns of a results table after its first (the record's name).
_MATCH_HEADINGS = ("record_id", "search_field", "language", "provenance", "search_hits")


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
    return _captioned(escape(count(len(experts), "expert", ui)), rows)


def _highlighted(match: SearchMatch | ExpectationMatch, context: int | None = 60) -> str:
    """The match's text around its hits, each hit in ``<mark>``, everything escaped."""
    return "".join(
        f'<mark style="{_MARK}">{escape(piece)}</mark>' if hit else escape(piece)
        for piece, hit in match.segments(context)
    )


def _captioned(caption: str, rows: Sequence[str]) -> str:
    """A table of ``rows`` under its (escaped) caption."""
    return f'<div><div>{caption}</div><table style="{_STYLE}">{"".join(rows)}</table></div>'


def _matches_table(
    matches: Sequence[_M],
    ui: Lang,
    first: str,
    cells: Callable[[_M], tuple[str, str, str, str]],
    caption: str,
) -> str:
    """Search results as one table, a row a match: what the ``first`` column names, the
    record's id, what matched, the language, the provenance and the text around the hits.
    ``cells`` gives a match's name (already HTML), what matched, its provenance's source
    and the provenance label's style."""
    if not matches:
        return f"<div>{escape(word('no_results', ui))}</div>"
    rows = [_header([first, *(word(key, ui) for key in _MATCH_HEADINGS)])]
    for m in matches:
        name, field, source, style = cells(m)
        rows.append(
            _row(
                [
                    name,
                    f"<code>{escape(m.record_id)}</code>",
                    escape(field),
                    escape(word(f"lang_{m.lang}", ui)),
                    f'<span style="{style}">{escape(enum_word(m.provenance.origin, ui))}'
                    f" · {escape(source)}</span>",
                    f'<span lang="{m.lang}">{_highlighted(m)}</span>',
                ]
            )
        )
    return _captioned(caption, rows)


def search_html(matches: Sequence[SearchMatch], lang: str | None = None) -> str:
    """Search results as one table: expert, record, what matched, in which language with
    its provenance, and the text around the hits with every hit highlighted.

    >>> import nptexperts
    >>> html = search_html(nptexperts.search('"ядерного оружия"', lang="ru"))
    >>> html.count("<mark"), "editorial translation" in html
    (2, True)
    """
    ui = _ui(lang)

    def cells(m: SearchMatch) -> tuple[str, str, str, str]:
        item = f" {m.item}" if m.field in ("position", "name_variant") else ""
        return (
            f'<span lang="{m.lang}">{escape(m.expert_name)}</span>',
            word(f"match_{m.field}", ui) + item,
            m.provenance.source,
            _LABEL,
        )

    caption = escape(count(len(matches), "result", ui))
    return _matches_table(matches, ui, word("expert", ui), cells, caption)


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

    def cells(m: ExpectationMatch) -> tuple[str, str, str, str]:
        return (
            f'<span lang="{ui}">{escape(_record_name(m, ui))}</span>',
            word(m.field, ui) + (f" {m.item}" if m.field == "note" else ""),
            _source(m.provenance.source, ui),
            _SMALL,
        )

    caption = escape(f"{word('search_expectations', ui)}: {count(len(matches), 'result', ui)}")
    return _matches_table(matches, ui, word("search_record", ui), cells, caption)
