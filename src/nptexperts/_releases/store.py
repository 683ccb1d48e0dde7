"""The shipped data releases: their typed catalogue, and their checked bytes.

Every published data release stays in the package, frozen byte for byte, as
``compiled/<version>.json.gz``. The catalogue ``compiled/releases.json`` records for
each release the SHA-256 and size of its bundle's (uncompressed) bytes, the digests
of the source texts its spans point into, and its bundle format. It is parsed once
into :class:`DataRelease` records; a catalogue that is not what it should be is one
:class:`~nptexperts.DataError` naming the file.

What a load checks, and what that proves:

- The catalogue against the code: the digest (and size) of every published release,
  of each source text and of the search's stems file is also written in the module
  :mod:`nptexperts._digests`, which ``nptexperts compile`` generates. An entry of
  the catalogue that disagrees with it is refused.
- Each file's bytes against those digests (a mismatch names the file and both digests),
  and the bundle's own ``data_version`` and format against the entry that names it.
- Only regular files are read, and a bundle is inflated no further than its
  catalogued size (:mod:`nptexperts._releases.files`, beneath this module).

So a load catches damage to the installed data files and edits of them. It is not a
signature: whoever can edit the package's code (``_digests.py``) can make it accept anything.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping
from typing import Any

import attrs

from nptexperts._cache import cached
from nptexperts._errors import DataError, UnknownDataVersionError, data_error
from nptexperts._releases.files import (
    COMPILED_DIR,
    MAX_FILE_SIZE,
    MAX_INFLATION,
    SOURCES_DIR,
    check_digest,
    inflate,
    is_plain_name,
    plain_name,
    read_package_data,
    sha256_hex,
)
from nptexperts._releases.releases import DataRelease, ReleaseCounts, WithdrawnId, frozen_counts

__all__ = [
    "CATALOGUE_PATH",
    "COMPILED_DIR",
    "DataRelease",
    "ReleaseCounts",
    "StemsEntry",
    "Withdrawal",
    "WithdrawnId",
    "catalogue",
    "is_plain_name",
    "plain_name",
    "read_package_data",
    "read_release",
    "read_source_text",
    "read_verified",
    "release_entry",
    "search_stems",
    "sha256_hex",
    "withdrawn_until",
]

# COMPILED_DIR, is_plain_name, plain_name, read_package_data and sha256_hex are
# defined in nptexperts._releases.files; they are named here too for the modules
# that import them from the store (the curators', the exports', the stems').

#: The catalogue of the releases and their digests, inside the package.
CATALOGUE_PATH = f"{COMPILED_DIR}/releases.json"

_CATALOGUE_FILE = f"nptexperts/{CATALOGUE_PATH}"


#: Deprecated: the name of :class:`WithdrawnId` before 0.3 (one withdrawn-id type now).
Withdrawal = WithdrawnId


@attrs.frozen
class StemsEntry:
    """The catalogue's entry for the search's shipped stems."""

    #: The file in ``compiled/`` (named by its digest: ``stems-<digest>.json``).
    file: str
    digest: str
    #: The stemmer that made them (``"snowballstemmer 3.1.1"``).
    stemmer: str
    #: How many words of each language.
    words: Mapping[str, int] = attrs.field(factory=dict, converter=frozen_counts)


@attrs.frozen
class Catalogue:
    """``compiled/releases.json``, parsed."""

    releases: tuple[DataRelease, ...]
    search_stems: StemsEntry | None = None


class _Fault(Exception):
    def __init__(self, path: str, message: str) -> None:
        self.path, self.message = path, message


def _field(plain: Any, key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if type(plain) is not dict:
        raise _Fault(where, f"expected an object, got {type(plain).__name__}")
    if key not in plain:
        raise _Fault(f"{where}.{key}".lstrip("."), "missing")
    value = plain[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        want = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise _Fault(f"{where}.{key}".lstrip("."), f"expected {want}, got {type(value).__name__}")
    return value


def _str_map(plain: Any, where: str, kind: type) -> dict[str, Any]:
    if type(plain) is not dict:
        raise _Fault(where, f"expected an object, got {type(plain).__name__}")
    for key, value in plain.items():
        if not isinstance(value, kind) or isinstance(value, bool):
            raise _Fault(f"{where}.{key}", f"expected {kind.__name__}")
    return dict(plain)


def _release(plain: Any, where: str) -> DataRelease:
    version = _field(plain, "data_version", str, where)
    counts = _field(plain, "counts", dict, where)
    withdrawn = _field(plain, "withdrawn", list, where)
    size = plain.get("size") if type(plain) is dict else None
    if size is not None and (type(size) is not int or size < 0):
        raise _Fault(f"{where}.size", "expected a size in bytes")
    try:
        date = datetime.date.fromisoformat(_field(plain, "date", str, where))
    except ValueError:
        raise _Fault(f"{where}.date", "expected a date, YYYY-MM-DD") from None
    return DataRelease(
        data_version=version,
        date=date,
        digest=_field(plain, "digest", str, where),
        counts=ReleaseCounts(**{k: _field(counts, k, int, f"{where}.counts") for k in _COUNTS}),
        first_package_version=_field(plain, "first_package_version", str, where),
        bundle_format=_field(plain, "bundle_format", int, where),
        withdrawn=tuple(
            WithdrawnId(
                id=_field(w, "id", str, f"{where}.withdrawn[{i}]"),
                kind=_field(w, "kind", str, f"{where}.withdrawn[{i}]"),
                reason=_field(w, "reason", str, f"{where}.withdrawn[{i}]"),
                replacement=w.get("replacement") if isinstance(w.get("replacement"), str) else None,
                since=version,
            )
            for i, w in enumerate(withdrawn)
        ),
        file=_field(plain, "file", str, where),
        size=size,
        source_texts=_str_map(
            _field(plain, "source_texts", dict, where), f"{where}.source_texts", str
        ),
    )


_COUNTS = ("experts", "comments", "sources", "sections")


def parse_catalogue(raw: bytes, file: str = _CATALOGUE_FILE) -> Catalogue:
    """The :class:`Catalogue` in the bytes of ``releases.json``.

    Raises one :class:`~nptexperts.DataError` naming ``file`` (and the place in it)
    for bytes that are not JSON, or not a catalogue.
    """
    try:
        plain = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8
        line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
        raise data_error(
            file, "", f"not JSON ({exc}): reinstall nptexperts", line, column
        ) from None
    try:
        found = _field(plain, "releases", list, "")
        releases = tuple(_release(e, f"releases[{i}]") for i, e in enumerate(found))
        stems = plain.get("search_stems")
        entry = None
        if stems is not None:
            entry = StemsEntry(
                file=_field(stems, "file", str, "search_stems"),
                digest=_field(stems, "digest", str, "search_stems"),
                stemmer=_field(stems, "stemmer", str, "search_stems"),
                words=_str_map(stems.get("words", {}), "search_stems.words", int),
            )
    except _Fault as fault:
        raise data_error(
            file, fault.path, f"{fault.message}: not a catalogue of releases; reinstall nptexperts"
        ) from None
    return Catalogue(releases, entry)


@cached
def _read_catalogue() -> Catalogue:
    """The catalogue (read once)."""
    return parse_catalogue(read_package_data(CATALOGUE_PATH))


def catalogue() -> tuple[DataRelease, ...]:
    """The releases of the catalogue, oldest first (read once)."""
    return _read_catalogue().releases


def search_stems() -> StemsEntry | None:
    """The catalogue's entry for the search's shipped stems, checked against the code."""
    entry = _read_catalogue().search_stems
    if entry is not None:
        from nptexperts._digests import SEARCH_STEMS

        if entry.digest not in SEARCH_STEMS:
            raise _not_in_code("the search's stems file", entry.digest)
    return entry


def _not_in_code(what: str, digest: str) -> DataError:
    return data_error(
        _CATALOGUE_FILE,
        "",
        f"the catalogue gives {what} the SHA-256 {digest}, which the package's code"
        " (nptexperts/_digests.py) does not: the data files were changed after the"
        " release; reinstall nptexperts",
    )


def release_entry(version: str) -> DataRelease:
    """The catalogue entry of data release ``version``, checked against the code.

    Raises :class:`~nptexperts.UnknownDataVersionError` (naming the releases that
    exist) for any other version, and :class:`~nptexperts.DataError` for an entry
    whose digest or size is not the one the package's code records.
    """
    entries = catalogue()
    for entry in entries:
        if entry.data_version == version:
            from nptexperts._digests import RELEASES

            digest, size = RELEASES.get(version, ("", None))
            if digest != entry.digest or (None not in (size, entry.size) and size != entry.size):
                raise _not_in_code(f"data release {version}", entry.digest)
            return entry if entry.size is not None else attrs.evolve(entry, size=size)
    raise UnknownDataVersionError(version, [e.data_version for e in entries])


def withdrawn_until(version: str) -> dict[str, WithdrawnId]:
    """Every id withdrawn in the releases up to and including ``version``, by id."""
    found: dict[str, WithdrawnId] = {}
    for entry in catalogue():
        for w in entry.withdrawn:
            found[w.id] = w
        if entry.data_version == version:
            break
    return found


def read_verified(name: str, expected: str, what: str) -> bytes:
    """The bytes of the package data file ``name``, checked against the SHA-256 ``expected``."""
    return check_digest(read_package_data(name), expected, f"nptexperts/{name}", what)


def read_release(entry: DataRelease) -> bytes:
    """The released bytes of a catalogue entry's bundle, checked against its digest.

    A bundle is inflated no further than the entry's size (or :data:`MAX_INFLATION`
    times its compressed size).
    """
    name = plain_name(entry.file, "file", _CATALOGUE_FILE)
    where = f"nptexperts/{COMPILED_DIR}/{name}"
    cap = entry.size if entry.size is not None else None
    stored = read_package_data(
        f"{COMPILED_DIR}/{name}", MAX_FILE_SIZE if cap is None else max(cap, 1024)
    )
    raw = stored
    if name.endswith(".gz"):
        raw = inflate(stored, cap if cap is not None else MAX_INFLATION * len(stored), where)
    return check_digest(raw, entry.digest, where, f"data release {entry.data_version}")


def read_source_text(entry: DataRelease, text_file: str) -> str:
    """The shipped source text ``text_file`` of a release, checked against its digest."""
    from nptexperts._digests import SOURCE_TEXTS

    name = plain_name(text_file, "text_file", f"data release {entry.data_version}")
    where = f"nptexperts/{SOURCES_DIR}/{name}"
    expected = entry.source_texts.get(name)
    if expected is None:
        raise data_error(where, "", f"the catalogue records no digest for the source text {name!r}")
    if SOURCE_TEXTS.get(name) != expected:
        raise _not_in_code(f"the source text {name!r}", expected)
    raw = read_verified(f"{SOURCES_DIR}/{name}", expected, "the source text")
    return raw.decode("utf-8")
