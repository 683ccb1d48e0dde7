"""The order of experts in a list, in each language: by family name, as a reader files it.

In English, experts are in the records' order: by the English family name (then id).
In Russian, by the Russian family name, in Russian alphabetical order: ё is filed with
е, й stays a letter of its own (after и), case and hyphens do not count, and a
particle that opens a family name is not filed on (Arabic articles such as «аль-»,
and «фон», «ван», «де»…): «Хамад аль-Кааби» is filed under К.

>>> import nptexperts
>>> experts = sorted(nptexperts.load_experts(data_version="2026.3"), key=lambda e: sort_key(e, "ru"))
>>> [e.family_name.text("ru") for e in experts][:4]
['Арбатов', 'Ахтамзян', 'Белоусов', 'Булычёв']
>>> filing_name("аль-Кааби"), filing_name("Селезнёва")
('кааби', 'селезнева')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nptexperts._records.lang import normalize_lang

if TYPE_CHECKING:
    from nptexperts._records.models import Expert

__all__ = ["filing_name", "sort_key"]

#: Particles that open a Russian family name and are not filed on: Arabic articles
#: (written with a hyphen, «аль-Кааби») and the particles of European names
#: (written apart, «де Голль»), in lower case as Russian writes them.
_HYPHENATED = ("аль-", "ал-", "эль-", "эл-", "ас-", "ад-", "ан-", "ар-", "ат-", "аз-", "аш-")
_APART = ("фон ", "ван ", "дер ", "де ", "ди ", "да ", "дю ", "ле ", "ла ", "ибн ", "бен ", "бин ")


def filing_name(name: str) -> str:
    """``name`` as a Russian reader files it: no opening particle, lower case, ё as е,
    letters and digits only."""
    for particle in (*_HYPHENATED, *_APART):
        if name.startswith(particle) and len(name) > len(particle):
            name = name[len(particle) :]
            break
    folded = name.casefold().replace("ё", "е")
    return "".join(c for c in folded if c.isalnum())


def sort_key(expert: Expert, lang: str = "en") -> tuple[str, ...]:
    """The key that puts experts in the order of ``lang``'s lists (see the module).

    ``sorted(experts, key=lambda e: nptexperts.sort_key(e, "ru"))`` gives Russian
    order; in English the key gives the records' own order.
    """
    if normalize_lang(lang) == "en":
        return (expert.family_name.en.value.casefold(), expert.id)
    name = expert.name.ru.value
    return (filing_name(expert.family_name.ru.value), filing_name(name), expert.id)
