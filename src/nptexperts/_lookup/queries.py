"""A search query: its words and quoted phrases (each word folded and stemmed), and the
patterns that find their hits in a text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from nptexperts._lookup.folding import fold
from nptexperts._lookup.matches import Hit
from nptexperts._lookup.searched import TOKEN
from nptexperts._lookup.stemming import stem, stem_input
from nptexperts._records.lang import Lang

__all__ = ["Part", "QueryWord", "match", "parse", "pattern", "search_fold", "term"]

#: Where a word ends, a character of a word, and what may stand between the words of a phrase.
_END = r"(?![\w\u0300-\u036f])"
_WORD_CHAR = re.compile(r"[\w\u0300-\u036f]")
_GAP = r"[^\w\u0300-\u036f]+"
#: What opens or closes a quoted phrase in a query, each made a plain ``"``.
_QUOTES = str.maketrans(dict.fromkeys('"“”«»„', '"'))


def search_fold(text: str) -> str:
    """``text`` as the search compares it (:func:`nptexperts._lookup.folding.fold`).

    >>> search_fold("  Ёлка’s   ЁЖ ")
    "елка's еж"
    """
    return fold(text)


def term(lang: Lang, token: str) -> tuple[str, str]:
    """A word's folded form (for prefixes) and its folded stem in ``lang``."""
    return fold(token), fold(stem(lang, stem_input(token)))


class QueryWord:
    """One word of a query: folded, its stem, and whether it is a prefix too."""

    __slots__ = ("prefix", "stem", "surface")

    surface: str
    stem: str
    #: Whether the word also matches the words it begins (the query's last word).
    prefix: bool

    def __init__(self, surface: str, stem: str, prefix: bool) -> None:
        self.surface, self.stem, self.prefix = surface, stem, prefix


#: One part of a query: a word (one ``QueryWord``) or a quoted phrase (its words, in order).
Part = tuple[QueryWord, ...]


def parse(query: str, lang: Lang) -> list[Part]:
    parts: list[Part] = []
    pieces = query.translate(_QUOTES).split('"')
    for n, piece in enumerate(pieces):
        quoted = n % 2 == 1
        words: list[QueryWord] = []
        for m in TOKEN.finditer(piece):
            token = m.group()
            surface, stem = term(lang, token)
            last = n == len(pieces) - 1 and not quoted and m.end() == len(piece)
            words.append(QueryWord(surface, stem, last))
        if quoted and len(words) > 1:
            parts.append(tuple(words))
        else:
            parts += [(w,) for w in words]
    return parts


def pattern(forms: Sequence[Iterable[str]]) -> re.Pattern[str]:
    """The pattern of one part of a query: for each of its words, the written forms it
    matches (longest first), in order, each ending a word; :func:`match` checks that the
    first starts one.

    (No look-behind at its start: a pattern that starts with its words lets the regex
    engine skip straight to them, a third of the time; building the matches was half of
    the first search at 100,000 experts, benchmarks/README.md.)
    """
    return re.compile(
        _GAP.join(
            "(?:" + "|".join(map(re.escape, sorted(f, key=lambda w: (-len(w), w)))) + ")"
            for f in forms
        )
        + _END
    )


def _spans(p: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where ``p`` (of :func:`pattern`) matches ``text`` at the start of a word: as
    ``finditer`` would with a look-behind, leftmost first, not overlapping."""
    found = [m.span() for m in p.finditer(text)]
    inside = _WORD_CHAR.match
    for start, _ in found:
        if start and inside(text, start - 1):
            break
    else:
        return found
    found, pos = [], 0
    while (m := p.search(text, pos)) is not None:
        start = m.start()
        if start and inside(text, start - 1):
            pos = start + 1  # it began inside a word: look again one character on
        else:
            found.append(m.span())
            pos = m.end()
    return found


def match(text: str, patterns: Sequence[re.Pattern[str]]) -> tuple[Hit, ...]:
    """Every hit of the parts' ``patterns`` in ``text``, or none when a part is missing."""
    if len(patterns) == 1:  # one part: its hits are in order and apart already
        return tuple([Hit(start, end) for start, end in _spans(patterns[0], text)])
    spans: list[tuple[int, int]] = []
    for p in patterns:
        found = _spans(p, text)
        if not found:
            return ()
        spans += found
    spans.sort()
    hits: list[Hit] = []
    for start, end in spans:
        if hits and start <= hits[-1].end:
            hits[-1] = Hit(hits[-1].start, max(end, hits[-1].end))
        else:
            hits.append(Hit(start, end))
    return tuple(hits)
