"""The command line's words: list and show, argument limits, diff, search, the records'
field paths, verify and cite."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from nptexperts._records.lang import Lang
from nptexperts._words.catalogues import N_, _table

__all__ = ["COMMAND_WORDS"]

#: The command line's words, by key (part of :data:`nptexperts._words.WORDS`).
COMMAND_WORDS: Final[Mapping[str, Mapping[Lang, str]]] = _table(
    {
        # -- the command line (list, show)
        "labelled": N_("{label} ({note})"),
        "text_label": N_("[{language}, {origin}]"),
        "as_of_source": N_("as of {date}, {source}:"),
        "comment_about": N_("{id} ({source}): {question}"),
        "variant": N_("{value} ({language}, {source})"),
        "arg_query": N_("the query"),
        "arg_id": N_("the id"),
        "arg_country": N_("the country"),
        "too_long": N_("{what} is {length} characters long: at most {limit} are allowed"),
        "too_many_parts": N_("the query has {n} words and phrases: at most {limit} are allowed"),
        "diff_added_record": N_("Added: {kind} {id}"),
        "diff_removed_record": N_("Removed: {kind} {id}"),
        "diff_changed_record": N_("Changed: {kind} {id}"),
        "diff_kind_counts": N_("{kind}: {added} added, {removed} removed, {changed} changed"),
        "kinds_expert": N_("experts"),
        "kinds_comment": N_("comments"),
        "kinds_source": N_("sources"),
        "kinds_section": N_("sections"),
        "kinds_question": N_("questions"),
        "kinds_note": N_("notes"),
        "kinds_event": N_("events"),
        "kinds_expectation": N_("expectations"),
        "in_lang_en": N_("in English"),
        "in_lang_ru": N_("in Russian"),
        "search_field": N_("Matched in"),
        "no_results": N_("No results"),
        "search_hits": N_("Text, with the hits"),
        "match_comment": N_("comment"),
        "match_position": N_("position"),
        "match_name": N_("name"),
        "match_name_variant": N_("other spelling"),
        "field_name": N_("name"),
        "field_family_name": N_("family_name"),
        "field_honorific": N_("honorific"),
        "field_country": N_("country"),
        "field_code": N_("code"),
        "field_basis": N_("basis"),
        "field_evidence": N_("evidence"),
        "field_external_source": N_("external_source"),
        "field_advisory_board": N_("advisory_board"),
        "field_section": N_("section"),
        "field_coverage": N_("coverage"),
        "field_notes": N_("notes"),
        "field_positions": N_("positions"),
        "field_title": N_("title"),
        "field_source": N_("source"),
        "field_as_of": N_("as_of"),
        "field_name_variants": N_("name_variants"),
        "field_value": N_("value"),
        "field_lang": N_("lang"),
        "field_note": N_("note"),
        "field_body": N_("body"),
        "field_context": N_("context"),
        "field_span": N_("span"),
        "field_start": N_("start"),
        "field_end": N_("end"),
        "field_question": N_("question"),
        "field_expert": N_("expert"),
        "field_provenance": N_("provenance"),
        "field_wording": N_("wording"),
        "field_publisher": N_("publisher"),
        "field_number": N_("number"),
        "field_date": N_("date"),
        "field_url": N_("url"),
        "field_language": N_("language"),
        "field_text_file": N_("text_file"),
        "field_keywords": N_("keywords"),
        "field_summary": N_("summary"),
        "field_topic": N_("topic"),
        "field_stated_expert_count": N_("stated_expert_count"),
        "field_stated_countries": N_("stated_countries"),
        "field_conference_start": N_("conference_start"),
        "field_goal": N_("goal"),
        "field_method": N_("method"),
        "field_id": N_("id"),
        "unknown_record": N_("no record has the id {id}"),
        "cite_block": N_("Cite"),
        "verify_exact": N_("Found word for word: {who}, {record}."),
        "verify_normalized": N_(
            "Found, up to typography (case, quotation marks, dashes, spaces, ё/е): {who}, {record}."
        ),
        "verify_fuzzy": N_(
            "Not found word for word. Near match ({score:.0f}/100): {who}, {record}."
        ),
        "verify_not_found": N_(
            "Not found: no text of data {version} holds this quote, or anything close to it."
        ),
        "verify_tie": N_(
            "Ambiguous: {n} records of different speakers match about equally; no attribution is made:"
        ),
        "verify_pir": N_("These are PIR Center's own words, not an expert's."),
        "verify_translation": N_(
            "It matches this dataset's editorial translation, not the expert's published words."
        ),
        "verify_other_expert": N_("Not said by {expected}: the words are {who}'s."),
        "verify_where": N_("{source}, characters {start}–{end}; {origin}."),
        "verify_origin_only": N_("{origin}."),
        "verify_differs": N_("What differs:"),
        "pir_center": N_("PIR Center"),
        "diff_changed_one": N_("a word changed: {quote} in the quote, {record} in the record"),
        "diff_changed_many": N_("words changed: {quote} in the quote, {record} in the record"),
        "diff_punctuation": N_("the words are the same; punctuation differs"),
        "diff_added_one": N_("a word added: {quote}"),
        "diff_added_many": N_("words added: {quote}"),
        "diff_dropped_one": N_("a word dropped: {record}"),
        "diff_dropped_many": N_("words dropped: {record}"),
        "bad_accessed_date": N_("--accessed: expected a date as YYYY-MM-DD, got {value}"),
        "cite_needs_citeproc": N_(
            "the '{style}' style needs citeproc-py: pip install 'nptexperts[cite]';"
            " or use the 'gost' style (--style gost), which needs nothing more"
        ),
    }
)
