"""Checking a quote: which record's text holds it, and how closely.

:func:`nptexperts.find_quote` looks for a quote in every text the release holds words of: the
experts' comments (English as published, Russian as editorial translations) and
PIR Center's own words (the source's text outside the quotes, and the Russian
translations of PIR's framing). Each match says

- what kind of match it is: ``exact``; ``normalized`` (equal once case, quotation
  marks, dashes, white space and ё/е are folded, so a quote retyped with straight
  quotes and a hyphen for the dash still matches); or ``fuzzy`` (a near match, scored
  by rapidfuzz's partial-ratio alignment, with the words that differ);
- whose words they are (an expert's, or PIR Center's), in which language, and
  whether they are published or an editorial translation;
- where: the span in the record's text and, for published English, in the source.

>>> best = find_quote("Expectations are high for Russia to contribute constructively")[0]
>>> best.record_id, best.expert_id, best.kind, best.lang
('zacharie-gross.prospects-2026.1', 'zacharie-gross', 'exact', 'en')
>>> best.source_span
Span(start=7040, end=7101)
>>> near = find_quote("Expectations are for Russia to contribute constructively")[0]
>>> near.kind, [d.describe() for d in near.differences]
('fuzzy', ["a word dropped: 'high'"])

The index behind it is built once per release (:meth:`QuoteIndex.of`): the folded
text of every text, in one string for the whole release, so that an exact or
normalized quote is one :meth:`str.find` away; and their bare words (no punctuation),
in another, where the quote's chunks of about ten words are found: the few texts
that hold most of them are the ones a near match is scored against (a quote with a
word or two changed keeps some chunks whole).
"""

from __future__ import annotations

from typing import Any

from nptexperts._lookup.quoteindex import QuoteIndex
from nptexperts._lookup.quotematch import Difference, QuoteMatch
from nptexperts._records.texts import Span

__all__ = [
    "Difference",
    "QuoteIndex",
    "QuoteMatch",
    "find_quote",
    "quote_selectors",
]


#: Two matches of different speakers this close in score are a tie: no attribution.
TIE_MARGIN = 3.0


def find_quote(
    text: str, *, lang: str | None = None, data_version: str | None = None
) -> tuple[QuoteMatch, ...]:
    """The texts of the release that hold the quote ``text``, best first.

    Exact matches first, then normalized ones (equal once case, quotation marks,
    dashes, white space and ё/е are folded); only when there are neither, near
    matches (``fuzzy``, scored 0–100 by rapidfuzz's partial-ratio alignment, at
    least ``FUZZY_CUTOFF`` (85), with the words that differ). Published words rank
    before editorial translations, and experts' words before PIR Center's. ``lang``
    keeps one language. Quotation marks around the quote are ignored.

    >>> [m.record_id for m in find_quote("We at PIR Center disagree")]
    ['pir-press-2025-23']
    >>> find_quote("Nuclear deterrence has been abolished by universal agreement.")
    ()
    """
    from nptexperts._api import load_index

    if not isinstance(text, str):
        from nptexperts._errors import InvalidArgumentError

        raise InvalidArgumentError(f"the quote must be a str, not {type(text).__name__}")
    return QuoteIndex.of(load_index(data_version=data_version)).find(text, lang)


def ties(matches: tuple[QuoteMatch, ...]) -> tuple[QuoteMatch, ...]:
    """The matches that tie with the best one but name another speaker (empty if none).

    Two records of different experts (or an expert's and PIR's) tie when their
    matches are of the same kind and their scores are within ``TIE_MARGIN``.
    """
    if not matches:
        return ()
    best = matches[0]
    seen = {best.record_id}
    tied = []
    for m in matches[1:]:
        if (
            m.record_id not in seen
            and m.expert_id != best.expert_id
            and m.kind == best.kind
            and best.score - m.score <= TIE_MARGIN
            and m.provenance.is_published == best.provenance.is_published
        ):
            seen.add(m.record_id)
            tied.append(m)
    return tuple(tied)


def quote_selectors(span: Span, source_text: str, context: int = 32) -> list[dict[str, Any]]:
    """The W3C Web Annotation selectors of ``span`` in ``source_text``.

    A ``TextPositionSelector`` (``start``, ``end``: Unicode code points, end exclusive)
    and a ``TextQuoteSelector`` (``exact``, with up to ``context`` characters of
    ``prefix`` and ``suffix``), as annotation tools read them.

    >>> quote_selectors(Span(4, 9), "The quick fox")
    [{'type': 'TextPositionSelector', 'start': 4, 'end': 9}, {'type': 'TextQuoteSelector', 'exact': 'quick', 'prefix': 'The ', 'suffix': ' fox'}]
    """
    return [
        {"type": "TextPositionSelector", "start": span.start, "end": span.end},
        {
            "type": "TextQuoteSelector",
            "exact": source_text[span.start : span.end],
            "prefix": source_text[max(0, span.start - context) : span.start],
            "suffix": source_text[span.end : span.end + context],
        },
    ]
