"""``info``, ``releases`` and ``diff``: the data releases, what each holds, what changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from nptexperts._words import N_
from nptexperts.cli.diffwords import _print_diff
from nptexperts.cli.output import (
    clean,
    color_option,
    data_version_option,
    echo,
    echo_json,
    friendly_errors,
    given_lang,
    lang_option,
    style,
    ui_lang,
    wrap,
)

#: The values of :class:`~nptexperts.RecordKind` (a test checks they agree), written out
#: so that the command line does not import the records' types to parse its options.
_KINDS = ("source", "section", "question", "expert", "comment", "note", "event", "expectation")

if TYPE_CHECKING:
    from nptexperts._records.lang import Lang
    from nptexperts._records.models import Dataset


def _country(dataset: Dataset, code: str, lang: Lang) -> str:
    """A country's name in ``lang``: the records' own, else ISO's."""
    for section in dataset.sections:
        for listed in section.stated_countries:
            if listed.code == code:
                return listed.name.text(lang)
    from nptexperts._lookup.countries import country_name

    return country_name(code, lang)


def _row(label: str, value: str) -> str:
    """``label:`` in a column of 22, and ``value`` wrapped to the terminal beside it."""
    return f"{label + ':' if label else '':<22}" + wrap(value, " " * 22)[22:]


@click.command(
    help=N_(
        "Show a data release: versions, SHA-256 digest (checked), counts, sources, rights,"
        " citation.\n\n"
        "--lang ru shows everything in Russian: the labels, counts, country names, the"
        " rights and the citation."
    )
)
@data_version_option
@click.option("--json", "as_json", is_flag=True, help=N_("Print the figures as JSON."))
@click.option(
    "--cite",
    is_flag=True,
    help=N_("Print the package's citation in the Citation File Format (CITATION.cff)."),
)
@lang_option()
@color_option
def info(data_version: str | None, as_json: bool, cite: bool, lang: str | None) -> None:
    from nptexperts._api import load_dataset
    from nptexperts._releases.info import dataset_info
    from nptexperts._words import count, date, word

    lang = given_lang(lang)
    with friendly_errors(lang):
        ui = ui_lang(lang)
        data = dataset_info(data_version=data_version)
        dataset = load_dataset(data_version=data_version)
        titles = {s.id: s.title for s in dataset.sources}
    if cite:
        for line in data.citation_cff.splitlines():  # a file of the package, shown safely
            echo(clean(line))
        return
    if as_json:
        from nptexperts.cli.shapes import info_plain

        echo_json(info_plain(data))
        return
    counts = data.counts
    records = ", ".join(
        count(n, noun, ui)
        for n, noun in (
            (counts.experts, "expert"),
            (counts.comments, "comment"),
            (counts.sources, "source"),
            (counts.sections, "section"),
        )
    )
    echo(_row(word("package_version", ui), data.package_version))
    echo(_row(word("data_version", ui), data.data_version))
    echo(_row(word("digest", ui), data.digest))
    if data.verified:
        echo(_row("", word("verified", ui)))
    echo(_row(word("records", ui), records))
    by_country = [(_country(dataset, code, ui), n) for code, n in counts.by_country.items()]
    by_country.sort(key=lambda pair: pair[0].casefold().replace("ё", "е"))
    listed = ", ".join(f"{name} ({n})" for name, n in by_country)
    echo(_row(word("by_country", ui), listed))
    for source in data.sources:
        echo(_row(word("source", ui), f"{source.id} ({date(source.date, ui)})"))
        echo(_row("", titles[source.id].text(ui)))
        echo(_row("", source.url))
    echo(_row(word("licence", ui), data.licence))
    if ui == "en":
        rights, citation = data.rights, data.citation
    else:
        rights = word("rights_text", ui)
        sources = "; ".join(f"{s.title} ({s.date.isoformat()}), {s.url}" for s in data.sources)
        citation = word(
            "citation_text",
            ui,
            package=data.package_version,
            data=data.data_version,
            digest=data.digest,
            sources=sources,
        )
    echo(_row(word("rights", ui), rights))
    echo(_row(word("cite", ui), citation))


@click.command(
    help=N_("List the data releases this package ships, oldest first, with their digests.")
)
@click.option("--json", "as_json", is_flag=True, help=N_("Print the releases as a JSON array."))
@lang_option()
@color_option
def releases(as_json: bool, lang: str | None) -> None:
    from nptexperts._releases.releases import data_releases
    from nptexperts._words import count, date, word
    from nptexperts.cli.shapes import releases_plain

    lang = given_lang(lang)
    with friendly_errors(lang):
        ui = ui_lang(lang)
    found = data_releases()
    if as_json:
        echo_json(releases_plain(found))
        return
    for release in found:
        c = release.counts
        echo(
            style(word("release_heading", ui, version=release.data_version), bold=True)
            + f"  {date(release.date, ui)}"
            + f"  {word('first_shipped', ui, version=release.first_package_version)}"
            + f"  {count(c.experts, 'expert', ui)}, {count(c.comments, 'comment', ui)}"
        )
        echo(f"  SHA-256 {release.digest}")
        for w in release.withdrawn:
            instead = word("use_instead", ui, id=w.replacement) if w.replacement else ""
            kind = word(f"kind_{w.kind}", ui)
            echo(clean("  " + word("withdrew", ui, kind=kind, id=w.id, reason=w.reason) + instead))


@click.command(
    "diff",
    help=N_(
        "Show the records that differ between data releases OLD and NEW (default: the"
        " latest).\n\n"
        "Records are compared by id: added, removed, and changed with each field's old and"
        " new value, per language. First a summary (the counts per kind of record), then"
        " the records. --id, --kind, --field and --text-lang keep part of the changes (as"
        " `ReleaseDiff.affects` does); --lang ru gives the labels and values in Russian."
        " Exits 0 whether or not records differ, unless --exit-code is given."
    ),
)
@click.argument("old", metavar=N_("OLD"))
@click.argument("new", metavar=N_("[NEW]"), required=False)
@click.option(
    "--id",
    "ids",
    multiple=True,
    metavar=N_("ID"),
    help=N_("Only this record (an expert's id also covers the expert's comments); repeatable."),
)
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(_KINDS),
    help=N_("Only records of this kind; repeatable."),
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar=N_("FIELD"),
    help=N_(
        "Only this field or path (`name`, `positions`, `positions[].title`, `body`); repeatable."
    ),
)
@click.option(
    "--text-lang",
    "text_langs",
    multiple=True,
    metavar=N_("LANG"),
    help=N_(
        "Only the texts in this language (en, ru), and the fields that have no language;"
        " repeatable. (--lang is the language of the output.)"
    ),
)
@click.option(
    "--exit-code",
    is_flag=True,
    help=N_(
        "Exit 1 when any record differs (after the filters), 0 when none does, as"
        " `git diff --exit-code`."
    ),
)
@click.option("--json", "as_json", is_flag=True, help=N_("Print the changes as one JSON object."))
@lang_option()
@color_option
def diff_(
    old: str,
    new: str | None,
    ids: tuple[str, ...],
    kinds: tuple[str, ...],
    fields: tuple[str, ...],
    text_langs: tuple[str, ...],
    exit_code: bool,
    as_json: bool,
    lang: str | None,
) -> None:
    from nptexperts._releases.changes import diff
    from nptexperts.cli.shapes import diff_plain

    lang = given_lang(lang)
    with friendly_errors(lang):
        ui = ui_lang(lang)
        result = diff(old, new).filter(
            ids or None,
            kinds=kinds or None,
            fields=fields or None,
            langs=text_langs or None,
        )
    if as_json:
        echo_json(diff_plain(result))
    else:
        _print_diff(result, ui)
    if exit_code and not result.is_empty:
        raise SystemExit(1)


COMMANDS = (info, releases, diff_)
