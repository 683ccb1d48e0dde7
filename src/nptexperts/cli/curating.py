"""Curators' commands: ``validate``, ``compile`` and ``schema``."""

from __future__ import annotations

from pathlib import Path

import click

from nptexperts.cli.output import fail, write_stdout
from nptexperts.errors import DataError


@click.command()
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


@click.command("compile")
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


@click.command()
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
        write_stdout(target.read_bytes())
        return
    try:
        fresh = schema_bytes(generate_schema())
    except RuntimeError as exc:
        fail(str(exc))
    if check:
        if target.read_bytes() != fresh:
            fail(f"{target} is out of date: run `nptexperts schema --write`")
        click.echo(f"{target} is up to date")
        return
    target.write_bytes(fresh)
    click.echo(f"wrote {target} ({len(fresh)} bytes)")


COMMANDS = (validate, compile_, schema)
