"""The records of what came after the source: the events it looks ahead to, with facts from
outside the release and the sources of those facts, and the expectations the records state
about them, with what came of each."""

from __future__ import annotations

import datetime

import attrs

from nptexperts._records.reprs import capped, excerpt
from nptexperts._records.texts import Span, Text
from nptexperts._records.vocabularies import EventOutcome, Judge, Resolution, StatementPlace

__all__ = ["Event", "Expectation", "ExternalSource"]


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

    def _repr_html_(self) -> str:
        """The facts, their sources and the notes, for Jupyter (:mod:`nptexperts.display`)."""
        from nptexperts.display import event_html

        return event_html(self)


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

    def _repr_html_(self) -> str:
        """The quote, what was expected and what came of it, for Jupyter
        (:mod:`nptexperts.display`)."""
        from nptexperts.display import expectation_html

        return expectation_html(self)
