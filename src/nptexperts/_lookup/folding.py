"""Folding text for matching: the one rule that country lookups and search share.

Case, accents and stress marks are ignored, ё is е, typographic apostrophes are
``'``, and any run of white space is one space.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "fold_char"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def fold_char(ch: str) -> str:
    """One character folded (it may fold to none, one or several characters)."""
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold().translate(_APOSTROPHES)


class _FoldTable(dict[int, str]):
    """A :meth:`str.translate` table that folds each character (:func:`fold_char`),
    filled as characters are met: each character is folded once, and a text in one
    C-level pass."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """``text`` folded for matching.

    >>> fold("  Республика   КАЗАХСТАН ") == fold("республика казахстан")
    True
    >>> fold("  Ёлка’s   ЁЖ ")
    "елка's еж"
    """
    return " ".join(text.translate(_TABLE).split())
