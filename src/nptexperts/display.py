"""HTML for notebooks: how experts and comments show in Jupyter (``_repr_html_``).

Both languages of every text are shown, each with its provenance label
("published", "editorial translation"), so that a reader never mistakes a
translation for the source's words. The labels around them are in one language,
English by default; :func:`set_language` makes them Russian (and puts the Russian
texts first). Every word comes from :mod:`nptexperts._words`, and every text is
HTML-escaped, with every invisible or control character shown as an escape
(``\\u2060``; the set of ``nptexperts._unsafe``, as on the terminal). No notebook
package is needed.

>>> import nptexperts
>>> lysenko = nptexperts.load_index(data_version="2026.2").get_expert("mikhail-lysenko")
>>> html = lysenko._repr_html_()
>>> "editorial translation" in html and "published" in html
True
>>> set_language("ru")
>>> "редакционный перевод" in lysenko._repr_html_()
True
>>> set_language("en")
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from nptexperts._records.lang import LANGUAGES, Lang, normalize_lang
from nptexperts._records.models import Comment, Expert, Note, Text
from nptexperts._unsafe import escape_unsafe
from nptexperts._words import count, date, enum_word, word

if TYPE_CHECKING:
    from nptexperts._lookup.index import Index
    from nptexperts._lookup.searching import SearchMatch
    from nptexperts._releases.info import DatasetInfo

__all__ = [
    "comment_html",
    "expert_html",
    "experts_html",
    "info_html",
    "search_html",
    "set_language",
    "text_html",
]

_STYLE = "border-collapse:collapse;text-align:left;vertical-align:top"
_CELL = "padding:2px 8px;text-align:left;vertical-align:top"
_LABEL = "color:#666;font-size:85%;white-space:nowrap"

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
            f'<td style="{_CELL};{_LABEL}">{escape(enum_word(loc.provenance.origin, ui))}'
            f" · {escape(_source(loc.provenance.source, ui))}{only}</td></tr>"
        )
    return "".join(rows)


def _table(rows: str) -> str:
    return f'<table style="{_STYLE}">{rows}</table>'


def _heading(label: str) -> str:
    return f'<tr><th style="{_CELL}" colspan="3">{escape(label)}</th></tr>'


def _index() -> Index | None:
    """The latest release's index, for the words of what a record names by id."""
    from nptexperts._api import load_index
    from nptexperts._errors import NptExpertsError

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


def _country_name(code: str, ui: Lang) -> str:
    """The country's name in ``ui``: the records' own, else ISO's (as ``nptexperts info``)."""
    index = _index()
    for section in index.sections if index else ():
        for listed in section.stated_countries:
            if listed.code == code:
                return listed.name.text(ui)
    from nptexperts._lookup.countries import country_name

    return country_name(code, ui)


def _country(code: str | None, ui: Lang) -> str:
    """The country's name in ``ui`` and its code («Франция (FR)»), or "unknown country"."""
    if code is None:
        return word("unknown_country", ui)
    return f"{_country_name(code, ui)} ({code})"


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


# -- lists: experts, search results, a release's figures -------------------------------------------

_MARK = "background:#fff3a3;color:inherit;padding:0 1px"


def _header(labels: Sequence[str]) -> str:
    cells = "".join(f'<th style="{_CELL}">{escape(label)}</th>' for label in labels)
    return f"<tr>{cells}</tr>"


def _row(cells: Sequence[str]) -> str:
    """A table row of cells that are HTML already (each escaped by its maker)."""
    return "<tr>" + "".join(f'<td style="{_CELL}">{cell}</td>' for cell in cells) + "</tr>"


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


def _highlighted(match: SearchMatch, context: int | None = 60) -> str:
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


def _source_titles(info: DatasetInfo) -> dict[str, Text]:
    """The sources' titles in both languages, from the release ``info`` describes."""
    from nptexperts._api import load_dataset
    from nptexperts._errors import NptExpertsError

    try:
        dataset = load_dataset(data_version=info.data_version)
    except NptExpertsError:  # a curator's directory: its version may not be shipped
        return {}
    return {source.id: source.title for source in dataset.sources}


def info_html(info: DatasetInfo, lang: str | None = None) -> str:
    """A release's figures as a table: versions, digest (bare hex, verified), counts by
    country (named in ``lang``), sources, licence, rights and citation — in Russian the
    same Russian rights and citation text as ``nptexperts info --lang ru``."""
    ui = _ui(lang)
    c = info.counts
    verified = f" ✓ {escape(word('verified', ui))}" if info.verified else ""
    titles = _source_titles(info)

    def title(source_id: str, english: str) -> str:
        if source_id in titles:
            return f'<span lang="{ui}">{escape(titles[source_id].text(ui))}</span>'
        return f'<span lang="en">{escape(english)}</span>'

    sources = "<br>".join(
        f"<code>{escape(s.id)}</code> ({escape(date(s.date, ui))})<br>"
        f"{title(s.id, s.title)}<br>{escape(s.url)}"
        for s in info.sources
    )
    by_country = sorted(
        ((_country_name(code, ui), n) for code, n in c.by_country.items()),
        key=lambda pair: pair[0].casefold().replace("ё", "е"),
    )
    if ui == "en":
        rights, citation = info.rights, info.citation
    else:  # the words of ``nptexperts info --lang ru``
        rights = word("rights_text", ui)
        cited = "; ".join(f"{s.title} ({s.date.isoformat()}), {s.url}" for s in info.sources)
        citation = word(
            "citation_text",
            ui,
            package=info.package_version,
            data=info.data_version,
            digest=info.digest,
            sources=cited,
        )
    facts = [
        (word("package_version", ui), escape(info.package_version)),
        (word("data_version", ui), escape(info.data_version)),
        (word("digest", ui), f"<code>{escape(info.digest)}</code>{verified}"),
        (
            word("records", ui),
            escape(
                ", ".join(
                    count(n, noun, ui)
                    for n, noun in (
                        (c.experts, "expert"),
                        (c.comments, "comment"),
                        (c.sources, "source"),
                        (c.sections, "section"),
                    )
                )
            ),
        ),
        (
            word("by_country", ui),
            escape(", ".join(f"{name} ({n})" for name, n in by_country)),
        ),
        (word("sources", ui), sources),
        (word("licence", ui), escape(info.licence)),
        (word("rights", ui), f'<span lang="{ui}">{escape(rights)}</span>'),
        (word("cite", ui), f'<span lang="{ui}">{escape(citation)}</span>'),
    ]
    rows = "".join(
        f'<tr><th style="{_CELL};{_LABEL}">{escape(label)}</th><td style="{_CELL}">{value}</td></tr>'
        for label, value in facts
    )
    return f'<table style="{_STYLE}">{rows}</table>'
