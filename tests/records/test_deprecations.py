"""Every deprecated name still answers, with a DeprecationWarning that names its successor."""

from __future__ import annotations

import warnings

import pytest

import nptexperts


@pytest.fixture(scope="module")
def dataset() -> nptexperts.Dataset:
    return nptexperts.load_dataset(data_version="2026.2")


def test_question_text_is_its_wording(dataset: nptexperts.Dataset) -> None:
    question = dataset.sections[0].questions[0]
    with pytest.warns(
        DeprecationWarning, match=r"Question\.text is deprecated .* use Question\.wording"
    ):
        assert question.text is question.wording


def test_position_text_is_its_title(dataset: nptexperts.Dataset) -> None:
    position = next(p for e in dataset.experts for p in e.positions)
    with pytest.warns(
        DeprecationWarning, match=r"Position\.text is deprecated .* use Position\.title"
    ):
        assert position.text is position.title


def test_dataset_note_text_is_its_body(dataset: nptexperts.Dataset) -> None:
    note = dataset.notes[0]
    with pytest.warns(
        DeprecationWarning, match=r"DatasetNote\.text is deprecated .* use DatasetNote\.body"
    ):
        assert note.text is note.body


def test_the_warning_points_at_the_caller(dataset: nptexperts.Dataset) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dataset.notes[0].text  # noqa: B018 - the access is what warns
    assert [w.filename for w in caught] == [__file__]


def test_the_new_names_do_not_warn(dataset: nptexperts.Dataset) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert dataset.notes[0].body.en.value
        assert dataset.sections[0].questions[0].wording.en.value


@pytest.mark.parametrize("version", ["2026.2", "2026.3"])
def test_notes_en_is_the_english_of_the_notes(version: str) -> None:
    """The notes became bilingual Note objects in 0.3.0; ``notes_en`` gives the strings
    that ``notes`` held before, for every kind of record with notes."""
    old = nptexperts.load_dataset(data_version=version)
    expert = next(e for e in old.experts if e.notes and e.comments and e.name_variants)
    records = [old.sources[0], old.sections[0], expert, expert.comments[0]]
    for record in records:
        kind = type(record).__name__
        with pytest.warns(
            DeprecationWarning, match=rf"{kind}\.notes_en is deprecated .* {kind}\.notes holds"
        ):
            english = record.notes_en
        assert english == tuple(note.en.value for note in record.notes)
        assert english
        assert all(isinstance(n, str) for n in english)
    variant = expert.name_variants[0]
    with pytest.warns(DeprecationWarning, match=r"NameVariant\.note_en is deprecated"):
        assert variant.note_en == str(variant.note) == variant.note.text("en")


def test_the_notes_of_2026_2_are_its_strings_unchanged() -> None:
    """Read through format 2's translation step, the old notes keep their English exactly."""
    import gzip
    import json
    from importlib.resources import files

    raw = gzip.decompress(files("nptexperts").joinpath("compiled", "2026.2.json.gz").read_bytes())
    plain = json.loads(raw)
    dataset = nptexperts.load_dataset(data_version="2026.2")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert [list(e.notes_en) for e in dataset.experts] == [
            e["notes"] for e in sorted(plain["experts"], key=lambda e: dataset_order(dataset, e))
        ]


def dataset_order(dataset: nptexperts.Dataset, plain_expert: dict[str, object]) -> int:
    return [e.id for e in dataset.experts].index(str(plain_expert["id"]))
