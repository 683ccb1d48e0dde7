"""The words the interface shows, in English and Russian: the one place they live.

Labels, headings, the values of every enumeration in words, counts and dates:
the command line, the notebook display and the documentation all take their
words from here, so that a Russian reader sees Russian throughout, in the terms
PIR Center itself uses (its Advisory Board is «Экспертный совет ПИР-Центра»).

English is the source language: this package holds the English words, marked for
Babel's extractor (``N_``, ``C_`` with a context, ``Nn_`` with a plural; ``catalogues.py``),
each in the module of its area: ``records.py`` (the records and their fields),
``messages.py`` (phrases, errors, what the commands say of files and releases),
``site.py`` (the documentation site), ``commandline.py`` (the command line's labels),
``enums.py`` (every enumeration's values); :data:`WORDS` joins the first four. Their
Russian is in the gettext catalogue ``locale/ru/LC_MESSAGES/nptexperts.po``, which the
build compiles to a ``.mo`` file; the catalogue is read only when Russian is asked
for, so English costs nothing. Russian plural forms (one, few, many) follow the
catalogue's ``Plural-Forms`` rule.

>>> from nptexperts._records.models import AdvisoryBoard, Origin
>>> word("advisory_board", "ru")
'Экспертный совет ПИР-Центра'
>>> enum_word(Origin.EDITORIAL_TRANSLATION, "ru")
'редакционный перевод'
>>> count(3, "expert", "ru"), count(21, "expert", "ru"), count(1, "comment", "en")
('3 эксперта', '21 эксперт', '1 comment')
>>> import datetime
>>> date(datetime.date(2026, 4, 27), "ru"), date(datetime.date(2026, 4, 27), "en")
('27 апреля 2026 г.', '27 April 2026')
>>> WORDS["country"]["ru"], WORDS["country"]["en"]
('Страна', 'Country')

A key or an enumeration value without words is a :class:`KeyError`; a test
checks that every member of every enumeration has words, and that every English
word has its Russian in the catalogue.

To add a word: add its English to the module of its area (``"key": N_("English")``), then run
``python hatch_build.py update`` (extracts ``nptexperts.pot`` and merges it into the
``.po``), write the Russian in the ``.po`` and run ``python hatch_build.py compile``.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Final

from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._words.catalogues import C_, N_, Nn_, catalogue
from nptexperts._words.commandline import COMMAND_WORDS
from nptexperts._words.enums import ENUM_WORDS
from nptexperts._words.messages import MESSAGE_WORDS
from nptexperts._words.records import RECORD_WORDS
from nptexperts._words.site import SITE_WORDS

__all__ = [
    "COUNT_NOUNS",
    "C_",
    "ENUM_WORDS",
    "MONTHS_EN",
    "MONTHS_RU",
    "N_",
    "WORDS",
    "Nn_",
    "catalogue",
    "count",
    "date",
    "enum_word",
    "join_or",
    "quote",
    "word",
]


#: Labels and phrases, by key; a phrase may have ``{fields}`` that :func:`word` fills.
#: ``WORDS[key]["ru"]`` reads the catalogue.
WORDS: Final[Mapping[str, Mapping[Lang, str]]] = {
    **RECORD_WORDS,
    **MESSAGE_WORDS,
    **SITE_WORDS,
    **COMMAND_WORDS,
}


#: Nouns that :func:`count` counts, with their number: the English singular and plural
#: (the Russian forms, for one, few and many, are in the catalogue).
COUNT_NOUNS: Final[Mapping[str, tuple[str, str]]] = {
    "expert": Nn_("{n} expert", "{n} experts"),
    "comment": Nn_("{n} comment", "{n} comments"),
    "quoted_comment": Nn_("{n} quoted comment", "{n} quoted comments"),
    "position": Nn_("{n} position", "{n} positions"),
    "source": Nn_("{n} source", "{n} sources"),
    "section": Nn_("{n} section", "{n} sections"),
    "result": Nn_("{n} result", "{n} results"),
    "match": Nn_("{n} match", "{n} matches"),
    "record": Nn_("{n} record", "{n} records"),
    "change": Nn_("{n} change", "{n} changes"),
    "release": Nn_("{n} release", "{n} releases"),
    "fault": Nn_("{n} fault", "{n} faults"),
    "question": Nn_("{n} question", "{n} questions"),
    "note": Nn_("{n} note", "{n} notes"),
    "expectation": Nn_("{n} expectation", "{n} expectations"),
    "csv_file": Nn_("{n} CSV file", "{n} CSV files"),
    "parquet_file": Nn_("{n} Parquet file", "{n} Parquet files"),
    "byte": Nn_("{n} byte", "{n} bytes"),
    "more_result": Nn_("{n} more result", "{n} more results"),
}

#: The months in Russian, in the genitive a date takes («2 июля»); and in English.
MONTHS_RU = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def word(key: str, lang: str = "en", **fields: object) -> str:
    """The words for ``key`` in ``lang``, with ``{fields}`` filled in."""
    text = WORDS[key][normalize_lang(lang)]
    return text.format(**fields) if fields else text


def enum_word(member: enum.Enum, lang: str = "en") -> str:
    """The value of an enumeration in words (``CountryBasis.EXTERNAL`` → "факт вне источника")."""
    return ENUM_WORDS[type(member).__name__][member.value][normalize_lang(lang)]


def count(n: int, noun: str, lang: str = "en") -> str:
    """``n`` and the noun in the form the number takes: "2 experts", «2 эксперта», «5 экспертов».

    The Russian form (one, few, many) is chosen by the catalogue's plural rule:

    >>> [count(n, "expert", "ru") for n in (1, 2, 5, 11, 22)]
    ['1 эксперт', '2 эксперта', '5 экспертов', '11 экспертов', '22 эксперта']
    """
    singular, plural = COUNT_NOUNS[noun]
    if normalize_lang(lang) == "en":
        text = singular if n == 1 else plural
    else:
        text = catalogue("ru").ngettext(singular, plural, abs(n))
    return text.format(n=n)


def date(day: datetime.date, lang: str = "en") -> str:
    """A date in words: "2 July 2025", «2 июля 2025 г.»."""
    if normalize_lang(lang) == "en":
        return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day} {MONTHS_RU[day.month - 1]} {day.year} г."


def quote(text: str, lang: str = "en") -> str:
    """``text`` in the quotation marks of ``lang``: “…” in English, «…» in Russian."""
    if normalize_lang(lang) == "ru":
        return f"«{text}»"
    return f"“{text}”"


def join_or(items: list[str] | tuple[str, ...], lang: str = "en") -> str:
    """A list ending in one "or": "A, B or C", «А, Б или В»."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {word('or', lang)} {items[-1]}"
