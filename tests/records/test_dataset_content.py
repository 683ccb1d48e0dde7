"""Quality gates on the shipped data: the records must agree with the source text.

Every expected value here is derived from the source's shipped text or from the
records themselves; no quote or position is copied into this file. The gates run
on the shipped (compiled) records and on the curators' YAML files the package ships.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

import nptexperts
from nptexperts._records.models import (
    AdvisoryBoard,
    CommentCoverage,
    CountryBasis,
    Dataset,
    Expert,
    NoteTopic,
    Origin,
    Text,
)
from nptexperts.curate import load_directory

DATA = Path(str(files("nptexperts").joinpath("data")))
RELEASED_IDS = DATA / "released-ids.txt"
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
#: The phrase the release uses for Advisory Board membership (a field, never a position).
ADVISORY_BOARD_PHRASE = "PIR Center Advisory Board Member"
#: Opening and closing quotation marks the release uses around quotes.
OPENING_MARKS = "«“"
CLOSING_MARKS = "»”"


@pytest.fixture(scope="module", params=["shipped", "yaml"])
def dataset(request: pytest.FixtureRequest) -> Dataset:
    """The shipped records, and the same records read from the shipped YAML files."""
    if request.param == "shipped":
        return nptexperts.load_dataset()
    return load_directory(DATA).dataset


@pytest.fixture(scope="module")
def texts(dataset: Dataset) -> dict[str, str]:
    """Every source's shipped text, by source id."""
    return {s.id: nptexperts.source_text(s.id) for s in dataset.sources if s.text_file}


@pytest.fixture(scope="module")
def default_text(dataset: Dataset, texts: dict[str, str]) -> str:
    config = yaml.safe_load((DATA / "dataset.yaml").read_text(encoding="utf-8"))
    return texts[config["default_source"]]


def _squash(s: str) -> str:
    """Collapse every run of whitespace (no-break spaces included) to one space."""
    return " ".join(s.split())


def _walk_texts(value: Any, path: str) -> Iterator[tuple[str, Text]]:
    """Every :class:`Text` anywhere inside a record, with a readable path."""
    if isinstance(value, Text):
        yield path, value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _walk_texts(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            label = getattr(item, "id", i)
            yield from _walk_texts(item, f"{path}[{label}]")


def _all_texts(dataset: Dataset) -> list[tuple[str, Text]]:
    found = list(_walk_texts(dataset, "dataset"))
    assert found, "no Text found in the dataset: the walk is broken"
    return found


def _experts_list_entries(source: str) -> list[str]:
    """The entries of the release's list of experts ("Among those who shared ...: A; B; C.")."""
    start = source.index("Among those who shared")
    paragraph = source[start : source.index("\n", start)]
    body = paragraph.split(": ", 1)[1]
    assert body.endswith("."), "the experts list paragraph no longer ends with a full stop"
    return body[:-1].split("; ")


def _entry_prefixes(expert: Expert) -> list[str]:
    names = [expert.name.en.value] + [v.value for v in expert.name_variants if v.lang == "en"]
    honorific = f"{expert.honorific.value} " if expert.honorific else ""
    return [f"{honorific}{name}, " for name in names]


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _ids(dataset: Dataset) -> set[tuple[str, str]]:
    """Every (kind, id) of the dataset, with the kinds used in released-ids.txt."""
    found: list[tuple[str, str]] = []
    found += [("source", s.id) for s in dataset.sources]
    for section in dataset.sections:
        found.append(("section", section.id))
        found += [("question", q.id) for q in section.questions]
    for expert in dataset.experts:
        found.append(("expert", expert.id))
        found += [("comment", c.id) for c in expert.comments]
    found += [("note", n.id) for n in dataset.notes]
    found += [("event", e.id) for e in dataset.events]
    found += [("expectation", e.id) for e in dataset.expectations]
    duplicates = {x for x in found if found.count(x) > 1}
    assert not duplicates, f"ids used twice: {sorted(duplicates)}"
    return set(found)


def _released() -> list[tuple[str, str, str]]:
    rows = []
    for n, line in enumerate(RELEASED_IDS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        assert len(parts) == 3, (
            f"released-ids.txt line {n} is not '<kind> <id> <version>': {line!r}"
        )
        rows.append((parts[0], parts[1], parts[2]))
    return rows


# --- experts and coverage ---------------------------------------------------------------


def test_expert_count_matches_section_and_source(dataset: Dataset, texts: dict[str, str]) -> None:
    assert dataset.sections, "the dataset has no section"
    for section in dataset.sections:
        members = [e for e in dataset.experts if e.section == section.id]
        assert section.stated_expert_count == len(members), (
            f"{section.id} states {section.stated_expert_count} experts, the dataset has {len(members)}"
        )
        stated = re.search(r"comments from (\d+) experts", texts[section.source])
        assert stated, f"{section.source} no longer says 'comments from N experts'"
        assert int(stated.group(1)) == section.stated_expert_count, (
            "stated_expert_count disagrees with the source's 'comments from N experts'"
        )
    assert {e.section for e in dataset.experts} <= {s.id for s in dataset.sections}


def test_quoted_experts_have_comments_and_the_rest_none(
    dataset: Dataset, default_text: str
) -> None:
    """An expert has comments exactly when the source names them outside its experts list."""
    entries = "; ".join(_experts_list_entries(default_text))
    outside = default_text.replace(entries, "")
    for expert in dataset.experts:
        names = [expert.name.en.value, *(v.value for v in expert.name_variants if v.lang == "en")]
        named_outside = any(name in outside for name in names)
        assert bool(expert.comments) == named_outside, (
            f"{expert.id}: {len(expert.comments)} comments, but the source"
            f" {'names' if named_outside else 'does not name'} the expert outside its list"
        )
    for expert in dataset.experts:
        if expert.comments:
            assert expert.coverage is CommentCoverage.QUOTED, (
                f"{expert.id} has comments but is not 'quoted'"
            )
        else:
            assert expert.coverage is CommentCoverage.NOT_QUOTED, (
                f"{expert.id} has no comments but is 'quoted'"
            )


def test_every_list_entry_is_one_expert(dataset: Dataset, default_text: str) -> None:
    entries = _experts_list_entries(default_text)
    assert len(entries) == len(dataset.experts), (
        f"{len(entries)} list entries, {len(dataset.experts)} experts"
    )
    for expert in dataset.experts:
        matching = [e for e in entries if any(e.startswith(p) for p in _entry_prefixes(expert))]
        assert len(matching) == 1, (
            f"{expert.id}: {len(matching)} list entries start with its honorific and name {_entry_prefixes(expert)}"
        )


def test_positions_and_membership_follow_the_experts_list(
    dataset: Dataset, default_text: str
) -> None:
    entries = _experts_list_entries(default_text)
    for expert in dataset.experts:
        matching = [e for e in entries if any(e.startswith(p) for p in _entry_prefixes(expert))]
        assert len(matching) == 1, (
            f"{expert.id}: {len(matching)} list entries match its honorific and name"
        )
        entry = matching[0]
        prefix = next(p for p in _entry_prefixes(expert) if entry.startswith(p))
        rest = entry[len(prefix) :]
        member = ADVISORY_BOARD_PHRASE in rest
        expected = AdvisoryBoard.MEMBER if member else AdvisoryBoard.UNKNOWN
        assert expert.advisory_board is expected, (
            f"{expert.id}: advisory_board is {expert.advisory_board.value}, the list entry says "
            f"{'member' if member else 'nothing'}"
        )
        assert expert.positions, f"{expert.id} has no positions"
        for position in expert.positions:
            en = position.title.en.value
            assert ADVISORY_BOARD_PHRASE not in en, (
                f"{expert.id}: membership recorded as a position"
            )
            assert en in rest, f"{expert.id}: position {en!r} is not in its list entry"
            rest = rest.replace(en, "", 1)
        if member:
            rest = rest.replace(ADVISORY_BOARD_PHRASE, "", 1)
        assert re.fullmatch(r"[,\s]*", rest), (
            f"{expert.id}: list entry words not recorded: {rest!r}"
        )


def test_positions_are_in_the_source(dataset: Dataset, texts: dict[str, str]) -> None:
    for expert in dataset.experts:
        for position in expert.positions:
            assert position.source in texts, f"{expert.id}: unknown source {position.source!r}"
            assert position.title.en.value in texts[position.source], (
                f"{expert.id}: position {position.title.en.value!r} is not in {position.source}"
            )


def test_names_are_in_the_source(dataset: Dataset, default_text: str) -> None:
    for expert in dataset.experts:
        spellings = [expert.name.en.value] + [v.value for v in expert.name_variants]
        assert any(s in default_text for s in spellings), (
            f"{expert.id}: no spelling of the name is in the source"
        )
        for variant in expert.name_variants:
            assert variant.value in default_text, (
                f"{expert.id}: name variant {variant.value!r} is not in the source"
            )
        assert expert.family_name.en.value in expert.name.en.value, (
            f"{expert.id}: family name not in name"
        )
        assert expert.family_name.ru.value in expert.name.ru.value, (
            f"{expert.id}: Russian family name not in name"
        )


def test_expert_files_are_named_by_id(dataset: Dataset) -> None:
    on_disk = {p.stem for p in (DATA / "experts").glob("*.yaml")}
    assert on_disk == {e.id for e in dataset.experts}, "expert file names and ids differ"
    for expert in dataset.experts:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)+", expert.id), (
            f"{expert.id}: not a lowercase given-family slug"
        )


# --- comments ---------------------------------------------------------------------------


def test_comment_text_is_its_span(dataset: Dataset, texts: dict[str, str]) -> None:
    for expert in dataset.experts:
        for comment in expert.comments:
            assert comment.span is not None, f"{comment.id} has no span"
            source = texts[comment.source]
            quoted = source[comment.span.start : comment.span.end]
            assert comment.body.en.value == quoted, (
                f"{comment.id}: English text differs from source[{comment.span.start}:{comment.span.end}]"
            )


def test_comment_span_is_one_whole_quotation(dataset: Dataset, texts: dict[str, str]) -> None:
    for expert in dataset.experts:
        for comment in expert.comments:
            assert comment.span is not None
            source, start, end = texts[comment.source], comment.span.start, comment.span.end
            assert 0 < start < end < len(source), f"{comment.id}: span out of range"
            assert source[start - 1] in OPENING_MARKS, (
                f"{comment.id}: no opening quotation mark before the span"
            )
            after = source[end : end + 2]
            assert after[0] in CLOSING_MARKS or (after[0] == "," and after[1] in CLOSING_MARKS), (
                f"{comment.id}: span does not end at the closing quotation mark: {after!r}"
            )
            body = comment.body.en.value
            assert body == body.strip(), f"{comment.id}: leading or trailing whitespace"
            assert not body.endswith(","), (
                f"{comment.id}: ends with the comma that belongs to PIR's sentence"
            )
            assert not any(m in body for m in OPENING_MARKS + CLOSING_MARKS), (
                f"{comment.id}: quotation marks inside the comment (a nested or merged quote?)"
            )


def test_comment_context_is_pirs_words_around_the_quote(
    dataset: Dataset, texts: dict[str, str]
) -> None:
    for expert in dataset.experts:
        for comment in expert.comments:
            if comment.context is None:
                continue
            context = comment.context.en.value
            assert context in texts[comment.source], f"{comment.id}: context is not in the source"
            assert comment.body.en.value not in context, (
                f"{comment.id}: the context contains the quote itself"
            )


def test_comment_references_and_ids(dataset: Dataset, texts: dict[str, str]) -> None:
    questions = {q.id for s in dataset.sections for q in s.questions}
    for expert in dataset.experts:
        for n, comment in enumerate(expert.comments, 1):
            assert comment.expert == expert.id, (
                f"{comment.id}: expert {comment.expert!r} != {expert.id!r}"
            )
            assert comment.question in questions, (
                f"{comment.id}: unknown question {comment.question!r}"
            )
            assert comment.source in texts, (
                f"{comment.id}: source {comment.source!r} has no shipped text"
            )
            assert comment.id == f"{expert.id}.{comment.question}.{n}", (
                f"{comment.id}: id not <expert>.<question>.<n>"
            )


# --- languages and provenance -----------------------------------------------------------


def test_every_text_is_in_its_language(dataset: Dataset) -> None:
    for path, text in _all_texts(dataset):
        assert text.en.value.strip(), f"{path}: empty English"
        assert text.ru.value.strip(), f"{path}: empty Russian"
        assert not CYRILLIC.search(text.en.value), (
            f"{path}: Cyrillic in the English text {text.en.value!r}"
        )
        assert CYRILLIC.search(text.ru.value), (
            f"{path}: no Cyrillic in the Russian text {text.ru.value!r}"
        )


def test_russian_is_never_published(dataset: Dataset) -> None:
    """The sources publish only English: every Russian text is editorial."""
    for path, text in _all_texts(dataset):
        assert text.ru.provenance.origin is not Origin.PUBLISHED, (
            f"{path}: Russian marked as published"
        )


def test_published_english_is_in_its_source(dataset: Dataset, texts: dict[str, str]) -> None:
    """English marked published appears in its source (whitespace runs compared as one space)."""
    squashed = {k: _squash(v) for k, v in texts.items()}
    for path, text in _all_texts(dataset):
        provenance = text.en.provenance
        external = {s.id for e in dataset.events for s in e.sources}
        assert provenance.source in {s.id for s in dataset.sources} | external, (
            f"{path}: unknown source"
        )
        if provenance.origin is Origin.PUBLISHED and provenance.source in squashed:
            assert _squash(text.en.value) in squashed[provenance.source], (
                f"{path}: English marked published is not in {provenance.source}: {text.en.value!r}"
            )


# --- countries --------------------------------------------------------------------------


def test_country_attributions_are_typed(dataset: Dataset) -> None:
    for expert in dataset.experts:
        country = expert.country
        assert (country.basis is CountryBasis.UNKNOWN) == (country.code is None), (
            f"{expert.id}: basis unknown must go with code None, and only with it"
        )
        assert (country.basis is CountryBasis.EXTERNAL) == bool(country.external_source), (
            f"{expert.id}: external_source must be given exactly when the basis is external"
        )
        assert country.evidence.strip(), f"{expert.id}: no evidence for the country"
        assert not CYRILLIC.search(country.evidence), f"{expert.id}: evidence must be English"


def test_stated_countries_match_experts(dataset: Dataset, texts: dict[str, str]) -> None:
    for section in dataset.sections:
        members = [e for e in dataset.experts if e.section == section.id]
        expert_codes = {e.country.code for e in members if e.country.code}
        stated = {c.code for c in section.stated_countries}
        assert expert_codes <= stated, (
            f"experts from countries the source does not list: {expert_codes - stated}"
        )
        listing = re.search(r"from different countries: (.+)", texts[section.source])
        assert listing, f"{section.source} no longer lists the experts' countries"
        for country in section.stated_countries:
            assert any(a in listing.group(1) for a in country.aliases), (
                f"{section.id}: stated country {country.code} is not in the source's list"
            )


def test_stated_countries_without_experts_have_a_note(dataset: Dataset) -> None:
    """A listed country that no expert matches is a contradiction, kept in a dataset note."""
    for section in dataset.sections:
        expert_codes = {e.country.code for e in dataset.experts if e.section == section.id}
        for country in section.stated_countries:
            if country.code in expert_codes:
                continue
            names = {country.name.en.value, *country.aliases}
            assert any(
                note.topic is NoteTopic.CONTRADICTION
                and any(name in note.body.en.value for name in names)
                for note in dataset.notes
            ), f"stated country {country.code} has no expert and no contradiction note"


# --- ids and versions -------------------------------------------------------------------


def test_released_ids_still_exist(dataset: Dataset) -> None:
    current = _ids(dataset)
    current_ids = {i: k for k, i in current}
    for kind, record_id, _version in _released():
        assert record_id in current_ids, (
            f"released {kind} {record_id!r} disappeared: released ids never go"
        )
        assert current_ids[record_id] == kind, (
            f"released {kind} {record_id!r} is now a {current_ids[record_id]}: released ids keep their kind"
        )


def test_every_id_is_released(dataset: Dataset) -> None:
    released = {(k, i) for k, i, _ in _released()}
    missing = sorted(_ids(dataset) - released)
    assert not missing, f"ids not in released-ids.txt (add them at release): {missing}"


def test_released_ids_file_is_well_formed(dataset: Dataset) -> None:
    rows = _released()
    assert rows == sorted(rows, key=lambda r: (r[0], r[1])), (
        "released-ids.txt is not sorted by kind, then id"
    )
    pairs = [(k, i) for k, i, _ in rows]
    assert len(pairs) == len(set(pairs)), "released-ids.txt lists an id twice"
    for kind, record_id, version in rows:
        assert kind in {
            "source",
            "section",
            "question",
            "expert",
            "comment",
            "note",
            "event",
            "expectation",
        }, f"unknown kind {kind!r}"
        assert re.fullmatch(r"\d{4}\.\d+", version), f"{record_id}: bad data version {version!r}"
        assert _version_key(version) <= _version_key(dataset.data_version), (
            f"{record_id}: released in {version}, after the current data version {dataset.data_version}"
        )


def test_data_version_is_consistent(dataset: Dataset) -> None:
    config = yaml.safe_load((DATA / "dataset.yaml").read_text(encoding="utf-8"))
    assert config["data_version"] == nptexperts.DATA_VERSION, (
        f"DATA_VERSION {nptexperts.DATA_VERSION!r} != dataset.yaml {config['data_version']!r}"
    )
    assert dataset.data_version == config["data_version"], (
        "loaded data_version differs from dataset.yaml"
    )
