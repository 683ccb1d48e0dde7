"""Curators' commands: ``validate``, ``compile`` and ``schema``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from pathlib import Path

from nptexperts.cli.output import fail, write_stdout
from nptexperts.errors import DataError


def _path(value: str) -> Path:
    """A click path as a :class:`~pathlib.Path` (pathlib imported only when a path is given)."""
    from pathlib import Path

    return Path(value)


@click.command()
@click.argument(
    "directory",
    required=False,
    type=click.Path(exists=True, file_okay=False, path_type=None),
)
def validate(directory: str | None) -> None:
    """Check a data directory (default: the shipped YAML source) and list every fault.

    Each fault is printed as FILE:LINE:COLUMN: field.path: what is wrong, what
    was expected. Exits 0 when the records are valid, 1 otherwise.
    """
    from nptexperts.api import load_index
    from nptexperts.curate.directory import shipped_source_dir

    root = _path(directory) if directory is not None else shipped_source_dir()
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


@click.command("compile")
@click.option(
    "--check",
    is_flag=True,
    help="Only check that the YAML source is compiled: its data version is released and its"
    " records are exactly the released ones (exit 1 if not).",
)
def compile_(check: bool) -> None:
    """Compile the YAML source into a data release (for curators).

    A new data_version in dataset.yaml is written as a new release beside the
    earlier ones (compiled/<version>.json.gz, and its digests in
    compiled/releases.json). A released version is frozen: its records must be
    exactly the released ones.
    """
    from nptexperts._version import __version__
    from nptexperts.curate import load_directory
    from nptexperts.curate.compiling import compile_release
    from nptexperts.curate.directory import shipped_source_dir

    source = shipped_source_dir()
    package_dir = _path(str(source)).parent
    try:
        result = compile_release(
            load_directory(source), package_dir, package_version=__version__, check=check
        )
    except DataError as exc:
        for fault in exc.faults:
            click.echo(str(fault), err=True)
        raise SystemExit(1) from None
    if result.status == "not compiled":
        fail(f"data {result.data_version} is not compiled: run `nptexperts compile`")
    if result.status == "up to date":
        click.echo(f"{result.bundle}: data {result.data_version} is released and up to date")
        return
    click.echo(f"wrote {result.bundle}: data {result.data_version}, a new release")
    click.echo(
        "next: set DATA_VERSION in _version.py and name the digest in CHANGELOG.md"
        " (`nptexperts releases`)",
        err=True,
    )


@click.command()
@click.option(
    "--shape",
    type=click.Choice(["records", "list", "show", "diff", "releases", "info"]),
    default="records",
    show_default=True,
    help="Which schema: records (the JSON export), or a command's --json output.",
)
@click.option(
    "--write", is_flag=True, help="Regenerate the shipped schemas from their types (msgspec)."
)
@click.option(
    "--check",
    is_flag=True,
    help="Only check that the shipped schemas are up to date (exit 1 if not).",
)
def schema(shape: str, write: bool, check: bool) -> None:
    """Print a JSON Schema (default: of the JSON export); --write/--check regenerate them all."""
    from nptexperts.curate.compiling import write_atomic
    from nptexperts.export.schema import SHAPES, generate_schema, schema_bytes, schema_file

    if not (write or check):
        write_stdout(schema_file(shape).read_bytes())
        return
    stale = []
    for name in SHAPES:
        target = _path(str(schema_file(name)))
        try:
            fresh = schema_bytes(generate_schema(name))
        except RuntimeError as exc:
            fail(str(exc))
        current = target.read_bytes() if target.is_file() else b""
        if current == fresh:
            click.echo(f"{target} is up to date")
        elif check:
            stale.append(str(target))
        else:
            write_atomic(target, fresh)
            click.echo(f"wrote {target} ({len(fresh)} bytes)")
    if stale:
        fail(f"{', '.join(stale)} out of date: run `nptexperts schema --write`")


COMMANDS = (validate, compile_, schema)
