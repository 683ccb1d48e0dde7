"""The bundle reader builds exactly the objects the cattrs converter builds.

:func:`nptexperts._releases.bundle.decode_bundle` decodes with msgspec, not cattrs;
these tests hold it to the converter's result (the oracle) on the shipped records and on a
synthetic dataset of 1,000 experts (benchmarks/synth.py; the benchmark checks
10,000), and check that a damaged bundle fails with a clear error.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import nptexperts
from nptexperts._errors import DataError
from nptexperts._records.converter import make_converter
from nptexperts._records.models import Dataset
from nptexperts._releases.bundle import decode_bundle, plain_bundle
from nptexperts._releases.encoding import encode_bundle
from nptexperts._releases.store import read_release, release_entry


def read_bundle(version: str = nptexperts.DATA_VERSION) -> bytes:
    return read_release(release_entry(version))


ROOT = Path(__file__).resolve().parents[2]


def cattrs_decode(raw: bytes) -> Dataset:
    dataset: Dataset = make_converter(detailed=False).structure(plain_bundle(raw), Dataset)
    return dataset


def synth() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synth", ROOT / "benchmarks" / "synth.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def synthetic() -> tuple[Dataset, bytes]:
    dataset, _ = synth().make_dataset(1000)
    return dataset, encode_bundle(dataset)


@pytest.mark.parametrize(
    "version",
    [r.data_version for r in __import__("nptexperts._releases.store")._releases.store.catalogue()],
)
def test_shipped_records_equal_the_converters(version: str) -> None:
    raw = read_bundle(version)
    assert decode_bundle(raw) == cattrs_decode(raw)


def test_synthetic_records_equal_the_converters(synthetic: tuple[Dataset, bytes]) -> None:
    dataset, raw = synthetic
    decoded = decode_bundle(raw)
    assert decoded == cattrs_decode(raw) == dataset
    assert len(decoded.experts) == 1000
    # The synthetic data exercises every optional form the reader handles.
    comments = [c for e in decoded.experts for c in e.comments]
    assert {c.span is None for c in comments} == {True, False}
    assert {c.context is None for c in comments} == {True, False}
    assert {e.honorific is None for e in decoded.experts} == {True, False}
    assert encode_bundle(decoded) == raw


def damaged(change: Any) -> bytes:
    plain = json.loads(read_bundle())
    change(plain["experts"][0])
    return json.dumps(plain).encode("utf-8")


@pytest.mark.parametrize(
    ("change", "place", "message"),
    [
        (lambda e: e.pop("id"), "experts[0]", r"missing required field `id`"),
        (lambda e: e.update(coverage="partly"), "experts[0].coverage", r"Invalid enum value"),
        (lambda e: e["name"].update(en="Tariq"), "experts[0].name.en", r"Expected `object`"),
        (lambda e: e.update(comments={}), "experts[0].comments", r"Expected `array`"),
        (lambda e: e["positions"][0].update(as_of="2025-13-01"), "experts[0].positions[0]", "date"),
    ],
)
def test_a_damaged_bundle_fails_clearly(change: Any, place: str, message: str) -> None:
    with pytest.raises(DataError, match=message) as caught:
        decode_bundle(damaged(change), "damaged.json")
    assert caught.value.file == "damaged.json"
    assert str(caught.value).startswith("damaged.json")
    assert caught.value.faults[0].path.startswith(place)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b'{"experts": [', "not JSON"),
        (b"[]", "Expected `object`, got `array`"),
        (b'{"bundle_format": 99}', "unknown bundle format 99"),
    ],
)
def test_bytes_that_are_not_a_bundle_fail_clearly(raw: bytes, message: str) -> None:
    with pytest.raises(DataError, match=message) as caught:
        decode_bundle(raw, "damaged.json")
    assert caught.value.file == "damaged.json"


def test_the_shipped_records_load_from_a_zip_file(tmp_path: Path) -> None:
    package = ROOT / "src" / "nptexperts"
    archive = tmp_path / "nptexperts.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in package.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zf.write(path, path.relative_to(package.parent).as_posix())
    code = (
        "import nptexperts; e = nptexperts.load_experts(); "
        "print(nptexperts.__file__, len(e), len(nptexperts.source_text('pir-press-2025-23')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(archive)},
    )
    where, experts, chars = done.stdout.split()
    import nptexperts

    assert where.startswith(str(archive))
    assert int(experts) == len(nptexperts.load_experts())
    assert int(chars) == len(nptexperts.source_text("pir-press-2025-23"))
