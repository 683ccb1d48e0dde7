"""The ГОСТ Р 7.0.100-2018 analytic description of a record: :func:`gost`.

Written here by hand (no library formats it): the record is the component part, the
source (the press release on PIR Center's website) the host, after «//».
"""

from __future__ import annotations

import datetime

from nptexperts._citing.reference import PLACE, WORDS, Reference, initials
from nptexperts._records.lang import Lang
from nptexperts._words import MONTHS_EN

__all__ = ["gost"]

#: The months as the standard abbreviates them in Russian (ГОСТ Р 7.0.12-2011), in the
#: genitive a date takes.
_MONTHS_RU_GEN = (
    "янв.",
    "февр.",
    "марта",
    "апр.",
    "мая",
    "июня",
    "июля",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
)

_SEP = ". – "


def _gost_date(day: datetime.date, lang: Lang) -> str:
    if lang == "ru":
        return f"{day.day} {_MONTHS_RU_GEN[day.month - 1]}"
    return f"{MONTHS_EN[day.month - 1]} {day.day}"


def _join(*areas: str) -> str:
    """Areas joined by the standard's «. – », without doubling a final full stop."""
    out = ""
    for area in areas:
        if not out:
            out = area
            continue
        out = (out[:-1] if out.endswith(".") else out) + _SEP + area
    return out


def gost(ref: Reference) -> str:
    """The ГОСТ Р 7.0.100-2018 analytic description of ``ref``'s record.

    The record is the component part; the source (the press release on PIR Center's
    website) is the host, after «//». The title of a record the source gives no title
    to is the project's description, in square brackets.
    """
    lang = ref.lang
    source = ref.source
    head = ""
    if ref.authors:
        family, given = ref.authors[0]
        head = f"{family}, {initials(given)} " if given else f"{family} "
    title = f"[{ref.title}]" if ref.supplied else ref.title
    responsibility = [
        f"{initials(given)} {family}".strip() if given else family for family, given in ref.authors
    ]
    if ref.translated:
        responsibility.append(WORDS["translation"][lang])
    component = head + title
    if responsibility:
        component += " / " + " ; ".join(responsibility)
    publisher = source.publisher.text(lang)
    place = PLACE.get(source.id, {}).get(lang)
    imprint = f"{place} : {publisher}, {source.date.year}" if place else str(source.date.year)
    kind = WORDS["press_release"][lang]
    accessed = ref.accessed.strftime("%d.%m.%Y")
    url = f"URL: {source.url} ({WORDS['accessed'][lang]}: {accessed})"
    if ref.kind == "source":
        host = f"{publisher} : [{WORDS['website'][lang]}]"
        body = f"{source.title.en.value} : {kind} {source.number}"
        areas = [body, WORDS["text_electronic"][lang]]
        text = _join(*areas)
        text = f"{text} // {host}"
    else:
        host = f"{source.title.en.value} : {kind} {source.number}"
        text = _join(component, WORDS["text_electronic"][lang]) + f" // {host}"
    text = _join(text, imprint, _gost_date(source.date, lang), url)
    extra = []
    if ref.span is not None:
        extra.append(WORDS["passage"][lang].format(start=ref.span.start, end=ref.span.end))
    extra.append(WORDS["release"][lang].format(version=ref.data_version, digest=ref.digest))
    return _join(text, *extra) + "."
