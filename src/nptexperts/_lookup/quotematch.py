"""What :func:`nptexperts.find_quote` returns: each :class:`QuoteMatch`, and for a near
match each :class:`Difference`."""

from __future__ import annotations

from typing import Any, Literal

import attrs

from nptexperts._records.lang import Lang
from nptexperts._records.texts import Provenance, Span

# Difference is offered (and documented) by nptexperts._lookup.quotes, its home before
# this module: listed here too, the API reference would name it twice.
__all__ = ["QuoteMatch"]

MatchKind = Literal["exact", "normalized", "fuzzy"]
Speaker = Literal["expert", "pir"]
Field = Literal["comment", "context", "source", "section"]


@attrs.frozen
class Difference:
    """One difference between a quote and the passage it nearly matches."""

    #: ``"changed"``, ``"added"`` (in the quote, not in the record) or ``"dropped"``.
    kind: Literal["changed", "added", "dropped"]
    #: The quote's words (empty when dropped).
    quote: str
    #: The record's words (empty when added).
    record: str

    def describe(self, lang: str = "en") -> str:
        """The difference in words: "a word dropped: 'high'"."""
        from nptexperts._words import word

        n = len((self.quote or self.record).split())
        key = f"diff_{self.kind}_{'one' if n == 1 else 'many'}"
        return word(key, lang, quote=repr(self.quote), record=repr(self.record))


@attrs.frozen
class QuoteMatch:
    """A text of the release that holds a quote (see :func:`nptexperts.find_quote`)."""

    #: The record whose text matched: a comment's id, the section's, or the source's.
    record_id: str
    #: The expert whose words these are, or ``None`` for PIR Center's own words.
    expert_id: str | None
    #: ``"comment"`` (an expert's words), ``"context"`` (PIR's words around a quote, in
    #: Russian), ``"source"`` (the source's own text), ``"section"`` (PIR's framing, in Russian).
    field: Field
    lang: Lang
    kind: MatchKind
    #: 100 for an exact or normalized match; rapidfuzz's partial-ratio score otherwise.
    score: float
    #: Where the match stands in the record's text (``text``).
    span: Span
    #: Where it stands in the source's shipped text, for published English; else ``None``.
    source_span: Span | None
    provenance: Provenance
    #: The record's whole text in ``lang``.
    text: str
    #: For a near match: what differs, word by word.
    differences: tuple[Difference, ...] = ()

    @property
    def speaker(self) -> Speaker:
        """``"expert"`` for an expert's words, ``"pir"`` for PIR Center's."""
        return "pir" if self.expert_id is None else "expert"

    @property
    def matched(self) -> str:
        """The record's words that the quote matched."""
        return self.text[self.span.start : self.span.end]

    @property
    def is_translation(self) -> bool:
        """True when the matched text is this dataset's editorial translation."""
        return self.provenance.is_translation

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (``verify --json``)."""
        return {
            "record_id": self.record_id,
            "expert_id": self.expert_id,
            "speaker": self.speaker,
            "field": self.field,
            "lang": self.lang,
            "kind": self.kind,
            "score": round(self.score, 1),
            "span": [self.span.start, self.span.end],
            "source_span": None
            if self.source_span is None
            else [self.source_span.start, self.source_span.end],
            "provenance": {
                "source": self.provenance.source,
                "origin": self.provenance.origin.value,
            },
            "matched": self.matched,
            "differences": [
                {"kind": d.kind, "quote": d.quote, "record": d.record} for d in self.differences
            ],
        }
