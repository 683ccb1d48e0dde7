"""Escaping: every record text becomes inert reStructuredText here, and nowhere else.

Record texts are hostile on the way out. :func:`esc` turns any string into inline
text that docutils shows literally, whatever it holds (newlines, ``.. raw::``,
backquotes, roles, ``<script>``); :func:`link` makes a link only to an ``http(s)``
address. The generated pages are also built with the ``raw`` directive turned off.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ROLE", "SAFE_ID", "english", "esc", "heading", "link", "safe_id"]

# Every ASCII punctuation character is escaped with a backslash: then no text can
# open inline markup, a role, a reference, a substitution, or (at a line's start)
# a directive, a list, a table or a section underline.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")

#: The form of the ids the generator puts in file names and anchors.
SAFE_ID = re.compile(r"[a-z0-9]+(?:[.-][a-z0-9]+)*\Z")


def _printable(char: str) -> str:
    if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp"):
        return " " if char in "\t\n\r\x0b\x0c\x85\u2028\u2029" else ""
    return char


def esc(text: str) -> str:
    """``text`` as literal inline reStructuredText, on one line.

    Whitespace runs become one space; control and format characters (bidi
    overrides, zero-width characters) are dropped.

    >>> esc("a *b* `c`_ |d|")
    'a \\\\*b\\\\* \\\\`c\\\\`\\\\_ \\\\|d\\\\|'
    >>> esc("Name\\n\\n.. raw:: html")
    'Name \\\\.\\\\. raw\\\\:\\\\: html'
    """
    flat = " ".join("".join(_printable(c) for c in text).split())
    return _PUNCTUATION.sub(r"\\\1", flat)


def english(text: str) -> str:
    """``text`` marked as English (``<span lang="en">``) with the ``english`` role.

    Every generated page declares the role (:data:`ROLE`).

    >>> english("a `b`")
    ':english:`a \\\\`b\\\\``'
    """
    escaped = esc(text)
    return f":english:`{escaped}`" if escaped else ""


#: The declaration of the ``english`` role, which every generated page starts with.
ROLE = [".. role:: english", "   :class: language-en", ""]


def heading(text: str, char: str) -> list[str]:
    """A section title: the escaped text and an underline long enough for it."""
    escaped = esc(text) or "—"
    return [escaped, char * (2 * len(escaped)), ""]


def link(text: str, url: str) -> str:
    """A link to ``url`` if it is an ``http(s)`` address; otherwise the escaped text alone.

    >>> link("PIR", "https://pircenter.org/")
    '`PIR <https://pircenter.org/>`__'
    >>> link("x", "javascript:alert(1)")
    'x'
    """
    if not re.fullmatch(r"https?://[^\s<>`\\]+", url):
        return esc(text)
    label = esc(text) or esc(url)
    return f"`{label} <{url}>`__"


def safe_id(value: str, what: str) -> str:
    """``value`` if it can be a file name and an anchor; otherwise a :class:`ValueError`.

    >>> safe_id("tariq-rauf", "expert id")
    'tariq-rauf'
    """
    if len(value) > 100 or not SAFE_ID.match(value):
        raise ValueError(
            f"{what} {value[:80]!r} is not of the form [a-z0-9] words joined by - or ."
        )
    return value
