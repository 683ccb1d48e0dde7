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
    style,
    wrap,
)

if TYPE_CHECKING:
    from nptexperts.changes import ReleaseDiff


def _echo_json(plain: object) -> None:
    click.echo(json.dumps(plain, ensure_ascii=False, indent=2))


@click.command()
@data_version_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@color_option
def info(data_version: str | None, as_json: bool) -> None:
    """Show a data release: versions, SHA-256 digest (verified), counts, sources, rights, citation."""
    from nptexperts.info import dataset_info

    with friendly_errors():
        data = dataset_info(data_version=data_version)
    if as_json:
        from nptexperts.cli.shapes import info_plain

        _echo_json(info_plain(data))
        return
    counts = data.counts
    by_country = ", ".join(f"{k} {v}" for k, v in counts.by_country.items())
    echo(f"package version  {data.package_version}")
    echo(f"data version     {data.data_version}")
    echo(f"SHA-256          {data.digest}")
    echo("                 verified: the records loaded are byte for byte the release")
    echo(
        f"records          {counts.experts} experts, {counts.comments} comments,"
        f" {counts.sources} source(s), {counts.sections} section(s)"
    )
    echo(f"experts by country  {by_country}")
    for source in data.sources:
        echo(clean(f"source           {source.id}: {source.title} ({source.date.isoformat()})"))
        echo(clean(f"                 {source.url}"))
    echo(f"licence          {data.licence} (code and editorial texts)")
    echo(wrap(f"Rights: {data.rights}", ""))
    echo(wrap(f"Cite: {data.citation}", ""))


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the releases as a JSON array.")
@color_option
def releases(as_json: bool) -> None:
    """List the data releases this package ships, oldest first, with their digests."""
    from nptexperts.cli.shapes import releases_plain
    from nptexperts.releases import data_releases

    found = data_releases()
    if as_json:
        _echo_json(releases_plain(found))
        return
    for release in found:
        c = release.counts
        echo(
            style(f"data {release.data_version}", bold=True)
            + f"  {release.date.isoformat()}  first in nptexperts {release.first_package_version}"
            f"  {c.experts} experts, {c.comments} comments"
        )
        echo(f"  SHA-256 {release.digest}")
        for w in release.withdrawn:
            instead = f"; use {w.replacement}" if w.replacement else ""
            echo(clean(f"  withdrew {w.kind} {w.id}: {w.reason}{instead}"))


def _show_value(value: str | None) -> str:
    return "(none)" if value is None else value


def _print_diff(result: ReleaseDiff) -> None:
    echo(style(f"data {result.old} → {result.new}", bold=True))
    if result.is_empty:
        echo("no record differs")
        return
    for ref in result.added:
        echo(clean(f"added    {ref.kind} {ref.id}"))
    for ref in result.removed:
        echo(clean(f"removed  {ref.kind} {ref.id}"))
    for change in result.changed:
        echo()
        echo(style(clean(f"changed  {change.kind} {change.id}"), bold=True))
        for field in change.fields:
            where = field.path + (f" [{field.lang}]" if field.lang else "")
            echo(clean(f"  {where}"))
            echo(wrap(f"- {_show_value(field.old)}", "      "))
            echo(wrap(f"+ {_show_value(field.new)}", "      "))
    n = len(result.added) + len(result.removed) + len(result.changed)
    echo()
    echo(
        f"{len(result.added)} added, {len(result.removed)} removed,"
        f" {len(result.changed)} changed ({n} record(s))"
    )


@click.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the changes as one JSON object.")
@color_option
def diff_(old: str, new: str | None, as_json: bool) -> None:
    """Show the records that differ between data releases OLD and NEW (default: the latest).

    Records are compared by id: added, removed, and changed with each field's old
    and new value, in both languages. Exits 0 whether or not records differ.
    """
    from nptexperts.changes import diff
    from nptexperts.cli.shapes import diff_plain

    with friendly_errors():
        result = diff(old, new)
    if as_json:
        _echo_json(diff_plain(result))
        return
    _print_diff(result)


COMMANDS = (info, releases, diff_)
