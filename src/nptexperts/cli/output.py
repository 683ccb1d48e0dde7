"""What the commands share: one-line errors, the language option, wrapping, raw output."""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from nptexperts.errors import DataError, NptExpertsError

if TYPE_CHECKING:
    from nptexperts.index import Index
    from nptexperts.lang import Lang
    from nptexperts.models import Text

_F = TypeVar("_F", bound=Callable[..., Any])


def fail(message: str) -> NoReturn:
    """Print one line on stderr and exit 1."""
    click.echo(f"Error: {message}", err=True)
    raise SystemExit(1)


@contextmanager
def friendly_errors() -> Iterator[None]:
    """Turn the package's errors into one line on stderr and exit status 1."""
    try:
        yield
    except NptExpertsError as exc:
        fail(str(exc).splitlines()[0] if not isinstance(exc, DataError) else str(exc))


def parse_lang(value: str | None) -> Lang | None:
    from nptexperts.lang import normalize_lang

    return normalize_lang(value) if value is not None else None


def write_stdout(raw: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(raw)
    sys.stdout.buffer.flush()


def width() -> int:
    return min(shutil.get_terminal_size((100, 24)).columns, 100)


def wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        " ".join(text.split()),
        width=width(),
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def country_names(index: Index) -> dict[str, Text]:
    return {c.code: c.name for s in index.sections for c in s.stated_countries}


def country_label(index: Index, code: str | None, lang: Lang) -> str:
    if code is None:
        return "unknown country" if lang == "en" else "страна неизвестна"
    name = country_names(index).get(code)
    return f"{name.text(lang)} ({code})" if name is not None else code


LANG_HELP = "Language: en or ru (tags such as ru-RU are accepted)."


def lang_option(default: str | None) -> Callable[[_F], _F]:
    help_text = LANG_HELP + (" Default: both." if default is None else f" Default: {default}.")
    return click.option("--lang", "-l", "lang", default=default, metavar="LANG", help=help_text)


def data_version_option(function: _F) -> _F:
    """The ``--data-version`` option: which shipped data release to read (default: the latest)."""
    option = click.option(
        "--data-version",
        "data_version",
        metavar="VERSION",
        default=None,
        help="The data release to read, e.g. 2026.1 (default: the latest;"
        " `nptexperts releases` lists them).",
    )
    return option(function)
