"""The rules on one record's own fields: every text's characters, languages and
provenance, a source's URL and text file, and where a misplaced quote really is.

:mod:`~nptexperts.curate.checks` applies them to every record, beside the rules
that span records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

from nptexperts._errors import Fault
from nptexperts._records.models import Note, Origin, Source, Text
from nptexperts._releases.store import is_plain_name
from nptexperts.curate.directory import Loaded
from nptexperts.curate.text import MULTI_LINE, shown, text_problem
from nptexperts.curate.yamlfile import Path

__all__ = [
    "record_texts",
    "source_faults",
    "string_faults",
    "text_faults",
    "url_faults",
    "where_found",
]

_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: The schemes a URL may have.
_URL = re.compile(r"https?://[^\s/?#]+[^\s]*")


def record_texts(value: Any, path: Path) -> Iterator[tuple[Path, Text]]:
    """Every :class:`Text` inside a record, with its path."""
    if isinstance(value, Text):
        yield path, value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from record_texts(getattr(value, field.name), (*path, field.name))
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from record_texts(item, (*path, i))


def _strings(value: Any, path: Path, field: str) -> Iterator[tuple[Path, str, str]]:
    """Every text inside a record: its path, the name of the field it belongs to, the text."""
    if isinstance(value, str):
        yield path, field, value
    elif isinstance(value, Text | Note):
        for lang in ("en", "ru"):
            local = getattr(value, lang)
            if local is None:  # the Russian of a note in English only
                continue
            yield (*path, lang), field, local.value
            yield from _strings(local.provenance, (*path, lang, "provenance"), "provenance")
    elif attrs.has(type(value)):
        for f in attrs.fields(type(value)):
            yield from _strings(getattr(value, f.name), (*path, f.name), f.name)
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _strings(item, (*path, i), field)


def string_faults(lo: Loaded, record: Any) -> list[Fault]:
    """The text rules (:mod:`nptexperts.curate.text`) for every text of ``record``."""
    out = []
    for path, field, value in _strings(record, (), ""):
        problem = text_problem(value, one_line=field not in MULTI_LINE)
        if problem is not None:
            out.append(lo.file.fault(path, f"the text {shown(value)} has {problem}"))
    return out


def where_found(text: str, quote: str) -> str:
    """Where ``quote`` occurs in the source ``text``, as a curator's hint."""
    at = text.find(quote)
    if at < 0:
        return "the text is not found in the source: expected the source's exact words"
    again = text.find(quote, at + 1)
    more = " (and again later)" if again >= 0 else ""
    return f"the text is found at {at}–{at + len(quote)}{more}: expected that span"


def text_faults(
    lo: Loaded,
    path: Path,
    text: Text,
    sources: dict[str, Source],
    external: frozenset[str] = frozenset(),
) -> list[Fault]:
    """The rules on one text's languages and provenance; ``external`` holds the ids of
    sources outside the release (an event's) that a provenance may also name."""
    out: list[Fault] = []
    for lang in ("en", "ru"):
        local = getattr(text, lang)
        where = (*path, lang)
        if local.provenance.source not in sources and local.provenance.source not in external:
            out.append(
                lo.file.fault(
                    (*where, "provenance", "source"),
                    f"no source has the id {shown(local.provenance.source)}",
                )
            )
        has_cyrillic = bool(_CYRILLIC.search(local.value))
        if lang == "ru" and not has_cyrillic:
            out.append(
                lo.file.fault(
                    where,
                    "the Russian text has no Cyrillic letters: expected the text in Russian",
                )
            )
        if lang == "en" and has_cyrillic and local.provenance.origin is Origin.PUBLISHED:
            out.append(
                lo.file.fault(
                    where,
                    "the English text has Cyrillic letters: expected the text in English",
                )
            )
        source = sources.get(local.provenance.source)
        if (
            source is not None
            and local.provenance.origin is Origin.PUBLISHED
            and source.language != lang
        ):
            out.append(
                lo.file.fault(
                    where,
                    f"marked published, but source {source.id!r} publishes in {source.language!r}: expected origin editorial_translation",
                )
            )
    return out


def url_faults(lo: Loaded, path: Path, url: str) -> list[Fault]:
    """A web address must be ``https://…`` or ``http://…``."""
    if _URL.fullmatch(url):
        return []
    return [
        lo.file.fault(
            path,
            f"the URL {shown(url)} is not a web address: expected https://… or"
            " http://… (no other scheme)",
        )
    ]


def source_faults(lo: Loaded, source: Source, texts: dict[str, str]) -> list[Fault]:
    out = []
    if not _URL.fullmatch(source.url):
        out.append(
            lo.file.fault(
                ("url",),
                f"the URL {shown(source.url)} is not a web address: expected https://… or"
                " http://… (no other scheme)",
            )
        )
    name = source.text_file
    if name is None:
        return out
    if not is_plain_name(name):
        out.append(
            lo.file.fault(
                ("text_file",),
                f"expected a plain file name (no folders, no '..'), got {shown(name)}",
            )
        )
    elif name not in texts:
        out.append(
            lo.file.fault(
                ("text_file",),
                f"no file {shown(name)} beside it in sources/: expected the source's text there",
            )
        )
    return out
