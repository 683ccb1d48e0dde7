"""Russian order: by the Russian family name, ё with е, particles not filed on."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

import nptexperts
from nptexperts._lookup.collation import filing_name
from nptexperts.cli import main

#: The experts in Russian alphabetical order of their Russian family names, as a
#: Russian editor files them (written out by hand: «аль-Кааби» under К, «Селезнёва»
#: as «Селезнева», «Ли» before «Лысенко»).
RUSSIAN_ORDER = [
    "alexey-arbatov",  # Арбатов
    "ildar-akhtamzyan",  # Ахтамзян
    "andrey-belousov",  # Белоусов
    "alexander-bulychev",  # Булычев
    "victor-vasiliev",  # Васильев
    "igor-vishnevetskiy",  # Вишневецкий
    "zacharie-gross",  # Гросс
    "dastan-eleukenov",  # Елеукенов
    "hamad-alkaabi",  # аль-Кааби
    "zhan-kosherbaev",  # Кошербаев
    "vladimir-kuchinov",  # Кучинов
    "li-sikui",  # Ли
    "mikhail-lysenko",  # Лысенко
    "adlan-margoev",  # Маргоев
    "tariq-rauf",  # Рауф
    "daria-selezneva",  # Селезнёва
    "dmitry-stefanovich",  # Стефанович
]


@pytest.mark.parametrize("release", [r.data_version for r in nptexperts.data_releases()])
def test_every_release_sorts_in_russian_order(release: str) -> None:
    experts = nptexperts.load_experts(data_version=release)
    ids = [e.id for e in sorted(experts, key=lambda e: nptexperts.sort_key(e, "ru"))]
    assert ids == [i for i in RUSSIAN_ORDER if i in {e.id for e in experts}]
    assert set(ids) <= set(RUSSIAN_ORDER), "a new expert: add it to RUSSIAN_ORDER"
    english = sorted(experts, key=lambda e: nptexperts.sort_key(e, "en"))
    assert [e.id for e in english] == [e.id for e in experts]  # the records' own order


@pytest.mark.parametrize("release", [r.data_version for r in nptexperts.data_releases()])
def test_the_russian_list_is_in_russian_order(release: str) -> None:
    """Countries by their Russian names; in each, the experts in Russian order."""
    out = CliRunner().invoke(main, ["list", "--lang", "ru", "--data-version", release]).stdout
    groups: list[list[str]] = []
    headings = []
    for line in out.splitlines():
        member = re.match(r"  \S.*  \(([a-z-]+)\)", line)
        if member:
            groups[-1].append(member.group(1))
        elif line and not line.startswith(" ") and ":" in line:
            headings.append(line.split(" (")[0])
            groups.append([])
    assert headings == ["Казахстан", "Канада", "Китай", "ОАЭ", "Россия", "Франция"]
    assert sum(len(g) for g in groups) == len(nptexperts.load_experts(data_version=release))
    for group in groups:
        assert group == [i for i in RUSSIAN_ORDER if i in group]
    assert groups[4][:2] == ["alexey-arbatov", "ildar-akhtamzyan"]  # not the English order


@pytest.mark.parametrize(
    ("name", "filed"),
    [
        ("аль-Кааби", "кааби"),
        ("Селезнёва", "селезнева"),
        ("де Голль", "голль"),
        ("Римский-Корсаков", "римскийкорсаков"),
        ("аль-", "аль"),
    ],
)
def test_filing_names(name: str, filed: str) -> None:
    assert filing_name(name) == filed


def test_y_short_is_a_letter_of_its_own() -> None:
    names = ["Йодко", "Иванов", "Ёлкин", "Ежов", "Жуков"]
    assert sorted(names, key=filing_name) == ["Ежов", "Ёлкин", "Жуков", "Иванов", "Йодко"]
