"""The page "What the experts expected, and what happened" (``outcome``), in each language.

Generated from the records, so that it cannot drift from them: the event's facts, each
with the outside sources it rests on (linked, with the day they were read), the editors'
notes on the event, then a table of every expectation: who stated it (linked to the
expert's page), the quote, the resolution and the reasoning. Every record text goes
through :mod:`nptdocs.rst` (escaped).
"""

from __future__ import annotations

from nptexperts import Lang
from nptexperts._records.models import Dataset, Event, Expectation, Text
from nptexperts._words import date, enum_word, quote, word

from .experts import GENERATED
from .rst import esc, link, safe_id

__all__ = ["outcome_rst"]


def _text(text: Text, lang: Lang) -> str:
    """A text of the editors (or its translation), with its origin in words."""
    origin = enum_word(text.provenance(lang).origin, lang)
    return f"{esc(text.text(lang))} *({esc(origin)})*"


def _cited(event: Event, ids: tuple[str, ...], lang: Lang) -> str:
    sources = [event.source(i) for i in ids]
    links = "; ".join(link(s.publisher.text(lang), s.url) for s in sources)
    before, after = word("facts_from", lang, sources="\ue000").split("\ue000")
    # esc() trims the spaces at the ends, which join the words to the links here.
    space = " " if before.endswith(" ") else ""
    return f"{esc(before)}{space}{links}{esc(after)}"


def _event(event: Event, lang: Lang) -> list[str]:
    # A rubric, not a section: the page's own title is the only section (a Russian
    # heading's automatic id would clash with the page's, both being non-ASCII).
    out = [f".. rubric:: {esc(event.name.text(lang))}", ""]
    when = word("date_range", lang, start=date(event.start, lang), end=date(event.end, lang))
    president = f"{event.president.text(lang)}, {event.president_post.text(lang)}"
    facts = (
        ("event_dates", esc(when), event.dates_from),
        ("event_place", esc(event.place.text(lang)), event.place_from),
        ("event_president", esc(president), event.president_from),
        ("event_outcome", esc(enum_word(event.outcome, lang)), event.outcome_from),
    )
    for key, value, ids in facts:
        out += [f":{word(key, lang)}: {value} ({_cited(event, ids, lang)})"]
    out += [f":{word('record_id', lang)}: ``{safe_id(event.id, 'event id')}``", ""]
    out += [f"**{esc(word('event_sources', lang))}**", ""]
    for source in event.sources:
        read = word("site_read_on", lang, date=date(source.read_on, lang))
        issue = f", {esc(source.issue.text(lang))}" if source.issue is not None else ""
        out += [
            f"- {link(source.publisher.text(lang), source.url)}{issue} ({esc(read)}):"
            f" {_text(source.summary, lang)}"
        ]
    out.append("")
    if event.notes:
        out += [f"**{esc(word('record_notes', lang))}**", ""]
        out += [f"- {_text(note, lang)}" for note in event.notes]
        out.append("")
    return out


def _who(expectation: Expectation, dataset: Dataset, lang: Lang) -> str:
    if expectation.expert is None:
        return f":doc:`{esc(word('source_summary', lang))} <dataset/source>`"
    expert = next((e for e in dataset.experts if e.id == expectation.expert), None)
    if expert is None:  # records built in code, not validated: no page to link to
        return f"``{esc(expectation.expert)}``"
    page = safe_id(expert.id, "expert id")
    return f":doc:`{esc(expert.display_name(lang))} <experts/{page}>`"


def _expectations(dataset: Dataset, lang: Lang) -> list[str]:
    out = [
        ".. list-table::",
        "   :header-rows: 1",
        "   :class: expectations",
        "",
        f"   * - {esc(word('expert', lang))}",
        f"     - {esc(word('quote', lang))}",
        f"     - {esc(word('expected', lang))}",
        f"     - {esc(word('resolution', lang))}",
        f"     - {esc(word('reasoning', lang))}",
    ]
    for x in dataset.expectations:
        origin = enum_word(x.quote.provenance(lang).origin, lang)
        condition = (
            f" {esc(word('condition', lang))}: {_text(x.condition, lang)}"
            if x.condition is not None
            else ""
        )
        out += [
            f"   * - {_who(x, dataset, lang)} (``{safe_id(x.id, 'expectation id')}``)",
            f"     - {esc(quote(x.quote.text(lang), lang))} *({esc(origin)})*",
            f"     - {_text(x.expected, lang)}{condition}",
            f"     - **{esc(enum_word(x.resolution, lang))}**",
            f"     - {_text(x.reasoning, lang)}",
        ]
    out.append("")
    return out


def outcome_rst(dataset: Dataset, lang: Lang) -> str:
    """The body of the outcome page (the hand-written ``outcome.md`` includes it).

    >>> import nptexperts
    >>> dataset = nptexperts.load_dataset(data_version="2026.4")
    >>> rst = outcome_rst(dataset, "en")
    >>> all(f"``{x.id}``" in rst for x in dataset.expectations)
    True
    >>> "https://www.nti.org/?p=50791" in rst
    True
    """
    out = [GENERATED, ""]
    if not dataset.expectations:
        out += [esc(word("no_expectations", lang, version=dataset.data_version)), ""]
        return "\n".join(out) + "\n"
    for event in dataset.events:
        out += _event(event, lang)
    out += [f".. rubric:: {esc(word('expectations', lang))}", ""]
    out += [esc(word("site_expectations_intro", lang)), ""]
    out += _expectations(dataset, lang)
    return "\n".join(out) + "\n"
