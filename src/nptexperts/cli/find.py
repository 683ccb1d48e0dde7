"""``search``: find words in the comments, names and positions, then in the expectations
and the event they are about (under a heading of their own)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import click

from nptexperts._words import N_
from nptexperts.cli.output import (
    clean,
    color_option,
    data_version_option,
    echo,
    friendly_errors,
    given_lang,
    interface_lang,
    json_line,
    lang_option,
    parse_lang,
    style,
    width,
    wrap,
    wrap_marked,
)

if TYPE_CHECKING:
    from nptexperts._lookup.expectation_matches import ExpectationMatch
    from nptexperts._lookup.index import Index
    from nptexperts._lookup.matches import SearchMatch
    from nptexperts._records.lang import Lang


@click.command(
    help=N_(
        "Find QUERY in the comments and in the experts' names and positions.\n\n"
        "\b\n"
        '- Every word of QUERY must be in the text, in any order; a "quoted phrase"\n'
        "  must be there with its words in order and next to each other.\n"
        "- Words match their other forms (English and Russian stemming):\n"
        '  "weapons" finds "weapon", "ядерного оружия" finds "ядерным оружием".\n'
        "- Case, accents and ё/е are ignored.\n"
        '- The last word also matches the words it begins ("ядерн" finds\n'
        '  "ядерного"), unless the query ends with a space or a quote.\n\n'
        "One result per text, ranked: comments, then positions, then names; then more hits"
        " first; then in the experts' order. Every hit is highlighted (in colour on a"
        " terminal). Then, under a heading of their own, the matches in the expectations"
        " (what was expected, the condition, the editors' reasoning and notes) and in the"
        " event's record, ranked alike. --lang searches one language and shows the labels"
        " and the experts' names in it. Exits 1 when nothing matches (as grep does)."
    )
)
@click.argument("query", metavar=N_("QUERY"))
@lang_option(both=True)
@click.option(
    "--limit",
    "-n",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help=N_(
        "Show at most N results (0: all) of the experts, and N of the expectations, then"
        " how many more there are."
    ),
    metavar="N",
)
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help=N_(
        "JSON Lines: one result per line, the experts' first (the package's"
        " schema/search-result.schema.json)."
    ),
)
@color_option
@data_version_option
def search(
    query: str,
    lang: str | None,
    limit: int,
    as_json: bool,
    data_version: str | None,
) -> None:
    from nptexperts._api import load_index
    from nptexperts._lookup.searching import SearchIndex
    from nptexperts._words import count, quote, word

    lang = given_lang(lang)
    cut = None if limit == 0 else limit
    with friendly_errors(lang):
        code = parse_lang(lang)
        index = load_index(data_version=data_version)
        searched = SearchIndex.of(index)
        shown, total = searched.found(query, code, limit=cut)
        expected, expected_total = searched.found_expectations(query, code, limit=cut)
    ui = code or interface_lang()
    if not total and not expected_total:
        shown_query = repr(query) if ui == "en" else quote(query, ui)
        echo(clean(word("no_matches", ui, query=shown_query)), err=True)
        raise SystemExit(1)

    def and_more(more: int) -> None:
        if more:
            echo(word("and_more", ui, more=count(more, "more_result", ui)), err=as_json)

    if as_json:
        for match in shown:
            click.echo(json_line(match.as_dict()))
        and_more(total - len(shown))
        for found in expected:
            click.echo(json_line(found.as_dict()))
        and_more(expected_total - len(expected))
        return
    _show(shown, lambda m: _expert_head(index, m, ui), ui)
    and_more(total - len(shown))
    if expected_total:
        if total:
            echo()
        echo(style(wrap(word("search_expectations", ui), ""), bold=True))
        _show(expected, lambda m: _expectation_head(index, m, ui), ui)
        and_more(expected_total - len(expected))


def _expert_head(index: Index, match: SearchMatch, ui: Lang) -> str:
    # the expert's name in the interface's language, whatever the matched text's
    return index.get_expert(match.expert_id).display_name(ui)


def _expectation_head(index: Index, match: ExpectationMatch, ui: Lang) -> str:
    from nptexperts._words import word

    if match.expectation is None:
        return match.event.name.text(ui)
    if match.expert_id is None:
        return word("source_summary", ui)
    return index.get_expert(match.expert_id).display_name(ui)


def _show(
    matches: Sequence[SearchMatch] | Sequence[ExpectationMatch],
    head_of: Callable[..., str],
    ui: Lang,
) -> None:
    """One block per match: who and which record, the labels, the hits in context."""
    from nptexperts._words import enum_word, word

    context = max(20, (width() - 4) // 4)
    for match in matches:
        label = ", ".join(
            (
                word(match.field, ui),
                word(f"lang_{match.lang}", ui),
                enum_word(match.provenance.origin, ui),
            )
        )
        head = f"{clean(head_of(match))} · {clean(match.record_id)}"
        if len(head) + len(label) + 4 <= width():
            echo(style(head, bold=True) + "  " + style(f"[{label}]", dim=True))
        else:
            echo(style(wrap(head, ""), bold=True))
            echo(style(wrap(f"[{label}]", "  "), dim=True))
        pieces = list(match.segments(context))
        echo(wrap_marked(pieces, "    ", lambda hit: style(hit, fg="yellow", bold=True)))


COMMANDS = (search,)
