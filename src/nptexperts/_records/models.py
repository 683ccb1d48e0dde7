"""The record types: frozen, slotted attrs classes, one per kind of record.

Every field that exists in two languages is a :class:`~nptexperts.Text` (see
:mod:`nptexperts._records.texts`); every closed set of values is an Enum (see
:mod:`nptexperts._records.vocabularies`). Where the source is silent, a field says so with a
typed "unknown" value (:attr:`CountryBasis.UNKNOWN`, :attr:`AdvisoryBoard.UNKNOWN`)
rather than a guess or a bare ``None``.

The types are defined by role, and all of them are importable from here:
:mod:`~nptexperts._records.sources` (sources, sections, questions, the dataset's notes),
:mod:`~nptexperts._records.experts` (experts and their comments) and
:mod:`~nptexperts._records.outcomes` (events and expectations); :class:`Dataset`, which
holds them all, is defined here.
"""

from __future__ import annotations

import attrs

from nptexperts._records.experts import Comment, CountryAttribution, Expert, NameVariant, Position
from nptexperts._records.outcomes import Event, Expectation, ExternalSource
from nptexperts._records.reprs import capped
from nptexperts._records.reprs import count_en as _count
from nptexperts._records.sources import DatasetNote, Question, Section, Source, SourceCountry
from nptexperts._records.texts import LocalizedText, Note, Provenance, Span, Text
from nptexperts._records.vocabularies import (
    AdvisoryBoard,
    CommentCoverage,
    CountryBasis,
    EventOutcome,
    Honorific,
    Judge,
    NoteTopic,
    Origin,
    Resolution,
    StatementPlace,
)

__all__ = [
    "AdvisoryBoard",
    "Comment",
    "CommentCoverage",
    "CountryAttribution",
    "CountryBasis",
    "Dataset",
    "DatasetNote",
    "Event",
    "EventOutcome",
    "Expectation",
    "Expert",
    "ExternalSource",
    "Honorific",
    "Judge",
    "LocalizedText",
    "NameVariant",
    "Note",
    "NoteTopic",
    "Origin",
    "Position",
    "Provenance",
    "Question",
    "Resolution",
    "Section",
    "Source",
    "SourceCountry",
    "Span",
    "StatementPlace",
    "Text",
]


@attrs.frozen(repr=False)
class Dataset:
    """Every record of one data release."""

    #: The version of the records: ``YEAR.N``.
    data_version: str
    #: Every source the records come from.
    sources: tuple[Source, ...]
    #: Every section of expert comments the sources describe.
    sections: tuple[Section, ...]
    #: Every expert, sorted by family name (then id).
    experts: tuple[Expert, ...]
    #: What the sources leave open or contradict, and how the records deal with it.
    notes: tuple[DatasetNote, ...] = ()
    #: The events the records look ahead to, with facts from outside the release
    #: (none before data 2026.4).
    events: tuple[Event, ...] = ()
    #: The expectations about the events that the records state, and what came of them
    #: (none before data 2026.4).
    expectations: tuple[Expectation, ...] = ()

    def __repr__(self) -> str:
        comments = sum(len(e.comments) for e in self.experts)
        return capped(
            f"<Dataset {self.data_version}: {_count(len(self.experts), 'expert')},"
            f" {_count(comments, 'comment')}, {_count(len(self.sources), 'source')},"
            f" {_count(len(self.sections), 'section')}, {_count(len(self.notes), 'note')}>"
        )
