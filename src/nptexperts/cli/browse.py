"""``list`` and ``show``: the experts, by country, and one expert whole.

Both speak one language at a time (``--lang``): labels, headings, counts, dates and
the values of every field in words come from :mod:`nptexperts._words`; a text that
exists only in English is labelled so. ``--json`` prints the records' plain form
instead (shapes ``list`` and ``show``: ``nptexperts schema --shape list``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from nptexperts._words import N_
from nptexperts.cli.output import (
    clean,
    color_option,
    country_label,
    data_version_option,
    echo,
    echo_json,
    friendly_errors,
    given_lang,
    json_option,
    lang_option,
    parse_lang,
    source_label,
    style,
    ui_lang,
    wrap,
)

if TYPE_CHECKING:
    from nptexperts._lookup.index import Index
    from nptexperts._records.lang import Lang
    from nptexperts._records.models import Expert, Note, SourceCountry, Text


@click.command(
    "list",
    help=N_(
        "List the experts, grouped by country: name, id, first position.\n\n"
        "Everything is in one language (--lang en or ru): headings, counts and country"
        " names; in Russian, the countries and the experts in each are in Russian"
        " alphabetical order (by family name). --json prints every field of each expert,"
        " in both languages, as one JSON array."
    ),
)
@click.option(
    "--country",
    "-c",
    metavar=N_("COUNTRY"),
    help=N_(
        "Only experts from COUNTRY: an ISO code (KZ, KAZ) or an English or Russian name."
        " An unknown country gets up to three close names as suggestions."
    ),
)
@lang_option()
@data_version_option
@json_option(N_("Print the experts as a JSON array (shape: `nptexperts schema --shape list`)."))
@color_option
def list_(country: str | None, lang: str | None, data_version: str | None, as_json: bool) -> None:
    from nptexperts._api import load_index

    lang = given_lang(lang)
    with friendly_errors(lang):
        code = ui_lang(lang)
        index = load_index(data_version=data_version)
        experts = index.by_country(country) if country is not None else index.experts
    if as_json:
        from nptexperts.cli.shapes import list_plain

        echo_json(list_plain(experts, index))
        return
    from nptexperts._words import count, word

    unmatched = _listed_without_experts(index)
    if not experts:
        wanted = index.country_code(country) if country is not None else None
        named = country if wanted is None else _country_name(index, wanted, code)
        said = word("no_expert_from", code, country=named)
        echo(wrap(said[:-1] if said.endswith("..") else said, ""))  # "from the U.S."
        for listed in unmatched:
            if listed.code == wanted:
                echo(wrap(_unmatched_note(listed, code), ""))
        return
    from nptexperts._lookup.collation import sort_key

    groups: dict[str | None, list[Expert]] = {}
    for expert in sorted(experts, key=lambda e: sort_key(e, code)):
        groups.setdefault(expert.country.code, []).append(expert)

    def by_name(c: str | None) -> tuple[bool, str]:
        # by the name as shown, "the UAE" among the U's
        name = country_label(index, c, code).casefold().replace("ё", "е")
        return c is None, name.removeprefix("the ")

    order = sorted(groups, key=by_name)
    for n, group in enumerate(order):
        if n:
            echo()
        members = groups[group]
        label = country_label(index, group, code)
        heading = f"{label[:1].upper()}{label[1:]}: {count(len(members), 'expert', code)}"
        echo(style(wrap(heading, ""), bold=True))
        for expert in members:
            quoted = len(expert.comments)
            mark = f"  [{count(quoted, 'quoted_comment', code)}]" if quoted else ""
            echo(clean(f"  {expert.display_name(code)}  ({expert.id})") + mark)
            if expert.positions:
                echo(wrap(expert.positions[0].title.text(code), "      "))
    if country is None and unmatched:
        echo()
        for listed in unmatched:
            echo(style(wrap(_unmatched_note(listed, code), ""), dim=True))


def _listed_without_experts(index: Index) -> list[SourceCountry]:
    """The countries a section's source lists for its experts, with no expert attributed."""
    return [
        listed
        for section in index.sections
        for listed in section.stated_countries
        if not index.by_country_code(listed.code)
    ]


def _country_name(index: Index, code: str, lang: Lang) -> str:
    """The country's name in ``lang``: the records' own, else ISO's (pycountry)."""
    from nptexperts._lookup.countries import country_name
    from nptexperts.cli.output import country_names

    name = country_names(index).get(code)
    return name.text(lang) if name is not None else country_name(code, lang)


def _unmatched_note(listed: SourceCountry, lang: Lang) -> str:
    from nptexperts._words import word

    # in a Russian sentence, the country's Russian name alone (no Latin code)
    named = listed.name.text(lang) if lang == "ru" else f"{listed.name.text(lang)} ({listed.code})"
    return word("listed_without_experts", lang, country=named)


def _english_only(label: str, lang: Lang) -> str:
    """``label`` marked as a text that exists only in English, in ``lang``."""
    from nptexperts._words import word

    return word("labelled", lang, label=label, note=word("english_only", lang))


def _show_text(text: Text, langs: tuple[Lang, ...], ui: Lang, indent: str) -> None:
    from nptexperts._words import enum_word, word

    for lang in langs:
        loc = text.localized(lang)
        origin = enum_word(loc.provenance.origin, ui)
        label = word("text_label", ui, language=word(f"lang_{lang}", ui), origin=origin)
        echo(style(wrap(label, indent), dim=True))
        echo(wrap(loc.value, indent + "  "))


def _show_note(note: Note, langs: tuple[Lang, ...], ui: Lang, indent: str) -> None:
    """An editors' note in each language shown; a note in English only is labelled so."""
    from nptexperts._words import word

    lines = []
    for lang in langs:
        local = note.localized(lang)
        if local is not None:
            lines.append(wrap(local.value, indent + "  "))
        elif "en" not in langs:
            lines.append(wrap(f"({word('english_only', ui)}) {note.en.value}", indent + "  "))
    if lines:  # a bullet before the note's first language
        echo(indent + "- " + "\n".join(lines)[len(indent) + 2 :])


@click.command(
    help=N_(
        "Show one expert: positions and comments, each labelled published or editorial"
        " translation.\n\n"
        "ID is the expert's id, as `nptexperts list` shows it (e.g. mikhail-lysenko); an"
        " unknown ID gets up to three close ids as suggestions. With --lang en or ru,"
        " everything is in that language (labels, dates, values in words), and texts that"
        " exist only in English (the country's evidence; the editors' notes before data"
        " 2026.3) are labelled so; without it, both languages are shown, with the labels in the interface's"
        " language (NPTEXPERTS_LANG, else the locale)."
    )
)
@click.argument("expert_id", metavar=N_("ID"))
@lang_option(both=True)
@data_version_option
@json_option(N_("Print the expert as one JSON object (shape: `nptexperts schema --shape show`)."))
@color_option
def show(expert_id: str, lang: str | None, data_version: str | None, as_json: bool) -> None:
    from nptexperts._api import load_index
    from nptexperts._records.lang import LANGUAGES
    from nptexperts.cli.output import interface_lang

    lang = given_lang(lang)
    with friendly_errors(lang):
        code = parse_lang(lang)
        index = load_index(data_version=data_version)
        expert = index.get_expert(expert_id)
    if as_json:
        from nptexperts.cli.shapes import show_plain

        echo_json(show_plain(expert, index))
        return
    from nptexperts._words import count, date, enum_word, word

    ui = code or interface_lang()
    langs: tuple[Lang, ...] = (
        (code,) if code is not None else (ui, *(lg for lg in LANGUAGES if lg != ui))
    )
    names = " / ".join(expert.display_name(lg) for lg in langs)
    echo(style(wrap(f"{names}  ({expert.id})", ""), bold=True))
    country = country_label(index, expert.country.code, ui)
    echo(wrap(f"{word('country', ui)}: {country}", ""))
    echo(wrap(f"{word('country_basis', ui)}: {enum_word(expert.country.basis, ui)}", "  "))
    evidence = _english_only(word("evidence", ui), ui)
    echo(wrap(f"{evidence}: {expert.country.evidence}", "  "))
    if expert.country.external_source is not None:
        label = _english_only(word("external_source", ui), ui)
        echo(wrap(f"{label}: {expert.country.external_source}", "  "))
    echo(wrap(f"{word('advisory_board', ui)}: {enum_word(expert.advisory_board, ui)}", ""))
    echo(wrap(f"{word('coverage', ui)}: {enum_word(expert.coverage, ui)}", ""))
    echo()
    heading = f"{word('positions', ui)} ({count(len(expert.positions), 'position', ui)})"
    echo(style(wrap(heading, ""), bold=True))
    for position in expert.positions:
        source = source_label(index, position.source, ui)
        when = word("as_of_source", ui, date=date(position.as_of, ui), source=source)
        echo(wrap(when, "  "))
        _show_text(position.title, langs, ui, "    ")
    echo()
    heading = f"{word('comments', ui)} ({count(len(expert.comments), 'quoted_comment', ui)})"
    echo(style(wrap(heading, ""), bold=True))
    if not expert.comments:
        section = next((s for s in index.sections if s.id == expert.section), None)
        title = section.title.text(ui) if section is not None else expert.section
        echo(wrap(word("no_comments_quoted", ui, section=title), "  "))
    questions = {q.id: q for s in index.sections for q in s.questions}
    for comment in expert.comments:
        question = questions.get(comment.question)
        about = question.wording.text(ui) if question is not None else comment.question
        echo(
            wrap(
                word(
                    "comment_about",
                    ui,
                    id=comment.id,
                    source=source_label(index, comment.source, ui),
                    question=about,
                ),
                "  ",
            )
        )
        _show_text(comment.body, langs, ui, "    ")
    if expert.name_variants:
        echo()
        echo(style(word("name_variants", ui), bold=True))
        for variant in expert.name_variants:
            lang_name = word(f"lang_{variant.lang}", ui)
            echo(
                wrap(
                    word(
                        "variant",
                        ui,
                        value=variant.value,
                        language=lang_name,
                        source=source_label(index, variant.source, ui),
                    ),
                    "  ",
                )
            )
            echo(wrap(f"{word('record_notes', ui)}:", "    "))
            _show_note(variant.note, langs, ui, "      ")
    if expert.notes:
        echo()
        echo(style(wrap(word("record_notes", ui), ""), bold=True))
        for note in expert.notes:
            _show_note(note, langs, ui, "  ")


COMMANDS = (list_, show)
