"""The package's data files, read and checked: the lowest layer of a shipped load.

A data file is read through the package's loader (from a folder or a zip file alike),
and only if it is a regular file of a bounded size: a FIFO or a device in place of a
data file is a :class:`~nptexperts.DataError`, not a hang. A gzip file is inflated no
further than a given size. Names the records give are read only inside the package's
own folders (:func:`plain_name`). A file's bytes are checked against a SHA-256
(:func:`check_digest`); which digest is the catalogue's business
(:mod:`nptexperts._releases.store`).

Only the standard library is used, and only what is cheap to import: the shipped
load is measured against ``import attrs`` + ``json.load`` (benchmarks/).
"""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import zlib
from typing import Any

from nptexperts._errors import data_error

__all__ = [
    "COMPILED_DIR",
    "MAX_FILE_SIZE",
    "MAX_INFLATION",
    "SOURCES_DIR",
    "check_digest",
    "inflate",
    "is_plain_name",
    "plain_name",
    "read_package_data",
    "sha256_hex",
]

#: The folder of the release bundles inside the package.
COMPILED_DIR = "compiled"
#: Where the source texts (the anchors of comment spans) stand inside the package.
SOURCES_DIR = "data/sources"
#: A bundle whose catalogue entry gives no size may inflate to at most this many
#: times its compressed size (the shipped bundles inflate about 5.5 times).
MAX_INFLATION = 64
#: The largest data file other than a bundle that a load reads (the stems, a source text).
MAX_FILE_SIZE = 16 * 1024 * 1024


def sha256_hex(raw: bytes) -> str:
    """The SHA-256 of ``raw``, in hex."""
    return hashlib.sha256(raw).hexdigest()


def _package_file(name: str) -> str | None:
    """The file system path of the package data file ``name``, if the package is a folder."""
    package = sys.modules["nptexperts"]
    init = getattr(package, "__file__", None)
    if init is None:  # pragma: no cover - exotic loaders
        return None
    return os.path.join(os.path.dirname(init), *name.split("/"))


def read_package_data(name: str, limit: int = MAX_FILE_SIZE) -> bytes:
    """The bytes of the package data file ``name`` (a ``/``-separated path in the package).

    Through the package's loader, as :func:`pkgutil.get_data` reads it (which works
    from a directory and from a zip file alike), without importing
    :mod:`importlib.resources` or :mod:`pkgutil` (which cost more than loading the
    records). Only a regular file of at most ``limit`` bytes is read: anything else
    (a FIFO, a device, a folder) is a :class:`~nptexperts.DataError`, at once.
    """
    package = sys.modules["nptexperts"]
    loader: Any = getattr(package.__spec__, "loader", None)
    path = _package_file(name)
    if path is None or not hasattr(loader, "get_data"):  # pragma: no cover - exotic loaders
        from importlib.resources import files

        return files("nptexperts").joinpath(name).read_bytes()
    try:
        found = os.stat(path)
    except OSError:
        found = None  # missing (the loader says so), or inside a zip file
    if found is not None:
        if not stat.S_ISREG(found.st_mode):
            raise data_error(f"nptexperts/{name}", "", "not a regular file: reinstall nptexperts")
        if found.st_size > limit:
            raise data_error(
                f"nptexperts/{name}",
                "",
                f"{found.st_size:,} bytes, more than the {limit:,} expected: reinstall nptexperts",
            )
    data: bytes = loader.get_data(path)
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


def check_digest(raw: bytes, expected: str, file: str, what: str) -> bytes:
    """``raw`` if its SHA-256 is ``expected``; else a :class:`DataError` naming ``file``."""
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


def inflate(stored: bytes, limit: int, where: str) -> bytes:
    """The gzip data ``stored``, inflated, refused past ``limit`` bytes (streaming)."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        raw = inflater.decompress(stored, limit + 1)
    except zlib.error as exc:
        raise data_error(
            where, "", f"not a readable gzip file ({exc}); reinstall nptexperts"
        ) from None
    if len(raw) > limit:
        raise data_error(
            where, "", f"inflates past {limit:,} bytes, more than its release: reinstall nptexperts"
        )
    if not inflater.eof or inflater.unused_data:
        raise data_error(where, "", "not one whole gzip member: reinstall nptexperts")
    return raw
