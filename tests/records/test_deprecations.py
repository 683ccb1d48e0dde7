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
