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
from nptexperts._records.lang import Lang
from nptexperts._words import N_

if TYPE_CHECKING:
    from pathlib import Path

    from nptexperts._lookup.index import Index
    from nptexperts._records.models import Text

_F = TypeVar("_F", bound=Callable[..., Any])


# -- the interface's language ------------------------------------------------------

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


def _click_words(lang: Lang) -> tuple[Callable[[str], str], Callable[[str, str, int], str]]:
    """click's ``gettext`` and ``ngettext`` in ``lang``: English as click writes it, or the
    package's catalogue of click's messages (domain ``click``)."""
    if lang == "en":
        return (lambda message: message), (lambda s, p, n: s if n == 1 else p)
    from nptexperts._words import catalogue

    found = catalogue(lang, "click")
    return found.gettext, found.ngettext


@contextmanager
def speaking(lang: Lang) -> Iterator[None]:
    """Run a command in ``lang``: the package's words and click's own.

    click looks its messages up with :func:`gettext.gettext` (domain ``messages``, the
    process's locale); while the command runs, its modules' ``_`` and ``ngettext`` look
    them up in the package's catalogue for ``lang`` instead, so that "Usage:", the
    option ``--help`` and every usage error are in the command's language (in English
    with no look-up at all). They are restored afterwards.
    """
    import gettext

    gettext_, ngettext_ = _click_words(lang)
    patched: list[tuple[object, str, object]] = []
    for name, module in list(sys.modules.items()):
        if name != "click" and not name.startswith("click."):
            continue
        for attribute, original, replacement in (
            ("_", gettext.gettext, gettext_),
            ("ngettext", gettext.ngettext, ngettext_),
        ):
            if getattr(module, attribute, None) is original:
                patched.append((module, attribute, original))
                setattr(module, attribute, replacement)
    previous, _interface[0] = _interface[0], lang
    try:
        yield
    finally:
        _interface[0] = previous
        for target, name_, value in patched:
            setattr(target, name_, value)


def _error_hint(hint: str) -> Callable[[click.Context | None], str]:
    def get_error_hint(_ctx: click.Context | None) -> str:
        return hint

    return get_error_hint


_C = TypeVar("_C", bound=click.Command)


def localized(command: _C, lang: Lang) -> _C:
    """A copy of ``command`` whose help texts and metavars are in ``lang`` (the
    command's own object is left as it is)."""
    if lang == "en":
        return command
    import copy

    from nptexperts._words import catalogue

    gettext_ = catalogue(lang).gettext

    def tr(text: str | None) -> str | None:
        return gettext_(text) if text else text

    new = copy.copy(command)
    new.help = tr(command.help)
    new.short_help = tr(command.short_help)
    new.options_metavar = tr(command.options_metavar)
    if isinstance(command, click.Group) and isinstance(new, click.Group):
        new.subcommand_metavar = gettext_(command.subcommand_metavar)
    new._help_option = None  # made again, in lang
    params = []
    for param in command.params:
        param = copy.copy(param)
        if isinstance(param, click.Option):
            param.help = tr(param.help)
        param.metavar = tr(param.metavar)
        # click names a parameter in an error between straight quotes ('--limit'); in
        # Russian, between «…»
        if isinstance(param, click.Argument):
            names = [(param.metavar or param.human_readable_name.upper()).strip("[]")]
        else:
            names = param.opts or [param.human_readable_name]
        param.get_error_hint = _error_hint(" / ".join(f"«{name}»" for name in names))  # type: ignore[method-assign,assignment]
        params.append(param)
    new.params = params
    return new


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
        help=N_(
            "Colour the output, or not. Default: colour only on a terminal, and never when"
            " the NO_COLOR environment variable is set (https://no-color.org)."
        ),
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


def fail(message: str, lang: str | None = None) -> NoReturn:
    """Print one line on stderr ("Error: …", «Ошибка: …») and exit 1 (``lang``: by
    default the interface's)."""
    from nptexperts._words import word

    click.echo(f"{word('error', lang or interface_lang())}: {clean(message)}", err=True)
    raise SystemExit(1)


def _country_in(query: str, lang: Lang) -> str:
    """The name of the country ``query`` names, in ``lang`` (``query`` if it names none)."""
    from nptexperts._errors import UnknownCountryError
    from nptexperts._lookup.countries import country_name, resolve_country

    try:
        return country_name(resolve_country(query), lang)
    except UnknownCountryError:
        return query


def _in_words(exc: NptExpertsError, lang: Lang) -> str | None:
    """The interface's own words for a lookup error in ``lang`` (``None``: use the message)."""
    from nptexperts._errors import (
        UnknownCountryError,
        UnknownDataVersionError,
        UnknownIdError,
        UnsupportedLanguageError,
        WithdrawnIdError,
    )
    from nptexperts._words import WORDS, join_or, quote, word

    if lang == "en" or isinstance(exc, WithdrawnIdError):
        return None
    said = getattr(exc, "words", None)  # an argument over its cap (nptexperts._args)
    if said is not None:
        key, fields = said
        what = {"the query": "arg_query", "the id": "arg_id", "the country": "arg_country"}
        if "what" in fields:
            fields = {**fields, "what": word(what.get(fields["what"], "arg_query"), lang)}
        return word(key, lang, **fields)
    if isinstance(exc, UnsupportedLanguageError):
        return word("unsupported_language", lang, tag=quote(str(exc.lang), lang))
    if isinstance(exc, UnknownDataVersionError):
        return word(
            "unknown_data_version",
            lang,
            version=quote(str(exc.id), lang),
            releases=", ".join(exc.releases),
        )
    if isinstance(exc, UnknownIdError) and f"unknown_{exc.kind}" in WORDS:
        message = word(f"unknown_{exc.kind}", lang, id=quote(str(exc.id), lang))
        options = [quote(s, lang) for s in exc.suggestions]
    elif isinstance(exc, UnknownCountryError):
        message = word("unknown_country_query", lang, query=quote(str(exc.query), lang))
        # each suggestion by its name in the language, once (an English name suggested
        # for a Russian query is the same country as its Russian name)
        options = list(dict.fromkeys(_country_in(s, lang) for s in exc.suggestions))
    else:
        return None
    if options:
        suggestion = word("did_you_mean", lang, options=join_or(options, lang))
        message = word("with_suggestion", lang, message=message, suggestion=suggestion)
    return message


@contextmanager
def friendly_errors(lang: str | None = None) -> Iterator[None]:
    """Turn the package's errors into one line on stderr and exit status 1.

    A lookup error is said in ``lang`` (a tag as the user gave it), else in the
    interface's language.
    """
    from nptexperts._errors import UnsupportedLanguageError
    from nptexperts._records.lang import normalize_lang

    try:
        ui = normalize_lang(lang) if lang is not None else interface_lang()
    except UnsupportedLanguageError:
        ui = interface_lang()
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


def ui_lang(value: str | None) -> Lang:
    """The language a command speaks: ``--lang`` (``value``), else the interface's."""
    return parse_lang(value) or interface_lang()


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
    import textwrap

    return textwrap.fill(
        line,
        width=columns,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def wrap_marked(pieces: list[tuple[str, bool]], indent: str, mark: Callable[[str], str]) -> str:
    """The ``(text, marked)`` pieces escaped (:func:`clean`), on lines of the terminal's
    width after ``indent`` as :func:`wrap` puts them, each marked run passed through
    ``mark`` (a colour) after the wrapping, so that the styles never count as width."""
    import textwrap

    chars: list[tuple[str, bool]] = []
    for piece, marked in pieces:
        for char in clean(piece):
            if char.isspace():
                if chars and chars[-1][0] == " ":
                    continue
                char = " "
            chars.append((char, marked))
    while chars and chars[0][0] == " ":
        chars.pop(0)
    while chars and chars[-1][0] == " ":
        chars.pop()
    line = "".join(c for c, _ in chars)
    lines = textwrap.wrap(
        line,
        width=width(),
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    out, at = [], 0
    for wrapped in lines:
        size = len(wrapped) - len(indent)
        runs, start = [], at
        for n in range(at + 1, at + size + 1):
            if n == at + size or chars[n][1] != chars[start][1]:
                text = line[start:n]
                runs.append(mark(text) if chars[start][1] else text)
                start = n
        out.append(indent + "".join(runs))
        at += size
        if at < len(line) and line[at] == " ":
            at += 1
    return "\n".join(out)


def country_names(index: Index) -> dict[str, Text]:
    return {c.code: c.name for s in index.sections for c in s.stated_countries}


def country_label(index: Index, code: str | None, lang: Lang) -> str:
    """The country's name in ``lang`` and its code: «Казахстан (KZ)»."""
    from nptexperts._words import word

    if code is None:
        return word("unknown_country", lang)
    name = country_names(index).get(code)
    if name is not None:
        return clean(f"{name.text(lang)} ({code})")
    from nptexperts._lookup.countries import country_name

    return clean(f"{country_name(code, lang)} ({code})")


def source_label(index: Index, source_id: str, lang: Lang) -> str:
    """A source as a reader knows it, in ``lang``: «ПИР-Центр, № 23 (81), 2025» (its id
    if the release has no such source)."""
    from nptexperts._words import word

    for source in index.sources:
        if source.id == source_id:
            return clean(
                word(
                    "source_short",
                    lang,
                    publisher=source.publisher.text(lang),
                    number=source.number,
                )
            )
    return clean(source_id)


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


def json_option(help_text: str) -> Callable[[_F], _F]:
    """``--json``: print the result as JSON (its shape: ``nptexperts schema --shape NAME``)."""
    return click.option("--json", "as_json", is_flag=True, help=help_text)


def echo_json(plain: object) -> None:
    """``plain`` as indented UTF-8 JSON on stdout (JSON escapes every control character)."""
    import json

    click.echo(json.dumps(plain, ensure_ascii=False, indent=2))


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
