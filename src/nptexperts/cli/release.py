"""``info``: the release the records come from: versions, digest, counts, citation."""

from __future__ import annotations

import json

import click

from nptexperts.cli.output import wrap


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def info(as_json: bool) -> None:
    """Show the release: versions, SHA-256 digest, counts, sources, rights, how to cite."""
    from nptexperts.info import dataset_info

    data = dataset_info()
    if as_json:
        plain = {
            "package_version": data.package_version,
            "data_version": data.data_version,
            "digest": data.digest,
            "counts": {
                "experts": data.counts.experts,
                "comments": data.counts.comments,
                "sources": data.counts.sources,
                "sections": data.counts.sections,
                "by_country": dict(data.counts.by_country),
            },
            "sources": [
                {"id": s.id, "title": s.title, "date": s.date.isoformat(), "url": s.url}
                for s in data.sources
            ],
            "licence": data.licence,
            "rights": data.rights,
            "citation": data.citation,
        }
        click.echo(json.dumps(plain, ensure_ascii=False, indent=2))
        return
    counts = data.counts
    by_country = ", ".join(f"{k} {v}" for k, v in counts.by_country.items())
    click.echo(f"package version  {data.package_version}")
    click.echo(f"data version     {data.data_version}")
    click.echo(f"SHA-256          {data.digest}")
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


COMMANDS = (info,)
