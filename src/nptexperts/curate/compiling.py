"""Compiling records into a data release: the canonical bundle, and the release's files.

A data release is added, never rewritten. :func:`compile_release` compiles a
curated directory; when its ``data_version`` is new, it writes the release's
bundle ``compiled/<version>.json.gz`` beside the earlier ones and adds the release
to the catalogue ``compiled/releases.json`` (digests, counts, date, the package
version that first ships it). When the version is already released, the records
must be exactly the released ones: a released data version is frozen.

:func:`compile_search_stems` then stems every word of every release for the search
(``compiled/stems.json``): a file derived from the releases, rewritten whenever they
or the stemmer's stems change.
"""

from __future__ import annotations

import datetime
import gzip
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from nptexperts._errors import DataError, Fault
from nptexperts._records.models import Dataset
from nptexperts._releases.bundle import BUNDLE_FORMAT, decode_bundle
from nptexperts._releases.encoding import encode_bundle
from nptexperts._releases.store import CATALOGUE_PATH, COMPILED_DIR, sha256_hex
from nptexperts.curate import CuratedData

__all__ = [
    "CompileResult",
    "compile_release",
    "compile_search_stems",
    "encode_bundle",
    "write_atomic",
]


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically: a temporary file in the same folder, fsync, rename.

    Readers see the old file or the new one, never a part: a full disk or a stop
    leaves the old file as it was. An :class:`OSError` names ``path`` itself. The
    file gets the permissions of the file it replaces, or those a new file gets under
    the process's umask (not the private mode of a temporary file).
    """
    import os
    import stat
    import tempfile

    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o22)  # read the umask (it can only be read by setting it)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    return {
        "experts": len(dataset.experts),
        "comments": sum(len(e.comments) for e in dataset.experts),
        "sources": len(dataset.sources),
        "sections": len(dataset.sections),
    }


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
    write_atomic(target, _gzip(raw))
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
            "file": target.name,
            "bundle_format": BUNDLE_FORMAT,
            "first_package_version": package_version,
            "counts": _counts(dataset),
            "source_texts": texts,
            "withdrawn": list(withdrawn),
        }
    )
    _write_catalogue(catalogue_file, {**plain, "releases": releases})
    return CompileResult(version, "written", target)


def _write_catalogue(catalogue_file: Path, plain: Mapping[str, Any]) -> None:
    out = json.dumps(plain, ensure_ascii=False, indent=1, sort_keys=True)
    write_atomic(catalogue_file, (out + "\n").encode("utf-8"))


def compile_search_stems(package_dir: Path, *, check: bool = False) -> str:
    """Bring the search's shipped stems (``compiled/stems.json``) up to date.

    They cover every word of every release in the catalogue (see
    :mod:`nptexperts._lookup.stemming`); the catalogue records the file's SHA-256 and the
    stemmer that made it. Returns ``"up to date"``, ``"written"``, or, with
    ``check``, ``"out of date"`` (nothing written).
    """
    from nptexperts._lookup.searched import search_words
    from nptexperts._lookup.stemming import (
        CATALOGUE_KEY,
        STEMS_FILE,
        encode_table,
        stem_table,
        stemmer_name,
    )
    from nptexperts._records.lang import LANGUAGES, Lang

    catalogue_file = package_dir / CATALOGUE_PATH
    plain = json.loads(catalogue_file.read_bytes())
    words: dict[Lang, set[str]] = {lang: set() for lang in LANGUAGES}
    for entry in plain["releases"]:
        bundle = package_dir / COMPILED_DIR / entry["file"]
        dataset = decode_bundle(gzip.decompress(bundle.read_bytes()), str(bundle))
        for lang, found in search_words(dataset.experts).items():
            words[lang] |= found
    raw = encode_table(stem_table(words))
    target = package_dir / COMPILED_DIR / STEMS_FILE
    recorded = plain.get(CATALOGUE_KEY) or {}
    current = target.read_bytes() if target.is_file() else None
    if current == raw and recorded.get("digest") == sha256_hex(raw):
        return "up to date"
    if check:
        return "out of date"
    write_atomic(target, raw)
    plain[CATALOGUE_KEY] = {
        "digest": sha256_hex(raw),
        "file": STEMS_FILE,
        "stemmer": stemmer_name(),
        "words": {lang: len(words[lang]) for lang in LANGUAGES},
    }
    _write_catalogue(catalogue_file, plain)
    return "written"


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))
