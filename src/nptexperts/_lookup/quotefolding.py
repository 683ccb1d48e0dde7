"""Folding a quote and a record's text alike for quote matching (case, quotation marks,
dashes, white space, ё/е), with the offsets back into the text, and their bare words.
"""

from __future__ import annotations

import re

from nptexperts._lookup.folding import fold_char
from nptexperts._records.lang import Lang

__all__ = ["fold_with_offsets"]


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


#: A word: what white space separates, without the punctuation at either end
#: (``"hopes",`` is ``hopes``; ``non-nuclear`` and ``u.s`` keep theirs).
_WORD = re.compile(r'[^\s"\-.,;:!?()\[\]]+(?:["\-.,;:!?()\[\]]+[^\s"\-.,;:!?()\[\]]+)*')


def _words(folded: str) -> list[str]:
    """The words of a folded text (one C-level pass: it is most of the index's build)."""
    return _WORD.findall(folded)


def _script(folded: str) -> tuple[Lang, ...]:
    """The languages a quote can be in: Russian if it has Cyrillic letters, English if it
    has Latin ones (both if it has neither, or both)."""
    cyrillic = any("а" <= c <= "я" for c in folded)
    latin = any("a" <= c <= "z" for c in folded)
    if cyrillic != latin:
        return ("ru",) if cyrillic else ("en",)
    return ("en", "ru")
