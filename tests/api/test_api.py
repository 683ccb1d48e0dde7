"""The public calls: success and error paths, order, immutability and the cache."""

from __future__ import annotations

import threading
from importlib.metadata import version
from pathlib import Path

import attrs
import pytest

import nptexperts
from nptexperts import (
    UnknownCommentError,
    UnknownCountryError,
    UnknownExpertError,
    UnknownSourceError,
    UnsupportedLanguageError,
)
from nptexperts.curate import index_directory


def test_load_experts_is_a_sorted_tuple_of_experts() -> None:
    experts = nptexperts.load_experts()
    assert isinstance(experts, tuple)
    assert experts
    assert all(isinstance(e, nptexperts.Expert) for e in experts)
    keys = [(e.family_name.en.value.casefold(), e.id) for e in experts]
    assert keys == sorted(keys)
    assert len({e.id for e in experts}) == len(experts)


def test_shipped_records_are_cached(fresh_cache: None) -> None:
    first = nptexperts.load_experts()
    assert nptexperts.load_experts() is first
    assert nptexperts.load_index() is nptexperts.load_index()


def test_first_load_from_many_threads_builds_one_index(fresh_cache: None) -> None:
    results: list[nptexperts.Index] = []
    barrier = threading.Barrier(8)

    def load() -> None:
        barrier.wait()
        results.append(nptexperts.load_index())

    threads = [threading.Thread(target=load) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8
    assert all(r is results[0] for r in results)


def test_records_are_immutable() -> None:
    expert = nptexperts.load_experts()[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        expert.id = "changed"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        expert.name.en.value = "changed"  # type: ignore[misc]
    assert not hasattr(expert, "__dict__")
    assert isinstance(expert.positions, tuple)
    assert isinstance(expert.comments, tuple)
    with pytest.raises(TypeError):
        nptexperts.load_index()._experts["x"] = expert  # type: ignore[index]


def test_records_are_hashable_and_comparable() -> None:
    experts = nptexperts.load_experts()
    assert len(set(experts)) == len(experts)


def test_get_expert_and_its_errors() -> None:
    for expert in nptexperts.load_experts():
        assert nptexperts.get_expert(expert.id) is expert
    with pytest.raises(UnknownExpertError, match="no expert has the id 'nobody'") as caught:
        nptexperts.get_expert("nobody")
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, nptexperts.NptExpertsError)


def test_get_comment_finds_every_comment() -> None:
    comments = [c for e in nptexperts.load_experts() for c in e.comments]
    assert comments
    for comment in comments:
        assert nptexperts.get_comment(comment.id) is comment
        assert nptexperts.get_expert(comment.expert).comments.count(comment) == 1
    with pytest.raises(UnknownCommentError, match="comment"):
        nptexperts.get_comment("nobody.none.1")


@pytest.mark.parametrize(
    "query", ["KZ", "kz", "KAZ", "kaz", "Kazakhstan", "KAZAKHSTAN", "Казахстан", " казахстан "]
)
def test_by_country_accepts_codes_and_names(query: str) -> None:
    expected = tuple(e for e in nptexperts.load_experts() if e.country.code == "KZ")
    assert expected, "the shipped data has experts from Kazakhstan"
    assert nptexperts.by_country(query) == expected


def test_by_country_covers_every_attributed_expert() -> None:
    experts = nptexperts.load_experts()
    codes = {e.country.code for e in experts if e.country.code is not None}
    found = [e for code in sorted(codes) for e in nptexperts.by_country(code)]
    assert sorted(e.id for e in found) == sorted(e.id for e in experts if e.country.code)


@pytest.mark.parametrize(
    "query", ["Russia", "Россия", "RUS", "Российская Федерация", "Russian Federation"]
)
def test_by_country_knows_the_names_the_source_uses(query: str) -> None:
    result = nptexperts.by_country(query)
    assert result
    assert all(e.country.code == "RU" for e in result)


def test_a_real_country_without_experts_is_empty() -> None:
    assert nptexperts.by_country("NO") == ()
    assert nptexperts.by_country("Норвегия") == ()


@pytest.mark.parametrize("query", ["Atlantis", "XX", "", "   ", 42, None])
def test_by_country_rejects_what_names_no_country(query: object) -> None:
    with pytest.raises(UnknownCountryError) as caught:
        nptexperts.by_country(query)  # type: ignore[arg-type]
    assert isinstance(caught.value, LookupError)
    assert "names no country" in str(caught.value)


def _first_comment() -> nptexperts.Comment:
    return next(c for e in nptexperts.load_experts() for c in e.comments)


@pytest.mark.parametrize("tag", ["ru", "RU", "ru-RU", "ru_RU", "Ru"])
def test_comment_text_in_russian(tag: str) -> None:
    comment = _first_comment()
    assert comment.text(tag) == comment.body.ru.value
    assert comment.text(tag) != comment.text("en")


def test_comment_provenance_says_what_is_a_translation() -> None:
    comment = _first_comment()
    assert comment.provenance("en").is_published
    assert not comment.provenance("en").is_translation
    assert comment.provenance("ru").is_translation
    assert comment.provenance("ru").label == "editorial translation"
    assert comment.provenance("ru").source == comment.source


@pytest.mark.parametrize("tag", ["de", "fr-FR", "", "english", 7])
def test_unsupported_language(tag: object) -> None:
    with pytest.raises(UnsupportedLanguageError) as caught:
        _first_comment().text(tag)  # type: ignore[arg-type]
    assert isinstance(caught.value, ValueError)
    assert "'en', 'ru'" in str(caught.value)
    assert caught.value.supported == ("en", "ru")


def test_versions() -> None:
    assert nptexperts.__version__ == version("nptexperts")
    assert nptexperts.load_dataset().data_version == nptexperts.DATA_VERSION


def test_source_text_and_its_error() -> None:
    source = nptexperts.load_dataset().sources[0]
    assert source.text_file is not None
    text = nptexperts.source_text(source.id)
    assert "PIR" in text
    with pytest.raises(UnknownSourceError):
        nptexperts.source_text("no-such-source")


def test_load_from_a_directory_gives_the_shipped_records(data_copy: Path) -> None:
    assert index_directory(data_copy).experts == nptexperts.load_experts()
    assert index_directory(str(data_copy)).experts is not nptexperts.load_experts()


@pytest.mark.parametrize("name", ["load_index", "load_dataset", "load_experts"])
def test_the_path_argument_is_deprecated_and_names_the_replacement(
    name: str, data_copy: Path
) -> None:
    """``load_experts(path)`` and its kin still load a directory for one release, warning at
    the caller's line (not inside the package) and naming the curators' functions."""
    with pytest.warns(DeprecationWarning, match=r"nptexperts\.curate\.index_directory") as caught:
        loaded = getattr(nptexperts, name)(data_copy)
    assert caught[0].filename == __file__
    index = index_directory(data_copy)
    expected = {"load_index": index, "load_dataset": index.dataset, "load_experts": index.experts}
    if name == "load_index":
        assert loaded.dataset == index.dataset
    else:
        assert loaded == expected[name]


def test_a_bad_directory_raises_data_error_and_leaves_the_cache(data_copy: Path) -> None:
    shipped = nptexperts.load_index()
    expert_file = sorted((data_copy / "experts").glob("*.yaml"))[0]
    text = expert_file.read_text(encoding="utf-8")
    expert_file.write_text(text.replace("coverage:", "coverag:", 1), encoding="utf-8")
    with pytest.raises(nptexperts.DataError) as caught:
        index_directory(data_copy)
    fault = caught.value.faults[0]
    assert fault.file.endswith(expert_file.name)
    assert fault.line is not None
    assert "coverag" in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert nptexperts.load_index() is shipped


def test_a_missing_directory_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(nptexperts.DataError, match="not a directory"):
        index_directory(tmp_path / "nope")


def test_one_cache_idiom_and_one_clear(fresh_cache: None) -> None:
    """Every loaded release (and the catalogue) is cached once, and the one clear hook
    makes the next call read the package's files again."""
    from nptexperts import _cache

    first = nptexperts.load_index()
    assert nptexperts.load_index() is first
    _cache.clear()
    again = nptexperts.load_index()
    assert again is not first
    assert again == first
