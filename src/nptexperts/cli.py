"""The ``nptexperts`` command line (also ``python -m nptexperts``), built on click.

Commands: ``list``, ``show``, ``search``, ``export``, ``info``, ``schema``,
``validate`` and ``compile``; ``nptexperts COMMAND --help`` describes each.
Every command prints faults and errors as plain lines on stderr and exits
non-zero; no data fault or bad argument ever shows a Python traceback.
"""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from nptexperts.errors import DataError, NptExpertsError

if TYPE_CHECKING:
    from nptexperts.index import Index
    from nptexperts.lang import Lang
    from nptexperts.models import Expert, SourceCountry, Text

__all__ = ["main"]

_F = TypeVar("_F", bound=Callable[..., Any])


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="nptexperts", message="%(prog)s %(version)s")
def main() -> None:
    """PIR Center's expert comments on the 2026 NPT Review Conference."""


@main.command()
@click.argument(
    "directory",
    required=False,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
)
def validate(directory: Path | None) -> None:
    """Check a data directory (default: the shipped YAML source) and list every fault.

    Each fault is printed as FILE:LINE:COLUMN: field.path: what is wrong, what
    was expected. Exits 0 when the records are valid, 1 otherwise.
    """
    from nptexperts.api import load_index
    from nptexperts.sourcedir import shipped_source_dir

    root = directory if directory is not None else shipped_source_dir()
    try:
        index = load_index(root)
    except DataError as exc:
        for fault in exc.faults:
            click.echo(str(fault), err=True)
        click.echo(f"{len(exc.faults)} fault(s) found in {root}", err=True)
        raise SystemExit(1) from None
    click.echo(
        f"{root}: valid: {len(index.experts)} experts, {len(index.comments)} comments,"
        f" data version {index.dataset.data_version}"
    )


@main.command("compile")
@click.option(
    "--check", is_flag=True, help="Only check that the bundle is up to date (exit 1 if not)."
)
def compile_(check: bool) -> None:
    """Compile the shipped YAML source into the bundle the package loads (for curators' releases)."""
    from nptexperts.api import load_index
    from nptexperts.bundle import bundle_file, encode_bundle
    from nptexperts.sourcedir import shipped_source_dir

    try:
        fresh = encode_bundle(load_index(shipped_source_dir()).dataset)
    except DataError as exc:
        for fault in exc.faults:
            click.echo(str(fault), err=True)
        raise SystemExit(1) from None
    target = Path(str(bundle_file()))
    current = target.read_bytes() if target.is_file() else b""
    if check:
        if current != fresh:
            click.echo(f"{target} is out of date: run `nptexperts compile`", err=True)
            raise SystemExit(1)
        click.echo(f"{target} is up to date")
        return
    target.write_bytes(fresh)
    click.echo(f"wrote {target} ({len(fresh)} bytes)")


# --- reading the records ---------------------------------------------------------------------


def _fail(message: str) -> NoReturn:
    """Print one line on stderr and exit 1."""
    click.echo(f"Error: {message}", err=True)
    raise SystemExit(1)


@contextmanager
def _friendly_errors() -> Iterator[None]:
    """Turn the package's errors into one line on stderr and exit status 1."""
    try:
        yield
    except NptExpertsError as exc:
        _fail(str(exc).splitlines()[0] if not isinstance(exc, DataError) else str(exc))


def _lang(value: str | None) -> Lang | None:
    from nptexperts.lang import normalize_lang

    return normalize_lang(value) if value is not None else None


def _write_stdout(raw: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(raw)
    sys.stdout.buffer.flush()


def _width() -> int:
    return min(shutil.get_terminal_size((100, 24)).columns, 100)


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=_width(),
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _country_names(index: Index) -> dict[str, Text]:
    return {c.code: c.name for s in index.sections for c in s.stated_countries}


def _country_label(index: Index, code: str | None, lang: Lang) -> str:
    if code is None:
        return "unknown country" if lang == "en" else "страна неизвестна"
    name = _country_names(index).get(code)
    return f"{name.text(lang)} ({code})" if name is not None else code


_LANG_HELP = "Language: en or ru (tags such as ru-RU are accepted)."


def _lang_option(default: str | None) -> Callable[[_F], _F]:
    help_text = _LANG_HELP + (" Default: both." if default is None else f" Default: {default}.")
    return click.option("--lang", "-l", "lang", default=default, metavar="LANG", help=help_text)


@main.command("list")
@click.option(
    "--country",
    "-c",
    metavar="COUNTRY",
    help="Only experts from COUNTRY: an ISO code (KZ, KAZ) or an English or Russian name.",
)
@_lang_option("en")
def list_(country: str | None, lang: str) -> None:
    """List the experts, grouped by country: name, id and first position."""
    from nptexperts.api import load_index

    with _friendly_errors():
        code = _lang(lang) or "en"
        index = load_index()
        experts = index.by_country(country) if country is not None else index.experts
    unmatched = _listed_without_experts(index)
    if not experts:
        click.echo(f"No expert in the dataset is from {country}.")
        wanted = index.country_code(country) if country is not None else None
        for listed in unmatched:
            if listed.code == wanted:
                click.echo(_wrap(_unmatched_note(listed, code), ""))
        return
    groups: dict[str | None, list[Expert]] = {}
    for expert in experts:
        groups.setdefault(expert.country.code, []).append(expert)
    order = sorted(groups, key=lambda c: (c is None, _country_label(index, c, code).casefold()))
    for n, group in enumerate(order):
        if n:
            click.echo()
        members = groups[group]
        click.secho(f"{_country_label(index, group, code)}: {len(members)}", bold=True)
        for expert in members:
            quoted = len(expert.comments)
            mark = f"  [{quoted} quoted]" if quoted else ""
            click.echo(f"  {expert.display_name(code)}  ({expert.id}){mark}")
            if expert.positions:
                click.echo(_wrap(expert.positions[0].title.text(code), "      "))
    if country is None and unmatched:
        click.echo()
        for listed in unmatched:
            click.secho(_wrap(_unmatched_note(listed, code), ""), dim=True)


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
        click.echo(_wrap(loc.value, indent + "  "))


@main.command()
@click.argument("expert_id", metavar="ID")
@_lang_option(None)
def show(expert_id: str, lang: str | None) -> None:
    """Show one expert: positions and comments, each labelled published or editorial translation.

    ID is the expert's id, as `nptexperts list` shows it (e.g. mikhail-lysenko).
    """
    from nptexperts.api import load_index
    from nptexperts.lang import LANGUAGES

    with _friendly_errors():
        code = _lang(lang)
        index = load_index()
        expert = index.get_expert(expert_id)
    langs: tuple[Lang, ...] = (code,) if code is not None else LANGUAGES
    first = langs[0]
    names = " / ".join(expert.display_name(lg) for lg in langs)
    click.secho(f"{names}  ({expert.id})", bold=True)
    basis = expert.country.basis.value.replace("_", " ")
    click.echo(f"Country: {_country_label(index, expert.country.code, first)}, {basis}")
    click.echo(_wrap(f"Evidence: {expert.country.evidence}", "  "))
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
            _wrap(
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


@main.command()
@click.argument("text")
@_lang_option(None)
def search(text: str, lang: str | None) -> None:
    """Find TEXT in the comments and in the experts' names and positions.

    Case, accents and ё/е are ignored; each word of TEXT matches the start of a
    word ("ядерн" finds "ядерного"). Each match is shown in context. Exits 1 when
    nothing matches (as grep does).
    """
    from nptexperts.api import load_index
    from nptexperts.searching import SearchIndex

    with _friendly_errors():
        matches = SearchIndex.of(load_index()).search(text, _lang(lang))
    if not matches:
        click.echo(f"no matches for {text!r}", err=True)
        raise SystemExit(1)
    tty = sys.stdout.isatty()
    for match in matches:
        where = match.field.replace("_", " ")
        label = f"{where}, {match.lang}, {match.provenance.label}"
        click.echo(f"{match.record_id}  " + click.style(f"[{label}]", dim=True))
        room = max(20, (_width() - 8 - len(match.matched)) // 2)
        before, hit, after = match.context(width=room)
        shown = click.style(hit, fg="yellow", bold=True) if tty else hit
        click.echo(f"    {before}{shown}{after}")
    click.echo(f"{len(matches)} match(es)", err=True)


@main.command()
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["json", "csv", "datapackage"]),
    default="json",
    show_default=True,
    help="json: every record, nested; csv: one file per table; datapackage: the CSV files "
    "with a Frictionless datapackage.json.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    help="For json, a file (default: stdout); for csv and datapackage, a directory (required).",
)
def export(fmt: str, output: Path | None) -> None:
    """Export the records as JSON, CSV files or a Frictionless Data Package."""
    if fmt == "json":
        from nptexperts.export.json import to_json

        raw = to_json()
        if output is None:
            _write_stdout(raw)
            return
        if output.is_dir():
            _fail(f"{output} is a directory: give a file name for the JSON export")
        output.write_bytes(raw)
        click.echo(f"wrote {output}", err=True)
        return
    if output is None:
        _fail(f"--output DIRECTORY is required for the {fmt} export")
    if output.exists() and not output.is_dir():
        _fail(f"{output} is not a directory: the {fmt} export writes several files")
    if fmt == "csv":
        from nptexperts.export.csv import write_csv

        paths = write_csv(output)
        click.echo(f"wrote {len(paths)} CSV files to {output}", err=True)
    else:
        from nptexperts.export.datapackage import write_datapackage

        path = write_datapackage(output)
        click.echo(f"wrote {path} and its CSV files", err=True)


@main.command()
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
    click.echo(_wrap(f"Rights: {data.rights}", ""))
    click.echo(_wrap(f"Cite: {data.citation}", ""))


@main.command()
@click.option(
    "--write", is_flag=True, help="Regenerate the shipped schema from the record types (msgspec)."
)
@click.option(
    "--check",
    is_flag=True,
    help="Only check that the shipped schema is up to date (exit 1 if not).",
)
def schema(write: bool, check: bool) -> None:
    """Print the JSON Schema of the JSON export; --write/--check regenerate it (for curators)."""
    from nptexperts.export.schema import generate_schema, schema_bytes, schema_file

    target = Path(str(schema_file()))
    if not (write or check):
        _write_stdout(target.read_bytes())
        return
    try:
        fresh = schema_bytes(generate_schema())
    except RuntimeError as exc:
        _fail(str(exc))
    if check:
        if target.read_bytes() != fresh:
            _fail(f"{target} is out of date: run `nptexperts schema --write`")
        click.echo(f"{target} is up to date")
        return
    target.write_bytes(fresh)
    click.echo(f"wrote {target} ({len(fresh)} bytes)")
