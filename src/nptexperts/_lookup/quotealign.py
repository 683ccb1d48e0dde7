"""A near match word by word: the passage a quote was aligned with, and the words that differ."""

from __future__ import annotations

from nptexperts._lookup.quotematch import Difference
from nptexperts._lookup.quoteunits import _Unit
from nptexperts._records.texts import Span

__all__: list[str] = []

#: The least share of the quote's words a near match must keep, in order.
WORD_CUTOFF = 0.75

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
