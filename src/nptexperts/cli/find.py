"""``search``: find words in the comments, names and positions."""

from __future__ import annotations

import sys

import click

from nptexperts.cli.output import friendly_errors, lang_option, parse_lang, width


@click.command()
@click.argument("text")
@lang_option(None)
def search(text: str, lang: str | None) -> None:
    """Find TEXT in the comments and in the experts' names and positions.

    Case, accents and ё/е are ignored; each word of TEXT matches the start of a
    word ("ядерн" finds "ядерного"). Each match is shown in context. Exits 1 when
    nothing matches (as grep does).
    """
    from nptexperts.api import load_index
    from nptexperts.searching import SearchIndex

    with friendly_errors():
        matches = SearchIndex.of(load_index()).search(text, parse_lang(lang))
    if not matches:
        click.echo(f"no matches for {text!r}", err=True)
        raise SystemExit(1)
    tty = sys.stdout.isatty()
    for match in matches:
        where = match.field.replace("_", " ")
        label = f"{where}, {match.lang}, {match.provenance.label}"
        click.echo(f"{match.record_id}  " + click.style(f"[{label}]", dim=True))
        room = max(20, (width() - 8 - len(match.matched)) // 2)
        before, hit, after = match.context(width=room)
        shown = click.style(hit, fg="yellow", bold=True) if tty else hit
        click.echo(f"    {before}{shown}{after}")
    click.echo(f"{len(matches)} match(es)", err=True)


COMMANDS = (search,)
