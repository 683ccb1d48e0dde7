"""Curators' commands: ``validate``, ``compile`` and ``schema``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

import click

if TYPE_CHECKING:
    from pathlib import Path

    from nptexperts._fault import Fault

from nptexperts._errors import DataError, NptExpertsError
from nptexperts._words import N_
from nptexperts.cli.output import as_path, fail, friendly_errors, interface_lang, write_stdout

_CHECKOUT_HELP = N_(
    "The source checkout to act on (a folder with a pyproject.toml naming nptexperts and"
    " src/nptexperts/data). Default: the one the working directory is in."
)


def _print_faults(faults: Sequence[Fault]) -> None:
    """Each fault on its own line, with no character from the files reaching the terminal raw."""
    from nptexperts.curate.text import escape_controls

    for fault in faults:
        click.echo(escape_controls(str(fault)), err=True)


def _checkout_fail(exc: NptExpertsError) -> NoReturn:
    from nptexperts._words import word
    from nptexperts.curate.text import escape_controls

    ui = interface_lang()
    said = getattr(exc, "words", None)
    if said is not None:
        key, fields = said
        fail(escape_controls(word(key, ui, **fields)), ui)
    fail(escape_controls(str(exc)), ui)


def _package_dir(checkout: str | None) -> Path:
    """The package folder of the checkout to act on, or a one-line error."""
    from nptexperts.curate.checkout import CheckoutError, checkout_package_dir

    try:
        return checkout_package_dir(as_path(checkout) if checkout is not None else None)
    except CheckoutError as exc:
        _checkout_fail(exc)


@click.command(
    help=N_(
        "Check a data directory and list every fault.\n"
        "\n"
        "Without DIRECTORY, the YAML source of the checkout the working directory is in\n"
        "(src/nptexperts/data); outside a checkout, DIRECTORY is required. Each fault is\n"
        "printed as FILE:LINE:COLUMN: field.path: what is wrong, what was expected.\n"
        "Exits 0 when the records are valid, 1 otherwise."
    )
)
@click.argument(
    "directory",
    metavar=N_("[DIRECTORY]"),
    required=False,
    type=click.Path(exists=True, file_okay=False, path_type=None),
)
def validate(directory: str | None) -> None:
    from nptexperts._words import count, word
    from nptexperts.curate import index_directory
    from nptexperts.curate.checkout import PACKAGE_IN_CHECKOUT, find_checkout
    from nptexperts.curate.text import escape_controls

    ui = interface_lang()
    if directory is None:
        checkout = find_checkout()
        if checkout is None:
            import os

            fail(word("not_in_checkout", ui, path=escape_controls(os.getcwd())), ui)
        folder = checkout / PACKAGE_IN_CHECKOUT / "data"
    else:
        folder = as_path(directory)
    root = escape_controls(str(folder))
    try:
        index = index_directory(folder)
    except DataError as exc:
        _print_faults(exc.faults)
        faults = count(len(exc.faults), "fault", ui)
        click.echo(word("faults_found", ui, faults=faults, path=root), err=True)
        raise SystemExit(1) from None
    experts = count(len(index.experts), "expert", ui)
    comments = count(len(index.comments), "comment", ui)
    version = index.dataset.data_version
    click.echo(word("valid", ui, path=root, experts=experts, comments=comments, version=version))


@click.command(
    "compile",
    help=N_(
        "Compile the YAML source of a source checkout into a data release (for curators).\n"
        "\n"
        "It acts on the checkout the working directory is in (or --checkout), never on\n"
        "an installed package. A new data_version in dataset.yaml is written as a new release beside the\n"
        "earlier ones (compiled/<version>.json.gz, and its digests in\n"
        "compiled/releases.json). A released version is frozen: its records must be\n"
        "exactly the released ones. The search's stems of every release's words\n"
        "(compiled/stems-<digest>.json) are brought up to date too, and the digests the\n"
        "loader checks the catalogue against (_digests.py)."
    ),
)
@click.option(
    "--checkout",
    metavar=N_("DIRECTORY"),
    type=click.Path(exists=True, file_okay=False, path_type=None),
    help=_CHECKOUT_HELP,
)
@click.option(
    "--check",
    is_flag=True,
    help=N_(
        "Only check that the YAML source is compiled: its data version is released, its"
        " records are exactly the released ones, and the search's stems are up to date (exit 1"
        " if not)."
    ),
)
def compile_(checkout: str | None, check: bool) -> None:
    from nptexperts._version import __version__
    from nptexperts._words import count, word
    from nptexperts.curate import load_directory
    from nptexperts.curate.compiling import compile_release
    from nptexperts.curate.stemsfile import compile_search_stems, stems_path

    ui = interface_lang()
    package_dir = _package_dir(checkout)
    source = package_dir / "data"
    try:
        result = compile_release(
            load_directory(source), package_dir, package_version=__version__, check=check
        )
    except DataError as exc:
        _print_faults(exc.faults)
        faults = count(len(exc.faults), "fault", ui)
        click.echo(word("faults_nothing_written", ui, faults=faults, path=source), err=True)
        raise SystemExit(1) from None
    if result.status == "not compiled":
        fail(word("not_compiled", ui, version=result.data_version, path=source), ui)
    stems = compile_search_stems(package_dir, check=check)
    stems_file = stems_path(package_dir)
    if stems == "out of date":
        fail(word("stems_out_of_date", ui, path=stems_file), ui)
    if stems == "written":
        click.echo(word("wrote_stems", ui, path=stems_file))
    version = result.data_version
    if result.status == "up to date":
        click.echo(word("release_up_to_date", ui, path=result.bundle, version=version))
        return
    click.echo(word("wrote_release", ui, path=result.bundle, version=version))
    click.echo(word("next_release", ui), err=True)


@click.command(
    help=N_(
        "Print a JSON Schema (default: of the JSON export); --write/--check regenerate them all.\n"
        "\n"
        "Each schema's $id names its version: the records' schema follows the bundle\n"
        "format (--data-version V: the one that release's export follows), each --json\n"
        "shape has its own."
    )
)
@click.option(
    "--shape",
    type=click.Choice(
        ["records", "list", "show", "search", "diff", "releases", "info", "expectations"]
    ),
    default="records",
    show_default=True,
    help=N_(
        "Which schema: records (the JSON export), or a command's --json output (search:"
        " one line of its JSON Lines)."
    ),
)
@click.option(
    "--data-version",
    "data_version",
    metavar=N_("VERSION"),
    default=None,
    help=N_(
        "The schema that the JSON export of this data release follows (its bundle"
        " format's; e.g. 2026.1 is format 1)."
    ),
)
@click.option(
    "--source",
    "source_kind",
    type=click.Choice(["dataset", "sources", "sections", "experts", "events", "expectations"]),
    help=N_(
        "Print the schema of a kind of curated YAML file instead, for an editor's YAML"
        " language server (see the curating guide)."
    ),
)
@click.option(
    "--write",
    is_flag=True,
    help=N_("Regenerate the schemas of the source checkout from their types (msgspec)."),
)
@click.option(
    "--check",
    is_flag=True,
    help=N_(
        "Only check that the schemas (of the source checkout, else of the installed"
        " package) are up to date (exit 1 if not)."
    ),
)
@click.option(
    "--checkout",
    metavar=N_("DIRECTORY"),
    type=click.Path(exists=True, file_okay=False, path_type=None),
    help=_CHECKOUT_HELP,
)
def schema(
    shape: str,
    data_version: str | None,
    source_kind: str | None,
    write: bool,
    check: bool,
    checkout: str | None,
) -> None:
    from importlib.resources import files

    from nptexperts._words import count, word
    from nptexperts.curate.checkout import find_checkout
    from nptexperts.curate.compiling import write_atomic
    from nptexperts.curate.sourceschema import (
        SOURCE_KINDS,
        generate_source_schema,
        source_schema_name,
    )
    from nptexperts.export.schema import SHAPES, generate_schema, schema_bytes, schema_file

    if data_version is not None:
        if shape != "records" or source_kind or write or check:
            fail(word("schema_data_version_alone", interface_lang()))
        from nptexperts.export.schema import release_schema_file

        with friendly_errors("en"):
            shown = release_schema_file(data_version)
        write_stdout(shown.read_bytes())
        return
    if not (write or check):
        if source_kind:
            shown = files("nptexperts").joinpath("schema", source_schema_name(source_kind))
        else:
            shown = schema_file(shape)
        write_stdout(shown.read_bytes())
        return
    if write or checkout is not None or find_checkout() is not None:
        folder = _package_dir(checkout) / "schema"
    else:  # --check outside a checkout: the installed package's files, only read
        folder = as_path(str(files("nptexperts").joinpath("schema")))
    ui = interface_lang()
    click.echo(word("schemas_in", ui, path=folder), err=True)
    every = [(f"{n}.schema.json", n, generate_schema) for n in SHAPES] + [
        (source_schema_name(k), k, generate_source_schema) for k in SOURCE_KINDS
    ]
    stale = []
    for file_name, name, generate in every:
        target = folder / file_name
        try:
            fresh = schema_bytes(generate(name))
        except RuntimeError as exc:
            fail(str(exc))
        current = target.read_bytes() if target.is_file() else b""
        if current == fresh:
            click.echo(word("up_to_date", ui, path=target))
        elif check:
            stale.append(str(target))
        else:
            write_atomic(target, fresh)
            click.echo(word("wrote_size", ui, path=target, size=count(len(fresh), "byte", ui)))
    if stale:
        fail(word("schemas_out_of_date", ui, paths=", ".join(stale)), ui)


COMMANDS = (validate, compile_, schema)
