"""The command-line reference: every command's ``--help``, as the command prints it.

The commands are read from the click group :func:`nptexperts.cli.main` (its
``list_commands`` and ``get_command``), and each ``--help`` is run through
:class:`click.testing.CliRunner` with ``NPTEXPERTS_LANG`` set to the page's
language, so the page cannot drift from the command line, and the Russian page
shows the Russian help as soon as the command line has it.

The help is shown line for line (the theme keeps its spaces, see
``nptexperts.css``), not as a code block: its words are prose a reader reads, in the
page's language. Only what a reader types is set as code: options, metavariables,
choices, command names, addresses and names in backquotes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import click
from click.testing import CliRunner

from nptexperts import Lang

from .apiref import GENERATED

__all__ = ["cli_rst", "commands", "help_rst_lines", "help_text"]

#: The width the help is wrapped to (that of a usual terminal).
WIDTH = 80

# Every ASCII punctuation character is escaped in the help's prose (as in nptdocs.rst,
# but spaces are kept: they align the help's columns).
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_CODE = re.compile(
    r"`[^`\n]+`"  # `nptexperts releases`
    r"|https?://[^\s)\]]+[^\s)\].,;]"  # an address
    r"|(?<![\w-])--?[A-Za-z][\w-]*(?:/--?[A-Za-z][\w-]*)?"  # -f, --format, --color/--no-color
    r"|(?<![\w/.<-])[\w<>-]{2,}(?:[./][\w<>-]{2,})+"  # dataset.yaml, compiled/<version>.json.gz
    r"|\b[A-Za-z]+_[\w]+"  # data_version, NO_COLOR
    r"|\b[a-z]{2}-[A-Z]{2}\b"  # ru-RU
    r"|(?<![\w-])(?:en|ru)(?![\w-])"  # the languages' tags
)
#: A metavariable in a usage line (``[OPTIONS] COMMAND [ARGS]...``) ...
_USAGE_METAVAR = re.compile(r"\b[A-Z][A-Z0-9_]+\b")
#: ... and after an option (``--checkout DIRECTORY``, ``-c, --country COUNTRY``).
_OPTION_METAVAR = re.compile(r" *-[\w-]+(?:, --?[\w-]+)* ([A-Z][A-Z0-9_]+)\b")


def commands() -> Iterator[tuple[list[str], click.Command]]:
    """``(path, command)`` of the group and of each of its commands, by name."""
    from nptexperts.cli import main

    yield [], main
    with click.Context(main, info_name="nptexperts") as ctx:
        for name in main.list_commands(ctx):
            command = main.get_command(ctx, name)
            if command is not None and not command.hidden:
                yield [name], command


def help_text(path: list[str], lang: Lang) -> str:
    """What ``nptexperts [path] --help`` prints with ``NPTEXPERTS_LANG=lang``."""
    from nptexperts.cli import main

    runner = CliRunner()
    result = runner.invoke(
        main,
        [*path, "--help"],
        prog_name="nptexperts",
        env={"NPTEXPERTS_LANG": lang, "COLUMNS": str(WIDTH), "NO_COLOR": "1"},
        terminal_width=WIDTH,
        color=False,
    )
    if result.exit_code != 0:
        raise RuntimeError(
            f"`nptexperts {' '.join(path)} --help` exited {result.exit_code}: {result.output}"
        )
    return result.output


def _typed_words(command: click.Command, text: str) -> set[str]:
    """The words of this help that a reader types wherever they stand: the choices of
    its options and the metavariables its usage and options name."""
    words = set()
    for param in command.params:
        if isinstance(param.type, click.Choice):
            words |= {str(c) for c in param.type.choices}
    for line in text.splitlines():
        if "nptexperts" in line.split():
            words |= set(_USAGE_METAVAR.findall(line))
        option = _OPTION_METAVAR.match(line)
        if option is not None:
            words.add(option.group(1))
    return words


def _command_names(command: click.Command, path: list[str]) -> set[str]:
    names = set(path)
    if isinstance(command, click.Group):
        with click.Context(command, info_name="nptexperts") as ctx:
            names |= set(command.list_commands(ctx))
    return names


def _escape(text: str) -> str:
    return _PUNCTUATION.sub(r"\\\1", text)


def _literal(token: str) -> str:
    token = token.strip("`")
    return f"\\ ``{token}``\\ " if "``" not in token else _escape(token)


def _words_pattern(words: set[str]) -> re.Pattern[str]:
    if not words:
        return _CODE
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(f"{_CODE.pattern}|(?<![\\w-])(?:{names})(?![\\w-])")


def _line(line: str, pattern: re.Pattern[str]) -> str:
    """One line of help as reStructuredText: its leading spaces kept (as no-break
    spaces), what ``pattern`` finds as inline code, the rest as escaped text."""
    stripped = line.lstrip(" ")
    out = ["\u00a0" * (len(line) - len(stripped))]
    at = 0
    for match in pattern.finditer(stripped):
        out.append(_escape(stripped[at : match.start()]))
        out.append(_literal(match.group()))
        at = match.end()
    out.append(_escape(stripped[at:]))
    return "".join(out).rstrip()


def _close_code_at_line_ends(text: str) -> str:
    r"""``text`` with every `code` span that click's wrapping split over two lines
    closed at the line's end and opened again on the next, so that each part is code.

    >>> _close_code_at_line_ends("see `nptexperts\n  releases` now")
    'see `nptexperts`\n  `releases` now'
    """
    out: list[str] = []
    inside = False
    for line in text.split("\n"):
        indent = line[: len(line) - len(line.lstrip(" "))]
        body = line[len(indent) :]
        if inside:
            body = "`" + body
        if body.count("`") % 2:
            body += "`"
            inside = True
        else:
            inside = False
        out.append(indent + body)
    return "\n".join(out)


def help_rst_lines(text: str, command: click.Command, path: list[str], lang: Lang) -> list[str]:
    """A help text as a line block in a ``cli-help`` container.

    Command names are code in a usage line and in the list of commands; in prose only
    on a page that is not English (where a Latin ``list`` can only be the command).
    """
    typed = _typed_words(command, text)
    names = _command_names(command, path)
    prose = _words_pattern(typed | (names if lang != "en" else set()))
    usage = _words_pattern(typed | names | {"nptexperts"})
    listed = re.compile(r" {2}(" + "|".join(map(re.escape, sorted(names))) + r")(?= {2}|$)")
    out = [".. container:: cli-help", ""]
    for line in _close_code_at_line_ends(text.rstrip("\n")).split("\n"):
        if names and listed.match(line):
            name = listed.match(line).group(1)  # type: ignore[union-attr]
            rendered = "\u00a0\u00a0" + _literal(name) + _line(line[2 + len(name) :], prose)
        else:
            rendered = _line(line, usage if "nptexperts" in line.split() else prose)
        out.append(f"   | {rendered}" if rendered else "   |")
    return [*out, ""]


def cli_rst(lang: Lang) -> str:
    """The command-line reference as reStructuredText: a section per command.

    >>> rst = cli_rst("en")
    >>> "``nptexperts list``" in rst and "\\\\ ``--data-version``\\\\ " in rst
    True
    """
    out = [GENERATED, ""]
    for path, command in commands():
        name = " ".join(["nptexperts", *path])
        out += [f".. _cli-{'-'.join(path) or 'nptexperts'}:", ""]
        out += [f"``{name}``", "-" * (len(name) + 4), ""]
        out += help_rst_lines(help_text(path, lang), command, path, lang)
    return "\n".join(out) + "\n"
