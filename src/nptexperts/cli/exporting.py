"""``export``: the records as JSON, CSV files, a Frictionless Data Package, SQLite or Parquet."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from nptexperts._words import N_

if TYPE_CHECKING:
    pass

from nptexperts.cli.output import (
    as_path,
    clean,
    data_version_option,
    echo,
    fail,
    friendly_errors,
    interface_lang,
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
    from nptexperts._words import count, word

    ui = interface_lang()
    output = as_path(given) if given is not None else None
    if fmt == "sqlite":
        from nptexperts.export.sqlite import write_sqlite

        if output is None:
            fail(word("export_needs_file", ui, format=fmt), ui)
        if output.is_dir():
            fail(word("export_is_folder", ui, path=output, format=fmt), ui)
        with friendly_errors():
            write_sqlite(output, data_version, force=force)
        echo(clean(word("wrote", ui, path=output)), err=True)
        return
    if fmt == "json":
        from nptexperts.export.json import to_json

        with friendly_errors():
            raw = to_json(data_version=data_version)
        if output is None:
            write_stdout(raw)
            return
        if output.is_dir():
            fail(word("export_is_folder", ui, path=output, format="JSON"), ui)
        if output.exists() and not force:
            fail(word("output_exists", ui, path=output), ui)
        from nptexperts._atomic import write_file

        with friendly_errors():
            write_file(output, raw, replace=force)
        echo(clean(word("wrote", ui, path=output)), err=True)
        return
    if output is None:
        fail(word("export_needs_folder", ui, format=fmt), ui)
    if output.exists() and not output.is_dir():
        fail(word("export_not_folder", ui, path=output, format=fmt), ui)
    if output.is_dir() and any(output.iterdir()) and not force:
        fail(word("output_not_empty", ui, path=output), ui)
    from nptexperts._api import load_dataset

    with friendly_errors():
        dataset = load_dataset(data_version=data_version)
    with friendly_errors():
        if fmt == "csv":
            from nptexperts.export.csv import write_csv

            paths = write_csv(output, dataset, force=force)
            files = count(len(paths), "csv_file", ui)
            echo(clean(word("wrote_files", ui, files=files, path=output)), err=True)
        elif fmt == "parquet":
            from nptexperts.export.parquet import write_parquet

            try:
                paths = write_parquet(output, dataset, force=force)
            except ImportError as exc:
                fail(str(exc), ui)
            files = count(len(paths), "parquet_file", ui)
            echo(clean(word("wrote_files", ui, files=files, path=output)), err=True)
        else:
            from nptexperts.export.datapackage import write_datapackage

            path = write_datapackage(output, dataset, force=force)
            croissant = path.with_name("croissant.json")
            echo(clean(word("wrote_datapackage", ui, path=path, croissant=croissant)), err=True)


COMMANDS = (export,)
