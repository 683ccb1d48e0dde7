"""A country and a source as a reader knows them, in the interface's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nptexperts._records.lang import Lang
from nptexperts.cli.terminal import clean

if TYPE_CHECKING:
    from nptexperts._lookup.index import Index
    from nptexperts._records.models import Text

__all__ = ["country_label", "country_names", "source_label"]


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
