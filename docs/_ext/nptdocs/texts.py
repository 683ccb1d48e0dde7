"""Record texts on the reader pages: each with its provenance, in the page's language.

Every interface word comes from :mod:`nptexperts._words`; every record text goes
through :mod:`nptdocs.rst` (escaped). English-only texts on a Russian page are
marked ``lang="en"`` and labelled «только на английском языке».
"""

from __future__ import annotations

import re

from nptexperts import Lang
from nptexperts._records.models import Dataset, Note, Provenance, Text
from nptexperts._words import enum_word, word

from .rst import english, esc, safe_id

__all__ = [
    "country_name",
    "english_only",
    "labelled",
    "note_text",
    "prose",
    "provenance_label",
    "source_ref",
]


def source_ref(source_id: str) -> str:
    """The label of a source's entry on the source page."""
    return "source-" + safe_id(source_id, "source id")


def provenance_label(provenance: Provenance, lang: Lang) -> str:
    """``[published]`` in words, linked to the source's entry.

    >>> from nptexperts._records.models import Origin
    >>> provenance_label(Provenance("pir-press-2025-23", Origin.PUBLISHED), "ru")
    '*[*\\\\ :ref:`текст публикации <source-pir-press-2025-23>`\\\\ *]*'
    """
    words = esc(enum_word(provenance.origin, lang))
    return f"*[*\\ :ref:`{words} <{source_ref(provenance.source)}>`\\ *]*"


def labelled(text: Text, lang: Lang) -> str:
    """The text in ``lang`` with its provenance label."""
    return f"{esc(text.text(lang))} {provenance_label(text.provenance(lang), lang)}".strip()


def english_only(value: str, lang: Lang) -> str:
    """A text that exists only in English: plain on an English page; on a Russian page
    marked as English and labelled so, in Russian."""
    if lang == "en":
        return esc(value)
    return f"{english(value)} *({word('english_only', lang)})*"


def note_text(note: Note, lang: Lang) -> str:
    """An editors' note in ``lang``; a note that has no Russian (data before 2026.3) is
    shown in English, labelled so."""
    local = note.localized(lang)
    if local is None:
        return english_only(note.en.value, lang)
    return prose(local.value, lang)


#: A quotation («…») or a bracket ((…)) in Russian text whose words are Latin: English
#: the note cites («Hovewer», (PIR Press)).
_QUOTED_LATIN = re.compile(
    r"«([^«»А-Яа-яЁё]*[A-Za-z][^«»А-Яа-яЁё]*)»|\(([^()А-Яа-яЁё]*[A-Za-z][^()А-Яа-яЁё]*)\)"
)


def prose(value: str, lang: Lang) -> str:
    """A text in ``lang``, escaped; on a Russian page, the English it quotes («Hovewer»)
    is marked as English (``lang="en"``).

    >>> prose("опечатка «Hovewer» в тексте", "ru")
    'опечатка «:english:`Hovewer`» в тексте'
    >>> ":english:`PIR Press`" in prose("пресс-релиз (PIR Press)", "ru")
    True
    >>> prose("a «b»", "en")
    'a «b»'
    """
    if lang == "en":
        return esc(value)
    out, at = [], 0
    for match in _QUOTED_LATIN.finditer(value):
        group = 1 if match.group(1) is not None else 2
        out += [esc(value[at : match.start(group)]), english(match.group(group))]
        at = match.end(group)
    out.append(esc(value[at:]))
    return "".join(out)


def country_name(dataset: Dataset, code: str | None, lang: Lang) -> str:
    """The country's name as the dataset shows it (from the sections' lists), escaped."""
    if code is None:
        return esc(word("unknown_country", lang))
    for section in dataset.sections:
        for country in section.stated_countries:
            if country.code == code:
                return esc(country.name.text(lang))
    return f"``{safe_id(code.lower(), 'country code').upper()}``"
