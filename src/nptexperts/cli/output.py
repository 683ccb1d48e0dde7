"""What the commands share: one-line errors, the language and data-version options,
colour, escaping of record texts, wrapping and raw output."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from nptexperts._errors import DataError, NptExpertsError

if TYPE_CHECKING:
    from pathlib import Path

    from nptexperts._lookup.index import Index
    from nptexperts._records.lang import Lang
    from nptexperts._records.models import Text

_F = TypeVar("_F", bound=Callable[..., Any])


# -- commands -------------------------------------------------------------------

#: The help option's own help.
HELP_HELP = "Show this message and exit."


def _show_help(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


class PlainHelp(click.Command):
    """A click command whose ``-h/--help`` option is made without gettext.

    click makes its help option with a help text passed through :mod:`gettext`, whose
    first look-up imports :mod:`locale` and searches the disk for message catalogues
    (about 1 ms, a fortieth of a command's start; the package has no catalogues for
    click's words). This option behaves as click's: eager, and shows the help.
    """

    _plain_help: click.Option | None = None

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = self.get_help_option_names(ctx)
        if not names or not self.add_help_option:
            return None
        if self._plain_help is None:  # one object: click orders eager options by identity
            self._plain_help = click.Option(
                names,
                is_flag=True,
                expose_value=False,
                is_eager=True,
                help=HELP_HELP,
                callback=_show_help,
            )
        return self._plain_help


# -- control characters ---------------------------------------------------------


def clean(text: str) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\u202e``).

    Record texts are hostile on the way out: an escape sequence or a bidirectional
    override in a record must never act on the reader's terminal. Every record
    text a command prints passes through here (:func:`wrap` calls it). The set is
    :data:`nptexperts._unsafe.UNSAFE`: the same characters the curators' text rule
    refuses and the notebook display escapes.

    >>> clean("ok\\x1b[31m red \\u202e\\u2060")
    'ok\\\\x1b[31m red \\\\u202e\\\\u2060'
    """
    from nptexperts._unsafe import escape_unsafe

    return escape_unsafe(text)


# -- colour -------------------------------------------------------------------

_COLOR_KEY = "nptexperts.color"


def color_option(function: _F) -> _F:
    """``--color/--no-color``: colour the output (default: only on a terminal, unless NO_COLOR).

    The choice is kept on the root context, so that the option works before the
    command (``nptexperts --no-color list``) as after it (``nptexperts list --no-color``).
    """

    def remember(ctx: click.Context, _param: click.Parameter, value: bool | None) -> None:
        if value is not None:
            ctx.find_root().meta[_COLOR_KEY] = value

    return click.option(
        "--color/--no-color",
        default=None,
        expose_value=False,
        is_eager=True,
        callback=remember,
        help="Colour the output, or not. Default: colour only on a terminal, and never when"
        " the NO_COLOR environment variable is set (https://no-color.org).",
    )(function)


def use_color(stream: object | None = None) -> bool:
    """Whether to colour: ``--color``/``--no-color`` if given, else never with ``NO_COLOR``
    set (to anything but the empty string), else only when ``stream`` (stdout) is a terminal."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None:
        chosen = ctx.find_root().meta.get(_COLOR_KEY)
        if chosen is not None:
            return bool(chosen)
    if os.environ.get("NO_COLOR"):
        return False
    out = stream if stream is not None else sys.stdout
    isatty = getattr(out, "isatty", None)
    return bool(isatty and isatty())


def style(text: str, **styles: Any) -> str:
    """``text`` styled (``bold=True``, ``dim=True``, ``fg="yellow"``) when colouring, else as is."""
    return click.style(text, **styles) if use_color() else text


def echo(text: str = "", *, err: bool = False) -> None:
    """Print a line; styles pass only when colouring (``--color`` works through a pipe too)."""
    click.echo(text, err=err, color=use_color(sys.stderr if err else None))


def fail(message: str, lang: str = "en") -> NoReturn:
    """Print one line on stderr ("Error: …", «Ошибка: …») and exit 1."""
    from nptexperts._words import word

    click.echo(f"{word('error', lang)}: {clean(message)}", err=True)
    raise SystemExit(1)


def _in_words(exc: NptExpertsError, lang: str) -> str | None:
    """The interface's own words for a lookup error in ``lang`` (``None``: use the message)."""
    from nptexperts._errors import (
        UnknownCountryError,
        UnknownDataVersionError,
        UnknownIdError,
        WithdrawnIdError,
    )
    from nptexperts._words import WORDS, word

    if lang == "en" or isinstance(exc, WithdrawnIdError):
        return None
    said = getattr(exc, "words", None)  # an argument over its cap (nptexperts._args)
    if said is not None:
        key, fields = said
        what = {"the query": "arg_query", "the id": "arg_id", "the country": "arg_country"}
        if "what" in fields:
            fields = {**fields, "what": word(what.get(fields["what"], "arg_query"), lang)}
        return word(key, lang, **fields)
    if isinstance(exc, UnknownDataVersionError):
        return word(
            "unknown_data_version", lang, version=repr(exc.id), releases=", ".join(exc.releases)
        )
    if isinstance(exc, UnknownIdError) and f"unknown_{exc.kind}" in WORDS:
        message = word(f"unknown_{exc.kind}", lang, id=repr(exc.id))
    elif isinstance(exc, UnknownCountryError):
        message = word("unknown_country_query", lang, query=repr(exc.query))
    else:
        return None
    if exc.suggestions:
        options = f" {word('or', lang)} ".join(exc.suggestions)
        message += ": " + word("did_you_mean", lang, options=options)
    return message


@contextmanager
def friendly_errors(lang: str | None = None) -> Iterator[None]:
    """Turn the package's errors into one line on stderr and exit status 1.

    With ``lang`` (a tag as the user gave it), a lookup error is said in that language.
    """
    from nptexperts._errors import UnsupportedLanguageError
    from nptexperts._records.lang import normalize_lang

    try:
        ui = normalize_lang(lang) if lang is not None else "en"
    except UnsupportedLanguageError:
        ui = "en"
    try:
        yield
    except NptExpertsError as exc:
        said = _in_words(exc, ui)
        if said is not None:
            fail(said, ui)
        fail(str(exc).splitlines()[0] if not isinstance(exc, DataError) else str(exc), ui)


def parse_lang(value: str | None) -> Lang | None:
    from nptexperts._records.lang import normalize_lang

    return normalize_lang(value) if value is not None else None


def write_stdout(raw: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(raw)
    sys.stdout.buffer.flush()


def width() -> int:
    """The terminal's width, at most 100 (as :func:`shutil.get_terminal_size`, without
    importing shutil, which costs as much as a command's own work)."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return min(columns or 100, 100)


def wrap(text: str, indent: str) -> str:
    """``text`` escaped (:func:`clean`), on lines of the terminal's width, each after ``indent``."""
    line, columns = clean(" ".join(text.split())), width()
    if line and len(indent) + len(line) <= columns:
        return indent + line  # what textwrap would give, without importing it
    import textwrap

    return textwrap.fill(
        line,
        width=columns,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def country_names(index: Index) -> dict[str, Text]:
    return {c.code: c.name for s in index.sections for c in s.stated_countries}


def country_label(index: Index, code: str | None, lang: Lang) -> str:
    from nptexperts._words import word

    if code is None:
        return word("unknown_country", lang)
    name = country_names(index).get(code)
    return clean(f"{name.text(lang)} ({code})" if name is not None else code)


LANG_HELP = "Language: en or ru (tags such as ru-RU are accepted)."


def lang_option(default: str | None) -> Callable[[_F], _F]:
    help_text = LANG_HELP + (" Default: both." if default is None else f" Default: {default}.")
    return click.option("--lang", "-l", "lang", default=default, metavar="LANG", help=help_text)


def json_option(what: str) -> Callable[[_F], _F]:
    """``--json``: print ``what`` as JSON (its shape: ``nptexperts schema --shape NAME``)."""
    return click.option("--json", "as_json", is_flag=True, help=f"Print {what} as JSON.")


def echo_json(plain: object) -> None:
    """``plain`` as indented UTF-8 JSON on stdout (JSON escapes every control character)."""
    import json

    click.echo(json.dumps(plain, ensure_ascii=False, indent=2))


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


def json_line(plain: object) -> str:
    """``plain`` as one line of JSON (JSON Lines), UTF-8 text rather than ``\\u`` escapes,
    but with every character :func:`clean` escapes (C1 and bidirectional controls too,
    which JSON itself leaves as they are) written as a JSON escape: the value is unchanged."""
    import json

    return json.dumps(plain, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def _json_escape(code: int) -> str:
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def _json_escapes() -> dict[int, str]:
    from nptexperts._unsafe import UNSAFE

    return {c: _json_escape(c) for c in UNSAFE if c not in (0x09, 0x0A)}


_JSON_ESCAPES = _json_escapes()


def as_path(value: str) -> Path:
    """A click path as a :class:`~pathlib.Path` (pathlib imported only when a path is given)."""
    from pathlib import Path

    return Path(value)
