"""The Russian editorial translations: PIR's own terms, one term for one thing, no honorifics.

These gates hold the corrections of data 2026.2 (issue 12) so that they cannot come
back. Each runs on the latest release and on the curators' YAML files; the terms are
derived from the English texts, so a new record is checked the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

import nptexperts
from nptexperts._records.models import Dataset, Origin, Text
from nptexperts._words import ENUM_WORDS
from nptexperts.curate.fields import record_texts
from nptexperts.curate.yamlfile import format_path

DATA = Path(str(files("nptexperts").joinpath("data")))

#: English wording -> the Russian rendering every translation of it must use.
#: PIR's own Russian name for its Advisory Board; the terms a reviewer corrected.
GLOSSARY: dict[str, str] = {
    "PIR Center Advisory Board": "Экспертного совета ПИР-Центра",
    "revitalization": "активизация",
    "Expectations are high": "Велики ожидания",
    "meaningful opportunity": "реальную возможность",
    "forward-looking": "ориентированный на будущее",
    "Office reporting to Director General": "в Бюро, подотчётном Генеральному директору",
    "Nuclear Nonproliferation": "ядерное нераспространение",
}
#: Russian words that must not come back (the 2026.1 renderings the review replaced).
NEVER = [
    "Консультативн",
    "Закари",
    "возобновление диалога",
    "руководитель по вопросам",
    # An institution "whose country the release does not name", given by a Russian name
    # that names it (the note country-attribution in 2026.1).
    "«МГИМО МИД России»",
]
#: English editorial wording that overstated the source (the release does give some
#: experts' countries in their positions; it states no expert's nationality).
NEVER_EN = ["gives no expert a country"]
#: The Russian forms of the honorifics: never before a name in a Russian text.
HONORIFICS_RU = [w["ru"] for w in ENUM_WORDS["Honorific"].values()] + ["д-ра", "проф"]


@pytest.fixture(scope="module", params=["latest", "yaml"])
def dataset(request: pytest.FixtureRequest) -> Dataset:
    if request.param == "latest":
        return nptexperts.load_dataset()
    return nptexperts.load_dataset(DATA)


def _texts(value: Any, path: str) -> Iterator[tuple[str, Text]]:
    """Every :class:`Text` of ``value``, with its field path (the curators' own walk)."""
    for where, text in record_texts(value, ()):
        yield f"{path}.{format_path(where)}", text


def test_the_glossary_is_used_wherever_its_english_is(dataset: Dataset) -> None:
    used = set()
    for path, text in _texts(dataset, "dataset"):
        for english, russian in GLOSSARY.items():
            if english in text.en.value:
                used.add(english)
                assert russian in text.ru.value, (
                    f"{path}: the English has {english!r}; the Russian must render it {russian!r}:"
                    f" {text.ru.value!r}"
                )
    assert used, "no glossary term occurs: the walk is broken"


def test_replaced_renderings_do_not_come_back(dataset: Dataset) -> None:
    for path, text in _texts(dataset, "dataset"):
        for word in NEVER:
            assert word not in text.ru.value, f"{path}: {word!r} came back: {text.ru.value!r}"
        if text.en.provenance.origin is not Origin.PUBLISHED:
            for words in NEVER_EN:
                assert words not in text.en.value, f"{path}: {words!r} came back"


def test_no_russian_text_puts_an_honorific_before_a_name(dataset: Dataset) -> None:
    names = [e.name.ru.value for e in dataset.experts]
    pattern = re.compile(
        r"(?<!\w)(?:"
        + "|".join(re.escape(h) for h in HONORIFICS_RU)
        + r")\.?\s+("
        + "|".join(re.escape(n) for n in names)
        + r")"
    )
    for path, text in _texts(dataset, "dataset"):
        found = pattern.search(text.ru.value)
        assert found is None, f"{path}: an honorific before a Russian name: {found.group(0)!r}"
    for expert in dataset.experts:
        assert expert.display_name("ru") == expert.name.ru.value


def test_a_russian_context_names_the_expert_as_the_record_does(dataset: Dataset) -> None:
    for expert in dataset.experts:
        english = [expert.name.en.value, *(v.value for v in expert.name_variants)]
        for comment in expert.comments:
            if comment.context is None:
                continue
            if any(name in comment.context.en.value for name in english):
                assert expert.name.ru.value in comment.context.ru.value, (
                    f"{comment.id}: the context names {expert.id}, but not as"
                    f" {expert.name.ru.value!r}: {comment.context.ru.value!r}"
                )


def test_russian_quotes_use_the_russian_dash(dataset: Dataset) -> None:
    # An en dash with spaces is English typography; Russian prose uses the em dash.
    for expert in dataset.experts:
        for comment in expert.comments:
            for text in (comment.body, comment.context):
                if text is not None:
                    assert " – " not in text.ru.value, f"{comment.id}: ' – ' in Russian prose"


def test_the_section_states_its_own_facts(dataset: Dataset) -> None:
    """The start date, goal, method and context are typed fields, worded as PIR words them."""
    latest = nptexperts.load_dataset()
    for section in latest.sections:
        source = nptexperts.source_text(section.source)
        assert section.conference_start is not None
        stated = re.search(r"Review Conference will start on (\w+ \d+, \d{4})", source)
        assert stated is not None
        month, day, year = stated.group(1).replace(",", "").split()
        assert section.conference_start.strftime("%B %-d %Y") == f"{month} {day} {year}"
        for field in (section.goal, section.method, section.context):
            assert field is not None
            assert field.en.value in source, field.en.value
            assert field.provenance("en").origin is Origin.PUBLISHED
            assert field.provenance("ru").origin is Origin.EDITORIAL_TRANSLATION
    for src in latest.sources:
        keywords = re.search(r"Keywords: (.+)", nptexperts.source_text(src.id))
        assert keywords is not None
        assert [k.en.value for k in src.keywords] == keywords.group(1).strip().split("; ")
        assert all(k.ru.value and k.provenance("ru").is_translation for k in src.keywords)


def test_the_first_release_keeps_its_wording() -> None:
    """Data 2026.1 is frozen: the corrections are in 2026.2, not edits of 2026.1."""
    first = nptexperts.load_dataset(data_version="2026.1")
    texts = [t.ru.value for _, t in _texts(first, "dataset")]
    for word in NEVER:  # each correction was needed: 2026.1 has every replaced rendering
        assert any(word in t for t in texts), word
    assert any(w in t.en.value for _, t in _texts(first, "dataset") for w in NEVER_EN)
    assert first.sections[0].conference_start is None


def test_each_glossary_correction_was_needed_in_the_first_release() -> None:
    """Each term 2026.2 corrected is rendered otherwise somewhere in 2026.1."""
    first = nptexperts.load_dataset(data_version="2026.1")
    corrected = [term for term in GLOSSARY if term != "Nuclear Nonproliferation"]
    for english in corrected:
        russian = GLOSSARY[english]
        assert any(
            english in text.en.value and russian not in text.ru.value
            for _, text in _texts(first, "dataset")
        ), english
