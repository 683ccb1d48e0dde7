"""A command run in its language: click's own messages, and the commands' help texts and
metavars, from the package's catalogues.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import click

from nptexperts._records.lang import Lang
from nptexperts.cli.language import _interface

__all__ = ["localized", "speaking"]


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
