"""The Russian editorial translations: PIR's own terms, one term for one thing, no honorifics.

These gates hold the corrections of data 2026.2 (issue 12) and data 2026.3 (issue 21) so
that they cannot come back. Each runs on the latest release and on the curators' YAML
files (the 2026.3 gates on every release from 2026.3 on); the terms are derived from the
English texts, so a new record is checked the same way.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest

import nptexperts
from nptexperts._records.models import Dataset, Note, Origin, Text
from nptexperts._words import ENUM_WORDS
from nptexperts.curate import load_directory
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
    # A description, not a name: a small letter (2026.3; 2026.2 wrote «в Бюро»).
    "Office reporting to Director General": "в бюро, подотчётном Генеральному директору",
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
    return load_directory(DATA).dataset


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


# Data 2026.3 (issue 21): a native editor's reading and an independent second reading.

#: Russian wordings that data 2026.3 replaced; none may come back in 2026.3 or later, and
#: each is in data 2026.2 (the correction was needed). Beside each, what replaced it.
NEVER_SINCE_2026_3: dict[str, str] = {
    # A state that does not exist: Austria is «Австрийская Республика».
    "Федеративной Республике Австрия": "Австрийской Республике",
    # A plural adjective before two singular phrases with adjectives of their own.
    "российские учёная степень": "российской учёной степени",
    # Opportunities do not «stand before» a conference.
    "возможности, стоящие перед": "открывающиеся перед ней возможности",
    # One review process (singular, as in every other text).
    "обзорных процессах": "обзорном процессе",
    # ё wherever it is pronounced, in family names too.
    "Булычев": "Булычёв",
    # Goals are not «strengthened»; a calque of "reinforce".
    "укрепить цели": "подкрепить цели",
    # The full name of France beside the short name of Russia.
    "Посольства Французской Республики в России": "посольства Франции в России",
    # A description of an office, not its name.
    "в Бюро, подотчётном": "в бюро, подотчётном",
    # The conference is scheduled: «предстоящей».
    "будущей Конференции": "предстоящей Конференции",
    # A perfective participle after two future verbs.
    "завершившись принятием": "завершится принятием",
    # The NPT's review documents "implement" an article: «осуществление».
    "о выполнении статьи VI": "об осуществлении статьи VI",
    "Оценив перспективы": "Назвав перспективы",
    # Raw field values and calques in the dataset's notes.
    "«not_quoted»": "«комментарии не цитируются»",
    "Набор данных записывает": "В наборе данных эти слова отнесены",
    "слова ПИР-Центра вокруг цитаты": "в тексте ПИР-Центра, в который включена цитата",
    # «, а также …» opened with a comma and never closed.
    "экспертов, а также их мнения": "экспертов и их мнения",
    "написано двумя способами": "дано в двух написаниях",
    # The summary: a dash and a colon in one sentence.
    "ДНЯО — 2015 и 2022 годов:": "ДНЯО (2015 и 2022 годов):",
}
#: Lower-case «конференция» is right only for review conferences in general; these are
#: the phrases that speak of them so (the rule is stated in the note
#: russian-editorial-translations). Any other lower-case use is a conference by name.
GENERIC_CONFERENCE = (
    "Любая обзорная конференция",
    "«любая обзорная конференция»",
    "«Обзорная конференция» и краткое «Конференция»",
    "об одной определённой конференции",
    "об обзорных конференциях вообще",
    # Data 2026.4: review conferences counted, and a conference that was not held.
    "третья подряд обзорная конференция",
    "обзорные конференции 2015 и 2022 годов",
    "после конференций 2015 и 2022 годов",
    "к конференции, проведённой в 2025 году",
    "о конференции, которая прошла бы годом раньше",
    "Если бы конференция прошла в 2025 году",
)
#: Posts written with a capital letter, as the Russian Foreign Ministry writes them: the
#: titles of heads of diplomatic missions and the rank of ambassador. Every other post and
#: rank takes a small letter.
CAPITALISED_POSTS = ("Чрезвычайный и Полномочный Посол", "Посол", "Постоянный представитель")
#: Words spelt with е that are other words than their ё-spelling (все/всё, чем/чём).
HOMOGRAPHS = {"все", "чем", "нем", "небо"}


def _since_2026_3() -> list[str]:
    versions = [r.data_version for r in nptexperts.data_releases()]
    return [v for v in versions if tuple(map(int, v.split("."))) >= (2026, 3)]


@pytest.fixture(scope="module", params=[*_since_2026_3(), "yaml"])
def corrected(request: pytest.FixtureRequest) -> Dataset:
    """Every release from data 2026.3 on, and the curators' YAML files."""
    if request.param == "yaml":
        return load_directory(DATA).dataset
    return nptexperts.load_dataset(data_version=request.param)


def _record_notes(dataset: Dataset) -> Iterator[tuple[str, Note]]:
    """Every editors' note on a record (sources, sections, experts, comments, name variants)."""
    records: list[tuple[str, Any]] = [(f"source {s.id}", s) for s in dataset.sources]
    records += [(f"section {s.id}", s) for s in dataset.sections]
    records += [(f"expert {e.id}", e) for e in dataset.experts]
    records += [(f"comment {c.id}", c) for e in dataset.experts for c in e.comments]
    for where, record in records:
        for i, note in enumerate(record.notes):
            yield f"{where}.notes[{i}]", note
    for expert in dataset.experts:
        for i, variant in enumerate(expert.name_variants):
            yield f"expert {expert.id}.name_variants[{i}].note", variant.note


def _russian(dataset: Dataset) -> Iterator[tuple[str, str]]:
    """Every Russian text, the records' notes included (the house rules hold for them too)."""
    for path, text in _texts(dataset, "dataset"):
        yield path, text.ru.value
    for path, note in _record_notes(dataset):
        if note.ru is not None:
            # the forms a note cites in «» («было «Булычев»») are what it speaks of, not its prose
            yield f"{path} [ru]", _CITED.sub("«…»", note.ru.value)


_CITED = re.compile(r"«[^«»]*»")


def _notes(dataset: Dataset) -> Iterator[tuple[str, str]]:
    """Every note a reader sees, in every language it has: the dataset's and the
    records' (English only before data 2026.3), with where it is."""
    for note in dataset.notes:
        for lang in ("en", "ru"):
            yield f"note {note.id} [{lang}]", note.body.text(lang)
    for where, record_note in _record_notes(dataset):
        for lang in ("en", "ru"):
            words = record_note.text(lang)
            if words is not None:
                yield f"{where} [{lang}]", words


def _raw_values(dataset: Dataset) -> list[re.Pattern[str]]:
    """What a note must not show a reader: the record types' field names and the enums'
    values as written in the files (``advisory_board``, ``not_quoted``), a field with its
    value (``coverage: quoted``), and the ids of questions and notes."""
    public = [getattr(nptexperts, name) for name in nptexperts.__all__]
    classes = [c for c in public if isinstance(c, type) and attrs.has(c)]
    fields = {f.name for cls in classes for f in attrs.fields(cls)}
    enums = [c for c in public if isinstance(c, type) and issubclass(c, enum.Enum)]
    values = {str(m.value) for e in enums for m in e}
    ids = {q.id for s in dataset.sections for q in s.questions} | {n.id for n in dataset.notes}
    words = {w for w in fields | values if "_" in w} | ids
    assert {"advisory_board", "not_quoted", "stated_countries", "prospects-2026"} <= words
    either = "|".join(sorted(map(re.escape, fields)))
    value = "|".join(sorted(map(re.escape, values)))
    return [
        re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, words))) + r")(?![\w-])"),
        re.compile(rf"\b(?:{either})\s*[:=]\s*[\"'«]?(?:{value})\b"),
    ]


def test_no_note_shows_a_raw_field_value(corrected: Dataset) -> None:
    patterns = _raw_values(corrected)
    for where, note in _notes(corrected):
        for pattern in patterns:
            found = pattern.search(note)
            assert found is None, f"{where}: {found.group(0)!r} is a raw value; say it in words"


def test_the_2026_2_notes_showed_raw_field_values() -> None:
    """The gate above finds what data 2026.2 showed (so it can fail)."""
    old = nptexperts.load_dataset(data_version="2026.2")
    patterns = _raw_values(old)
    found = {p.search(n).group(0) for _, n in _notes(old) for p in patterns if p.search(n)}  # type: ignore[union-attr]
    assert {"not_quoted", "advisory_board: member", "stated_countries"} <= found


def test_corrections_of_2026_3_do_not_come_back(corrected: Dataset) -> None:
    austria = re.compile(r"Федеративн\w*\s+Республик\w*\s+Австри", re.IGNORECASE)
    for path, text in _russian(corrected):
        assert not austria.search(text), f"{path}: Austria is «Австрийская Республика»: {text!r}"
        for wrong, right in NEVER_SINCE_2026_3.items():
            assert wrong not in text, f"{path}: {wrong!r} came back (write {right!r}): {text!r}"


def test_each_correction_of_2026_3_was_needed_and_is_made() -> None:
    """Data 2026.2 is frozen and has every replaced wording; the latest has its replacement."""
    old = [t for _, t in _russian(nptexperts.load_dataset(data_version="2026.2"))]
    new = [t for _, t in _russian(nptexperts.load_dataset())]
    for wrong, right in NEVER_SINCE_2026_3.items():
        assert any(wrong in t for t in old), f"2026.2 never had {wrong!r}"
        assert any(right in t for t in new), f"the latest release lacks {right!r}"


def test_yo_is_written_wherever_it_is_pronounced(corrected: Dataset) -> None:
    """One rule for ё (the note russian-editorial-translations): every word the texts write
    with ё is never written with е elsewhere, family names included."""
    texts = [t for _, t in _russian(corrected)]
    words = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
    with_yo = {w.lower() for t in texts for w in words.findall(t) if "ё" in w.lower()}
    assert {"селезнёва", "булычёв", "ещё", "её"} <= with_yo
    plain = {w.replace("ё", "е"): w for w in with_yo}
    for path, text in _russian(corrected):
        for word in words.findall(text):
            lower = word.lower()
            if len(lower) > 1 and lower in plain and lower not in HOMOGRAPHS:
                raise AssertionError(f"{path}: {word!r} is written {plain[lower]!r} elsewhere")
    family = {e.id: e.family_name.ru.value for e in corrected.experts}
    assert family["alexander-bulychev"] == "Булычёв"
    assert family["daria-selezneva"] == "Селезнёва"


def test_the_conference_has_a_capital_letter_when_it_is_named(corrected: Dataset) -> None:
    """«Конференция» (and «Обзорная конференция») for one conference, a small letter only
    for review conferences in general."""
    for path, text in _russian(corrected):
        rest = text
        for phrase in GENERIC_CONFERENCE:
            rest = rest.replace(phrase, "")
        # The name «Обзорная конференция …» capitalises its first word only.
        rest = re.sub(r"Обзорн\w+ конференц", "", rest)
        found = re.search(r"(?<![А-Яа-яЁё])конференц\w*", rest)
        assert found is None, (
            f"{path}: {rest[max(0, found.start() - 20) : found.end()]!r}:"
            " a conference named as one takes a capital letter"
        )


def test_the_2026_2_texts_wrote_the_named_conference_in_lower_case() -> None:
    old = nptexperts.load_dataset(data_version="2026.2")
    found = []
    for _, text in _russian(old):
        for phrase in GENERIC_CONFERENCE:
            text = text.replace(phrase, "")
        text = re.sub(r"Обзорн\w+ конференц", "", text)
        found += re.findall(r"(?<![А-Яа-яЁё])конференц\w*", text)
    assert found, "the capital-letter gate would find nothing in 2026.2"


def test_posts_take_a_capital_letter_by_one_rule(corrected: Dataset) -> None:
    for expert in corrected.experts:
        for position in expert.positions:
            title = position.title.ru.value
            if title.startswith(CAPITALISED_POSTS):
                continue
            assert title[0].islower() or title.startswith(("МИД", "ИМЭМО", "НИЯУ")), (
                f"{expert.id}: {title!r} starts with a capital but is not one of {CAPITALISED_POSTS}"
            )
    for path, text in _russian(corrected):
        for post in CAPITALISED_POSTS:
            small = post[0].lower() + post[1:]
            assert not re.search(rf"(?<![А-Яа-яЁё]){small}(?![а-яё])", text), f"{path}: {small!r}"


def test_the_section_sentences_do_not_mix_a_dash_and_a_colon(corrected: Dataset) -> None:
    for section in corrected.sections:
        for field in (section.summary, section.goal, section.method, section.context):
            if field is None:
                continue
            for sentence in re.split(r"(?<=[.!?])\s+", field.ru.value):
                assert not (" — " in sentence and ":" in sentence), f"{section.id}: {sentence!r}"


def test_notes_name_the_uncertain_russian_forms(corrected: Dataset) -> None:
    """Where a Russian form is not the owner's known form, the record's notes say so."""
    uncertain = {
        "alexander-bulychev": "not known",
        "daria-selezneva": "not known",
        "zhan-kosherbaev": "not verified",
        "li-sikui": "not known",
        "hamad-alkaabi": "not known",
        "andrey-belousov": "not known",
        "tariq-rauf": "not known",
        "vladimir-kuchinov": "not checked",
    }
    experts = {e.id: e for e in corrected.experts}
    for expert_id, words in uncertain.items():
        notes = " ".join(map(str, experts[expert_id].notes))
        assert "Russian" in notes, expert_id
        assert words in notes, expert_id
        russian = " ".join(str(n.text("ru")) for n in experts[expert_id].notes)
        assert "неизвест" in russian or "не провер" in russian or "не сверен" in russian, expert_id


def test_every_note_of_a_record_has_russian(corrected: Dataset) -> None:
    """From data 2026.3, every editors' note is bilingual: editorial English, editorial
    translation into Russian, from the source of the record."""
    notes = list(_record_notes(corrected))
    assert len(notes) >= 90
    for where, note in notes:
        assert note.ru is not None, f"{where}: no Russian"
        assert not note.english_only
        assert note.en.provenance.origin is Origin.EDITORIAL, where
        assert note.ru.provenance.origin is Origin.EDITORIAL_TRANSLATION, where
        assert note.ru.provenance.source == note.en.provenance.source, where
        assert re.search("[а-яё]", note.ru.value), f"{where}: the Russian is not Russian"


def test_one_english_note_has_one_russian_everywhere(corrected: Dataset) -> None:
    """A note repeated on several records is translated the same way each time."""
    seen: dict[str, tuple[str, str]] = {}
    for where, note in _record_notes(corrected):
        assert note.ru is not None
        first = seen.setdefault(note.en.value, (where, note.ru.value))
        assert first[1] == note.ru.value, f"{where} and {first[0]} translate one note two ways"
    assert len(seen) == 63


def test_no_russian_note_holds_an_id(corrected: Dataset) -> None:
    """Record ids and file names stay out of the notes' Russian (they are said in words)."""
    ids = {e.id for e in corrected.experts} | {s.id for s in corrected.sources}
    ids |= {c.id for e in corrected.experts for c in e.comments}
    ids |= {s.id for s in corrected.sections} | {n.id for n in corrected.notes}
    for where, note in _record_notes(corrected):
        assert note.ru is not None
        for record_id in ids:
            assert record_id not in note.ru.value, f"{where}: the id {record_id!r} in the Russian"
