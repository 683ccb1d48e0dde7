"""``export``: the records as JSON, CSV files, a Frictionless Data Package, SQLite or Parquet."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from nptexperts._words import N_

if TYPE_CHECKING:
    pass

from nptexperts.cli.output import (
    as_path,
    data_version_option,
    fail,
    friendly_errors,
    write_stdout,
)


@click.command(
    help=N_(
        "Export the records as JSON, CSV files, a Frictionless Data Package, SQLite or"
        " Parquet.\n"
        "\n"
        "The SQLite file opens as it is in the sqlite3 shell and in Datasette. Every\n"
        "file is written atomically (a temporary file beside it, then renamed); an\n"
        "existing file, or a folder that is not empty, is refused unless --force."
    )
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["json", "csv", "datapackage", "sqlite", "parquet"]),
    default="json",
    show_default=True,
    help=N_(
        "json: every record, nested; csv: one file per table; datapackage: the CSV files "
        "with a Frictionless datapackage.json and a Croissant croissant.json; sqlite: the "
        "tables as one SQLite database, with keys and full-text indexes that search as "
        "`nptexperts search` does; parquet: one typed Parquet file per table (needs "
        "pyarrow: pip install 'nptexperts[parquet]')."
    ),
)
@click.option(
    "--output",
    "-o",
    "given",
    metavar=N_("PATH"),
    type=click.Path(path_type=None),
    help=N_(
        "For json, a file (default: stdout); for csv, datapackage and parquet, a directory;"
        " for sqlite, a file (required)."
    ),
)
@click.option(
    "--force",
    is_flag=True,
    help=N_(
        "Replace an existing --output file, or the export's own files in a folder that is"
        " not empty (other files there are left alone); without it, either is an error."
    ),
)
@data_version_option
def export(fmt: str, given: str | None, force: bool, data_version: str | None) -> None:
    output = as_path(given) if given is not None else None
    if fmt == "sqlite":
        from nptexperts.export.sqlite import write_sqlite

        if output is None:
            fail("--output FILE is required for the sqlite export")
        if output.is_dir():
            fail(f"{output} is a directory: give a file name for the sqlite export")
        with friendly_errors():
            write_sqlite(output, data_version, force=force)
        click.echo(f"wrote {output}", err=True)
        return
    if fmt == "json":
        from nptexperts.export.json import to_json

        with friendly_errors():
            raw = to_json(data_version=data_version)
        if output is None:
            write_stdout(raw)
            return
        if output.is_dir():
            fail(f"{output} is a directory: give a file name for the JSON export")
        if output.exists() and not force:
            fail(f"{output} exists: give --force to replace it")
        from nptexperts._atomic import write_file

        with friendly_errors():
            write_file(output, raw, replace=force)
        click.echo(f"wrote {output}", err=True)
        return
    if output is None:
        fail(f"--output DIRECTORY is required for the {fmt} export")
    if output.exists() and not output.is_dir():
        fail(f"{output} is not a directory: the {fmt} export writes several files")
    if output.is_dir() and any(output.iterdir()) and not force:
        fail(f"{output} is not empty: give --force to replace the export's files in it")
    from nptexperts._api import load_dataset

    with friendly_errors():
        dataset = load_dataset(data_version=data_version)
    if fmt == "csv":
        from nptexperts.export.csv import write_csv

        paths = write_csv(output, dataset, force=force)
        click.echo(f"wrote {len(paths)} CSV files to {output}", err=True)
    elif fmt == "parquet":
        from nptexperts.export.parquet import write_parquet

        try:
            paths = write_parquet(output, dataset, force=force)
        except ImportError as exc:
            fail(str(exc))
        click.echo(f"wrote {len(paths)} Parquet files to {output}", err=True)
    else:
        from nptexperts.export.datapackage import write_datapackage

        path = write_datapackage(output, dataset, force=force)
        click.echo(f"wrote {path} and its CSV files", err=True)


COMMANDS = (export,)
