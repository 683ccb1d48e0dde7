"""The one rule on the characters a record text may not show raw, and on formula starts.

Record texts are hostile on their way out. One set of characters, :data:`UNSAFE`,
is what no output shows as it is, and what the curators' text rule
(:mod:`nptexperts.curate.text`) refuses in a record:

- C0 control characters (a tab and a line break included: where a field may hold
  line breaks, the outputs keep them and the rule allows them), DEL and the C1
  controls: a terminal runs them as commands;
- the line and paragraph separators U+2028 and U+2029;
- every invisible formatting character: all of Unicode category Cf (the bidi
  controls, zero-width spaces and joiners, U+00AD soft hyphen, U+061C Arabic letter
  mark, U+2060 word joiner, U+FEFF, the tag characters U+E0000–U+E007F…), the Hangul
  fillers (U+115F, U+1160, U+3164, U+FFA0), the variation selectors (U+FE00–U+FE0F,
  U+E0100–U+E01EF), the Mongolian variation selectors (U+180B–U+180F) and the
  combining grapheme joiner U+034F. They make a text read differently from what it
  holds, or hide text.

No exception is made for a language: English and Russian need none of them (the
zero-width joiner and non-joiner, which Persian or the Indic scripts need, are
refused too; the no-break space, a visible space, is allowed). The terminal output
(:func:`nptexperts.cli.output.clean`) and the notebook HTML (:mod:`nptexperts.display`)
show each as an escape (``\\x1b``, ``\\u2060``); the curators' rule names it and its
place.

>>> escape_unsafe("red \\x1b[31m text\\u202e\\u2060\\U000e0041")
'red \\\\x1b[31m text\\\\u202e\\\\u2060\\\\U000e0041'
>>> is_formula("=1+1"), is_formula("\\u00a0 =1+1"), is_formula("＝1"), is_formula("1 = 1")
(True, True, True, False)
"""

from __future__ import annotations

import re

__all__ = ["FORMULA_STARTS", "UNSAFE", "escape_unsafe", "first_unsafe", "is_formula"]

#: The ranges (first, last code point) of :data:`UNSAFE`.
_RANGES = (
    (0x00, 0x1F),  # C0 controls
    (0x7F, 0x9F),  # DEL, C1 controls
    (0xAD, 0xAD),  # soft hyphen (Cf)
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x0600, 0x0605),  # Arabic number signs (Cf)
    (0x061C, 0x061C),  # Arabic letter mark (Cf)
    (0x06DD, 0x06DD),  # Arabic end of ayah (Cf)
    (0x070F, 0x070F),  # Syriac abbreviation mark (Cf)
    (0x0890, 0x0891),  # Arabic pound and piastre marks above (Cf)
    (0x08E2, 0x08E2),  # Arabic disputed end of ayah (Cf)
    (0x115F, 0x1160),  # Hangul choseong and jungseong fillers
    (0x180B, 0x180F),  # Mongolian variation selectors and vowel separator (Cf)
    (0x200B, 0x200F),  # zero-width space, non-joiner, joiner; LRM, RLM (Cf)
    (0x2028, 0x2029),  # line and paragraph separators
    (0x202A, 0x202E),  # bidi embeddings and overrides (Cf)
    (0x2060, 0x2064),  # word joiner, invisible operators (Cf)
    (0x2066, 0x206F),  # bidi isolates, deprecated format characters (Cf)
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFEFF, 0xFEFF),  # zero-width no-break space, byte-order mark (Cf)
    (0xFFA0, 0xFFA0),  # half-width Hangul filler
    (0xFFF9, 0xFFFB),  # interlinear annotation controls (Cf)
    (0x110BD, 0x110BD),  # Kaithi number sign (Cf)
    (0x110CD, 0x110CD),  # Kaithi number sign above (Cf)
    (0x13430, 0x1343F),  # Egyptian hieroglyph format controls (Cf)
    (0x1BCA0, 0x1BCA3),  # shorthand format controls (Cf)
    (0x1D173, 0x1D17A),  # musical symbol format controls (Cf)
    (0xE0000, 0xE007F),  # the tag block (Cf)
    (0xE0100, 0xE01EF),  # variation selectors supplement
)

#: Every code point no output shows raw and no curated text may hold.
UNSAFE = frozenset(c for first, last in _RANGES for c in range(first, last + 1))

_PATTERN = re.compile(
    "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in _RANGES) + "]"
)


def _escape(code: int) -> str:
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


_ESCAPES = {c: _escape(c) for c in UNSAFE}
_ESCAPES_KEEPING_LINES = {c: e for c, e in _ESCAPES.items() if c != 0x0A}


def escape_unsafe(text: str, *, keep_line_breaks: bool = False) -> str:
    """``text`` with every :data:`UNSAFE` character written as an escape (``\\x1b``, ``\\u2060``).

    With ``keep_line_breaks``, ``\\n`` stays as it is.
    """
    return text.translate(_ESCAPES_KEEPING_LINES if keep_line_breaks else _ESCAPES)


def first_unsafe(text: str, *, allow_line_breaks: bool = False) -> tuple[int, str] | None:
    """The place and the character of the first :data:`UNSAFE` character in ``text``, if any."""
    for match in _PATTERN.finditer(text):
        if allow_line_breaks and match.group() == "\n":
            continue
        return match.start(), match.group()
    return None


#: A text that begins with one of these (after any spaces, for the first six) is
#: read by spreadsheets as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\t", "\r")


def is_formula(text: str) -> bool:
    """Whether a spreadsheet could read ``text`` as a formula.

    It begins with ``=``, ``+``, ``-``, ``@``, their full-width forms ``＝＋－＠``, a
    tab or a carriage return, or with spaces (a no-break space among them) before
    one of those.
    """
    return text.startswith(FORMULA_STARTS) or text.lstrip().startswith(FORMULA_STARTS)
