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

__all__ = [
    "CompileResult",
    "compile_release",
    "compile_search_stems",
    "encode_bundle",
    "write_atomic",
]


#: Deprecated: :func:`nptexperts._atomic.write_file`, which replaces the file.
write_atomic = write_file

#: The generated module of digests, in the package folder.
DIGESTS_MODULE = "_digests.py"


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


def _catalogue_bytes(plain: Mapping[str, Any]) -> bytes:
    out = json.dumps(plain, ensure_ascii=False, indent=1, sort_keys=True)
    return (out + "\n").encode("utf-8")


def _with_sizes(package_dir: Path, plain: Mapping[str, Any]) -> dict[str, Any]:
    """``plain`` with the size of every release's bundle (the releases before 0.3 had none)."""
    releases = []
    for entry in plain.get("releases", []):
        if "size" not in entry:
            bundle = package_dir / COMPILED_DIR / entry["file"]
            raw = gzip.decompress(bundle.read_bytes())
            if sha256_hex(raw) != entry["digest"]:
                raise DataError([Fault(str(bundle), "", "not the released bytes")])
            entry = {**entry, "size": len(raw)}
        releases.append(entry)
    return {**plain, "releases": releases}


def digests_module(now: Mapping[str, Any], new: Mapping[str, Any]) -> bytes:
    """The source of ``_digests.py`` for the catalogue ``new``, which replaces ``now``.

    It accepts the stems file of either, so that a stop between its write and the
    catalogue's leaves a package that loads.
    """
    releases = {e["data_version"]: (e["digest"], e.get("size")) for e in new["releases"]}
    texts: dict[str, str] = {}
    for entry in new["releases"]:
        texts.update(entry["source_texts"])
    stems: list[str] = []
    for plain in (new, now):
        digest = (plain.get("search_stems") or {}).get("digest")
        if digest is not None and digest not in stems:
            stems.append(digest)
    lines = [
        '"""The digests of the published data: generated by ``nptexperts compile``; do not edit.',
        "",
        "The loader checks the catalogue (``compiled/releases.json``) against these, so an",
        "edit of the installed data files alone is caught (see :mod:`nptexperts._releases.store`).",
        '"""',
        "",
        "#: Each published data release: the SHA-256 and size of its bundle's released bytes.",
        "RELEASES: dict[str, tuple[str, int | None]] = {",
        *(f'    "{v}": ("{d}", {s}),' for v, (d, s) in releases.items()),
        "}",
        "#: The SHA-256 of each shipped source text, by file name.",
        "SOURCE_TEXTS: dict[str, str] = {",
        *(f'    "{n}": "{d}",' for n, d in sorted(texts.items())),
        "}",
        "#: The SHA-256 of the search's stems files the catalogue may name (the latest first).",
        "SEARCH_STEMS: tuple[str, ...] = (",
        *(f'    "{d}",' for d in stems),
        ")",
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def _write_digests(package_dir: Path, source: bytes) -> None:
    """Write ``_digests.py`` and drop its cached bytecode.

    Two versions of the module can have the same size and the same second as their
    time stamp, which is all a ``.pyc`` is checked against: a stale one would be used.
    """
    import importlib.util

    path = package_dir / DIGESTS_MODULE
    write_file(path, source)
    Path(importlib.util.cache_from_source(str(path))).unlink(missing_ok=True)


def _publish(package_dir: Path, now: Mapping[str, Any], new: Mapping[str, Any]) -> None:
    """Write ``_digests.py`` for ``new``, then the catalogue ``new`` (in that order)."""
    new = _with_sizes(package_dir, new)
    both = digests_module(now, new)
    _write_digests(package_dir, both)
    write_file(package_dir / CATALOGUE_PATH, _catalogue_bytes(new))
    only_new = digests_module(new, new)
    if only_new != both:  # the catalogue names the new stems: the old ones are no longer accepted
        _write_digests(package_dir, only_new)


def stems_path(package_dir: Path) -> Path:
    """The search's stems file that the catalogue of ``package_dir`` names."""
    plain = json.loads((package_dir / CATALOGUE_PATH).read_bytes())
    name: str = plain["search_stems"]["file"]
    return package_dir / COMPILED_DIR / name


def _remove_old_stems(package_dir: Path, current: str) -> None:
    from nptexperts._lookup.stemming import STEMS_FILE

    for path in (package_dir / COMPILED_DIR).iterdir():
        old = path.name == STEMS_FILE or (
            path.name.startswith("stems-") and path.name.endswith(".json")
        )
        if old and path.name != current:
            path.unlink(missing_ok=True)


def compile_search_stems(package_dir: Path, *, check: bool = False) -> str:
    """Bring the search's shipped stems (``compiled/stems-<digest>.json``) up to date.

    They cover every word of every release in the catalogue (see
    :mod:`nptexperts._lookup.stemming`); the catalogue records the file's SHA-256 and the
    stemmer that made it, and ``_digests.py`` the SHA-256. Returns ``"up to date"``,
    ``"written"``, or, with ``check``, ``"out of date"`` (nothing written) when the
    stems, the catalogue or ``_digests.py`` is not what ``compile`` would write.
    """
    from nptexperts._lookup.searched import search_words
    from nptexperts._lookup.stemming import (
        CATALOGUE_KEY,
        encode_table,
        stem_table,
        stemmer_name,
        stems_file,
    )
    from nptexperts._records.lang import LANGUAGES, Lang

    catalogue_file = package_dir / CATALOGUE_PATH
    plain = json.loads(catalogue_file.read_bytes())
    words: dict[Lang, set[str]] = {lang: set() for lang in LANGUAGES}
    for entry in plain["releases"]:
        bundle = package_dir / COMPILED_DIR / entry["file"]
        dataset = decode_bundle(gzip.decompress(bundle.read_bytes()), str(bundle))
        found_words = search_words(dataset.experts, dataset.events, dataset.expectations)
        for lang, found in found_words.items():
            words[lang] |= found
    raw = encode_table(stem_table(words))
    digest = sha256_hex(raw)
    target = package_dir / COMPILED_DIR / stems_file(digest)
    recorded = plain.get(CATALOGUE_KEY) or {}
    current = target.read_bytes() if target.is_file() else None
    digests = package_dir / DIGESTS_MODULE
    sized = _with_sizes(package_dir, plain)
    fresh = digests_module(sized, sized)
    if (
        current == raw
        and recorded.get("digest") == digest
        and recorded.get("file") == target.name
        and sized == plain
        and digests.is_file()
        and digests.read_bytes() == fresh
    ):
        if not check:
            _remove_old_stems(package_dir, target.name)
        return "up to date"
    if check:
        return "out of date"
    if current != raw:
        write_file(target, raw)
    new = dict(plain)
    new[CATALOGUE_KEY] = {
        "digest": digest,
        "file": target.name,
        "stemmer": stemmer_name(),
        "words": {lang: len(words[lang]) for lang in LANGUAGES},
    }
    _publish(package_dir, plain, new)
    _remove_old_stems(package_dir, target.name)
    return "written"


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))
