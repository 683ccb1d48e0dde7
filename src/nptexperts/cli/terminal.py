"""What reaches the terminal: control characters escaped, colour only where asked for, and
lines wrapped to the terminal's width.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from nptexperts._words import N_

__all__ = [
    "clean",
    "color_option",
    "echo",
    "style",
    "use_color",
    "width",
    "wrap",
    "wrap_marked",
    "write_stdout",
]

_F = TypeVar("_F", bound=Callable[..., Any])


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
