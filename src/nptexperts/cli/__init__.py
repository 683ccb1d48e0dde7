"""The ``nptexperts`` command line (also ``python -m nptexperts``), built on click.

One module per group of commands: :mod:`~nptexperts.cli.browse` (``list``, ``show``),
:mod:`~nptexperts.cli.find` (``search``), :mod:`~nptexperts.cli.exporting` (``export``),
:mod:`~nptexperts.cli.release` (``info``), :mod:`~nptexperts.cli.quoting` (``cite``,
``verify``), :mod:`~nptexperts.cli.outcome` (``expectations``),
:mod:`~nptexperts.cli.curating` (``validate``,
``compile``, ``schema``); :mod:`~nptexperts.cli.output` holds what they share.
``nptexperts COMMAND --help`` describes each command. Every command prints faults
and errors as plain lines on stderr and exits non-zero; no data fault or bad
argument ever shows a Python traceback.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from nptexperts._words import N_
from nptexperts.cli.output import (
    color_option,
    environment_lang,
    interface_lang,
    localized,
    root_lang_option,
    scan_lang,
    speaking,
)

__all__ = ["main", "run"]


#: Each command, by name, and the module that defines it (imported only when it runs,
#: as click's documentation shows for large groups: ``nptexperts list`` does not import
#: the curators' or the exports' commands).
_COMMANDS = {
    "list": "browse",
    "show": "browse",
    "search": "find",
    "export": "exporting",
    "info": "release",
    "releases": "release",
    "diff": "release",
    "validate": "curating",
    "compile": "curating",
    "schema": "curating",
    "cite": "quoting",
    "verify": "quoting",
    "expectations": "outcome",
}


#: click's usage words that are not looked up with gettext: in the package's catalogue.
_USAGE_WORDS = (N_("[OPTIONS]"), N_("COMMAND [ARGS]..."))


class _Group(click.Group):
    """The command group: commands load on first use, speak the language chosen (see
    :meth:`main`), and an :class:`OSError` in any command is one line on stderr, exit 1."""

    def main(self, args: Any = None, *rest: Any, **extra: Any) -> Any:
        """Run the command line in its language: ``--lang`` (before or after the command),
        else ``NPTEXPERTS_LANG``, else the locale. Help texts, click's own messages and
        the commands' words are all in it."""
        argv = list(sys.argv[1:] if args is None else args)
        lang = scan_lang(argv) or environment_lang()
        with speaking(lang):
            return click.Group.main(localized(self, lang), argv, *rest, **extra)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = _COMMANDS.get(cmd_name)
        if module_name is None:
            return None
        import importlib

        module = importlib.import_module(f"nptexperts.cli.{module_name}")
        for command in module.COMMANDS:
            if command.name == cmd_name:
                found: click.Command = command
                return localized(found, interface_lang())
        raise RuntimeError(f"nptexperts.cli.{module_name} defines no command {cmd_name!r}")

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # the reader went away (``| head``): stop quietly
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise SystemExit(1) from None
        except OSError as exc:
            from nptexperts._unsafe import escape_unsafe
            from nptexperts._words import word

            where = f"{exc.filename}: " if exc.filename is not None else ""
            reason = exc.strerror or str(exc)
            said = f"{word('error', interface_lang())}: {where}{reason}"
            click.echo(escape_unsafe(said), err=True)
            raise SystemExit(1) from None


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        from nptexperts._version import __version__

        click.echo(f"{ctx.find_root().info_name} {__version__}")
        ctx.exit()


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=N_(
        "PIR Center's expert comments on the 2026 NPT Review Conference.\n\n"
        "Every command speaks one language: --lang en or ru (here or after the command),"
        " else the NPTEXPERTS_LANG environment variable, else the locale (LC_ALL,"
        " LC_MESSAGES, LANG). list, show and search take --json and --data-version."
        " Colour only on a terminal, never with NO_COLOR set; --color/--no-color (here or"
        " after the command) decides instead."
    ),
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help=N_("Show the version and exit."),
)
@root_lang_option
@color_option
def main() -> None:
    """The ``nptexperts`` command group (``nptexperts --help``)."""


def run() -> None:
    """The ``nptexperts`` executable (and ``python -m nptexperts``): :func:`main`."""
    main()
