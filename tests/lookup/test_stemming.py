"""The search's stems: shipped for the records' words (compiled/stems.json), the word
itself when it has none of the language's letters, Snowball for any other word."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import nptexperts
from nptexperts._cache import clear as clear_caches
from nptexperts._errors import DataError
from nptexperts._lookup import stemming
from nptexperts._lookup.searched import search_words
from nptexperts._records.lang import Lang
from nptexperts._releases import store
from nptexperts.curate.compiling import compile_search_stems

# A development tool (the `test` dependency group): without it, these tests skip.
pytest.importorskip("hypothesis")
from hypothesis import given
from hypothesis import strategies as st

from strategies import (
    CYRILLIC_WORD_CHARACTERS,
    LATIN_WORD_CHARACTERS,
    OTHER_WORD_CHARACTERS,
)

PACKAGE = Path(nptexperts.__file__).parent
COMPILED = PACKAGE / "compiled"


def _release_words() -> dict[str, set[str]]:
    words: dict[str, set[str]] = {lang: set() for lang in nptexperts.LANGUAGES}
    for release in nptexperts.data_releases():
        dataset = nptexperts.load_dataset(data_version=release.data_version)
        # the experts' words, and the events' and the expectations' (data 2026.4 on)
        found_words = search_words(dataset.experts, dataset.events, dataset.expectations)
        for lang, found in found_words.items():
            words[lang] |= found
    return words


@pytest.fixture
def fresh_stems() -> Iterator[None]:
    """Read the catalogue and the shipped stems again, before and after the test."""
    clear_caches()
    yield
    clear_caches()


def test_the_shipped_stems_are_the_stemmers_for_every_word_of_every_release() -> None:
    words = _release_words()
    shipped = json.loads((COMPILED / store.search_stems().file).read_bytes())
    assert set(shipped) == set(nptexperts.LANGUAGES)
    for lang in nptexperts.LANGUAGES:
        assert set(shipped[lang]) == words[lang], lang  # every word, and only those
        wrong = {w: s for w, s in shipped[lang].items() if stemming.snowball(lang, w) != s}
        assert not wrong, (lang, wrong)
    assert len(words["en"]) > 100
    assert len(words["ru"]) > 100


def test_the_catalogue_records_the_stems_digest_and_counts() -> None:
    entry = json.loads((COMPILED / "releases.json").read_bytes())[stemming.CATALOGUE_KEY]
    assert entry["file"] == stemming.stems_file(entry["digest"])
    raw = (COMPILED / entry["file"]).read_bytes()
    assert entry["digest"] == store.sha256_hex(raw)
    words = _release_words()
    assert entry["words"] == {lang: len(words[lang]) for lang in nptexperts.LANGUAGES}
    assert entry["stemmer"].split()[0] in {"snowballstemmer", "PyStemmer"}


@given(st.text(st.one_of(CYRILLIC_WORD_CHARACTERS, OTHER_WORD_CHARACTERS), min_size=1, max_size=14))
def test_the_english_stemmer_leaves_words_without_latin_letters(word: str) -> None:
    if stemming.alphabet("en").isdisjoint(word):
        assert stemming.snowball("en", word) == word


@given(st.text(st.one_of(LATIN_WORD_CHARACTERS, OTHER_WORD_CHARACTERS), min_size=1, max_size=14))
def test_the_russian_stemmer_leaves_words_without_cyrillic_letters(word: str) -> None:
    assert stemming.alphabet("ru").isdisjoint(word)
    assert stemming.snowball("ru", word) == word


def test_the_alphabet_rule_holds_on_the_records_words_in_the_other_language() -> None:
    words = _release_words()
    pairs: tuple[tuple[Lang, Lang], ...] = (("en", "ru"), ("ru", "en"))
    for lang, other in pairs:
        outside = [w for w in words[other] if stemming.alphabet(lang).isdisjoint(w)]
        assert len(outside) > 50
        assert all(stemming.snowball(lang, w) == w for w in outside), lang


def test_stem_agrees_with_the_stemmer_on_words_no_record_has() -> None:
    for lang, word in (("en", "nuclearization"), ("ru", "ядерными"), ("ru", "nuclear")):
        assert word not in stemming._table()[lang]
        assert stemming.stem(lang, word) == stemming.snowball(lang, word)  # type: ignore[arg-type]


def test_search_gives_the_same_results_without_the_shipped_stems(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The shipped stems change how fast a search is, never what it finds."""
    queries = ["nuclear weapons", "ядерного оружия", "states", "Ukraine Middle", "договор", "ядерн"]
    with_table = {q: nptexperts.search(q) for q in queries}
    assert all(with_table[q] for q in ("nuclear weapons", "ядерного оружия", "states"))
    monkeypatch.setattr(stemming, "_table", lambda: {"en": {}, "ru": {}})
    index = nptexperts.load_index()
    from nptexperts._lookup.searching import SearchIndex

    live = SearchIndex.build(index)
    assert {q: live.search(q) for q in queries} == with_table


def _changed_package_data(
    monkeypatch: pytest.MonkeyPatch, name: str, change: Callable[[bytes], bytes]
) -> None:
    """Make the package data file ``name`` read as ``change`` of its bytes."""
    real = store.read_package_data
    monkeypatch.setattr(
        store,
        "read_package_data",
        lambda n, *limit: change(real(n, *limit)) if n == name else real(n, *limit),
    )


def test_changed_stems_are_a_data_error_naming_the_file(
    monkeypatch: pytest.MonkeyPatch, fresh_stems: None
) -> None:
    _changed_package_data(
        monkeypatch,
        f"{store.COMPILED_DIR}/{store.search_stems().file}",
        lambda raw: raw.replace(b'"states": "state"', b'"states": "nothing"'),
    )
    with pytest.raises(DataError, match=r"compiled/stems-[0-9a-f]{16}\.json.*SHA-256") as info:
        stemming.stem("en", "states")
    assert "reinstall nptexperts" in str(info.value)


def test_a_catalogue_without_the_stems_entry_is_a_data_error(
    monkeypatch: pytest.MonkeyPatch, fresh_stems: None
) -> None:
    def without(raw: bytes) -> bytes:
        plain = json.loads(raw)
        del plain[stemming.CATALOGUE_KEY]
        return json.dumps(plain).encode()

    _changed_package_data(monkeypatch, store.CATALOGUE_PATH, without)
    with pytest.raises(DataError, match="search_stems"):
        stemming.stem("en", "states")


def test_compile_writes_the_stems_and_check_finds_them_out_of_date(tmp_path: Path) -> None:
    package = tmp_path / "nptexperts"
    shutil.copytree(COMPILED, package / "compiled")
    shutil.copy(COMPILED.parent / "_digests.py", package / "_digests.py")
    assert compile_search_stems(package, check=True) == "up to date"
    stems = package / "compiled" / store.search_stems().file
    shipped = stems.read_bytes()
    stems.write_bytes(shipped.replace(b'"states": "state"', b'"states": "states"'))
    assert compile_search_stems(package, check=True) == "out of date"
    assert compile_search_stems(package) == "written"
    assert stems.read_bytes() == shipped
    assert (package / "compiled" / "releases.json").read_bytes() == (
        COMPILED / "releases.json"
    ).read_bytes()
    stems.unlink()
    assert compile_search_stems(package, check=True) == "out of date"
    assert compile_search_stems(package) == "written"
    assert stems.read_bytes() == shipped


def test_the_pinned_stemmer_is_the_one_that_made_the_shipped_stems() -> None:
    """pyproject.toml pins snowballstemmer to exactly the version the catalogue records."""
    import tomllib

    pyproject = tomllib.loads((PACKAGE.parents[1] / "pyproject.toml").read_text("utf-8"))
    pins = [d for d in pyproject["project"]["dependencies"] if d.startswith("snowballstemmer")]
    entry = store.search_stems()
    assert entry is not None
    recorded = entry.stemmer
    assert pins == ["snowballstemmer==" + recorded.removeprefix("snowballstemmer ")]
    assert stemming.installed_stemmer(recorded)


@pytest.mark.parametrize(
    "recorded", ["snowballstemmer 0.0.1", "PyStemmer 2.2.0.3", "snowballstemmer", ""]
)
def test_another_stemmer_stems_live_and_finds_the_same(
    recorded: str, monkeypatch: pytest.MonkeyPatch, fresh_stems: None
) -> None:
    """When the installed stemmer is not the one the catalogue records, the shipped stems
    are not used (never a wrong stem): every word is stemmed live, with the same results."""
    queries = ["nuclear weapons", "ядерного оружия", "states", "договор"]
    expected = {q: nptexperts.search(q) for q in queries}
    clear_caches()

    def changed(raw: bytes) -> bytes:
        plain = json.loads(raw)
        plain[stemming.CATALOGUE_KEY]["stemmer"] = recorded
        return json.dumps(plain).encode()

    _changed_package_data(monkeypatch, store.CATALOGUE_PATH, changed)
    read: list[str] = []
    real = store.read_verified
    monkeypatch.setattr(store, "read_verified", lambda n, *a: (read.append(n), real(n, *a))[1])
    assert stemming._table() == {"en": {}, "ru": {}}
    assert {q: nptexperts.search(q) for q in queries} == expected
    assert not [n for n in read if n.endswith(stemming.STEMS_FILE)]


def test_with_pystemmer_installed_the_shipped_stems_are_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: object() if name == "Stemmer" else real(name)
    )
    assert not stemming.installed_stemmer("snowballstemmer 3.1.1")
