"""``cite`` and ``verify``: the reference to one record, and whether a quote is genuine."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import click

from nptexperts._words import N_
from nptexperts.cli.output import (
    clean,
    color_option,
    data_version_option,
    echo,
    fail,
    friendly_errors,
    given_lang,
    json_line,
    lang_option,
    parse_lang,
    style,
    ui_lang,
)

if TYPE_CHECKING:
    from nptexperts._lookup.index import Index
    from nptexperts._lookup.quotematch import QuoteMatch
    from nptexperts._records.lang import Lang

#: ``verify``'s exit statuses.
#: (2 is click's, for a usage error.)
FOUND, NOT_FOUND, SOMEONE_ELSE, TRANSLATION_ONLY = 0, 1, 3, 4


def _parse_date(value: str | None, lang: Lang) -> datetime.date | None:
    from nptexperts._words import quote, word

    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        fail(word("bad_accessed_date", lang, value=quote(value, lang)), lang)


@click.command(
    help=N_(
        "Print the reference to one record, in a citation style.\n\n"
        "ID is a comment's id (`zacharie-gross.prospects-2026.1`), an expert's, a"
        " position's (`EXPERT_ID#position-N`, N counted from 0), the section's or the source's. Every"
        " reference names the data release (version and SHA-256) and the passage's"
        " characters in the source; a Russian text is cited as this project's editorial"
        " translation, never as the expert's words. --lang gives the reference's language"
        " (default: the interface's)."
    )
)
@click.argument("record_id", metavar=N_("ID"))
@click.option(
    "--style",
    "-s",
    type=click.Choice(["apa", "chicago", "gost", "bibtex", "csl-json"]),
    default="apa",
    show_default=True,
    help=N_(
        "gost: ГОСТ Р 7.0.100-2018; apa and chicago need citeproc-py"
        ' (`pip install "nptexperts[cite]"`).'
    ),
)
@lang_option()
@click.option(
    "--accessed",
    metavar=N_("YYYY-MM-DD"),
    default=None,
    help=N_("The access date the reference gives (default: today)."),
)
@data_version_option
def cite(
    record_id: str, style: str, lang: str | None, accessed: str | None, data_version: str | None
) -> None:
    from nptexperts._citing import cite as make

    lang = given_lang(lang)
    with friendly_errors(lang):
        code = ui_lang(lang)
        day = _parse_date(accessed, code)
        text = make(record_id, style=style, lang=code, data_version=data_version, accessed=day)
    click.echo(clean(text) if style not in ("csl-json", "bibtex") else text)


@click.command(
    help=N_(
        "Check whether TEXT is a genuine quote, and whose words it is.\n\n"
        "\b\n"
        "Exit status:\n"
        "  0  found word for word (up to case, quotation marks, dashes, spaces and\n"
        "     ё/е), and, with --expert, said by that expert;\n"
        "  1  not found word for word (a near match names what differs), or matched\n"
        "     about equally by two speakers' records (no attribution is made);\n"
        "  3  found, but said by someone other than --expert;\n"
        "  4  matches only this dataset's editorial translation, not the expert's\n"
        "     published words."
    )
)
@click.argument("text", metavar=N_("TEXT"))
@click.option(
    "--expert", "expert_id", metavar=N_("ID"), help=N_("The expert the quote is attributed to.")
)
@lang_option(both=True)
@click.option(
    "--json", "as_json", is_flag=True, help=N_("Print the verdict and the matches as JSON.")
)
@color_option
@data_version_option
def verify(
    text: str, expert_id: str | None, lang: str | None, as_json: bool, data_version: str | None
) -> None:
    from nptexperts._api import load_index
    from nptexperts._lookup.quotes import QuoteIndex, ties

    with friendly_errors(lang):
        code = parse_lang(lang)
        ui = ui_lang(given_lang(lang))
        index = load_index(data_version=data_version)
        if expert_id is not None:
            index.get_expert(expert_id)  # an unknown id is an error, not a verdict
        matches = QuoteIndex.of(index).find(text, code)
    tied = ties(matches)
    status = _status(matches, tied, expert_id)
    if as_json:
        verdict = {
            0: "found",
            1: "ambiguous" if tied else ("near" if matches else "not_found"),
            3: "someone_else",
            4: "translation_only",
        }[status]
        click.echo(
            json_line(
                {
                    "verdict": verdict,
                    "status": status,
                    "data_version": index.dataset.data_version,
                    "matches": [m.as_dict() for m in matches],
                }
            )
        )
        raise SystemExit(status)
    _say(index, matches, tied, expert_id, ui)
    raise SystemExit(status)


def _status(
    matches: tuple[QuoteMatch, ...], tied: tuple[QuoteMatch, ...], expert_id: str | None
) -> int:
    if not matches or tied or matches[0].kind == "fuzzy":
        return NOT_FOUND
    if all(m.is_translation for m in matches if m.kind != "fuzzy"):
        return TRANSLATION_ONLY  # not the expert's words, whoever's record it is
    if expert_id is not None and matches[0].expert_id != expert_id:
        return SOMEONE_ELSE
    return FOUND


def _who(index: Index, expert_id: str | None, lang: Lang) -> str:
    from nptexperts._words import word

    if expert_id is None:
        return word("pir_center", lang)
    return index.get_expert(expert_id).name.text(lang)


def _say(
    index: Index,
    matches: tuple[QuoteMatch, ...],
    tied: tuple[QuoteMatch, ...],
    expert_id: str | None,
    ui: Lang,
) -> None:
    from nptexperts._words import enum_word, quote, word

    if not matches:
        echo(word("verify_not_found", ui, version=index.dataset.data_version))
        return
    if tied:
        echo(style(word("verify_tie", ui, n=len(tied) + 1), bold=True))
        for m in (matches[0], *tied):
            echo(f"  - {clean(_who(index, m.expert_id, ui))}, {clean(m.record_id)}")
        return
    best = matches[0]
    who = _who(index, best.expert_id, ui)
    head = word(f"verify_{best.kind}", ui, who=who, record=best.record_id, score=best.score)
    echo(style(clean(head), bold=True))
    origin = enum_word(best.provenance.origin, ui)
    if best.source_span is not None:
        where = word(
            "verify_where",
            ui,
            source=best.provenance.source,
            start=best.source_span.start,
            end=best.source_span.end,
            origin=origin,
        )
    else:
        where = word("verify_origin_only", ui, origin=origin)
    echo("  " + clean(where))
    echo("  " + style(clean(quote(best.matched, ui)), dim=True))
    if best.kind == "fuzzy":
        echo("  " + word("verify_differs", ui))
        described = [d.describe(ui) for d in best.differences] or [word("diff_punctuation", ui)]
        for line in described:
            echo("    - " + clean(line))
    if best.expert_id is None:
        echo("  " + word("verify_pir", ui))
    if best.is_translation:
        echo("  " + word("verify_translation", ui))
    if expert_id is not None and best.expert_id != expert_id:
        expected = index.get_expert(expert_id).name.text(ui)
        echo("  " + clean(word("verify_other_expert", ui, expected=expected, who=who)))


COMMANDS = (cite, verify)
