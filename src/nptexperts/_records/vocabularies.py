"""The vocabularies of the records: every closed set of values a field takes, as an Enum.

Each value has words in English and Russian in :mod:`nptexperts._words`; a test
checks that every member has them.
"""

from __future__ import annotations

import enum

from nptexperts._records.lang import Lang

__all__ = [
    "AdvisoryBoard",
    "CommentCoverage",
    "CountryBasis",
    "EventOutcome",
    "Honorific",
    "Judge",
    "NoteTopic",
    "Origin",
    "Resolution",
    "StatementPlace",
]


class Origin(enum.Enum):
    """Where the wording of one language of a text comes from."""

    #: The words as the source publishes them (quotes are kept as published).
    PUBLISHED = "published"
    #: A translation of the published wording, made by this dataset's editors.
    EDITORIAL_TRANSLATION = "editorial_translation"
    #: Wording written by this dataset's editors from what the source says
    #: (for instance a question the source describes but does not word).
    EDITORIAL = "editorial"


class Honorific(enum.Enum):
    """An honorific the source puts before a name (kept apart from the name)."""

    DR = "Dr."
    PROF = "Prof."
    MR = "Mr."
    MS = "Ms."

    def text(self, lang: Lang = "en") -> str:
        """The honorific as written in ``lang`` (the Russian forms are editorial).

        Russian display names leave it out (see :meth:`Expert.display_name`).
        """
        from nptexperts._words import enum_word

        return enum_word(self, lang)


class CountryBasis(enum.Enum):
    """Why an expert is attributed to a country."""

    #: An affiliation in the source names the country (``"Russian Ministry of Foreign Affairs"``).
    NAMED_IN_AFFILIATION = "named_in_affiliation"
    #: An affiliation in the source is an institution of the country, which it does not name
    #: (``"MGIMO University"``).
    IMPLIED_BY_AFFILIATION = "implied_by_affiliation"
    #: A fact from outside the source (see :attr:`CountryAttribution.external_source`).
    EXTERNAL = "external"
    #: Nothing known to this dataset gives the country.
    UNKNOWN = "unknown"


class AdvisoryBoard(enum.Enum):
    """Membership of the PIR Center Advisory Board, as the source states it."""

    #: The source calls the expert a PIR Center Advisory Board Member.
    MEMBER = "member"
    #: The source does not say; silence is not taken to mean "not a member".
    UNKNOWN = "unknown"


class CommentCoverage(enum.Enum):
    """How much of an expert's comments this dataset holds."""

    #: The source quotes part of the expert's comments; those quotes are in the dataset.
    QUOTED = "quoted"
    #: The source names the expert but quotes none of the comments; they are only
    #: in PIR's section (see :attr:`Expert.section`), not in this dataset.
    NOT_QUOTED = "not_quoted"


class NoteTopic(enum.Enum):
    """What a :class:`DatasetNote` is about."""

    #: The source contradicts itself (a name spelled two ways, a country no expert matches).
    CONTRADICTION = "contradiction"
    #: The source is silent where a record would need it, and how the record says so.
    GAP = "gap"
    #: How the records write what the source gives (typography, spellings).
    NORMALISATION = "normalisation"
    #: What the dataset holds and what it leaves out.
    SCOPE = "scope"


class EventOutcome(enum.Enum):
    """How an :class:`~nptexperts.Event` (a review conference) ended, as its sources report it."""

    #: The conference ended without a final document adopted by consensus.
    NO_CONSENSUS_FINAL_DOCUMENT = "no_consensus_final_document"
    #: The conference adopted a final document by consensus.
    CONSENSUS_FINAL_DOCUMENT = "consensus_final_document"


class StatementPlace(enum.Enum):
    """Where in a record the words stating an :class:`~nptexperts.Expectation` stand."""

    #: In a section's summary: the source's own words, not an expert's.
    SECTION_SUMMARY = "section_summary"
    #: In a comment's quoted words: the expert's words as published.
    COMMENT = "comment"
    #: In a comment's context: the source's paraphrase around the quote.
    COMMENT_CONTEXT = "comment_context"


class Resolution(enum.Enum):
    """What came of an :class:`~nptexperts.Expectation`, judged against the event's recorded facts."""

    #: The recorded facts show that what was expected happened.
    CAME_TRUE = "came_true"
    #: The recorded facts show that what was expected did not happen.
    DID_NOT_COME_TRUE = "did_not_come_true"
    #: The expectation was conditional, and the recorded facts show its condition was not met.
    CONDITION_NOT_MET = "condition_not_met"
    #: The recorded facts do not decide it.
    NOT_RESOLVABLE = "not_resolvable"


class Judge(enum.Enum):
    """Who judged an expectation's resolution."""

    #: This dataset's editors (never the expert, never the source's publisher).
    EDITORS = "editors"
