"""The quote index of one release (:class:`QuoteIndex`): exact and normalized quotes found
in one folded string, near ones scored against the few texts that hold chunks of them.
"""

from __future__ import annotations

import bisect
import threading
from collections import Counter

from nptexperts._lookup.index import Index
from nptexperts._lookup.quotealign import _align_words, _inside
from nptexperts._lookup.quotefolding import _script, _strip_quote, _words, fold_with_offsets
from nptexperts._lookup.quotematch import Difference, MatchKind, QuoteMatch
from nptexperts._lookup.quoteunits import _Unit, _units
from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._records.texts import Span

__all__ = ["QuoteIndex"]

#: The least partial-ratio score (0–100) a near match needs.
FUZZY_CUTOFF = 85.0

#: How many texts a near match is scored against (those that hold most chunks of it).
CANDIDATES = 8

#: A chunk of a quote found in more texts than this says too little to choose them.
PER_CHUNK = 200

_KIND_RANK = {"exact": 0, "normalized": 1, "fuzzy": 2}


def _chunks(words: list[str]) -> list[list[str]]:
    """The quote's words in 2 to 4 runs of about ten (one run if it is short): a quote
    with a word or two changed, added or dropped keeps some of them word for word."""
    if len(words) < 4:
        return [words]
    count = min(4, max(2, len(words) // 10))
    size = -(-len(words) // count)
    return [words[i : i + size] for i in range(0, len(words), size)]


class _Haystack:
    """Some texts in one string, a separator no text folds to between them."""

    __slots__ = ("numbers", "starts", "text")

    def __init__(self, numbers: list[int], texts: list[str]) -> None:
        #: The units' numbers in :attr:`QuoteIndex._units`, in the string's order.
        self.numbers = numbers
        self.text = "\x00".join(texts)
        self.starts: list[int] = []
        at = 0
        for text in texts:
            self.starts.append(at)
            at += len(text) + 1

    def where(self, at: int) -> tuple[int, int]:
        """The unit's position in this string at character ``at``, and the offset in it."""
        k = bisect.bisect_right(self.starts, at) - 1
        return k, at - self.starts[k]


class QuoteIndex:
    """The texts of one release, folded and indexed for :func:`nptexperts.find_quote`."""

    __slots__ = ("_bare", "_folded", "_units")

    def __init__(self, units: tuple[_Unit, ...]) -> None:
        self._units = units
        #: Per language: every unit's folded text in one string (exact and normalized
        #: quotes are found in it), and its bare words in another (the chunks of a near
        #: match are found in it). One language's string is smaller, and English folds
        #: to one byte a character.
        self._folded: dict[Lang, _Haystack] = {}
        self._bare: dict[Lang, _Haystack] = {}
        for lang in ("en", "ru"):
            numbers = [n for n, u in enumerate(units) if u.lang == lang]
            self._folded[lang] = _Haystack(numbers, [units[n].folded for n in numbers])
            self._bare[lang] = _Haystack(numbers, [units[n].bare for n in numbers])

    def __repr__(self) -> str:
        return f"<QuoteIndex of {len(self._units)} texts>"

    @classmethod
    def of(cls, index: Index) -> QuoteIndex:
        """The quote index of ``index``'s records, built on first use and kept with them."""
        found = index._derived.get("quotes")
        if found is None:
            with _lock:
                found = index._derived.get("quotes")
                if found is None:
                    found = index._derived["quotes"] = cls(tuple(_units(index)))
        assert isinstance(found, QuoteIndex)
        return found

    def find(self, quote: str, lang: str | None = None) -> tuple[QuoteMatch, ...]:
        """The matches of ``quote``, best first (see :func:`nptexperts.find_quote`)."""
        code = None if lang is None else normalize_lang(lang)
        folded = _strip_quote(fold_with_offsets(quote)[0])
        if not folded:
            return ()
        langs: list[Lang] = [each for each in _script(folded) if code is None or each == code]
        matches = [m for each in langs for m in self._literal(quote, folded, each)]
        if not matches:
            matches = [m for each in langs for m in self._fuzzy(folded, each)]
        return tuple(sorted(matches, key=_rank))

    def _holding_chunks(self, quote_words: list[str], lang: Lang) -> Counter[int]:
        """The texts that hold one of the two rarest chunks of the quote (that any text
        holds), each with how many of the quote's chunks it holds word for word.

        A quote with a word or two changed, added or dropped keeps most chunks whole, so
        its text holds one of the two rarest. A chunk that more than
        ``PER_CHUNK`` texts hold says little and is not used to choose them.
        """
        needles = [" " + " ".join(chunk) + " " for chunk in _chunks(quote_words)]
        bare = self._bare[lang]
        found: list[set[int]] = []
        for needle in needles:
            holding: set[int] = set()
            at = bare.text.find(needle)
            while at >= 0 and len(holding) <= PER_CHUNK:
                k, _ = bare.where(at)
                n = bare.numbers[k]
                holding.add(n)
                # On to the next text: one is enough in each.
                at = bare.text.find(needle, bare.starts[k] + len(self._units[n].bare))
            if holding and len(holding) <= PER_CHUNK:
                found.append(holding)
        found.sort(key=len)
        hits: Counter[int] = Counter()
        for n in set().union(*found[:2]):
            words = self._units[n].bare
            hits[n] = sum(needle in words for needle in needles)
        return hits

    def _literal(self, quote: str, folded: str, lang: Lang) -> list[QuoteMatch]:
        exact = quote.strip().strip('"“”«»„').strip()
        found: list[QuoteMatch] = []
        haystack = self._folded[lang]
        at = haystack.text.find(folded)
        while at >= 0:
            k, start = haystack.where(at)
            u = self._units[haystack.numbers[k]]
            end = start + len(folded)
            at = haystack.text.find(folded, at + 1)
            span = Span(u.at(start), u.at(end - 1) + 1)
            if _inside(span, u.taken):
                continue
            kind: MatchKind = "exact" if u.text[span.start : span.end] == exact else "normalized"
            found.append(_match(u, kind, 100.0, span))
        return found

    def _fuzzy(self, folded: str, lang: Lang) -> list[QuoteMatch]:
        from rapidfuzz import fuzz

        quote_words = _words(folded)
        if len(quote_words) < 2:
            return []
        # The texts that hold a whole chunk of the quote word for word: a quote with a
        # few words changed, added or dropped keeps most of its chunks.
        hits = self._holding_chunks(quote_words, lang)
        found: list[QuoteMatch] = []
        ranked = hits.most_common(CANDIDATES)
        least = (ranked[0][1] + 1) // 2 if ranked else 0
        for n, shared in ranked:
            if shared < least:  # holds less than half the chunks the best text holds
                break
            u = self._units[n]
            aligned = fuzz.partial_ratio_alignment(folded, u.folded, score_cutoff=FUZZY_CUTOFF)
            if aligned is None:
                continue
            rough = Span(
                u.at(aligned.dest_start), u.at(max(aligned.dest_start, aligned.dest_end - 1)) + 1
            )
            if _inside(rough, u.taken, half=True):
                continue  # an expert's quote inside the source: its comment is the match
            aligned_found = _align_words(u, quote_words, aligned.dest_start, aligned.dest_end)
            if aligned_found is None:
                continue
            span, diffs = aligned_found
            if _inside(span, u.taken, half=True):
                continue
            found.append(_match(u, "fuzzy", aligned.score, span, diffs))
        return found


_lock = threading.Lock()


def _match(
    u: _Unit, kind: MatchKind, score: float, span: Span, diffs: tuple[Difference, ...] = ()
) -> QuoteMatch:
    source_span = (
        None
        if u.source_offset is None
        else Span(u.source_offset + span.start, u.source_offset + span.end)
    )
    if u.whole is not None and source_span is not None:
        span = source_span  # a source's paragraph: the span is in the source's whole text
    return QuoteMatch(
        record_id=u.record_id,
        expert_id=u.expert_id,
        field=u.field,
        lang=u.lang,
        kind=kind,
        score=score,
        span=span,
        source_span=source_span,
        provenance=u.provenance,
        text=u.text if u.whole is None else u.whole,
        differences=diffs,
    )


def _rank(m: QuoteMatch) -> tuple[int, float, int, int]:
    return (
        _KIND_RANK[m.kind],
        -m.score,
        0 if m.provenance.is_published else 1,
        0 if m.speaker == "expert" else 1,
    )
