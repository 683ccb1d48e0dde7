"""The words the interface shows, in English and Russian: the one place they live.

Labels, headings, the values of every enumeration in words, counts and dates:
the command line, the notebook display and the documentation all take their
words from here, so that a Russian reader sees Russian throughout, in the terms
PIR Center itself uses (its Advisory Board is «Экспертный совет ПИР-Центра»).

English is the source language: this module holds the English words, marked for
Babel's extractor (``N_``, ``C_`` with a context, ``Nn_`` with a plural). Their
Russian is in the gettext catalogue ``locale/ru/LC_MESSAGES/nptexperts.po``, which the
build compiles to a ``.mo`` file; the catalogue is read only when Russian is asked
for, so English costs nothing. Russian plural forms (one, few, many) follow the
catalogue's ``Plural-Forms`` rule.

>>> from nptexperts._records.models import AdvisoryBoard, Origin
>>> word("advisory_board", "ru")
'Экспертный совет ПИР-Центра'
>>> enum_word(Origin.EDITORIAL_TRANSLATION, "ru")
'редакционный перевод'
>>> count(3, "expert", "ru"), count(21, "expert", "ru"), count(1, "comment", "en")
('3 эксперта', '21 эксперт', '1 comment')
>>> import datetime
>>> date(datetime.date(2026, 4, 27), "ru"), date(datetime.date(2026, 4, 27), "en")
('27 апреля 2026 г.', '27 April 2026')
>>> WORDS["country"]["ru"], WORDS["country"]["en"]
('Страна', 'Country')

A key or an enumeration value without words is a :class:`KeyError`; a test
checks that every member of every enumeration has words, and that every English
word has its Russian in the catalogue.

To add a word: add its English here (``"key": N_("English")``), then run
``python hatch_build.py update`` (extracts ``nptexperts.pot`` and merges it into the
``.po``), write the Russian in the ``.po`` and run ``python hatch_build.py compile``.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Final

from nptexperts._records.lang import Lang, normalize_lang

if TYPE_CHECKING:
    from gettext import GNUTranslations

__all__ = [
    "COUNT_NOUNS",
    "C_",
    "ENUM_WORDS",
    "MONTHS_EN",
    "MONTHS_RU",
    "N_",
    "WORDS",
    "Nn_",
    "catalogue",
    "count",
    "date",
    "enum_word",
    "join_or",
    "quote",
    "word",
]


# -- the markers Babel's extractor reads (hatch_build.py: KEYWORDS) -------------------------


def N_(english: str) -> str:
    """Mark ``english`` for the catalogue (its Russian is looked up when asked for)."""
    return english


def C_(context: str, english: str) -> tuple[str, str]:
    """Mark ``english`` for the catalogue, in ``context`` (an enumeration's name)."""
    return context, english


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a noun with its number for the catalogue: ``"{n} expert", "{n} experts"``."""
    return singular, plural


# -- the catalogues -----------------------------------------------------------------------

_catalogues: dict[tuple[str, str], GNUTranslations] = {}


def catalogue(lang: str = "ru", domain: str = "nptexperts") -> GNUTranslations:
    """The compiled gettext catalogue of ``domain`` in ``lang`` (read once, on first use).

    ``domain`` is ``"nptexperts"`` (the package's words) or ``"click"`` (click's own
    messages: usage errors, "Usage:", "Show this message and exit.").
    """
    key = (lang, domain)
    found = _catalogues.get(key)
    if found is None:
        import io
        from gettext import GNUTranslations

        from nptexperts._releases.store import read_package_data

        try:
            raw = read_package_data(f"locale/{lang}/LC_MESSAGES/{domain}.mo")
        except FileNotFoundError:  # pragma: no cover - an install always has it
            raise RuntimeError(
                f"nptexperts: the {lang} catalogue {domain}.mo is missing; it is compiled"
                " when the package is built or installed (pip install -e . again, or"
                " python hatch_build.py compile)"
            ) from None
        found = GNUTranslations(io.BytesIO(raw))
        _catalogues[key] = found
    return found


class _Words(Mapping[Lang, str]):
    """One word in both languages: the English, and its Russian from the catalogue."""

    __slots__ = ("context", "english")

    def __init__(self, context: str | None, english: str) -> None:
        self.context = context
        self.english = english

    def __getitem__(self, lang: Lang) -> str:
        if lang == "en":
            return self.english
        if lang != "ru":
            raise KeyError(lang)
        russian = catalogue("ru")
        if self.context is None:
            return russian.gettext(self.english)
        return russian.pgettext(self.context, self.english)

    def __iter__(self) -> Iterator[Lang]:
        return iter(("en", "ru"))

    def __len__(self) -> int:
        return 2

    def __repr__(self) -> str:
        return f"<words {self.english!r}>"


def _table(
    marked: Mapping[str, str | tuple[str, str] | Mapping[Lang, str]],
) -> Mapping[str, Mapping[Lang, str]]:
    """The words of a table, by key. An entry still written the old way, as
    ``{"en": …, "ru": …}`` (a branch made before the catalogues), is kept as it is until
    ``python hatch_build.py adopt`` moves its Russian into the catalogue (a test fails
    meanwhile)."""
    return {
        key: _Words(None, value)
        if isinstance(value, str)
        else value
        if isinstance(value, Mapping)
        else _Words(*value)
        for key, value in marked.items()
    }


#: Labels and phrases, by key; a phrase may have ``{fields}`` that :func:`word` fills.
#: ``WORDS[key]["ru"]`` reads the catalogue.
WORDS: Final[Mapping[str, Mapping[Lang, str]]] = _table(
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
        "no_expectations": N_(
            "Data {version} holds no expectations: they are in data 2026.4 and later."
        ),
        # -- provenance and languages
        "in_english": N_("in English"),
        "english_only": N_("English only"),
        "provenance": N_("Provenance"),
        # -- phrases
        "no_comments_quoted": N_(
            "The source quotes none of this expert's comments; they are only in PIR Center's "
            "section “{section}”."
        ),
        "listed_without_experts": N_(
            "The source lists {country} among the experts' countries, but no position of the "
            "experts it names points to it (see the dataset notes)."
        ),
        "no_expert_from": N_("No expert in the dataset is from {country}."),
        "error": N_("Error"),
        "unknown_expert": N_("no expert has the id {id}"),
        "unknown_comment": N_("no comment has the id {id}"),
        "unknown_source": N_("no source has the id {id}"),
        "unknown_data_version": N_(
            "no data release has the version {version}: the releases are {releases}"
        ),
        "unknown_country_query": N_("{query} names no country"),
        "unsupported_language": N_("unsupported language {tag}: use en or ru"),
        "did_you_mean": N_("did you mean {options}?"),
        # an error and its suggestions: "no expert has the id 'x': did you mean …?"
        "with_suggestion": N_("{message}: {suggestion}"),
        "or": N_("or"),
        "and_more": N_("and {more}"),
        "no_matches": N_("No matches for {query}"),
        # -- export, validate, compile and schema: what they say of files
        "output_exists": N_(
            "{path}: it exists: give another name, or ask to overwrite it (--force)"
        ),
        "output_not_file": N_(
            "{path} is not a regular file: an export writes only to a new path or a regular file"
        ),
        "output_not_folder": N_(
            "{path} is not a folder: an export writes only to a new path or a folder"
        ),
        "output_no_folder_name": N_(
            "{path} is not a folder name of its own: give the export's folder (e.g. csv/)"
        ),
        "output_not_empty": N_(
            "{path} is not empty: give --force to replace the export's own files in it"
        ),
        "output_holds_other": N_(
            "{path} holds “{name}”, which is not a regular file: an export replaces only a folder of files"
        ),
        "export_needs_file": N_("--output FILE is required for the {format} export"),
        "export_needs_folder": N_("--output DIRECTORY is required for the {format} export"),
        "export_is_folder": N_("{path} is a folder: give a file name for the {format} export"),
        "export_not_folder": N_("{path} is not a folder: the {format} export writes several files"),
        "wrote": N_("Wrote {path}"),
        "wrote_files": N_("Wrote {files} to {path}"),
        "wrote_datapackage": N_("Wrote {path}, {croissant} and their CSV files"),
        "wrote_size": N_("Wrote {path} ({size})"),
        "wrote_stems": N_("Wrote {path}: the search's stems of every release's words"),
        "wrote_release": N_("Wrote {path}: data {version}, a new release"),
        "release_up_to_date": N_("{path}: data {version} is released and up to date"),
        "next_release": N_(
            "Next: set DATA_VERSION in _version.py and name the digest in CHANGELOG.md"
            " (`nptexperts releases`)"
        ),
        "not_compiled": N_("data {version} of {path} is not compiled: run `nptexperts compile`"),
        "stems_out_of_date": N_(
            "{path}: the search's stems are not those of the releases' words: run"
            " `nptexperts compile`"
        ),
        "faults_found": N_("{faults} found in {path}"),
        "faults_nothing_written": N_("{faults} found in {path}: nothing written"),
        "valid": N_("{path}: valid: {experts}, {comments}, data version {version}"),
        "not_in_checkout": N_(
            "{path} is not inside a source checkout of nptexperts: give the data directory to"
            " check (nptexperts validate DIR)"
        ),
        "checkout_installed": N_(
            "{path} is inside an installed package: curators' commands never write there; run"
            " them in a source checkout (pip install -e .)"
        ),
        "checkout_not": N_(
            "{path} is not a source checkout of nptexperts: expected a pyproject.toml naming"
            " nptexperts and a src/nptexperts/data folder there"
        ),
        "checkout_none": N_(
            "no source checkout of nptexperts in {path} or above it (a folder with a"
            " pyproject.toml naming nptexperts and src/nptexperts/data): run the command in a"
            " clone, or give --checkout DIR"
        ),
        "schema_data_version_alone": N_(
            "--data-version goes with the records' schema only (no --shape, --source, --write)"
        ),
        "schemas_in": N_("Schemas in {path}:"),
        "up_to_date": N_("{path} is up to date"),
        "schemas_out_of_date": N_("{paths}: out of date: run `nptexperts schema --write`"),
        "data_version": N_("Data version"),
        "package_version": N_("Package version"),
        "digest": N_("SHA-256"),
        "verified": N_(
            "checked at load against the digests in the package's code: the installed data files are undamaged and unedited (a check, not a signature)"
        ),
        "licence": N_("Licence"),
        "rights": N_("Rights"),
        "cite": N_("How to cite"),
        # what `info` says of the rights and the citation (the same English as
        # nptexperts._releases.info.RIGHTS and DatasetInfo.citation; a test checks they agree)
        "rights_text": N_(
            "The code and this project's own editorial texts are under the MIT licence. The"
            " English quotations, positions and context are PIR Center's published words (PIR"
            " Press release № 23 (81), 2025), reproduced with attribution to PIR Center; they"
            " are not relicensed. Every Russian text is an editorial translation made by this"
            " project, not PIR Center's wording; each text's provenance says which is which."
        ),
        "citation_text": N_(
            "nptexperts {package}, data release {data} (SHA-256 {digest}). Records of PIR"
            " Center's published texts: {sources}. Please cite PIR Center's publication for the"
            " quotations and the package for the curated records and editorial translations"
            " (see nptexperts info --cite, or dataset_info().citation_cff)."
        ),
        "records": N_("Records"),
        "by_country": N_("Experts by country"),
        "releases": N_("Data releases"),
        "release_heading": N_("data {version}"),
        "first_shipped": N_("first in nptexperts {version}"),
        "withdrew": N_("withdrew {kind} {id}: {reason}"),
        "use_instead": N_("; use {id}"),
        "diff_heading": N_("data {old} → {new}"),
        "diff_same": N_("no record differs"),
        "diff_none": N_("(none)"),
        "diff_summary": N_("{added} added, {removed} removed, {changed} changed ({records})"),
        "kind_expert": N_("expert"),
        "kind_comment": N_("comment"),
        "kind_source": N_("source"),
        "kind_section": N_("section"),
        "kind_question": N_("question"),
        "kind_note": N_("note"),
        "kind_event": N_("event"),
        "kind_expectation": N_("expectation"),
        # -- the documentation site: its reader pages
        "site_experts_intro": N_(
            "Every expert in the dataset (data version {version}), with the country, membership of "
            "PIR Center's Advisory Board as the source states it, and the number of comments the "
            "dataset holds. Each name links to the expert's page, whose address stays the same."
        ),
        "site_labels_intro": N_(
            "Every text is labelled with where its words come from: *published* is the source's own "
            "wording, *editorial translation* a translation made for this dataset, *editorial "
            "wording* the dataset editors' own words."
        ),
        "site_other_language": N_("This page in Russian"),
        "site_all_experts": N_("All experts"),
        "site_board_member": N_("member"),
        "site_board_unknown": N_("not stated"),
        "site_published_original": N_("Published original"),
        "site_quoted_from": N_("Quoted from"),
        "site_address": N_("Address"),
        "site_source_notes": N_("Notes on the source"),
        "site_stated": N_("The source says the section holds {experts}, from: {countries}."),
        "site_read_on": N_("read on {date}"),
        "site_expectations_intro": N_(
            "Every expectation the records state about the conference: who stated it, the"
            " quote, what was expected (in the editors' words), and what came of it. The"
            " resolutions are the dataset editors' judgements against the facts above, never"
            " the experts' or PIR Center's; where those facts do not decide one, it is marked"
            " as not resolvable."
        ),
        "site_notes_intro": N_(
            "The dataset editors' notes on the source: what it says, what it leaves out, and how "
            "the records keep it."
        ),
        # -- the documentation site: the theme's own words (the English is what the theme
        # prints; the Russian pages show the Russian)
        "site_next": N_("Next"),
        "site_previous": N_("Previous"),
        "site_on_this_page": N_("On this page"),
        "site_back_to_top": N_("Back to top"),
        "site_made_with": N_("Made with "),
        "site_skip": N_("Skip to content"),
        "site_toggle_navigation": N_("Toggle site navigation sidebar"),
        "site_toggle_contents": N_("Toggle table of contents sidebar"),
        "site_toggle_theme": N_("Toggle Light / Dark / Auto color theme"),
        "site_home": N_("Home"),
        "site_search": N_("Search"),
        "site_copyright": N_("Copyright &#169; %(copyright)s"),
        "site_authors": N_("nptexperts developers"),
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

#: Every value of every enumeration a record field takes, in words.
ENUM_WORDS: Final[Mapping[str, Mapping[str, Mapping[Lang, str]]]] = {
    "Origin": _table(
        {
            "published": C_("Origin", "published"),
            "editorial_translation": C_("Origin", "editorial translation"),
            "editorial": C_("Origin", "editorial wording"),
        }
    ),
    "Honorific": _table(
        {
            # The record keeps the honorific as data; Russian display names leave it out
            # (before a Russian name, «д-р» and «проф.» read as academic degrees and titles).
            "Dr.": C_("Honorific", "Dr."),
            "Prof.": C_("Honorific", "Prof."),
            "Mr.": C_("Honorific", "Mr."),
            "Ms.": C_("Honorific", "Ms."),
        }
    ),
    "CountryBasis": _table(
        {
            "named_in_affiliation": C_("CountryBasis", "named in an affiliation"),
            "implied_by_affiliation": C_(
                "CountryBasis",
                "implied by an affiliation (an institution of the country)",
            ),
            "external": C_("CountryBasis", "a fact from outside the source"),
            "unknown": C_("CountryBasis", "unknown"),
        }
    ),
    "AdvisoryBoard": _table(
        {
            "member": C_("AdvisoryBoard", "member (as the source states)"),
            "unknown": C_(
                "AdvisoryBoard",
                "unknown: the source does not say (silence does not mean “no”)",
            ),
        }
    ),
    "CommentCoverage": _table(
        {
            "quoted": C_("CommentCoverage", "quoted in part by the source"),
            "not_quoted": C_(
                "CommentCoverage",
                "not quoted: the full comments are only in PIR Center's section",
            ),
        }
    ),
    "EventOutcome": _table(
        {
            "no_consensus_final_document": C_(
                "EventOutcome", "no final document adopted by consensus"
            ),
            "consensus_final_document": C_("EventOutcome", "a final document adopted by consensus"),
        }
    ),
    "StatementPlace": _table(
        {
            "section_summary": C_("StatementPlace", "the source's summary"),
            "comment": C_("StatementPlace", "the quoted comment"),
            "comment_context": C_("StatementPlace", "PIR's words around the quote"),
        }
    ),
    "Resolution": _table(
        {
            "came_true": C_("Resolution", "came true"),
            "did_not_come_true": C_("Resolution", "did not come true"),
            "condition_not_met": C_("Resolution", "condition not met"),
            "not_resolvable": C_("Resolution", "not resolvable from the recorded facts"),
        }
    ),
    "Judge": _table({"editors": C_("Judge", "the dataset's editors")}),
    "NoteTopic": _table(
        {
            "contradiction": C_("NoteTopic", "contradiction in the source"),
            "gap": C_("NoteTopic", "gap in the source"),
            "normalisation": C_("NoteTopic", "normalisation"),
            "scope": C_("NoteTopic", "scope of the dataset"),
        }
    ),
}

#: Nouns that :func:`count` counts, with their number: the English singular and plural
#: (the Russian forms, for one, few and many, are in the catalogue).
COUNT_NOUNS: Final[Mapping[str, tuple[str, str]]] = {
    "expert": Nn_("{n} expert", "{n} experts"),
    "comment": Nn_("{n} comment", "{n} comments"),
    "quoted_comment": Nn_("{n} quoted comment", "{n} quoted comments"),
    "position": Nn_("{n} position", "{n} positions"),
    "source": Nn_("{n} source", "{n} sources"),
    "section": Nn_("{n} section", "{n} sections"),
    "result": Nn_("{n} result", "{n} results"),
    "match": Nn_("{n} match", "{n} matches"),
    "record": Nn_("{n} record", "{n} records"),
    "change": Nn_("{n} change", "{n} changes"),
    "release": Nn_("{n} release", "{n} releases"),
    "fault": Nn_("{n} fault", "{n} faults"),
    "question": Nn_("{n} question", "{n} questions"),
    "note": Nn_("{n} note", "{n} notes"),
    "expectation": Nn_("{n} expectation", "{n} expectations"),
    "csv_file": Nn_("{n} CSV file", "{n} CSV files"),
    "parquet_file": Nn_("{n} Parquet file", "{n} Parquet files"),
    "byte": Nn_("{n} byte", "{n} bytes"),
    "more_result": Nn_("{n} more result", "{n} more results"),
}

#: The months in Russian, in the genitive a date takes («2 июля»); and in English.
MONTHS_RU = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def word(key: str, lang: str = "en", **fields: object) -> str:
    """The words for ``key`` in ``lang``, with ``{fields}`` filled in."""
    text = WORDS[key][normalize_lang(lang)]
    return text.format(**fields) if fields else text


def enum_word(member: enum.Enum, lang: str = "en") -> str:
    """The value of an enumeration in words (``CountryBasis.EXTERNAL`` → "факт вне источника")."""
    return ENUM_WORDS[type(member).__name__][member.value][normalize_lang(lang)]


def count(n: int, noun: str, lang: str = "en") -> str:
    """``n`` and the noun in the form the number takes: "2 experts", «2 эксперта», «5 экспертов».

    The Russian form (one, few, many) is chosen by the catalogue's plural rule:

    >>> [count(n, "expert", "ru") for n in (1, 2, 5, 11, 22)]
    ['1 эксперт', '2 эксперта', '5 экспертов', '11 экспертов', '22 эксперта']
    """
    singular, plural = COUNT_NOUNS[noun]
    if normalize_lang(lang) == "en":
        text = singular if n == 1 else plural
    else:
        text = catalogue("ru").ngettext(singular, plural, abs(n))
    return text.format(n=n)


def date(day: datetime.date, lang: str = "en") -> str:
    """A date in words: "2 July 2025", «2 июля 2025 г.»."""
    if normalize_lang(lang) == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_RU[day.month - 1]} {day.year} г."


def quote(text: str, lang: str = "en") -> str:
    """``text`` in the quotation marks of ``lang``: “…” in English, «…» in Russian."""
    if normalize_lang(lang) == "ru":
        return f"«{text}»"
    return f"“{text}”"


def join_or(items: list[str] | tuple[str, ...], lang: str = "en") -> str:
    """A list ending in one "or": "A, B or C", «А, Б или В»."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word('or', lang)} {items[-1]}"
