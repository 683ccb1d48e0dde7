"""``info``, ``releases`` and ``diff``: the data releases, what each holds, what changed."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from nptexperts.cli.output import (
    clean,
    color_option,
    data_version_option,
    echo,
    friendly_errors,
    given_lang,
    lang_option,
    style,
    ui_lang,
    wrap,
)
from nptexperts.words import N_

if TYPE_CHECKING:
    from nptexperts.changes import RecordChange, RecordRef, ReleaseDiff
    from nptexperts.lang import Lang
    from nptexperts.models import Dataset


def _echo_json(plain: object) -> None:
    click.echo(json.dumps(plain, ensure_ascii=False, indent=2))


def _country(dataset: Dataset, code: str, lang: Lang) -> str:
    """A country's name in ``lang``: the records' own, else ISO's."""
    for section in dataset.sections:
        for listed in section.stated_countries:
            if listed.code == code:
                return listed.name.text(lang)
    from nptexperts.countries import country_name

    return country_name(code, lang)


def _row(label: str, value: str) -> str:
    return f"{label + ':' if label else '':<22}{value}"


@click.command(
    help=N_(
        "Show a data release: versions, SHA-256 digest (verified), counts, sources, rights,"
        " citation.\n\n"
        "--lang ru shows everything in Russian: the labels, counts, country names, the"
        " rights and the citation."
    )
)
@data_version_option
@click.option("--json", "as_json", is_flag=True, help=N_("Print the figures as JSON."))
@lang_option()
@color_option
def info(data_version: str | None, as_json: bool, lang: str | None) -> None:
    from nptexperts.api import load_dataset
    from nptexperts.info import dataset_info
    from nptexperts.words import count, date, word

    lang = given_lang(lang)
    with friendly_errors(lang):
        ui = ui_lang(lang)
        data = dataset_info(data_version=data_version)
        dataset = load_dataset(data_version=data_version)
        titles = {s.id: s.title for s in dataset.sources}
    if as_json:
        from nptexperts.cli.shapes import info_plain

        _echo_json(info_plain(data))
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
    echo(_row(word("by_country", ui), wrap(listed, " " * 22)[22:]))
    for source in data.sources:
        echo(clean(_row(word("source", ui), f"{source.id} ({date(source.date, ui)})")))
        echo(clean(_row("", titles[source.id].text(ui))))
        echo(clean(_row("", source.url)))
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
    echo(wrap(f"{word('rights', ui)}: {rights}", ""))
    echo(wrap(f"{word('cite', ui)}: {citation}", ""))


@click.command(
    help=N_("List the data releases this package ships, oldest first, with their digests.")
)
@click.option("--json", "as_json", is_flag=True, help=N_("Print the releases as a JSON array."))
@lang_option()
@color_option
def releases(as_json: bool, lang: str | None) -> None:
    from nptexperts.cli.shapes import releases_plain
    from nptexperts.releases import data_releases
    from nptexperts.words import count, date, word

    lang = given_lang(lang)
    with friendly_errors(lang):
        ui = ui_lang(lang)
    found = data_releases()
    if as_json:
        _echo_json(releases_plain(found))
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


def _print_diff(result: ReleaseDiff, ui: Lang) -> None:
    from nptexperts.words import count, word

    def value(text: str | None) -> str:
        return word("diff_none", ui) if text is None else text

    def record(label: str, ref: RecordRef | RecordChange) -> str:
        return clean(f"{word(label, ui):<10}{word(f'kind_{ref.kind}', ui)} {ref.id}")

    echo(style(word("diff_heading", ui, old=result.old, new=result.new), bold=True))
    if result.is_empty:
        echo(word("diff_same", ui))
        return
    for ref in result.added:
        echo(record("diff_added", ref))
    for ref in result.removed:
        echo(record("diff_removed", ref))
    for change in result.changed:
        echo()
        echo(style(record("diff_changed", change), bold=True))
        for field in change.fields:
            where = field.path + (f" [{field.lang}]" if field.lang else "")
            echo(clean(f"  {where}"))
            echo(wrap(f"- {value(field.old)}", "      "))
            echo(wrap(f"+ {value(field.new)}", "      "))
    n = len(result.added) + len(result.removed) + len(result.changed)
    echo()
    echo(
        word(
            "diff_summary",
            ui,
            added=len(result.added),
            removed=len(result.removed),
            changed=len(result.changed),
            records=count(n, "record", ui),
        )
    )


@click.command(
    "diff",
    help=N_(
        "Show the records that differ between data releases OLD and NEW (default: the"
        " latest).\n\n"
        "Records are compared by id: added, removed, and changed with each field's old and"
        " new value, per language. Grouped per record; --lang ru gives the labels in"
        " Russian. Exits 0 whether or not records differ."
    ),
)
@click.argument("old", metavar=N_("OLD"))
@click.argument("new", metavar=N_("NEW"), required=False)
@click.option("--json", "as_json", is_flag=True, help=N_("Print the changes as one JSON object."))
@lang_option()
@color_option
def diff_(old: str, new: str | None, as_json: bool, lang: str | None) -> None:
    from nptexperts.changes import diff
    from nptexperts.cli.shapes import diff_plain

    lang = given_lang(lang)
    with friendly_errors(lang):
        ui = ui_lang(lang)
        result = diff(old, new)
    if as_json:
        _echo_json(diff_plain(result))
        return
    _print_diff(result, ui)


COMMANDS = (info, releases, diff_)
