"""The words of the records and their fields: labels, the event and the expectations,
provenance and languages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from nptexperts._records.lang import Lang
from nptexperts._words.catalogues import N_, _table

__all__ = ["RECORD_WORDS"]

#: The records' and their fields' labels, by key (part of :data:`nptexperts._words.WORDS`).
RECORD_WORDS: Final[Mapping[str, Mapping[Lang, str]]] = _table(
    {
        # -- records and their fields
        "expert": N_("Expert"),
        "experts": N_("Experts"),
        "name": N_("Name"),
        "record_id": N_("Record id"),
        "country": N_("Country"),
        "country_basis": N_("Basis"),
        "evidence": N_("Evidence"),
        "external_source": N_("Outside source"),
        "unknown_country": N_("unknown country"),
        "advisory_board": N_("PIR Center Advisory Board"),
        "positions": N_("Positions"),
        "position": N_("Position"),
        "as_of": N_("as of {date}"),
        "comments": N_("Comments"),
        "comment": N_("Comment"),
        "coverage": N_("Comments in the dataset"),
        "question": N_("Question"),
        "questions": N_("Questions"),
        "context": N_("PIR's words around the quote"),
        "span": N_("characters {start}–{end} of the source's text"),
        "name_variants": N_("Other spellings"),
        "name_variant": N_("Other spelling"),
        "record_notes": N_("Editors' notes"),
        "dataset_notes": N_("Dataset notes"),
        "topic": N_("Topic"),
        "source": N_("Source"),
        "sources": N_("Sources"),
        # a source as a reader knows it: "PIR Center, № 23 (81), 2025"
        "source_short": N_("{publisher}, {number}"),
        "section": N_("Section"),
        "summary": N_("PIR's summary"),
        "keywords": N_("Keywords"),
        "conference_start": N_("The Review Conference starts (as PIR states it)"),
        "project_goal": N_("The project's goal"),
        "project_method": N_("How the comments were gathered"),
        "project_context": N_("The context PIR gives"),
        "number": N_("Number"),
        "date": N_("Date"),
        "publisher": N_("Publisher"),
        "language": N_("Language"),
        "lang_en": N_("English"),
        "lang_ru": N_("Russian"),
        # -- the event and the expectations (data 2026.4)
        "event": N_("Event"),
        "event_dates": N_("Dates"),
        "date_range": N_("{start} to {end}"),
        "event_place": N_("Place"),
        "event_president": N_("President"),
        "event_outcome": N_("Outcome"),
        "event_sources": N_("Sources outside the release"),
        "event_source": N_("{publisher}: {url} (read on {date})"),
        "event_source_issue": N_("{publisher}, {issue}: {url} (read on {date})"),
        "facts_from": N_("from {sources}"),
        "expectations": N_("Expectations"),
        "expectation_by": N_("{who}, {record}"),
        "source_summary": N_("PIR Center's summary"),
        "quote": N_("Quote"),
        "expected": N_("Expected"),
        "condition": N_("Condition"),
        "unconditional": N_("none: the expectation is not conditional"),
        "resolution": N_("Resolution"),
        "reasoning": N_("Reasoning"),
        "judged_by": N_("Judged by"),
        # -- the search's labels for the texts of the events and the expectations
        "search_expectations": N_("In the expectations and the event's record"),
        "search_record": N_("Record"),
        "event_name": N_("Name of the event"),
        "event_president_post": N_("President's post"),
        "note": N_("Editors' note"),
        "no_expectations": N_(
            "Data {version} holds no expectations: they are in data 2026.4 and later."
        ),
        # -- provenance and languages
        "in_english": N_("in English"),
        "english_only": N_("English only"),
        "provenance": N_("Provenance"),
    }
)
