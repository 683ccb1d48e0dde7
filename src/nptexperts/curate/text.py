"""The rules every curated text follows, and how a text is shown in a message.

Every record text reaches readers' terminals, documentation pages and
spreadsheets, so validation holds each one to these rules (the curating guide
gives the reason for each):

- no C0 or C1 control character (a terminal runs them as commands), except a
  line break in the fields that are multi-line by nature (:data:`MULTI_LINE`);
- no invisible formatting character: bidi controls, zero-width characters, the
  soft hyphen, the word joiner, tag characters, Hangul fillers, variation
  selectors, line separators (every character of :data:`nptexperts._unsafe.UNSAFE`,
  the set the terminal and notebook outputs escape; no exception for English or
  Russian, which need none); the no-break space is allowed;
- NFC, so that the same words are always the same characters;
- no text begins with ``=``, ``+``, ``-``, ``@``, their full-width forms, a tab or a
  carriage return, nor with spaces before one of them (a spreadsheet would run it
  as a formula).

The message names the character (its code point and Unicode name) and its place.

>>> text_problem("Vienna", one_line=True) is None
True
>>> text_problem("=HYPERLINK(\\"http://x\\")", one_line=True)
"begins with '=': a spreadsheet would read it as a formula; reword it"
>>> shown("a" * 100)
"'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…' (100 characters)"
>>> escape_controls("red \\x1b[31m text\\u202e")
'red \\\\x1b[31m text\\\\u202e'
"""

from __future__ import annotations

import unicodedata

from nptexperts._fault import SHOWN_LENGTH, clipped, shown
from nptexperts._unsafe import FORMULA_STARTS, escape_unsafe, first_unsafe, is_formula

__all__ = [
    "FORMULA_STARTS",
    "MULTI_LINE",
    "SHOWN_LENGTH",
    "clipped",
    "escape_controls",
    "shown",
    "text_problem",
]

#: The fields (by their last name on a record's path) that may hold line breaks.
MULTI_LINE = frozenset({"body", "context", "notes", "note", "summary"})


def _kind(char: str) -> str:
    code = ord(char)
    if code <= 0x1F or code == 0x7F:
        return "a C0 control character"
    if 0x80 <= code <= 0x9F:
        return "a C1 control character"
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or code in (0x061C, 0x200E, 0x200F):
        return "a bidi control character"
    if code in (0x2028, 0x2029):
        return "a line separator"
    if 0x200B <= code <= 0x200D or code in (0x2060, 0xFEFF):
        return "a zero-width character"
    if 0xE0000 <= code <= 0xE007F:
        return "a tag character"
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return "a variation selector"
    if code in (0x115F, 0x1160, 0x3164, 0xFFA0):
        return "a Hangul filler"
    return "an invisible formatting character"


def text_problem(value: str, *, one_line: bool) -> str | None:
    """What is wrong with the text ``value`` (``None`` if nothing).

    ``one_line`` texts (names, titles, ids…) hold no line break; the others may.
    """
    found = first_unsafe(value, allow_line_breaks=not one_line)
    if found is not None:
        place, char = found
        if char == "\n":
            return f"a line break at character {place}: this field is one line; join the lines"
        name = unicodedata.name(char, "")
        code = f"U+{ord(char):04X}" + (f" {name}" if name else "")
        return f"{_kind(char)} ({code}) at character {place}: remove it"
    if is_formula(value):
        start = value.lstrip()[:1] if not value.startswith(FORMULA_STARTS) else value[0]
        return f"begins with {start!r}: a spreadsheet would read it as a formula; reword it"
    if not unicodedata.is_normalized("NFC", value):
        return (
            "not in Unicode normal form NFC (a letter is written as a letter and a"
            " combining mark): write the composed letter"
        )
    return None


def escape_controls(text: str) -> str:
    """``text`` with every character of :data:`nptexperts._unsafe.UNSAFE` written as an escape.

    The same set the terminal output escapes and the text rule refuses.
    """
    return escape_unsafe(text)
