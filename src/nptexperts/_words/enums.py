"""Every value of every enumeration a record field takes, in words (each with its
enumeration's name as the catalogue's context)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from nptexperts._records.lang import Lang
from nptexperts._words.catalogues import C_, _table

__all__ = ["ENUM_WORDS"]

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
