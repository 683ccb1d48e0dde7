"""``expectations``: what the experts expected of the 2026 Review Conference, and what came of it.

It speaks one language (``--lang``): the event's facts with their outside sources, then
each expectation with its quote, what was expected, its condition, its resolution and
the editors' reasoning, every label and value in words from :mod:`nptexperts._words`.
``--json`` prints the expectations' plain form instead (shape ``expectations``:
``nptexperts schema --shape expectations``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from nptexperts._words import N_
from nptexperts.cli.output import (
    clean,
    color_option,
    data_version_option,
    echo,
    echo_json,
    friendly_errors,
    given_lang,
    json_option,
    lang_option,
    style,
    ui_lang,
    wrap,
)

if TYPE_CHECKING:
    from nptexperts._lookup.index import Index
    from nptexperts._records.lang import Lang
    from nptexperts._records.models import Event, Expectation


@click.command(
    help=N_(
        "What the experts expected of the 2026 NPT Review Conference, and what happened.\n\n"
        "First the conference's facts (dates, place, President, outcome), each with the"
        " sources outside the release it comes from and the day they were read; then every"
        " expectation the records state: its quote, what was expected, its condition, its"
        " resolution and the reasoning. The resolutions are the dataset editors'"
        " judgements, never the experts' or PIR Center's. Everything is in one language"
        " (--lang en or ru); --json prints every expectation in both languages."
    )
)
@lang_option()
@data_version_option
@json_option(
    N_(
        "Print the expectations as a JSON array, in both languages (shape:"
        " `nptexperts schema --shape expectations`)."
    )
)
@color_option
def expectations(lang: str | None, data_version: str | None, as_json: bool) -> None:
    from nptexperts._api import load_index

    lang = given_lang(lang)
    with friendly_errors(lang):
        code = ui_lang(lang)
        index = load_index(data_version=data_version)
    found = index.dataset.expectations
    if as_json:
        from nptexperts.cli.shapes import expectations_plain

        echo_json(expectations_plain(found))
        return
    from nptexperts._words import word

    if not found:
        echo(wrap(word("no_expectations", code, version=index.dataset.data_version), ""))
        return
    for event in index.dataset.events:
        _show_event(event, code)
        echo()
    _show_expectations(index, found, code)


def _show_event(event: Event, ui: Lang) -> None:
    from nptexperts._words import date, enum_word, word

    def cited(ids: tuple[str, ...]) -> str:
        names = [event.source(i).publisher.text(ui) for i in ids]
        return word("facts_from", ui, sources="; ".join(names))

    echo(style(clean(f"{event.name.text(ui)} ({event.id})"), bold=True))
    when = word("date_range", ui, start=date(event.start, ui), end=date(event.end, ui))
    facts = (
        (word("event_dates", ui), when, event.dates_from),
        (word("event_place", ui), event.place.text(ui), event.place_from),
        (
            word("event_president", ui),
            f"{event.president.text(ui)}, {event.president_post.text(ui)}",
            event.president_from,
        ),
        (word("event_outcome", ui), enum_word(event.outcome, ui), event.outcome_from),
    )
    for label, value, ids in facts:
        echo(wrap(f"{label}: {value}", "  "))
        echo(style(wrap(f"({cited(ids)})", "    "), dim=True))
    echo(style(word("event_sources", ui), bold=True))
    for source in event.sources:
        fields = {
            "publisher": source.publisher.text(ui),
            "url": source.url,
            "date": date(source.read_on, ui),
        }
        if source.issue is not None:
            line = word("event_source_issue", ui, issue=source.issue.text(ui), **fields)
        else:
            line = word("event_source", ui, **fields)
        echo(wrap(line, "  "))
        echo(wrap(source.summary.text(ui), "    "))
    if event.notes:
        echo(style(word("record_notes", ui), bold=True))
        for note in event.notes:
            echo(wrap(note.text(ui), "  "))


def _who(index: Index, expectation: Expectation, ui: Lang) -> str:
    from nptexperts._words import word

    if expectation.expert is None:
        who = word("source_summary", ui)
    else:
        who = index.get_expert(expectation.expert).display_name(ui)
    return word("expectation_by", ui, who=who, record=expectation.stated_in)


def _show_expectations(index: Index, found: tuple[Expectation, ...], ui: Lang) -> None:
    from nptexperts._words import count, enum_word, quote, word

    echo(style(f"{word('expectations', ui)} ({count(len(found), 'expectation', ui)})", bold=True))
    for expectation in found:
        echo()
        resolution = enum_word(expectation.resolution, ui)
        echo(style(wrap(f"[{resolution}] {_who(index, expectation, ui)}", "  "), bold=True))
        echo(style(clean(f"    ({expectation.id})"), dim=True))
        origin = enum_word(expectation.quote.provenance(ui).origin, ui)
        where = enum_word(expectation.place, ui)
        echo(
            wrap(
                f"{word('quote', ui)} ({where}; {origin}): {quote(expectation.quote.text(ui), ui)}",
                "    ",
            )
        )
        echo(wrap(f"{word('expected', ui)}: {expectation.expected.text(ui)}", "    "))
        condition = (
            expectation.condition.text(ui)
            if expectation.condition is not None
            else word("unconditional", ui)
        )
        echo(wrap(f"{word('condition', ui)}: {condition}", "    "))
        echo(wrap(f"{word('resolution', ui)}: {resolution}", "    "))
        echo(wrap(f"{word('reasoning', ui)}: {expectation.reasoning.text(ui)}", "    "))
        echo(wrap(f"{word('judged_by', ui)}: {enum_word(expectation.judged_by, ui)}", "    "))
        for note in expectation.notes:
            echo(style(wrap(f"{word('record_notes', ui)}: {note.text(ui)}", "    "), dim=True))


COMMANDS = (expectations,)
