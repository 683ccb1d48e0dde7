"""``export``: the records as JSON, CSV files or a Frictionless Data Package."""

from __future__ import annotations

from pathlib import Path

import click

from nptexperts.cli.output import fail, write_stdout


@click.command()
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
            write_stdout(raw)
            return
        if output.is_dir():
            fail(f"{output} is a directory: give a file name for the JSON export")
        output.write_bytes(raw)
        click.echo(f"wrote {output}", err=True)
        return
    if output is None:
        fail(f"--output DIRECTORY is required for the {fmt} export")
    if output.exists() and not output.is_dir():
        fail(f"{output} is not a directory: the {fmt} export writes several files")
    if fmt == "csv":
        from nptexperts.export.csv import write_csv

        paths = write_csv(output)
        click.echo(f"wrote {len(paths)} CSV files to {output}", err=True)
    else:
        from nptexperts.export.datapackage import write_datapackage

        path = write_datapackage(output)
        click.echo(f"wrote {path} and its CSV files", err=True)


COMMANDS = (export,)
