"""What the commands share, in one place to import it from: the language and its options
(``language.py``, ``localizing.py``), what reaches the terminal (``terminal.py``), one-line
errors (``failing.py``), JSON output (``jsonout.py``), countries' and sources' labels
(``labels.py``); and, here, the data-version option and paths."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from nptexperts._words import N_
from nptexperts.cli.failing import fail, friendly_errors
from nptexperts.cli.jsonout import echo_json, json_line, json_option
from nptexperts.cli.labels import country_label, country_names, source_label
from nptexperts.cli.language import (
    BOTH_LANG_HELP,
    LANG_ENV,
    LANG_HELP,
    environment_lang,
    given_lang,
    interface_lang,
    lang_option,
    parse_lang,
    root_lang_option,
    scan_lang,
    ui_lang,
)
from nptexperts.cli.localizing import localized, speaking
from nptexperts.cli.terminal import (
    clean,
    color_option,
    echo,
    style,
    use_color,
    width,
    wrap,
    wrap_marked,
    write_stdout,
)

if TYPE_CHECKING:
    from pathlib import Path

__all__ = [
    "BOTH_LANG_HELP",
    "LANG_ENV",
    "LANG_HELP",
    "as_path",
    "clean",
    "color_option",
    "country_label",
    "country_names",
    "data_version_option",
    "echo",
    "echo_json",
    "environment_lang",
    "fail",
    "friendly_errors",
    "given_lang",
    "interface_lang",
    "json_line",
    "json_option",
    "lang_option",
    "localized",
    "parse_lang",
    "root_lang_option",
    "scan_lang",
    "source_label",
    "speaking",
    "style",
    "ui_lang",
    "use_color",
    "width",
    "wrap",
    "wrap_marked",
    "write_stdout",
]

_F = TypeVar("_F", bound=Callable[..., Any])


def data_version_option(function: _F) -> _F:
    """The ``--data-version`` option: which shipped data release to read (default: the latest)."""
    option = click.option(
        "--data-version",
        "data_version",
        metavar=N_("VERSION"),
        default=None,
        help=N_(
            "The data release to read, e.g. 2026.1 (default: the latest;"
            " `nptexperts releases` lists them)."
        ),
    )
    return option(function)


def as_path(value: str) -> Path:
    """A click path as a :class:`~pathlib.Path` (pathlib imported only when a path is given)."""
    from pathlib import Path

    return Path(value)
