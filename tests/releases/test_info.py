"""Pinning and integrity: versions, the records' digest, the CHANGELOG, CITATION.cff."""

from __future__ import annotations

import hashlib
import itertools
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import attrs
import pytest
import yaml

import nptexperts
from nptexperts._releases.bundle import BUNDLE_FORMAT
from nptexperts._releases.encoding import encode_bundle
from nptexperts.curate import load_directory
from nptexperts.export.json import to_json

ROOT = Path(__file__).resolve().parents[2]


def test_digest_is_sha256_of_the_shipped_bundle_bytes() -> None:
    expected = hashlib.sha256(to_json()).hexdigest()
    assert nptexperts.dataset_info().digest == expected == nptexperts.data_digest()
    assert nptexperts.dataset_info().verified


def test_yaml_source_compiles_to_the_latest_release_records(data_dir: Path) -> None:
    compiled = encode_bundle(load_directory(data_dir).dataset)
    latest = nptexperts.data_releases()[-1]
    if latest.bundle_format == BUNDLE_FORMAT:
        assert hashlib.sha256(compiled).hexdigest() == nptexperts.dataset_info().digest
    assert load_directory(data_dir).dataset == nptexperts.load_dataset()
    with pytest.deprecated_call(match="curate.index_directory"):
        assert not nptexperts.dataset_info(data_dir).verified


def test_a_change_to_the_records_changes_the_digest(data_copy: Path) -> None:
    expert = data_copy / "experts" / "li-sikui.yaml"
    text = expert.read_text(encoding="utf-8")
    assert "notes:" in text
    expert.write_text(
        text.replace("notes:", "notes:\n  - {en: An extra note., ru: Ещё одно примечание.}", 1),
        encoding="utf-8",
    )
    with pytest.deprecated_call():
        assert nptexperts.dataset_info(data_copy).digest != nptexperts.dataset_info().digest


@pytest.mark.parametrize("release", nptexperts.data_releases(), ids=lambda r: r.data_version)
def test_changelog_records_the_digest_of_every_release(release: nptexperts.DataRelease) -> None:
    """Fails after any change to the records until CHANGELOG.md names the new digest."""
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    pattern = rf"Data {re.escape(release.data_version)}, SHA-256 `([0-9a-f]{{64}})`"
    found = re.findall(pattern, changelog)
    assert found, f"CHANGELOG.md has no line 'Data {release.data_version}, SHA-256 `...`'"
    assert found == [release.digest]
    assert release.digest == nptexperts.dataset_info(data_version=release.data_version).digest


def _pairs_since_2026_3() -> list[tuple[str, str]]:
    versions = [r.data_version for r in nptexperts.data_releases()]
    pairs = list(itertools.pairwise(versions))
    return [(a, b) for a, b in pairs if tuple(map(int, b.split("."))) >= (2026, 3)]


@pytest.mark.parametrize(("old", "new"), _pairs_since_2026_3(), ids=lambda v: v)
def test_changelog_names_every_record_a_release_changed(old: str, new: str) -> None:
    """The entry "### Data (X)" names, as `id`, every record `nptexperts diff` finds changed
    (from data 2026.3 on; the entries of 2026.1 and 2026.2 summarise)."""
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = re.search(rf"^### Data \({re.escape(new)}\).*?(?=^#)", changelog, re.M | re.S)
    assert entry, f"CHANGELOG.md has no entry '### Data ({new}): …'"
    diff = nptexperts.diff(old, new)
    ids = {r.id for r in (*diff.added, *diff.removed, *diff.changed)}
    assert ids, f"{old} -> {new} changed nothing"
    missing = sorted(i for i in ids if f"`{i}`" not in entry.group(0))
    assert not missing, f"the entry for data {new} does not name {missing}"


def test_data_version_is_the_one_in_dataset_yaml(data_dir: Path) -> None:
    settings = yaml.safe_load((data_dir / "dataset.yaml").read_text(encoding="utf-8"))
    info = nptexperts.dataset_info()
    assert info.data_version == settings["data_version"] == nptexperts.DATA_VERSION
    assert re.fullmatch(r"20\d\d\.[1-9]\d*", info.data_version)
    assert info.package_version == nptexperts.__version__


def test_counts_are_those_of_the_records() -> None:
    info = nptexperts.dataset_info()
    dataset = nptexperts.load_dataset()
    assert info.counts.experts == len(dataset.experts)
    assert info.counts.comments == sum(len(e.comments) for e in dataset.experts)
    assert info.counts.sources == len(dataset.sources)
    assert info.counts.sections == len(dataset.sections)
    by_code = Counter(e.country.code or "unknown" for e in dataset.experts)
    assert dict(info.counts.by_country) == dict(by_code)
    assert sum(info.counts.by_country.values()) == info.counts.experts


def test_sources_licence_rights_and_citation() -> None:
    info = nptexperts.dataset_info()
    dataset = nptexperts.load_dataset()
    assert [(s.id, s.title, s.date, s.url) for s in info.sources] == [
        (s.id, s.title.en.value, s.date, s.url) for s in dataset.sources
    ]
    assert info.licence == "MIT"
    assert "PIR Center" in info.rights
    assert "editorial translation" in info.rights
    for part in (info.package_version, info.data_version, info.digest, dataset.sources[0].url):
        assert part in info.citation


def test_dataset_info_is_frozen() -> None:
    info = nptexperts.dataset_info()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        info.digest = "0" * 64  # type: ignore[misc]
    with pytest.raises(TypeError):
        info.counts.by_country["XX"] = 1  # type: ignore[index]


def test_importing_the_package_reads_no_release() -> None:
    code = (
        "import sys, nptexperts, nptexperts._api as a, nptexperts._releases.store as s;"
        "print(len(a._load_release.results), len(s._read_catalogue.results));"
        "nptexperts.dataset_info();"
        "print(len(a._load_release.results), len(s._read_catalogue.results))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "0", "1", "1"]


def test_citation_cff_names_this_release() -> None:
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    assert cff["version"] == nptexperts.__version__
    for key in ("message", "title", "authors", "license"):
        assert cff[key]
    assert cff["license"] == nptexperts.dataset_info().licence
    urls = {ref.get("url") for ref in cff.get("references", [])}
    assert {s.url for s in nptexperts.load_dataset().sources} <= urls
