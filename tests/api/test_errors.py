"""Every public call given bad input raises an NptExpertsError, of the precise kind.

The table below calls each public function (of ``nptexperts`` and
``nptexperts.export``) and each lookup method with input it must refuse; a test
also checks that no public function is missing from the table.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import nptexperts
import nptexperts.curate
import nptexperts.export
from nptexperts._errors import (
    DataError,
    InvalidArgumentError,
    NptExpertsError,
    OutputExistsError,
    UnknownCommentError,
    UnknownCountryError,
    UnknownDataVersionError,
    UnknownExpertError,
    UnknownIdError,
    UnknownSourceError,
    UnknownTableError,
    UnsupportedLanguageError,
)

NO_SUCH = Path("/nonexistent/nptexperts-data")
BAD_VERSION = "1999.1"


def _existing(tmp: Path) -> Path:
    target = tmp / "taken"
    target.mkdir(exist_ok=True)
    (target / "a-file").write_text("x", encoding="utf-8")
    return target


#: (what is called, how, the precise error) for each public call and bad input.
CASES: list[tuple[str, Callable[[Path], Any], type[NptExpertsError]]] = [
    ("curate.load_directory", lambda _: nptexperts.curate.load_directory(NO_SUCH), DataError),
    (
        "curate.index_directory",
        lambda _: nptexperts.curate.index_directory(42),
        InvalidArgumentError,
    ),  # type: ignore[arg-type]
    (
        "load_experts",
        lambda _: nptexperts.load_experts(data_version=BAD_VERSION),
        UnknownDataVersionError,
    ),
    (
        "load_dataset",
        lambda _: nptexperts.load_dataset(data_version=BAD_VERSION),
        UnknownDataVersionError,
    ),
    (
        "load_dataset",
        lambda _: nptexperts.load_dataset(data_version=["2026.1"]),  # type: ignore[arg-type]
        UnknownDataVersionError,
    ),
    (
        "load_index",
        lambda _: nptexperts.load_index(NO_SUCH, data_version="2026.1"),
        InvalidArgumentError,
    ),
    ("get_expert", lambda _: nptexperts.get_expert("nobody"), UnknownExpertError),
    ("get_event", lambda _: nptexperts.get_event("no-such-event"), nptexperts.UnknownEventError),
    ("get_event", lambda _: nptexperts.get_event(42), InvalidArgumentError),  # type: ignore[arg-type]
    (
        "expectations",
        lambda _: nptexperts.expectations(data_version=BAD_VERSION),
        UnknownDataVersionError,
    ),
    ("get_comment", lambda _: nptexperts.get_comment("nobody.none.1"), UnknownCommentError),
    ("source_text", lambda _: nptexperts.source_text("no-such-source"), UnknownSourceError),
    ("by_country", lambda _: nptexperts.by_country("Narnia"), UnknownCountryError),
    (
        "dataset_info",
        lambda _: nptexperts.dataset_info(data_version=BAD_VERSION),
        UnknownDataVersionError,
    ),
    ("data_digest", lambda _: nptexperts.data_digest(BAD_VERSION), UnknownDataVersionError),
    ("diff", lambda _: nptexperts.diff(BAD_VERSION), UnknownDataVersionError),
    ("search", lambda _: nptexperts.search("nuclear", lang="de"), UnsupportedLanguageError),
    (
        "sort_key",
        lambda _: nptexperts.sort_key(nptexperts.load_experts()[0], "de"),
        UnsupportedLanguageError,
    ),
    (
        "search",
        lambda _: nptexperts.search("nuclear", data_version=BAD_VERSION),
        UnknownDataVersionError,
    ),
    (
        "search_expectations",
        lambda _: nptexperts.search_expectations("nuclear", lang="de"),
        UnsupportedLanguageError,
    ),
    (
        "search_expectations",
        lambda _: nptexperts.search_expectations("nuclear", data_version=BAD_VERSION),
        UnknownDataVersionError,
    ),
    ("load_frame", lambda _: nptexperts.load_frame("no-such-table"), UnknownTableError),
    ("cite", lambda _: nptexperts.cite("nobody.none.1"), UnknownIdError),
    ("cite", lambda _: nptexperts.cite("mikhail-lysenko", style="mla"), InvalidArgumentError),
    ("cite", lambda _: nptexperts.cite("mikhail-lysenko", lang="de"), UnsupportedLanguageError),
    (
        "cite",
        lambda _: nptexperts.cite("mikhail-lysenko", data_version=BAD_VERSION),
        UnknownDataVersionError,
    ),
    ("find_quote", lambda _: nptexperts.find_quote("nuclear", lang="de"), UnsupportedLanguageError),
    ("find_quote", lambda _: nptexperts.find_quote(42), InvalidArgumentError),  # type: ignore[arg-type]
    (
        "find_quote",
        lambda _: nptexperts.find_quote("nuclear", data_version=BAD_VERSION),
        UnknownDataVersionError,
    ),
    ("Text.text", lambda _: nptexperts.load_experts()[0].name.text("de"), UnsupportedLanguageError),
    (
        "Comment.text",
        lambda _: nptexperts.load_index().comments[0].text("fr"),
        UnsupportedLanguageError,
    ),
    (
        "Expert.display_name",
        lambda _: nptexperts.load_experts()[0].display_name("xx"),
        UnsupportedLanguageError,
    ),
    ("from_json", lambda _: nptexperts.export.from_json(b'{"experts": ['), DataError),
    ("from_json", lambda _: nptexperts.export.from_json(b"{}"), DataError),
    (
        "to_json",
        lambda _: nptexperts.export.to_json(data_version=BAD_VERSION),
        UnknownDataVersionError,
    ),
    ("write_csv", lambda tmp: nptexperts.export.write_csv(_existing(tmp)), OutputExistsError),
    (
        "write_datapackage",
        lambda tmp: nptexperts.export.write_datapackage(_existing(tmp)),
        OutputExistsError,
    ),
    (
        "write_sqlite",
        lambda tmp: nptexperts.export.write_sqlite(_existing(tmp) / "a-file"),
        OutputExistsError,
    ),
    (
        "table_frame",
        lambda _: _quietly(nptexperts.export.table_frame, "no-such-table"),
        UnknownTableError,
    ),
    ("normalize_lang", lambda _: nptexperts.normalize_lang("de"), UnsupportedLanguageError),
    (
        "write_parquet",
        lambda tmp: nptexperts.export.write_parquet(_existing(tmp)),
        OutputExistsError,
    ),
    ("fts_query", lambda _: nptexperts.export.fts_query("nuclear", "de"), UnsupportedLanguageError),
]


def _quietly(function: Any, *args: Any) -> Any:
    """Call a deprecated function without its warning (tested on its own elsewhere)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return function(*args)


#: Public functions with no input to refuse.
NO_INPUT = {"data_releases", "shipped_schema", "experts_frame", "comments_frame"}
#: Functions that take only records the caller built (no input from outside to refuse).
RECORDS_ONLY = {"table_csv", "datapackage_descriptor", "croissant_descriptor"}


@pytest.mark.parametrize(("name", "call", "expected"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_raises_the_precise_error(
    name: str, call: Callable[[Path], Any], expected: type[NptExpertsError], tmp_path: Path
) -> None:
    with pytest.raises(NptExpertsError) as caught:
        call(tmp_path)
    assert isinstance(caught.value, expected), (name, type(caught.value))
    assert str(caught.value).strip()


def test_every_public_function_is_in_the_table() -> None:
    called = {name.split(".")[0] for name, _, _ in CASES}
    public = {
        name
        for module in (nptexperts, nptexperts.export)
        for name in module.__all__
        if inspect.isfunction(getattr(module, name))
    }
    missing = public - called - NO_INPUT - RECORDS_ONLY
    assert not missing, f"public functions with no bad-input case: {sorted(missing)}"


def test_unknown_ids_are_lookup_errors() -> None:
    for cls in (
        UnknownExpertError,
        UnknownCommentError,
        UnknownSourceError,
        UnknownDataVersionError,
    ):
        assert issubclass(cls, UnknownIdError)
        assert issubclass(cls, LookupError)
    assert issubclass(UnknownCountryError, LookupError)
