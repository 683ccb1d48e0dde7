"""The interface's phrases and messages: lookups and their errors, what export, validate,
compile and schema say of files, and what info, releases and diff say of the releases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from nptexperts._records.lang import Lang
from nptexperts._words.catalogues import N_, _table

__all__ = ["MESSAGE_WORDS"]

#: Phrases and messages, by key (part of :data:`nptexperts._words.WORDS`).
MESSAGE_WORDS: Final[Mapping[str, Mapping[Lang, str]]] = _table(
    {
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
    }
)
