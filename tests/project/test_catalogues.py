"""The interface's message catalogues: fresh, complete and compiled.

English is the source language; the Russian is in ``locale/ru/LC_MESSAGES/*.po``, which
the build compiles to ``.mo`` (``hatch_build.py``). Each test here fails when a
contributor forgets a step: re-extracting the template, translating a message, or
compiling the catalogue.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

ROOT = next(p for p in Path(__file__).resolve().parents if (p / "hatch_build.py").exists())
sys.path.insert(0, str(ROOT))
import hatch_build

import nptexperts
from nptexperts import _words as words
from nptexperts._words import catalogues

FIX = "run `python hatch_build.py update`, translate, then `python hatch_build.py compile`"

#: The Russian plural rule: one (1, 21, 101…), few (2–4, 22–24…), many (0, 5–20, 25…).
PLURAL_FORMS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 &&"
    " (n%100<10 || n%100>=20) ? 1 : 2);"
)


def _ids(catalog: object) -> set[object]:
    return {(m.context, m.id) for m in catalog if m.id}  # type: ignore[attr-defined]


def test_the_template_is_a_fresh_extraction() -> None:
    shipped = hatch_build.TEMPLATE.read_bytes()
    assert shipped == hatch_build.template_text(), f"nptexperts.pot is stale: {FIX}"


@pytest.mark.parametrize("lang", hatch_build.LANGUAGES)
def test_every_message_of_the_code_is_translated(lang: str) -> None:
    po = hatch_build.read_po(lang, "nptexperts")
    assert _ids(po) == _ids(hatch_build.template()), f"the {lang} .po is not merged: {FIX}"
    for message in po:
        if not message.id:
            continue
        strings = [message.string] if isinstance(message.string, str) else message.string
        assert all(strings), f"no {lang} translation of {message.id!r}: {FIX}"
        assert not message.fuzzy, f"fuzzy {lang} translation of {message.id!r}"


@pytest.mark.parametrize("lang", hatch_build.LANGUAGES)
def test_every_message_of_click_is_translated(lang: str) -> None:
    """click's own messages (usage errors, "Usage:") in the installed click's version."""
    po = hatch_build.read_po(lang, "click")
    translated = {(m.context, m.id) for m in po if m.id and m.string and all(m.string)}
    missing = _ids(hatch_build.click_template()) - translated
    assert not missing, f"click messages without a {lang} translation: {sorted(missing)}: {FIX}"


@pytest.mark.parametrize("lang", hatch_build.LANGUAGES)
@pytest.mark.parametrize("domain", hatch_build.DOMAINS)
def test_the_compiled_catalogue_is_the_po(lang: str, domain: str) -> None:
    mo = hatch_build.mo_path(lang, domain)
    assert mo.exists(), f"{mo} is missing: {FIX}"
    assert mo.read_bytes() == hatch_build.mo_bytes(lang, domain), f"{mo} is stale: {FIX}"


_FIELD = re.compile(r"\{(\w*)[^{}]*\}")


@pytest.mark.parametrize("domain", hatch_build.DOMAINS)
def test_translations_keep_the_fields_of_the_english(domain: str) -> None:
    """A translation fills the same ``{fields}`` as its English, or ``.format`` fails."""
    for message in hatch_build.read_po("ru", domain):
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else message.id[1]
        strings = [message.string] if isinstance(message.string, str) else message.string
        for string in strings:
            wanted = set(_FIELD.findall(english)) - {""}
            if isinstance(message.id, tuple):  # a plural's "one" form may name its count
                assert set(_FIELD.findall(string)) <= wanted | set(_FIELD.findall(message.id[0]))
            else:
                assert set(_FIELD.findall(string)) == wanted, (message.id, string)


def test_the_plural_rule_is_russian() -> None:
    assert hatch_build.read_po("ru", "nptexperts").plural_forms == PLURAL_FORMS
    rule = words.catalogue("ru").plural
    assert [rule(n) for n in (1, 2, 5, 11, 21, 22, 25, 111, 0, 12, 14, 104)] == [
        0,
        1,
        2,
        2,
        0,
        1,
        2,
        2,
        2,
        2,
        2,
        1,
    ]


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "1 эксперт"),
        (2, "2 эксперта"),
        (5, "5 экспертов"),
        (11, "11 экспертов"),
        (21, "21 эксперт"),
        (22, "22 эксперта"),
        (25, "25 экспертов"),
        (111, "111 экспертов"),
    ],
)
def test_russian_counts_take_the_form_the_number_needs(n: int, expected: str) -> None:
    assert words.count(n, "expert", "ru") == expected


def test_every_counted_noun_has_three_russian_forms() -> None:
    for noun in words.COUNT_NOUNS:
        forms = {words.count(n, noun, "ru").split(" ", 1)[1] for n in (1, 2, 5)}
        assert len(forms) == 3, (noun, forms)
        assert words.count(1, noun, "en") != words.count(2, noun, "en")


def test_every_word_reads_the_catalogue_and_english_needs_none() -> None:
    for key, both in words.WORDS.items():
        assert both["ru"], key
    catalogues._catalogues.clear()
    assert words.word("expert", "en") == "Expert"
    assert words.count(2, "expert", "en") == "2 experts"
    assert not catalogues._catalogues, "English must not read a catalogue"


def test_a_word_is_a_mapping_of_both_languages() -> None:
    both = words.WORDS["country"]
    assert dict(both) == {"en": "Country", "ru": "Страна"}
    assert len(both) == 2
    assert "Country" in repr(both)
    with pytest.raises(KeyError):
        both["de"]  # type: ignore[index]
    assert words.enum_word(nptexperts.Origin.PUBLISHED, "ru") == "текст публикации"


def test_lists_end_in_one_or() -> None:
    assert words.join_or(["А"], "ru") == "А"
    assert words.join_or([], "en") == ""
    assert words.join_or(["A", "B"], "en") == "A or B"
    assert words.join_or(["А", "Б", "В"], "ru") == "А, Б или В"
    assert words.quote("x", "ru") == "«x»"
    assert words.quote("x", "en") == "“x”"


def test_every_word_comes_from_the_catalogue() -> None:
    """No word is left written ``{"en": …, "ru": …}`` in words.py (a branch made before
    the catalogues): ``python hatch_build.py adopt`` moves its Russian into the .po."""
    tables = [words.WORDS, *words.ENUM_WORDS.values()]
    old = [key for table in tables for key, value in table.items() if type(value) is dict]
    assert not old, f"words not in the catalogue: {old}: run `python hatch_build.py adopt`"
