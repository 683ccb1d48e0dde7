"""The rules every curated text follows, and how a text is shown in a message.

Every record text reaches readers' terminals, documentation pages and
spreadsheets, so validation holds each one to these rules (the curating guide
gives the reason for each):

- no C0 or C1 control character (a terminal runs them as commands), except a
  line break in the fields that are multi-line by nature (:data:`MULTI_LINE`);
- no bidi control and no zero-width character (they make a text read
  differently from what it holds); the no-break space is allowed;
- NFC, so that the same words are always the same characters;
- no text begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
  (a spreadsheet would run it as a formula).

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

import re
import unicodedata

from nptexperts._fault import SHOWN_LENGTH, clipped, shown
from nptexperts._records.texts import FORMULA_STARTS

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

_CONTROL = "\x00-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_ZERO_WIDTH = "\u200b-\u200f\ufeff"
#: Line and paragraph separators: YAML and many editors break lines at them.
_SEPARATORS = "\u2028\u2029"
_FORBIDDEN = re.compile(f"[{_CONTROL}{_BIDI}{_ZERO_WIDTH}{_SEPARATORS}]")
#: What a terminal must never receive as it is.
_UNSAFE = re.compile(f"[{_CONTROL}{_BIDI}{_ZERO_WIDTH}{_SEPARATORS}]")


def _kind(char: str) -> str:
    code = ord(char)
    if code <= 0x1F or code == 0x7F:
        return "a C0 control character"
    if 0x80 <= code <= 0x9F:
        return "a C1 control character"
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return "a bidi control character"
    if char in _SEPARATORS:
        return "a line separator"
    return "a zero-width character"


def text_problem(value: str, *, one_line: bool) -> str | None:
    """What is wrong with the text ``value`` (``None`` if nothing).

    ``one_line`` texts (names, titles, ids…) hold no line break; the others may.
    """
    for match in _FORBIDDEN.finditer(value):
        char = match.group()
        if char == "\n" and not one_line:
            continue
        code = f"U+{ord(char):04X}"
        if char == "\n":
            return (
                f"a line break at character {match.start()}: this field is one line; join the lines"
            )
        return f"{_kind(char)} ({code}) at character {match.start()}: remove it"
    if value.startswith(FORMULA_STARTS):
        return f"begins with {value[0]!r}: a spreadsheet would read it as a formula; reword it"
    if not unicodedata.is_normalized("NFC", value):
        return (
            "not in Unicode normal form NFC (a letter is written as a letter and a"
            " combining mark): write the composed letter"
        )
    return None


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with every control, bidi and zero-width character written as an escape."""
    return _UNSAFE.sub(_escape, text)
