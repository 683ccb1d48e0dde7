"""The records of what came after the source as HTML: an event with its facts and their
outside sources, and an expectation with its quote, resolution and reasoning."""

from __future__ import annotations

from nptexperts._records.outcomes import Event, Expectation
from nptexperts._words import date, enum_word, word
from nptexperts.display._html import _CELL, _LABEL, _SMALL, _heading, _table, _ui, escape
from nptexperts.display._names import _expert_name
from nptexperts.display._records import text_html

__all__ = ["event_html", "expectation_html"]

_CITED = f"{_SMALL};font-weight:normal"


def _link(url: str) -> str:
    """A web address as a link when it is one (``http``/``https``), else as escaped text."""
    if url.startswith(("https://", "http://")):
        return f'<a href="{escape(url)}">{escape(url)}</a>'
    return escape(url)


def event_html(event: Event, lang: str | None = None) -> str:
    """An event as HTML: its facts in the display's language, each with the outside
    sources it comes from; its texts in both languages with provenance; the sources, with
    the day the editors read them; and the editors' notes.

    >>> import nptexperts
    >>> html = event_html(nptexperts.get_event("npt-revcon-2026", data_version="2026.4"), "ru")
    >>> "Исход" in html, html.count("<a href=")
    (True, 4)
    """
    ui = _ui(lang)

    def cited(ids: tuple[str, ...]) -> str:
        names = "; ".join(event.source(i).publisher.text(ui) for i in ids)
        return f'<span style="{_CITED}">{escape(word("facts_from", ui, sources=names))}</span>'

    when = word("date_range", ui, start=date(event.start, ui), end=date(event.end, ui))
    facts = (
        (word("event_dates", ui), escape(when), event.dates_from),
        (word("event_outcome", ui), escape(enum_word(event.outcome, ui)), event.outcome_from),
    )
    head = (
        f'<div><b lang="{ui}">{escape(event.name.text(ui))}</b> <code>{escape(event.id)}</code>'
        + "".join(f"<br>{escape(label)}: {value} {cited(ids)}" for label, value, ids in facts)
        + "</div>"
    )

    def cited_heading(label: str, ids: tuple[str, ...]) -> str:
        return f'<tr><th style="{_CELL}" colspan="3">{escape(label)} {cited(ids)}</th></tr>'

    rows = [
        cited_heading(word("event_name", ui), event.name_from) + text_html(event.name, ui),
        cited_heading(word("event_place", ui), event.place_from) + text_html(event.place, ui),
        cited_heading(word("event_president", ui), event.president_from)
        + text_html(event.president, ui),
        cited_heading(word("event_president_post", ui), event.president_from)
        + text_html(event.president_post, ui),
    ]
    sources = []
    for source in event.sources:
        # the phrase's words escaped, then the escaped fields put in: the link stays a link
        fields = {
            "publisher": escape(source.publisher.text(ui)),
            "url": _link(source.url),
            "date": escape(date(source.read_on, ui)),
        }
        if source.issue is None:
            line = escape(word("event_source", ui)).format(**fields)
        else:
            issue = escape(source.issue.text(ui))
            line = escape(word("event_source_issue", ui)).format(issue=issue, **fields)
        sources.append(
            f'<li>{line}<br><span lang="{ui}">{escape(source.summary.text(ui))}</span></li>'
        )
    parts = [
        head,
        _table("".join(rows)),
        f"<div><b>{escape(word('event_sources', ui))}</b><ul>{''.join(sources)}</ul></div>",
    ]
    if event.notes:
        heading = _heading(word("record_notes", ui))
        parts.append(_table(heading + "".join(text_html(n, ui) for n in event.notes)))
    return f"<div>{''.join(parts)}</div>"


def expectation_html(expectation: Expectation, lang: str | None = None) -> str:
    """An expectation as HTML: who stated it and where, its resolution and who judged it,
    then its quote, what was expected, its condition and the editors' reasoning, each in
    both languages with provenance.

    >>> import nptexperts
    >>> e = nptexperts.expectations(data_version="2026.4")[0]
    >>> html = expectation_html(e, "ru")
    >>> "Обоснование" in html and "редакция" in html
    True
    """
    ui = _ui(lang)
    if expectation.expert is None:
        who = word("source_summary", ui)
    else:
        who = _expert_name(expectation.expert, ui)
    resolution = enum_word(expectation.resolution, ui)
    facts = (
        f"{escape(word('resolution', ui))}: <b>{escape(resolution)}</b>"
        f" · {escape(word('judged_by', ui))}: {escape(enum_word(expectation.judged_by, ui))}"
        f" · {escape(word('event', ui))}: <code>{escape(expectation.event)}</code>"
    )
    head = (
        f'<div><b lang="{ui}">{escape(word("expectation_by", ui, who=who, record=expectation.stated_in))}'
        f"</b> <code>{escape(expectation.id)}</code><br>{facts}</div>"
    )
    where = enum_word(expectation.place, ui)
    rows = [
        _heading(f"{word('quote', ui)} ({where})") + text_html(expectation.quote, ui),
        _heading(word("expected", ui)) + text_html(expectation.expected, ui),
    ]
    if expectation.condition is None:
        rows.append(
            f'<tr><th style="{_CELL}" colspan="3">{escape(word("condition", ui))}:'
            f' <span style="{_LABEL}">{escape(word("unconditional", ui))}</span></th></tr>'
        )
    else:
        rows.append(_heading(word("condition", ui)) + text_html(expectation.condition, ui))
    rows.append(_heading(word("reasoning", ui)) + text_html(expectation.reasoning, ui))
    if expectation.notes:
        rows.append(
            _heading(word("record_notes", ui))
            + "".join(text_html(n, ui) for n in expectation.notes)
        )
    return f"<div>{head}{_table(''.join(rows))}</div>"
