"""The interface's language: from --lang (before or after the command), else the
environment (NPTEXPERTS_LANG, the locale), and the --lang options.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import click

from nptexperts._records.lang import Lang
from nptexperts._words import N_

__all__ = [
    "BOTH_LANG_HELP",
    "LANG_ENV",
    "LANG_HELP",
    "environment_lang",
    "given_lang",
    "interface_lang",
    "lang_option",
    "parse_lang",
    "root_lang_option",
    "scan_lang",
    "ui_lang",
]

_F = TypeVar("_F", bound=Callable[..., Any])


#: The environment variable that chooses the interface's language when --lang does not.
LANG_ENV = "NPTEXPERTS_LANG"

#: The language of the command that runs (set by :func:`speaking`; ``None``: none runs).
_interface: list[Lang | None] = [None]


def environment_lang() -> Lang:
    """The language the environment asks for: ``NPTEXPERTS_LANG`` (``en`` or ``ru``), else
    the locale's (the first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set: a
    Russian locale such as ``ru_RU.UTF-8`` gives Russian), else English."""
    from nptexperts._errors import UnsupportedLanguageError
    from nptexperts._records.lang import normalize_lang

    chosen = os.environ.get(LANG_ENV)
    if chosen:
        try:
            return normalize_lang(chosen)
        except UnsupportedLanguageError:
            pass  # an unsupported choice: the locale decides
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


def scan_lang(args: list[str]) -> Lang | None:
    """The language ``--lang``/``-l`` gives in ``args``, before or after the command
    (read before click parses them, so that click's own messages, such as a usage
    error, are in it too); ``None`` if none is given, or it is not a language."""
    from nptexperts._errors import UnsupportedLanguageError
    from nptexperts._records.lang import normalize_lang

    for n, arg in enumerate(args):
        if arg == "--":
            break
        if arg in ("--lang", "-l"):
            value = args[n + 1] if n + 1 < len(args) else ""
        elif arg.startswith("--lang="):
            value = arg[len("--lang=") :]
        elif arg.startswith("-l") and len(arg) > 2:
            value = arg[2:]
        else:
            continue
        try:
            return normalize_lang(value)
        except UnsupportedLanguageError:
            return None
    return None


def interface_lang() -> Lang:
    """The language the interface speaks: the running command's, else the environment's."""
    return _interface[0] or environment_lang()


def given_lang(lang: str | None) -> str | None:
    """The command's ``--lang``, else the one given before the command (``nptexperts
    --lang ru list``), else ``None``."""
    if lang is not None:
        return lang
    ctx = click.get_current_context(silent=True)
    if ctx is None:
        return None
    found: str | None = ctx.find_root().meta.get(_LANG_KEY)
    return found


_LANG_KEY = "nptexperts._records.lang"


def root_lang_option(function: _F) -> _F:
    """``--lang`` before the command: the same as after it."""

    def remember(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
        if value is not None:
            ctx.meta[_LANG_KEY] = value

    return click.option(
        "--lang",
        "-l",
        metavar=N_("LANG"),
        default=None,
        expose_value=False,
        is_eager=True,
        callback=remember,
        help=N_(
            "The language: en or ru, for every command (the same as --lang after the"
            " command). Default: the NPTEXPERTS_LANG environment variable, else the"
            " locale (LC_ALL, LC_MESSAGES, LANG)."
        ),
    )(function)


def parse_lang(value: str | None) -> Lang | None:
    from nptexperts._records.lang import normalize_lang

    return normalize_lang(value) if value is not None else None


def ui_lang(value: str | None) -> Lang:
    """The language a command speaks: ``--lang`` (``value``), else the interface's."""
    return parse_lang(value) or interface_lang()


#: ``--lang`` of a command that speaks one language (by default, the interface's).
LANG_HELP = N_(
    "The language: en or ru (tags such as ru-RU are accepted). Default: --lang before the"
    " command, else the NPTEXPERTS_LANG environment variable, else the locale (LC_ALL,"
    " LC_MESSAGES, LANG)."
)
#: ``--lang`` of ``show`` and ``search``, which without it show or search both languages.
BOTH_LANG_HELP = N_(
    "The language: en or ru (tags such as ru-RU are accepted). Default: both languages,"
    " with the labels in the interface's language (NPTEXPERTS_LANG, else the locale)."
)


def lang_option(both: bool = False) -> Callable[[_F], _F]:
    """``--lang``/``-l``: one language (default ``None``: see :func:`given_lang`)."""
    return click.option(
        "--lang",
        "-l",
        "lang",
        default=None,
        metavar=N_("LANG"),
        help=BOTH_LANG_HELP if both else LANG_HELP,
    )
