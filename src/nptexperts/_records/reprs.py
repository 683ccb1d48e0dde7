"""Short reprs for records: one line of at most :data:`REPR_MAX` characters that says what it is."""

from __future__ import annotations

__all__ = ["REPR_MAX", "capped", "count_en", "excerpt"]

#: The longest repr of a record: a record at a prompt is one line that says what it is.
REPR_MAX = 200


def excerpt(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis, as a repr."""
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1].rstrip() + "…"
    return repr(flat)


def capped(text: str) -> str:
    """A repr cut to :data:`REPR_MAX` characters, keeping its closing bracket."""
    if len(text) <= REPR_MAX:
        return text
    return text[: REPR_MAX - 2] + "…" + text[-1]


def count_en(n: int, noun: str) -> str:
    from nptexperts._words import count

    return count(n, noun, "en")
