"""The record types: frozen, slotted attrs classes, one per kind of record.

Every field that exists in two languages is a :class:`~nptexperts.Text` (see
:mod:`nptexperts._records.texts`); every closed set of values is an Enum (see
:mod:`nptexperts._records.vocabularies`). Where the source is silent, a field says so with a
typed "unknown" value (:attr:`CountryBasis.UNKNOWN`, :attr:`AdvisoryBoard.UNKNOWN`)
rather than a guess or a bare ``None``.
"""

from __future__ import annotations

import datetime

import attrs

from nptexperts._deprecation import deprecated
from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._records.reprs import capped, excerpt
from nptexperts._records.reprs import count_en as _count
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


def _english(notes: tuple[Note, ...]) -> tuple[str, ...]:
    return tuple(note.en.value for note in notes)


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
        return _english(self.notes)


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
        "Question.text is deprecated since nptexperts 0.2.0 and will be removed in 0.3.0:"
        " use Question.wording"
    )
    def text(self) -> Text:
        """Deprecated since 0.2.0 (removed in 0.3.0): the field :attr:`wording`."""
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
        return _english(self.notes)


@attrs.frozen(repr=False)
class CountryAttribution:
    """An expert's country, with the basis of the attribution.

    ``code`` is ``None`` exactly when ``basis`` is :attr:`CountryBasis.UNKNOWN`.
    """

    #: ISO 3166-1 alpha-2 code, or ``None`` when the country is unknown.
    code: str | None
    #: What the attribution rests on.
    basis: CountryBasis
    #: In English: which affiliation, or which outside fact, the attribution rests on.
    evidence: str
    #: For :attr:`CountryBasis.EXTERNAL`: the outside source (``"SIPRI biography of Tariq Rauf"``).
    external_source: str | None = None

    def __repr__(self) -> str:
        return capped(f"<CountryAttribution {self.code or 'unknown'}: {self.basis.value}>")

    @property
    def is_known(self) -> bool:
        """False when the dataset does not know the expert's country."""
        return self.code is not None


@attrs.frozen(repr=False)
class Position:
    """A position or affiliation, worded as the source words it, dated to the source."""

    #: The position or affiliation, in English (as published) and Russian.
    title: Text
    #: The id of the :class:`Source` that gives the position.
    source: str
    #: The date of the source: the position is as of that day.
    as_of: datetime.date

    def __repr__(self) -> str:
        return capped(f"<Position {excerpt(self.title.en.value)} as of {self.as_of.isoformat()}>")

    @property
    @deprecated(
        "Position.text is deprecated since nptexperts 0.2.0 and will be removed in 0.3.0:"
        " use Position.title"
    )
    def text(self) -> Text:
        """Deprecated since 0.2.0 (removed in 0.3.0): the field :attr:`title`."""
        return self.title


@attrs.frozen(repr=False)
class NameVariant:
    """Another spelling of an expert's name found in a source."""

    #: The spelling, exactly as the source has it.
    value: str
    #: The language of the spelling.
    lang: Lang
    #: The id of the :class:`Source` that spells it so.
    source: str
    #: Where the source uses this spelling, and why it is not the canonical one (in English
    #: and, from data 2026.3, Russian).
    note: Note

    def __repr__(self) -> str:
        return capped(f"<NameVariant {excerpt(self.value)} ({self.lang}, {self.source})>")

    @property
    @deprecated(
        "NameVariant.note_en is deprecated since nptexperts 0.3.0 and will be removed in 0.4.0:"
        " NameVariant.note is a bilingual Note; use note.text('en') or str(note)"
    )
    def note_en(self) -> str:
        """Deprecated since 0.3.0 (removed in 0.4.0): the English of :attr:`note`."""
        return self.note.en.value


@attrs.frozen(repr=False)
class Comment:
    """An expert's comment: the quoted words, in English and Russian, with provenance."""

    id: str
    #: The id of the :class:`Expert` who said it.
    expert: str
    #: The id of the :class:`Question` it answers.
    question: str
    #: The id of the :class:`Source` it is quoted from.
    source: str
    #: The quoted words, in English (published) and Russian.
    body: Text
    #: Where the English text stands in the source's shipped text.
    span: Span | None = None
    #: The source's own words around the quote (PIR's paraphrase), not the expert's.
    context: Text | None = None
    #: The editors' notes on the comment, in English and (from data 2026.3) Russian.
    notes: tuple[Note, ...] = ()

    def __repr__(self) -> str:
        return capped(f"<Comment {self.id} by {self.expert}: {excerpt(self.body.en.value)}>")

    @property
    @deprecated(
        "Comment.notes_en is deprecated since nptexperts 0.3.0 and will be removed in 0.4.0:"
        " Comment.notes holds bilingual Note objects; use note.text('en') or str(note)"
    )
    def notes_en(self) -> tuple[str, ...]:
        """Deprecated since 0.3.0 (removed in 0.4.0): the English of :attr:`notes`."""
        return _english(self.notes)

    def text(self, lang: Lang = "en") -> str:
        """The comment in ``lang``.

        Typed :data:`~nptexperts.Lang` (``"en"``, ``"ru"``: a type checker refuses any
        other); at run time tags such as ``"RU"`` or ``"ru-RU"`` work too; it
        raises :class:`~nptexperts.UnsupportedLanguageError` for any other language.
        """
        return self.body.text(lang)

    def provenance(self, lang: Lang = "en") -> Provenance:
        """The provenance of the comment's text in ``lang``."""
        return self.body.provenance(lang)

    def _repr_html_(self) -> str:
        """Both languages with their provenance, for Jupyter (see :mod:`nptexperts.display`)."""
        from nptexperts.display import comment_html

        return comment_html(self)


@attrs.frozen(repr=False)
class Expert:
    """An expert, with positions as of the source and the comments quoted from them."""

    id: str
    name: Text
    #: The family name alone, in both languages: the key experts are sorted by.
    family_name: Text
    honorific: Honorific | None
    #: The expert's country, with the basis of the attribution.
    country: CountryAttribution
    #: The positions and affiliations the source gives, in its order.
    positions: tuple[Position, ...]
    advisory_board: AdvisoryBoard
    #: The id of the :class:`Section` the expert's full comments are in.
    section: str
    coverage: CommentCoverage
    #: The comments the source quotes, in its order (empty when it quotes none).
    comments: tuple[Comment, ...] = ()
    #: Other spellings of the name found in the sources.
    name_variants: tuple[NameVariant, ...] = ()
    #: The editors' notes on the record, in English and (from data 2026.3) Russian.
    notes: tuple[Note, ...] = ()

    def __repr__(self) -> str:
        name = excerpt(self.name.en.value, 50)[1:-1]
        return capped(
            f"<Expert {self.id}: {name} ({self.country.code or 'country unknown'}),"
            f" {_count(len(self.positions), 'position')}, {_count(len(self.comments), 'comment')}>"
        )

    @property
    @deprecated(
        "Expert.notes_en is deprecated since nptexperts 0.3.0 and will be removed in 0.4.0:"
        " Expert.notes holds bilingual Note objects; use note.text('en') or str(note)"
    )
    def notes_en(self) -> tuple[str, ...]:
        """Deprecated since 0.3.0 (removed in 0.4.0): the English of :attr:`notes`."""
        return _english(self.notes)

    def display_name(self, lang: Lang = "en") -> str:
        """The name as a reader sees it: in English with its honorific, as the source
        presents it (``"Dr. Tariq Rauf"``); in Russian the name alone.

        Before a Russian name, «д-р» reads as a doctor of sciences and «проф.» as the
        academic title, and «г-н»/«г-жа» are unnatural in a list of experts, so the
        Russian display name leaves the honorific out; it stays in :attr:`honorific`.
        """
        name = self.name.text(lang)
        if self.honorific is None or normalize_lang(lang) == "ru":
            return name
        return f"{self.honorific.text(lang)} {name}"

    def _repr_html_(self) -> str:
        """Names, positions and comments in both languages, for Jupyter."""
        from nptexperts.display import expert_html

        return expert_html(self)


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
        "DatasetNote.text is deprecated since nptexperts 0.2.0 and will be removed in 0.3.0:"
        " use DatasetNote.body"
    )
    def text(self) -> Text:
        """Deprecated since 0.2.0 (removed in 0.3.0): the field :attr:`body`."""
        return self.body


@attrs.frozen(repr=False)
class ExternalSource:
    """A source outside the release that an :class:`Event`'s facts come from: a web page,
    cited by its address and the day the editors read it.

    Its text is not shipped: the facts taken from it are written in the editors' own words
    (``summary``), never copied from the page.
    """

    #: The source's id, which the event's facts and their texts' provenance name
    #: (``"unoda-meeting-76801"``).
    id: str
    #: Who publishes it, in English and Russian.
    publisher: Text
    #: The page's address.
    url: str
    #: The day the editors read the page.
    read_on: datetime.date
    #: What the editors took from it, in their own words.
    summary: Text
    #: The issue or date the page gives itself, where the record needs it (``None`` otherwise).
    issue: Text | None = None

    def __repr__(self) -> str:
        return capped(f"<ExternalSource {self.id}: {excerpt(self.url)}, read {self.read_on}>")


@attrs.frozen(repr=False)
class Event:
    """An event the records look ahead to (the 2026 NPT Review Conference), with facts from
    outside the release.

    Every fact names the :class:`ExternalSource` s it rests on (``*_from``, ids among
    ``sources``); its texts are the editors' words (origin ``editorial``), with one
    of those sources as their provenance. Where the sources disagree, the record keeps
    one value and says so in ``notes``.
    """

    #: The event's id (``"npt-revcon-2026"``).
    id: str
    #: The event's name, in the editors' words.
    name: Text
    name_from: tuple[str, ...]
    #: The first day, as scheduled.
    start: datetime.date
    #: The last day.
    end: datetime.date
    dates_from: tuple[str, ...]
    place: Text
    place_from: tuple[str, ...]
    #: The name of the event's President, in English and Russian.
    president: Text
    #: The President's post, as the sources give it.
    president_post: Text
    president_from: tuple[str, ...]
    outcome: EventOutcome
    outcome_from: tuple[str, ...]
    #: The sources outside the release that the facts come from.
    sources: tuple[ExternalSource, ...]
    #: The editors' notes (variants between sources, forms of names), in both languages.
    notes: tuple[Text, ...] = ()

    def __repr__(self) -> str:
        return capped(
            f"<Event {self.id}: {excerpt(self.name.en.value)}, {self.start.isoformat()}"
            f"..{self.end.isoformat()}, {self.outcome.value}>"
        )

    def source(self, source_id: str) -> ExternalSource:
        """The :class:`ExternalSource` with ``source_id``; :class:`KeyError` if none."""
        for found in self.sources:
            if found.id == source_id:
                return found
        raise KeyError(source_id)


@attrs.frozen(repr=False)
class Expectation:
    """An expectation about an :class:`Event` stated in the records, and what came of it.

    The stating words are the published English between ``span``'s ends in the
    source's shipped text (``quote``); what is expected and the judgement are the
    editors' words (origin ``editorial``), in both languages, and the judgement is
    always the editors' (``judged_by``), never the expert's or the source's.
    """

    #: The expectation's id (``"vladimir-kuchinov.prospects-2026.1.expectation-1"``).
    id: str
    #: The id of the :class:`Event` it is about.
    event: str
    #: The id of the record whose text states it: a :class:`Section` or a :class:`Comment`.
    stated_in: str
    #: Where in that record the words stand.
    place: StatementPlace
    #: The id of the :class:`Expert` it is attributed to; ``None`` for the source's own
    #: summary.
    expert: str | None
    #: The id of the :class:`Source` whose shipped text ``span`` points into.
    source: str
    #: Where the stating words stand in the source's shipped text.
    span: Span
    #: The stating words: in English exactly as published, in Russian an editorial translation.
    quote: Text
    #: What is expected, in the editors' words.
    expected: Text
    #: Whether the expectation is stated on a condition.
    conditional: bool
    #: The condition, in the editors' words (``None`` exactly when not conditional).
    condition: Text | None
    resolution: Resolution
    #: Why the editors judged so, in both languages.
    reasoning: Text
    judged_by: Judge = Judge.EDITORS
    #: The editors' notes, in both languages.
    notes: tuple[Text, ...] = ()

    def __repr__(self) -> str:
        return capped(
            f"<Expectation {self.id}: {excerpt(self.quote.en.value)}, {self.resolution.value}>"
        )


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
