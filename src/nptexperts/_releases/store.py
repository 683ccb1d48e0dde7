"""The shipped data releases: the catalogue of their digests, and their verified bytes.

Every data release that has been published stays in the package, frozen byte for
byte, as ``compiled/<version>.json.gz`` (gzip, so that each release adds one
compressed bundle to the wheel). The catalogue ``compiled/releases.json``, apart
from the bundles, records for each release the SHA-256 of its bundle's released
(uncompressed) bytes and of the source texts its spans point into, and the bundle
format it is written in. Every load checks the bytes against those digests: a
mismatch is a :class:`~nptexperts.DataError` naming the file and both digests.

Only the standard library is used, and only what is cheap to import: the shipped
load is measured against ``import attrs`` + ``json.load`` (benchmarks/).
"""

from __future__ import annotations

import json
import os
import sys
import zlib
from typing import Any, NamedTuple

from nptexperts._cache import cached
from nptexperts._errors import UnknownDataVersionError, data_error

try:  # the C implementations, without hashlib's OpenSSL import (a tenth of the load)
    from _sha2 import sha256 as _sha256  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - CPython 3.11, or another implementation
    try:
        from _sha256 import sha256 as _sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
    except ImportError:
        from hashlib import sha256 as _sha256  # type: ignore[assignment,unused-ignore]

__all__ = [
    "CATALOGUE_PATH",
    "COMPILED_DIR",
    "Withdrawal",
    "catalogue",
    "catalogue_extra",
    "is_plain_name",
    "plain_name",
    "read_package_data",
    "read_release",
    "read_source_text",
    "read_verified",
    "release_entry",
    "sha256_hex",
    "withdrawn_until",
]

#: The folder of the release bundles inside the package.
COMPILED_DIR = "compiled"
#: The catalogue of the releases and their digests, inside the package.
CATALOGUE_PATH = f"{COMPILED_DIR}/releases.json"
#: Where the source texts (the anchors of comment spans) stand inside the package.
SOURCES_DIR = "data/sources"


class Withdrawal(NamedTuple):
    """A released id that a later release withdrew, and why."""

    id: str
    #: The kind of record (``"expert"``, ``"comment"``…).
    kind: str
    #: The data release that withdrew it.
    since: str
    reason: str
    #: The id that replaces it, if one does.
    replacement: str | None


def sha256_hex(raw: bytes) -> str:
    """The SHA-256 of ``raw``, in hex."""
    digest: str = _sha256(raw).hexdigest()
    return digest


def read_package_data(name: str) -> bytes:
    """The bytes of the package data file ``name`` (a ``/``-separated path in the package).

    Through the package's loader, as :func:`pkgutil.get_data` reads it (which works
    from a directory and from a zip file alike), without importing
    :mod:`importlib.resources` or :mod:`pkgutil` (which cost more than loading the
    records).
    """
    package = sys.modules["nptexperts"]
    loader: Any = getattr(package.__spec__, "loader", None)
    init = getattr(package, "__file__", None)
    if init is None or not hasattr(loader, "get_data"):  # pragma: no cover - exotic loaders
        from importlib.resources import files

        return files("nptexperts").joinpath(name).read_bytes()
    data: bytes = loader.get_data(os.path.join(os.path.dirname(init), *name.split("/")))
    return data


def is_plain_name(name: object) -> bool:
    """Whether ``name`` is a plain file name: no folder, no ``..``, not hidden, not empty.

    Names that the records give (a bundle's file, a source's ``text_file``) are read
    only inside the package's own folders; validation applies the same rule.
    """
    return (
        isinstance(name, str)
        and bool(name)
        and not name.startswith(".")
        and not any(c in name for c in "/\\\0")
    )


def plain_name(name: object, what: str, file: str) -> str:
    """``name`` if it is a plain file name (:func:`is_plain_name`); a :class:`DataError` if not."""
    if not is_plain_name(name):
        raise data_error(
            file, what, f"expected a plain file name (no folders, no '..'), got {name!r}"
        )
    assert isinstance(name, str)
    return name


@cached
def _read_catalogue() -> dict[str, Any]:
    """The catalogue, its ``releases`` made a tuple (read once)."""
    found: dict[str, Any] = json.loads(read_package_data(CATALOGUE_PATH))
    found["releases"] = tuple(found["releases"])
    return found


def catalogue() -> tuple[dict[str, Any], ...]:
    """The releases' catalogue entries, oldest first (read once)."""
    releases: tuple[dict[str, Any], ...] = _read_catalogue()["releases"]
    return releases


def catalogue_extra(key: str) -> Any:
    """The catalogue's entry ``key`` beside its releases (``None`` if it has none).

    ``search_stems`` names the search's shipped stems (:mod:`nptexperts._lookup.stemming`).
    """
    return _read_catalogue().get(key)


def release_entry(version: str) -> dict[str, Any]:
    """The catalogue entry of data release ``version``.

    Raises :class:`~nptexperts.UnknownDataVersionError` (naming the releases that
    exist) for any other version.
    """
    entries = catalogue()
    for entry in entries:
        if entry["data_version"] == version:
            return entry
    raise UnknownDataVersionError(version, [e["data_version"] for e in entries])


def withdrawn_until(version: str) -> dict[str, Withdrawal]:
    """Every id withdrawn in the releases up to and including ``version``, by id."""
    found: dict[str, Withdrawal] = {}
    for entry in catalogue():
        for w in entry["withdrawn"]:
            found[w["id"]] = Withdrawal(
                w["id"], w["kind"], entry["data_version"], w["reason"], w.get("replacement")
            )
        if entry["data_version"] == version:
            break
    return found


def _verified(raw: bytes, expected: str, file: str, what: str) -> bytes:
    actual = sha256_hex(raw)
    if actual != expected:
        raise data_error(
            file,
            "",
            f"{what} is not the released one: its SHA-256 is {actual}, the catalogue"
            f" records {expected} (the file was changed after the release;"
            " reinstall nptexperts)",
        )
    return raw


def read_verified(name: str, expected: str, what: str) -> bytes:
    """The bytes of the package data file ``name``, checked against the SHA-256 ``expected``."""
    return _verified(read_package_data(name), expected, f"nptexperts/{name}", what)


def read_release(entry: dict[str, Any]) -> bytes:
    """The released bytes of a catalogue entry's bundle, checked against its digest."""
    name = plain_name(entry["file"], "file", CATALOGUE_PATH)
    where = f"nptexperts/{COMPILED_DIR}/{name}"
    stored = read_package_data(f"{COMPILED_DIR}/{name}")
    raw = stored
    if name.endswith(".gz"):
        try:
            raw = zlib.decompress(stored, wbits=16 + zlib.MAX_WBITS)
        except zlib.error as exc:
            raise data_error(
                where, "", f"not a readable gzip file ({exc}); reinstall nptexperts"
            ) from None
    return _verified(raw, entry["digest"], where, f"data release {entry['data_version']}")


def read_source_text(entry: dict[str, Any], text_file: str) -> str:
    """The shipped source text ``text_file`` of a release, checked against its digest."""
    name = plain_name(text_file, "text_file", f"data release {entry['data_version']}")
    where = f"nptexperts/{SOURCES_DIR}/{name}"
    expected = entry["source_texts"].get(name)
    if expected is None:
        raise data_error(where, "", f"the catalogue records no digest for the source text {name!r}")
    raw = read_verified(f"{SOURCES_DIR}/{name}", expected, "the source text")
    return raw.decode("utf-8")
