"""Compiling records into a data release: the canonical bundle, and the release's files.

A data release is added, never rewritten. :func:`compile_release` compiles a
curated directory; when its ``data_version`` is new, it writes the release's
bundle ``compiled/<version>.json.gz`` beside the earlier ones and adds the release
to the catalogue ``compiled/releases.json`` (digests, counts, date, the package
version that first ships it). When the version is already released, the records
must be exactly the released ones: a released data version is frozen.

:func:`compile_search_stems` then stems every word of every release for the search
(``compiled/stems-<digest>.json``, named by the first 16 hex digits of its SHA-256):
a file derived from the releases, written anew whenever they or the stemmer's stems
change.

Both also generate the module ``_digests.py`` (the digest and size of every
published release, of the source texts and of the stems file), which the loader
checks the catalogue against (:mod:`nptexperts._releases.store`).

The order of the writes keeps the package consistent after a stop at any step: a
new file (a bundle, a stems file) first, which nothing names yet; then
``_digests.py``, which accepts both the catalogue as it is and as it will be; then
the catalogue, which switches to the new files in one atomic write; then the old
stems files are removed. Every file is written atomically
(:mod:`nptexperts._atomic`).
"""

from __future__ import annotations

import datetime
import gzip
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from nptexperts._atomic import write_file
from nptexperts._errors import DataError, Fault
from nptexperts._records.models import Dataset
from nptexperts._releases.bundle import BUNDLE_FORMAT, decode_bundle
from nptexperts._releases.encoding import encode_bundle
from nptexperts._releases.store import CATALOGUE_PATH, COMPILED_DIR, ReleaseCounts, sha256_hex
from nptexperts.curate import CuratedData
from nptexperts.curate.publishing import _publish
from nptexperts.curate.stemsfile import compile_search_stems

__all__ = [
    "CompileResult",
    "compile_release",
    "compile_search_stems",
    "encode_bundle",
    "write_atomic",
]


#: Deprecated: :func:`nptexperts._atomic.write_file`, which replaces the file.
write_atomic = write_file


@attrs.frozen
class CompileResult:
    """What :func:`compile_release` did or found."""

    #: The data version of the records compiled.
    data_version: str
    #: ``"written"`` (a new release), ``"up to date"`` (the released records),
    #: ``"not compiled"`` (a new version, with ``check``).
    status: str
    #: The file of the release's bundle.
    bundle: Path


def _counts(dataset: Dataset) -> dict[str, int]:
    counts = ReleaseCounts.of(dataset)
    return {k: getattr(counts, k) for k in ("experts", "comments", "sources", "sections")}


def _gzip(raw: bytes) -> bytes:
    # mtime=0 and no file name: the same bytes always compress the same way.
    return gzip.compress(raw, compresslevel=9, mtime=0)


def compile_release(
    curated: CuratedData,
    package_dir: Path,
    *,
    package_version: str,
    check: bool = False,
    today: datetime.date | None = None,
    withdrawn: tuple[Mapping[str, Any], ...] = (),
) -> CompileResult:
    """Compile ``curated`` into a release of the package folder ``package_dir``.

    A released data version must compile to exactly its released records (else a
    :class:`~nptexperts.DataError` says to bump the version). A new version is
    written (unless ``check``, which only reports it as not compiled).
    """
    dataset = curated.dataset
    version = dataset.data_version
    catalogue_file = package_dir / CATALOGUE_PATH
    plain = json.loads(catalogue_file.read_bytes()) if catalogue_file.is_file() else {}
    releases: list[dict[str, Any]] = list(plain.get("releases", []))
    target = package_dir / COMPILED_DIR / f"{version}.json.gz"
    for entry in releases:
        if entry["data_version"] != version:
            continue
        bundle = package_dir / COMPILED_DIR / entry["file"]
        released = decode_bundle(gzip.decompress(bundle.read_bytes()), str(bundle))
        if released != dataset:
            raise DataError(
                [
                    Fault(
                        str(bundle),
                        "data_version",
                        f"the records differ from data {version}, which is released and"
                        " frozen: give dataset.yaml the next data_version to make a new"
                        " release beside it",
                    )
                ]
            )
        return CompileResult(version, "up to date", bundle)
    if check:
        return CompileResult(version, "not compiled", target)
    if releases and _version_key(version) < _version_key(releases[-1]["data_version"]):
        raise DataError(
            [
                Fault(
                    "dataset.yaml",
                    "data_version",
                    f"data {version} would come before the latest release,"
                    f" {releases[-1]['data_version']}: expected a later version",
                )
            ]
        )
    raw = encode_bundle(dataset)
    write_file(target, _gzip(raw))
    texts = {
        s.text_file: sha256_hex(curated.source_texts[s.text_file].encode("utf-8"))
        for s in dataset.sources
        if s.text_file is not None
    }
    releases.append(
        {
            "data_version": version,
            "date": (today or datetime.date.today()).isoformat(),
            "digest": sha256_hex(raw),
            "size": len(raw),
            "file": target.name,
            "bundle_format": BUNDLE_FORMAT,
            "first_package_version": package_version,
            "counts": _counts(dataset),
            "source_texts": texts,
            "withdrawn": list(withdrawn),
        }
    )
    _publish(package_dir, plain, {**plain, "releases": releases})
    return CompileResult(version, "written", target)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))
