"""``list`` and ``show``: the experts, by country, and one expert whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from nptexperts.cli.output import (
    country_label,
    friendly_errors,
    lang_option,
    parse_lang,
    wrap,
)

if TYPE_CHECKING:
    from nptexperts.index import Index
    from nptexperts.lang import Lang
    from nptexperts.models import Expert, SourceCountry, Text


@click.command("list")
@click.option(
    "--country",
    "-c",
    metavar="COUNTRY",
    help="Only experts from COUNTRY: an ISO code (KZ, KAZ) or an English or Russian name.",
)
@lang_option("en")
def list_(country: str | None, lang: str) -> None:
    """List the experts, grouped by country: name, id and first position."""
    from nptexperts.api import load_index

    with friendly_errors():
        code = parse_lang(lang) or "en"
        index = load_index()
        experts = index.by_country(country) if country is not None else index.experts
    unmatched = _listed_without_experts(index)
    if not experts:
        click.echo(f"No expert in the dataset is from {country}.")
        wanted = index.country_code(country) if country is not None else None
        for listed in unmatched:
            if listed.code == wanted:
                click.echo(wrap(_unmatched_note(listed, code), ""))
        return
    groups: dict[str | None, list[Expert]] = {}
    for expert in experts:
        groups.setdefault(expert.country.code, []).append(expert)
    order = sorted(groups, key=lambda c: (c is None, country_label(index, c, code).casefold()))
    for n, group in enumerate(order):
        if n:
            click.echo()
        members = groups[group]
        click.secho(f"{country_label(index, group, code)}: {len(members)}", bold=True)
        for expert in members:
            quoted = len(expert.comments)
            mark = f"  [{quoted} quoted]" if quoted else ""
            click.echo(f"  {expert.display_name(code)}  ({expert.id}){mark}")
            if expert.positions:
                click.echo(wrap(expert.positions[0].title.text(code), "      "))
    if country is None and unmatched:
        click.echo()
        for listed in unmatched:
            click.secho(wrap(_unmatched_note(listed, code), ""), dim=True)


def _listed_without_experts(index: Index) -> list[SourceCountry]:
    """The countries a section's source lists for its experts, with no expert attributed."""
    return [
        listed
        for section in index.sections
        for listed in section.stated_countries
        if not index.by_country_code(listed.code)
    ]


def _unmatched_note(listed: SourceCountry, lang: Lang) -> str:
    name = listed.name.text(lang)
    if lang == "ru":
        return (
            f"Источник называет {name} ({listed.code}) среди стран экспертов, но ни одна должность"
            " названных в нём экспертов не указывает на эту страну (см. примечания к набору данных)."
        )
    return (
        f"The source lists {name} ({listed.code}) among the experts' countries, but no position"
        " of the experts it names points to it (see the dataset notes)."
    )


def _show_text(text: Text, langs: tuple[Lang, ...], indent: str) -> None:
    for lang in langs:
        loc = text.localized(lang)
        label = click.style(f"[{lang}, {loc.provenance.label}]", dim=True)
        click.echo(f"{indent}{label}")
        click.echo(wrap(loc.value, indent + "  "))


@click.command()
@click.argument("expert_id", metavar="ID")
@lang_option(None)
def show(expert_id: str, lang: str | None) -> None:
    """Show one expert: positions and comments, each labelled published or editorial translation.

    ID is the expert's id, as `nptexperts list` shows it (e.g. mikhail-lysenko).
    """
    from nptexperts.api import load_index
    from nptexperts.lang import LANGUAGES

    with friendly_errors():
        code = parse_lang(lang)
        index = load_index()
        expert = index.get_expert(expert_id)
    langs: tuple[Lang, ...] = (code,) if code is not None else LANGUAGES
    first = langs[0]
    names = " / ".join(expert.display_name(lg) for lg in langs)
    click.secho(f"{names}  ({expert.id})", bold=True)
    basis = expert.country.basis.value.replace("_", " ")
    click.echo(f"Country: {country_label(index, expert.country.code, first)}, {basis}")
    click.echo(wrap(f"Evidence: {expert.country.evidence}", "  "))
    click.echo(f"PIR Center Advisory Board: {expert.advisory_board.value}")
    click.echo()
    click.secho("Positions", bold=True)
    for position in expert.positions:
        click.echo(f"  as of {position.as_of.isoformat()}, {position.source}:")
        _show_text(position.title, langs, "    ")
    click.echo()
    click.secho("Comments", bold=True)
    if not expert.comments:
        section = next((s for s in index.sections if s.id == expert.section), None)
        where = f' "{section.title.text(first)}"' if section is not None else ""
        click.echo(
            wrap(
                "The source quotes none of this expert's comments; they are only in PIR "
                f"Center's section{where}.",
                "  ",
            )
        )
    questions = {q.id: q for s in index.sections for q in s.questions}
    for comment in expert.comments:
        question = questions.get(comment.question)
        about = f": {question.wording.text(first)}" if question is not None else ""
        click.echo(f"  {comment.id} ({comment.source}){about}")
        _show_text(comment.body, langs, "    ")


COMMANDS = (list_, show)
