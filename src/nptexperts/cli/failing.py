"""The package's errors as one line on stderr, in the interface's language, and exit status 1."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import click

from nptexperts._errors import DataError, NptExpertsError
from nptexperts._records.lang import Lang
from nptexperts.cli.language import interface_lang
from nptexperts.cli.terminal import clean

__all__ = ["fail", "friendly_errors"]


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
