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

import bisect
import re
import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any, Literal

import attrs

from nptexperts._lookup.folding import fold_char
from nptexperts._lookup.index import Index
from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._records.texts import Provenance, Span

__all__ = [
    "Difference",
    "QuoteIndex",
    "QuoteMatch",
    "find_quote",
    "quote_selectors",
]

MatchKind = Literal["exact", "normalized", "fuzzy"]
Speaker = Literal["expert", "pir"]
Field = Literal["comment", "context", "source", "section"]

#: The least partial-ratio score (0–100) a near match needs.
FUZZY_CUTOFF = 85.0
#: The least share of the quote's words a near match must keep, in order.
WORD_CUTOFF = 0.75
#: Two matches of different speakers this close in score are a tie: no attribution.
TIE_MARGIN = 3.0
#: How many texts a near match is scored against (those that hold most chunks of it).
CANDIDATES = 8
#: A chunk of a quote found in more texts than this says too little to choose them.
PER_CHUNK = 200

_KIND_RANK = {"exact": 0, "normalized": 1, "fuzzy": 2}

# Quotation marks, dashes and spaces fold to one form each.
_QUOTES = '"“”„‟«»‹›″'
_DASHES = "‐‑‒–—―−-"
_EXTRA = {**dict.fromkeys(_QUOTES, '"'), **dict.fromkeys(_DASHES, "-")}


def _fold_one(ch: str) -> str:
    if ch in _EXTRA:
        return _EXTRA[ch]
    if ch.isspace():
        return " "
    return fold_char(ch)


class _Folder(dict[str, str]):
    def __missing__(self, ch: str) -> str:
        folded = self[ch] = _fold_one(ch)
        return folded


_FOLD = _Folder()


class _FoldTable(dict[int, str]):
    """:data:`_FOLD` as a :meth:`str.translate` table, filled as characters are met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _FOLD[chr(code)]
        return folded


_FOLD_TABLE = _FoldTable()


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """``text`` folded for quote matching, and for each folded character the index of
    the character of ``text`` it comes from (plus one final entry: ``len(text)``), or
    ``None`` when that is the folded character's own index (most texts).

    Runs of white space fold to one space, and white space at either end goes.

    >>> fold_with_offsets("«Ёж –  да»")
    ('"еж - да"', [0, 1, 2, 3, 4, 5, 7, 8, 9, 10])
    >>> fold_with_offsets("Да - нет")
    ('да - нет', None)
    """
    quick = text.translate(_FOLD_TABLE)
    if (
        len(quick) == len(text)
        and "  " not in quick
        and not quick.startswith(" ")
        and not quick.endswith(" ")
    ):
        return quick, None  # one character for one: the offsets are the indices
    out: list[str] = []
    where: list[int] = []
    space = True  # drop leading white space
    for i, ch in enumerate(text):
        folded = _FOLD[ch]
        if folded == " ":
            if space:
                continue
            space = True
        else:
            space = False
        for c in folded:
            out.append(c)
            where.append(i)
    while out and out[-1] == " ":
        out.pop()
        where.pop()
    where.append(len(text))
    return "".join(out), where


def _strip_quote(folded: str) -> str:
    """The quote without the quotation marks and white space around it."""
    return folded.strip(' "').strip()


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


@attrs.frozen
class _Unit:
    record_id: str
    expert_id: str | None
    field: Field
    lang: Lang
    text: str
    provenance: Provenance
    #: Where ``text`` starts in the source's text (published English only).
    source_offset: int | None
    folded: str
    where: list[int] | None = attrs.field(eq=False)
    #: Spans of ``text`` that belong to other units (the quotes inside the source's text).
    taken: tuple[Span, ...] = ()
    #: For a paragraph of a source: the source's whole text (the record's text).
    whole: str | None = attrs.field(default=None, eq=False, repr=False)
    #: The folded words alone, a space between them and around them (what near matches
    #: are found in).
    bare: str = attrs.field(default="", eq=False, repr=False)

    def at(self, i: int) -> int:
        """The index in ``text`` of the folded character ``i``."""
        return i if self.where is None else self.where[i]


def _units(index: Index) -> Iterator[_Unit]:
    def unit(
        record_id: str,
        expert_id: str | None,
        field: Field,
        lang: Lang,
        text: str,
        provenance: Provenance,
        offset: int | None = None,
        taken: tuple[Span, ...] = (),
        whole: str | None = None,
    ) -> _Unit:
        folded, where = fold_with_offsets(text)
        bare = " " + " ".join(_words(folded)) + " "
        return _Unit(
            record_id,
            expert_id,
            field,
            lang,
            text,
            provenance,
            offset,
            folded,
            where,
            taken,
            whole,
            bare,
        )

    spans: dict[str, list[Span]] = {}
    for expert in index.experts:
        for c in expert.comments:
            for lang in ("en", "ru"):
                local = c.body.localized(lang)
                offset = c.span.start if lang == "en" and c.span is not None else None
                yield unit(c.id, expert.id, "comment", lang, local.value, local.provenance, offset)
            if c.span is not None:
                spans.setdefault(c.source, []).append(c.span)
            if c.context is not None:
                local = c.context.ru
                yield unit(c.id, None, "context", "ru", local.value, local.provenance)
    for section in index.sections:
        for text in (section.goal, section.method, section.context, section.summary):
            if text is not None:
                local = text.ru
                yield unit(section.id, None, "section", "ru", local.value, local.provenance)
    from nptexperts._records.models import Origin

    for source in index.sources:
        if source.text_file is None:
            continue
        provenance = Provenance(source.id, Origin.PUBLISHED)
        source_lang = normalize_lang(source.language)
        taken = sorted(spans.get(source.id, ()), key=lambda s: s.start)
        starts = [t.start for t in taken]
        whole = index.source_text(source.id)
        # One unit per paragraph: a near match is scored against a paragraph, not the
        # whole source, and no quote runs across paragraphs.
        start = 0
        for paragraph in whole.split("\n\n"):
            end = start + len(paragraph)
            if paragraph.strip():
                first = max(0, bisect.bisect_right(starts, start) - 1)
                last = bisect.bisect_left(starts, end)
                inside = tuple(
                    Span(t.start - start, t.end - start)
                    for t in taken[first:last]
                    if t.start < end and t.end > start
                )
                yield unit(
                    source.id,
                    None,
                    "source",
                    source_lang,
                    paragraph,
                    provenance,
                    start,
                    inside,
                    whole,
                )
            start = end + 2


def _chunks(words: list[str]) -> list[list[str]]:
    """The quote's words in 2 to 4 runs of about ten (one run if it is short): a quote
    with a word or two changed, added or dropped keeps some of them word for word."""
    if len(words) < 4:
        return [words]
    count = min(4, max(2, len(words) // 10))
    size = -(-len(words) // count)
    return [words[i : i + size] for i in range(0, len(words), size)]


#: A word: what white space separates, without the punctuation at either end
#: (``"hopes",`` is ``hopes``; ``non-nuclear`` and ``u.s`` keep theirs).
_WORD = re.compile(r'[^\s"\-.,;:!?()\[\]]+(?:["\-.,;:!?()\[\]]+[^\s"\-.,;:!?()\[\]]+)*')


def _words(folded: str) -> list[str]:
    """The words of a folded text (one C-level pass: it is most of the index's build)."""
    return _WORD.findall(folded)


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


def _script(folded: str) -> tuple[Lang, ...]:
    """The languages a quote can be in: Russian if it has Cyrillic letters, English if it
    has Latin ones (both if it has neither, or both)."""
    cyrillic = any("а" <= c <= "я" for c in folded)
    latin = any("a" <= c <= "z" for c in folded)
    if cyrillic != latin:
        return ("ru",) if cyrillic else ("en",)
    return ("en", "ru")


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


_PUNCT = '"-.,;:!?()[]'


def _tokens(u: _Unit, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words of ``u.folded[start:end]`` (punctuation stripped), each with its span in
    ``u.folded`` (with the punctuation)."""
    out = []
    at = start
    for token in u.folded[start:end].split(" "):
        word = token.strip(_PUNCT)
        if word:
            out.append((word, at, at + len(token)))
        at += len(token) + 1
    return out


def _align_words(
    u: _Unit, quote: list[str], dest_start: int, dest_end: int
) -> tuple[Span, tuple[Difference, ...]] | None:
    """The passage of ``u`` that rapidfuzz aligned the quote with, as whole words, and
    the words that differ; ``None`` when too few of the quote's words are there.

    The window is grown on both sides (the alignment is as long as the quote, so a
    dropped word shifts it), then cut back to the words that match the quote's.
    """
    margin = 16 + abs(sum(len(w) + 1 for w in quote) - (dest_end - dest_start))
    lo = max(0, dest_start - margin)
    hi = min(len(u.folded), dest_end + margin)
    while lo > 0 and u.folded[lo - 1] != " ":
        lo -= 1
    while hi < len(u.folded) and u.folded[hi] != " ":
        hi += 1
    tokens = _tokens(u, lo, hi)
    words = [t[0] for t in tokens]
    from rapidfuzz.distance import Levenshtein

    # The word-level edit script (rapidfuzz's, which takes lists of words as sequences).
    ops: list[tuple[str, int, int, int, int]] = [
        (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end)
        for op in Levenshtein.opcodes(quote, words)
    ]
    kept = sum(op[2] - op[1] for op in ops if op[0] == "equal")
    if kept / max(len(quote), 1) < WORD_CUTOFF:
        return None
    # Words of the window beyond the quote at either end are not part of the passage.
    while ops and ops[0][0] == "insert":
        ops = ops[1:]
    while ops and ops[-1][0] == "insert":
        ops = ops[:-1]
    j_first = min((op[3] for op in ops if op[0] != "delete"), default=None)
    j_last = max((op[4] for op in ops if op[0] != "delete"), default=None)
    if j_first is None or j_last is None or j_last <= j_first:
        return None
    start, end = tokens[j_first][1], tokens[j_last - 1][2]
    span = Span(u.at(start), u.at(end - 1) + 1)

    def shown(j1: int, j2: int) -> str:
        return " ".join(
            u.text[u.at(a) : u.at(b - 1) + 1].strip(_PUNCT + "“”«»’") for _, a, b in tokens[j1:j2]
        )

    diffs = []
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        kind = {"replace": "changed", "delete": "added", "insert": "dropped"}[tag]
        diffs.append(Difference(kind, " ".join(quote[i1:i2]), shown(j1, j2)))  # type: ignore[arg-type]
    return span, tuple(diffs)


def _inside(span: Span, taken: tuple[Span, ...], *, half: bool = False) -> bool:
    for t in taken:
        overlap = min(span.end, t.end) - max(span.start, t.start)
        if overlap <= 0:
            continue
        if half and overlap * 2 >= span.end - span.start:
            return True
        if not half and t.start <= span.start and span.end <= t.end:
            return True
    return False


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
