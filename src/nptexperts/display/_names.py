"""What a record names by id (an expert, a question, a source, a country), in words in the
display's language, from the latest release.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nptexperts._records.lang import Lang
from nptexperts._words import word

if TYPE_CHECKING:
    from nptexperts._lookup.index import Index

__all__ = []


def _index() -> Index | None:
    """The latest release's index, for the words of what a record names by id."""
    from nptexperts._api import load_index
    from nptexperts._errors import NptExpertsError

    try:
        return load_index()
    except NptExpertsError:  # pragma: no cover - the shipped release always loads
        return None


def _expert_name(expert_id: str, ui: Lang) -> str:
    index = _index()
    try:
        return index.get_expert(expert_id).display_name(ui) if index else expert_id
    except LookupError:
        return expert_id


def _question_wording(question_id: str, ui: Lang) -> str:
    index = _index()
    for section in index.sections if index else ():
        for question in section.questions:
            if question.id == question_id:
                return question.wording.text(ui)
    return question_id


def _source(source_id: str, ui: Lang) -> str:
    """A source as a reader knows it: «ПИР-Центр, № 23 (81), 2025»; a source outside the
    release that an event's facts come from, by its publisher."""
    index = _index()
    for source in index.sources if index else ():
        if source.id == source_id:
            return word(
                "source_short", ui, publisher=source.publisher.text(ui), number=source.number
            )
    for event in index.dataset.events if index else ():
        for external in event.sources:
            if external.id == source_id:
                return external.publisher.text(ui)
    return source_id


def _country_name(code: str, ui: Lang) -> str:
    """The country's name in ``ui``: the records' own, else ISO's (as ``nptexperts info``)."""
    index = _index()
    for section in index.sections if index else ():
        for listed in section.stated_countries:
            if listed.code == code:
                return listed.name.text(ui)
    from nptexperts._lookup.countries import country_name

    return country_name(code, ui)


def _country(code: str | None, ui: Lang) -> str:
    """The country's name in ``ui`` and its code («Франция (FR)»), or "unknown country"."""
    if code is None:
        return word("unknown_country", ui)
    return f"{_country_name(code, ui)} ({code})"
