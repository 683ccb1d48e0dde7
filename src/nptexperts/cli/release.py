"""``info``, ``releases`` and ``diff``: the data releases, what each holds, what changed."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from nptexperts.cli.output import data_version_option, friendly_errors, wrap

if TYPE_CHECKING:
    from nptexperts.changes import ReleaseDiff


def _echo_json(plain: object) -> None:
    click.echo(json.dumps(plain, ensure_ascii=False, indent=2))


@click.command()
@data_version_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
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
    click.echo(f"package version  {data.package_version}")
    click.echo(f"data version     {data.data_version}")
    click.echo(f"SHA-256          {data.digest}")
    click.echo("                 verified: the records loaded are byte for byte the release")
    click.echo(
        f"records          {counts.experts} experts, {counts.comments} comments,"
        f" {counts.sources} source(s), {counts.sections} section(s)"
    )
    click.echo(f"experts by country  {by_country}")
    for source in data.sources:
        click.echo(f"source           {source.id}: {source.title} ({source.date.isoformat()})")
        click.echo(f"                 {source.url}")
    click.echo(f"licence          {data.licence} (code and editorial texts)")
    click.echo(wrap(f"Rights: {data.rights}", ""))
    click.echo(wrap(f"Cite: {data.citation}", ""))


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the releases as a JSON array.")
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
        click.secho(f"data {release.data_version}", bold=True, nl=False)
        click.echo(
            f"  {release.date.isoformat()}  first in nptexperts {release.first_package_version}"
            f"  {c.experts} experts, {c.comments} comments"
        )
        click.echo(f"  SHA-256 {release.digest}")
        for w in release.withdrawn:
            instead = f"; use {w.replacement}" if w.replacement else ""
            click.echo(f"  withdrew {w.kind} {w.id}: {w.reason}{instead}")


def _show_value(value: str | None) -> str:
    return "(none)" if value is None else value


def _print_diff(result: ReleaseDiff) -> None:
    click.secho(f"data {result.old} → {result.new}", bold=True)
    if result.is_empty:
        click.echo("no record differs")
        return
    for ref in result.added:
        click.echo(f"added    {ref.kind} {ref.id}")
    for ref in result.removed:
        click.echo(f"removed  {ref.kind} {ref.id}")
    for change in result.changed:
        click.echo()
        click.secho(f"changed  {change.kind} {change.id}", bold=True)
        for field in change.fields:
            where = field.path + (f" [{field.lang}]" if field.lang else "")
            click.echo(f"  {where}")
            click.echo(wrap(f"- {_show_value(field.old)}", "      "))
            click.echo(wrap(f"+ {_show_value(field.new)}", "      "))
    n = len(result.added) + len(result.removed) + len(result.changed)
    click.echo()
    click.echo(
        f"{len(result.added)} added, {len(result.removed)} removed,"
        f" {len(result.changed)} changed ({n} record(s))"
    )


@click.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the changes as one JSON object.")
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
