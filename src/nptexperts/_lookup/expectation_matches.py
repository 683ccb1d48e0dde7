"""What a search of the expectations returns: :class:`ExpectationMatch`, one text of an
expectation or of the event it is about that matched, with its hits.

It is a type of its own, not a :class:`~nptexperts.SearchMatch`: PIR Center's summary
states expectations that no expert made, and an event's record belongs to no expert,
so its expert is optional here, where a :class:`~nptexperts.SearchMatch` always has one.
The rules of the search are in :mod:`nptexperts._lookup.searching`.
"""

from __future__ import annotations

from typing import Literal, TypedDict

import attrs

from nptexperts._lookup.matches import Hit, MatchField, MatchProvenance, segments
from nptexperts._records.lang import Lang
from nptexperts._records.models import Event, Expectation, Provenance

__all__ = ["ExpectationMatch", "ExpectationMatchDict", "ExpectationSearchResults"]


class ExpectationMatchDict(TypedDict):
    """:meth:`nptexperts.ExpectationMatch.as_dict`: a line of ``search --json`` for a match in an
    expectation or an event (its schema: ``nptexperts schema --shape search``)."""

    #: ``"expectation"`` or ``"event"``: the type of the record that matched.
    record_type: Literal["expectation", "event"]
    record_id: str
    event_id: str
    #: The expert the expectation is attributed to; ``None`` for PIR Center's summary
    #: and for the event.
    expert_id: str | None
    expert_name: str | None
    #: The comment the expectation is stated in; ``None`` for PIR Center's summary and
    #: for the event.
    comment_id: str | None
    #: The :class:`MatchField`'s value: ``"expected"``, ``"condition"``, ``"reasoning"``,
    #: ``"note"``, ``"event_name"``…
    field: str
    #: Which note (from 0); 0 for any other field.
    item: int
    lang: Lang
    provenance: MatchProvenance
    value: str
    #: ``[start, end]`` offsets of each hit in ``value`` (code points, end exclusive).
    hits: list[list[int]]


class ExpectationSearchResults(tuple["ExpectationMatch", ...]):
    """The matches of :func:`nptexperts.search_expectations`, best first: a tuple that
    Jupyter shows as one table, every hit highlighted
    (``nptexperts.display.expectation_search_html()``), as
    :class:`~nptexperts.SearchResults` for :func:`nptexperts.search`.

    >>> import nptexperts
    >>> found = nptexperts.search_expectations("disproved", lang="en", data_version="2026.4")
    >>> found
    (<ExpectationMatch hamad-alkaabi.prospects-2026.1.expectation-1 reasoning en: 1 hit>,)
    >>> found == tuple(found), found._repr_html_().count("<mark")
    (True, 1)
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The results as one table, for Jupyter."""
        from nptexperts.display import expectation_search_html

        return expectation_search_html(self)


@attrs.frozen(repr=False)
class ExpectationMatch:
    """One text of an :class:`~nptexperts.Expectation` or of the :class:`~nptexperts.Event`
    it is about that matched a query (:func:`nptexperts.search_expectations`), with every hit.

    >>> import nptexperts
    >>> m = nptexperts.search_expectations('"political will"', lang="en")[0]
    >>> m
    <ExpectationMatch hamad-alkaabi.prospects-2026.1.expectation-1 expected en: 1 hit>
    >>> m.field.value, m.expert_id, m.provenance.label
    ('expected', 'hamad-alkaabi', 'editorial')
    >>> m.snippet(context=12)
    '…was enough [political will] and…'
    """

    #: The id of the expectation, or of the event for a match in the event's own record.
    record_id: str
    #: The id of the event (the one the expectation is about).
    event_id: str
    #: The expert the expectation is attributed to; ``None`` for PIR Center's summary
    #: and for the event.
    expert_id: str | None
    #: The expert's display name in the language of the text; ``None`` without an expert.
    expert_name: str | None
    #: The comment the expectation is stated in; ``None`` for PIR Center's summary (a
    #: section's words) and for the event.
    comment_id: str | None
    #: Which text of the record matched.
    field: MatchField
    #: Which of the record's notes matched (from 0); 0 otherwise.
    item: int
    lang: Lang
    #: The whole text that matched, as the record has it.
    value: str
    #: Every hit, in order, not overlapping: ``value[start:end]``.
    hits: tuple[Hit, ...]
    #: Where the text comes from (here always the editors' words or their translation).
    provenance: Provenance
    # Held for :attr:`event` and :attr:`expectation`; left out of the repr and of equality.
    _event: Event = attrs.field(alias="event", eq=False)
    _expectation: Expectation | None = attrs.field(alias="expectation", eq=False)

    def __repr__(self) -> str:
        n = len(self.hits)
        return (
            f"<ExpectationMatch {self.record_id} {self.field.value} {self.lang}:"
            f" {n} hit{'s' * (n != 1)}>"
        )

    @property
    def record_type(self) -> Literal["expectation", "event"]:
        """``"expectation"``, or ``"event"`` for a match in the event's own record."""
        return "event" if self._expectation is None else "expectation"

    @property
    def event(self) -> Event:
        """The event: the record that matched, or the one the expectation is about."""
        return self._event

    @property
    def expectation(self) -> Expectation | None:
        """The expectation that matched; ``None`` for a match in the event's own record."""
        return self._expectation

    @property
    def matched(self) -> tuple[str, ...]:
        """The words of every hit, as the record writes them."""
        return tuple(self.value[start:end] for start, end in self.hits)

    def segments(self, context: int | None = 40) -> tuple[tuple[str, bool], ...]:
        """The text cut to the hits and ``context`` characters around each, as pieces
        ``(text, is_hit)`` (as :meth:`nptexperts.SearchMatch.segments`)."""
        return segments(self.value, self.hits, context)

    def snippet(self, context: int | None = 40, *, mark: tuple[str, str] = ("[", "]")) -> str:
        """The hits in context (:meth:`segments`), each hit between the two ``mark`` strings."""
        return "".join(f"{mark[0]}{p}{mark[1]}" if hit else p for p, hit in self.segments(context))

    def as_dict(self) -> ExpectationMatchDict:
        """The match as a ``search --json`` line gives it (schema ``search-result.schema.json``).

        >>> import nptexperts
        >>> d = nptexperts.search_expectations("Hung", lang="en")[0].as_dict()
        >>> d["record_type"], d["record_id"], d["field"], d["expert_id"], d["comment_id"]
        ('event', 'npt-revcon-2026', 'event_president', None, None)
        """
        return {
            "record_type": self.record_type,
            "record_id": self.record_id,
            "event_id": self.event_id,
            "expert_id": self.expert_id,
            "expert_name": self.expert_name,
            "comment_id": self.comment_id,
            "field": self.field.value,
            "item": self.item,
            "lang": self.lang,
            "provenance": {
                "source": self.provenance.source,
                "origin": self.provenance.origin.value,
            },
            "value": self.value,
            "hits": [[start, end] for start, end in self.hits],
        }
