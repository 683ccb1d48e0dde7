"""The records of the sources: a source, its sections and their questions, and the
dataset's own notes on what the sources leave open or contradict."""

from __future__ import annotations

import datetime

import attrs

from nptexperts._deprecation import deprecated
from nptexperts._records.lang import Lang
from nptexperts._records.reprs import capped, excerpt
from nptexperts._records.reprs import count_en as _count
from nptexperts._records.texts import Note, Text, english_notes
from nptexperts._records.vocabularies import NoteTopic

__all__ = ["DatasetNote", "Question", "Section", "Source", "SourceCountry"]


@attrs.frozen(repr=False)
class Source:
    """A publication that records come from."""

    #: The source's id, which provenances and records name (``"pir-press-2025-23"``).
    id: str
    title: Text
    #: Who publishes it (``"PIR Center"``).
    publisher: Text
    #: The publisher's own number for it, as printed (``"№ 23 (81), 2025"``).
    number: str
    #: The date the source gives itself.
    date: datetime.date
    #: Where the source is published online.
    url: str
    #: The language the source is published in.
    language: Lang
    #: The name of the source's text shipped with the package (in ``data/sources/``),
    #: the anchor of every :class:`Span`; ``None`` when no text ships.
    text_file: str | None = None
    #: The editors' notes on the source, in English and (from data 2026.3) Russian.
    notes: tuple[Note, ...] = ()
    #: The keywords the source gives itself, in its order.
    keywords: tuple[Text, ...] = ()

    def __repr__(self) -> str:
        return capped(
            f"<Source {self.id}: {excerpt(self.title.en.value)}, {self.date.isoformat()}>"
        )

    @property
    @deprecated(
        "Source.notes_en is deprecated since nptexperts 0.3.0 and will be removed in 0.4.0:"
        " Source.notes holds bilingual Note objects; use note.text('en') or str(note)"
    )
    def notes_en(self) -> tuple[str, ...]:
        """Deprecated since 0.3.0 (removed in 0.4.0): the English of :attr:`notes`."""
        return english_notes(self.notes)


@attrs.frozen(repr=False)
class Question:
    """A question, or topic, that experts answered in a :class:`Section`."""

    #: The question's id, which comments name (``"prospects-2026"``).
    id: str
    #: The question as worded, in English and Russian.
    wording: Text

    def __repr__(self) -> str:
        return capped(f"<Question {self.id}: {excerpt(self.wording.en.value)}>")

    @property
    @deprecated(
        "Question.text is deprecated since nptexperts 0.2.0 and will be removed in 0.4.0:"
        " use Question.wording"
    )
    def text(self) -> Text:
        """Deprecated since 0.2.0 (removed in 0.4.0): the field :attr:`wording`."""
        return self.wording


@attrs.frozen
class SourceCountry:
    """A country as a source lists it among the experts' countries."""

    #: ISO 3166-1 alpha-2 code.
    code: str
    #: The country's short name in English and Russian, as this dataset shows it.
    name: Text
    #: Other names the source uses for it (``"the U.S."``), searchable by :func:`~nptexperts.by_country`.
    aliases: tuple[str, ...] = ()


@attrs.frozen(repr=False)
class Section:
    """A collection of expert comments that a source announces (PIR's website section)."""

    #: The section's id, which experts name (``"npt-2026-prospects"``).
    id: str
    title: Text
    #: The source that describes the section.
    source: str
    #: The questions the experts answered there.
    questions: tuple[Question, ...]
    #: How many experts the source says the section holds.
    stated_expert_count: int
    #: The experts' countries, as the source lists them, in its order.
    stated_countries: tuple[SourceCountry, ...]
    #: The source's own summary of where the experts agreed, if it gives one.
    summary: Text | None = None
    #: The editors' notes on the section, in English and (from data 2026.3) Russian.
    notes: tuple[Note, ...] = ()
    #: The day the Review Conference starts, as the section's source states it
    #: (``None`` where the source does not say).
    conference_start: datetime.date | None = None
    #: The project's goal, in the source's words (``None`` where it gives none).
    goal: Text | None = None
    #: How the comments were gathered, in the source's words.
    method: Text | None = None
    #: The circumstances the source gives for the project, in its words.
    context: Text | None = None

    def __repr__(self) -> str:
        return capped(
            f"<Section {self.id}: {excerpt(self.title.en.value)},"
            f" {_count(len(self.questions), 'question')}>"
        )

    @property
    @deprecated(
        "Section.notes_en is deprecated since nptexperts 0.3.0 and will be removed in 0.4.0:"
        " Section.notes holds bilingual Note objects; use note.text('en') or str(note)"
    )
    def notes_en(self) -> tuple[str, ...]:
        """Deprecated since 0.3.0 (removed in 0.4.0): the English of :attr:`notes`."""
        return english_notes(self.notes)


@attrs.frozen(repr=False)
class DatasetNote:
    """A dataset-level note: what the source leaves open or contradicts."""

    #: The note's id (``"us-listed-no-expert"``).
    id: str
    #: What kind of note it is.
    topic: NoteTopic
    #: The note, in English and Russian.
    body: Text
    #: The id of the :class:`Source` the note is about.
    source: str

    def __repr__(self) -> str:
        return capped(
            f"<DatasetNote {self.id} ({self.topic.value}): {excerpt(self.body.en.value)}>"
        )

    @property
    @deprecated(
        "DatasetNote.text is deprecated since nptexperts 0.2.0 and will be removed in 0.4.0:"
        " use DatasetNote.body"
    )
    def text(self) -> Text:
        """Deprecated since 0.2.0 (removed in 0.4.0): the field :attr:`body`."""
        return self.body
