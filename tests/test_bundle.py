"""The compiled bundle is exactly what the YAML source compiles to."""

from __future__ import annotations

from pathlib import Path

import nptexperts
from nptexperts.bundle import bundle_file, decode_bundle, encode_bundle


def test_bundle_is_compiled_from_the_yaml_source(data_dir: Path) -> None:
    fresh = encode_bundle(nptexperts.load_dataset(data_dir))
    assert bundle_file().read_bytes() == fresh, "run `nptexperts compile`"


def test_bundle_round_trips() -> None:
    raw = bundle_file().read_bytes()
    dataset = decode_bundle(raw)
    assert dataset == nptexperts.load_dataset()
    assert encode_bundle(dataset) == raw


def test_data_version_matches_the_package(data_dir: Path) -> None:
    assert nptexperts.load_dataset(data_dir).data_version == nptexperts.DATA_VERSION
