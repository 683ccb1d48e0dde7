"""A search query, parsed: its words and quoted phrases, each word folded and stemmed."""

from __future__ import annotations

from nptexperts._lookup.folding import fold
from nptexperts._lookup.searched import TOKEN
from nptexperts._lookup.stemming import stem, stem_input
from nptexperts._records.lang import Lang

__all__ = ["Part", "QueryWord", "parse", "search_fold", "term"]

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
