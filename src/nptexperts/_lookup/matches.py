"""What a search of the experts returns: :class:`SearchMatch`, one text that matched,
with its hits; and what every match shares (:class:`MatchField`, :class:`Hit`, the
snippets). A search of the expectations returns
:class:`~nptexperts._lookup.expectation_matches.ExpectationMatch` instead.

The rules of the search are in :mod:`nptexperts._lookup.searching`.
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple, TypedDict

import attrs

from nptexperts._deprecation import deprecated
from nptexperts._records.lang import Lang
from nptexperts._records.models import Comment, Expert, Provenance

__all__ = ["FIELD_RANK", "Hit", "MatchField", "MatchProvenance", "SearchMatch", "segments"]


class MatchField(enum.StrEnum):
    """Which text of a record matched (a string: ``MatchField.COMMENT == "comment"``).

    A :class:`SearchMatch` (:func:`nptexperts.search`) has one of the first four; an
    :class:`~nptexperts.ExpectationMatch` (:func:`nptexperts.search_expectations`) one
    of the others.
    """

    #: The expert's name.
    NAME = "name"
    #: Another spelling of the name that the source uses.
    NAME_VARIANT = "name_variant"
    #: One of the expert's positions.
    POSITION = "position"
    #: A comment's body.
    COMMENT = "comment"
    #: What an expectation expects, in the editors' words.
    EXPECTED = "expected"
    #: The condition an expectation is stated on, in the editors' words.
    CONDITION = "condition"
    #: The editors' reasoning for an expectation's resolution.
    REASONING = "reasoning"
    #: One of the editors' notes on an expectation or an event.
    NOTE = "note"
    #: An event's name.
    EVENT_NAME = "event_name"
    #: An event's place.
    EVENT_PLACE = "event_place"
    #: The name of an event's President.
    EVENT_PRESIDENT = "event_president"
    #: The post of an event's President.
    EVENT_PRESIDENT_POST = "event_president_post"


#: Fields in the order results rank them: the experts' comments first; in the
#: expectations, what is expected and its condition first, then the reasoning, the
#: event's facts and the notes.
FIELD_RANK: dict[str, int] = {
    MatchField.COMMENT: 0,
    MatchField.POSITION: 1,
    MatchField.NAME: 2,
    MatchField.NAME_VARIANT: 2,
    MatchField.EXPECTED: 0,
    MatchField.CONDITION: 0,
    MatchField.REASONING: 1,
    MatchField.EVENT_NAME: 2,
    MatchField.EVENT_PLACE: 2,
    MatchField.EVENT_PRESIDENT: 2,
    MatchField.EVENT_PRESIDENT_POST: 2,
    MatchField.NOTE: 3,
}


class Hit(NamedTuple):
    """Where one hit is in a text: ``value[start:end]`` (offsets in code points)."""

    start: int
    end: int


class MatchProvenance(TypedDict):
    """The provenance of a matched text, as :class:`MatchDict` gives it."""

    source: str
    #: ``"published"``, ``"editorial_translation"`` or ``"editorial"``.
    origin: str


class MatchDict(TypedDict):
    """:meth:`SearchMatch.as_dict`: one line of ``search --json`` (its schema:
    ``nptexperts schema --shape search``)."""

    record_id: str
    expert_id: str
    expert_name: str
    comment_id: str | None
    #: The :class:`MatchField`'s value: ``"comment"``, ``"position"``, ``"name"``, ``"name_variant"``.
    field: str
    #: Which position or other spelling (from 0); 0 for a name or a comment.
    item: int
    lang: Lang
    provenance: MatchProvenance
    value: str
    #: ``[start, end]`` offsets of each hit in ``value`` (code points, end exclusive).
    hits: list[list[int]]


class SearchResults(tuple["SearchMatch", ...]):
    """The matches of a search, best first: a tuple that Jupyter shows as one table,
    every hit highlighted (``nptexperts.display.search_html()``)."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The results as one table, for Jupyter."""
        from nptexperts.display import search_html

        return search_html(self)


@attrs.frozen(repr=False)
class SearchMatch:
    """One text that matched a query, with every hit in it.

    >>> import nptexperts
    >>> m = nptexperts.search('"nuclear weapons"', lang="en", data_version="2026.2")[0]
    >>> m.record_id, m.field.value, m.provenance.label
    ('zacharie-gross.prospects-2026.1', 'comment', 'published')
    >>> m.snippet(context=20)
    '…dialogue between [nuclear weapon] states and non-[nuclear weapon] states on nuclear…'
    """

    #: The expert's id.
    expert_id: str
    #: The expert's display name in the language of the text (:meth:`Expert.display_name`).
    expert_name: str
    #: The comment's id, for a match in a comment; ``None`` for a match in the expert's record.
    comment_id: str | None
    #: Which text of the record matched.
    field: MatchField
    #: Which of the expert's positions or other spellings matched (from 0); 0 otherwise.
    item: int
    lang: Lang
    #: The whole text that matched, as the record has it.
    value: str
    #: Every hit, in order, not overlapping: ``value[start:end]``.
    hits: tuple[Hit, ...]
    #: Where the text comes from (published wording or editorial translation).
    provenance: Provenance
    # Held for :attr:`expert` and :attr:`comment`; left out of the repr and of equality.
    _expert: Expert = attrs.field(alias="expert", eq=False)
    _comment: Comment | None = attrs.field(alias="comment", eq=False)

    def __repr__(self) -> str:
        n = len(self.hits)
        return f"<SearchMatch {self.record_id} {self.field.value} {self.lang}: {n} hit{'s' * (n != 1)}>"

    @property
    def record_id(self) -> str:
        """The id of the comment, or of the expert for a match outside comments."""
        return self.comment_id if self.comment_id is not None else self.expert_id

    @property
    def expert(self) -> Expert:
        """The expert whose record matched."""
        return self._expert

    @property
    def comment(self) -> Comment | None:
        """The comment that matched, or ``None`` for a match in the expert's record."""
        return self._comment

    @property
    def matched(self) -> tuple[str, ...]:
        """The words of every hit, as the record writes them."""
        return tuple(self.value[start:end] for start, end in self.hits)

    # -- the 0.1.0 names, kept for one release -------------------------------------

    @property
    @deprecated(
        "SearchMatch.text is deprecated since nptexperts 0.2.0 and will be removed in 0.4.0:"
        " use SearchMatch.value"
    )
    def text(self) -> str:
        """Deprecated since 0.2.0 (removed in 0.4.0): the field :attr:`value`."""
        return self.value

    @property
    @deprecated(
        "SearchMatch.start is deprecated since nptexperts 0.2.0 and will be removed in 0.4.0:"
        " use SearchMatch.hits[0].start"
    )
    def start(self) -> int:
        """Deprecated since 0.2.0 (removed in 0.4.0): where the first hit starts (:attr:`hits`)."""
        return self.hits[0].start

    @property
    @deprecated(
        "SearchMatch.end is deprecated since nptexperts 0.2.0 and will be removed in 0.4.0:"
        " use SearchMatch.hits[0].end"
    )
    def end(self) -> int:
        """Deprecated since 0.2.0 (removed in 0.4.0): where the first hit ends (:attr:`hits`)."""
        return self.hits[0].end

    def segments(self, context: int | None = 40) -> tuple[tuple[str, bool], ...]:
        """The text cut to the hits and ``context`` characters around each, as pieces.

        Each piece is ``(text, is_hit)``; cut parts are ``…``, and any run of white
        space is one space. ``context=None`` keeps the whole text.

        >>> import nptexperts
        >>> m = nptexperts.search("Stefanovich", lang="en", data_version="2026.2")[0]
        >>> m.segments()
        (('Dmitry ', False), ('Stefanovich', True))
        """
        return segments(self.value, self.hits, context)

    def snippet(self, context: int | None = 40, *, mark: tuple[str, str] = ("[", "]")) -> str:
        """The hits in context (:meth:`segments`), each hit between the two ``mark`` strings."""
        return "".join(f"{mark[0]}{p}{mark[1]}" if hit else p for p, hit in self.segments(context))

    def as_dict(self) -> MatchDict:
        """The match as the ``search --json`` lines give it (schema ``search-result.schema.json``).

        >>> import nptexperts
        >>> d = nptexperts.search("Stefanovich", lang="en", data_version="2026.2")[0].as_dict()
        >>> d["record_id"], d["field"], d["hits"]
        ('dmitry-stefanovich', 'name', [[7, 18]])
        """
        return {
            "record_id": self.record_id,
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


def segments(text: str, hits: tuple[Hit, ...], context: int | None) -> tuple[tuple[str, bool], ...]:
    """``text`` cut to ``hits`` and ``context`` characters around each (``SearchMatch.segments``)."""
    if context is None or not hits:
        windows = [(0, len(text))]
    else:
        windows = []
        for start, end in hits:
            a, b = max(0, start - context), min(len(text), end + context)
            if a > 0:  # start after a space, if there is one before the hit
                space = text.find(" ", a, start)
                a = space + 1 if space >= 0 else a
            if b < len(text):  # end before a space, if there is one after the hit
                space = text.rfind(" ", end, b)
                b = space if space >= 0 else b
            if windows and a <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
            else:
                windows.append((a, b))
    pieces: list[tuple[str, bool]] = []
    for w, (a, b) in enumerate(windows):
        if a > 0 and w == 0:
            pieces.append(("…", False))
        elif w > 0:
            pieces.append((" … ", False))
        pos = a
        for start, end in hits:
            if start < a or end > b:
                continue
            if start > pos:
                pieces.append((_spaces(text[pos:start]), False))
            pieces.append((_spaces(text[start:end]), True))
            pos = end
        if b > pos:
            pieces.append((_spaces(text[pos:b]), False))
        if w == len(windows) - 1 and b < len(text):
            pieces.append(("…", False))
    return tuple((piece, hit) for piece, hit in pieces if piece)


_SPACE = re.compile(r"\s+")


def _spaces(text: str) -> str:
    return _SPACE.sub(" ", text)
