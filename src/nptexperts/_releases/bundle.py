"""Reading a release's bundle: canonical JSON bytes to a :class:`~nptexperts._records.models.Dataset`.

The curated YAML files are the source of truth; loading them needs PyYAML and
every check, which is too slow for each ``import``. So each data release is
compiled once (:mod:`nptexperts.curate.compiling`) into a canonical JSON bundle,
which the package ships (:mod:`nptexperts._releases.store`) and reads here.

A bundle of today's format is decoded by msgspec straight into the record types
(``msgspec.json.decode(raw, type=Dataset)``: no intermediate dicts and lists), which
checks every value's type and names the place of a bad one (``$.experts[0].name``).
At 100,000 experts it takes a fraction of the time and memory of ``json.loads``
followed by any constructor (benchmarks/README.md, "One decoder").

A bundle says which format it is in (``"bundle_format"``; the first releases,
format 1, predate the key). A bundle of an older format is read as plain data,
translated by the reader for that format (:data:`MIGRATIONS`) into today's format,
and converted by msgspec into today's types: data 2026.1, written before the 0.2.0
renames, still loads, and the English-only notes of data 2026.1 and 2026.2 (format 2)
load as notes without Russian. A test checks that both give the same objects as the
cattrs converter.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import msgspec

from nptexperts._errors import DataError, data_error
from nptexperts._records.models import Dataset

__all__ = [
    "BUNDLE_FORMAT",
    "FORMAT_KEY",
    "MIGRATIONS",
    "decode_bundle",
    "plain_bundle",
]

#: The bundle format this version of the package writes.
BUNDLE_FORMAT = 3
#: The key of a bundle's top-level object that gives its format (absent in format 1).
FORMAT_KEY = "bundle_format"


def _format_1_to_2(plain: dict[str, Any]) -> dict[str, Any]:
    """Format 1 (data 2026.1) to 2: the 0.2.0 renames, and the fields 0.2.0 added.

    ``Position.text`` became ``title``, ``Question.text`` ``wording`` and
    ``DatasetNote.text`` ``body``; the values are unchanged. Format 1 has no
    section facts (``conference_start``, ``goal``, ``method``, ``context``) nor
    source ``keywords``: they are absent, as in a record that does not give them.
    """

    def renamed(record: dict[str, Any], new: str) -> dict[str, Any]:
        out = {k: v for k, v in record.items() if k != "text"}
        out[new] = record["text"]
        return out

    return {
        **plain,
        "experts": [
            {**e, "positions": [renamed(p, "title") for p in e["positions"]]}
            for e in plain["experts"]
        ],
        "sections": [
            {
                "conference_start": None,
                "goal": None,
                "method": None,
                "context": None,
                **s,
                "questions": [renamed(q, "wording") for q in s["questions"]],
            }
            for s in plain["sections"]
        ],
        "sources": [{"keywords": [], **s} for s in plain["sources"]],
        "notes": [renamed(n, "body") for n in plain["notes"]],
    }


def _format_2_to_3(plain: dict[str, Any]) -> dict[str, Any]:
    """Format 2 (data 2026.2) to 3: the editors' notes become :class:`~nptexperts.Note` objects.

    A format-2 note is a string of editorial English; it becomes a note in English
    only (``ru`` null), whose provenance names the source of the record it is on (an
    expert's: the source of the expert's section).
    """

    def note(value: str, source: str) -> dict[str, Any]:
        english = {"value": value, "provenance": {"source": source, "origin": "editorial"}}
        return {"en": english, "ru": None}

    def notes(record: dict[str, Any], source: str) -> dict[str, Any]:
        return {**record, "notes": [note(n, source) for n in record["notes"]]}

    sections = {s["id"]: s["source"] for s in plain["sections"]}
    experts = []
    for e in plain["experts"]:
        source = sections[e["section"]]
        experts.append(
            {
                **notes(e, source),
                "comments": [notes(c, c["source"]) for c in e["comments"]],
                "name_variants": [
                    {**v, "note": note(v["note"], v["source"])} for v in e["name_variants"]
                ],
            }
        )
    return {
        **plain,
        "sources": [notes(s, s["id"]) for s in plain["sources"]],
        "sections": [notes(s, s["source"]) for s in plain["sections"]],
        "experts": experts,
    }


#: The reader of each older format: its plain data to the next format's.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _format_1_to_2,
    2: _format_2_to_3,
}


def plain_bundle(
    raw: bytes | str, name: str = "bundle", *, expected: tuple[str, int] | None = None
) -> dict[str, Any]:
    """The plain data of a bundle of any known format, in today's format, without its format key.

    Raises :class:`~nptexperts.DataError` naming ``name`` for bytes that are not a
    JSON object, or a format this version of the package does not know; and, given
    ``expected`` (a data version and a bundle format, from the catalogue entry that
    names the bundle), for a bundle that holds another release or format.
    """
    try:
        plain: Any = json.loads(raw)
    except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8
        line, column = getattr(exc, "lineno", None), getattr(exc, "colno", None)
        raise data_error(name, "", f"not JSON: {exc}", line, column) from None
    if type(plain) is not dict:
        raise data_error(name, "", "expected a JSON object (a bundle of records)")
    version = plain.pop(FORMAT_KEY, 1)
    if expected is not None and (plain.get("data_version"), version) != expected:
        raise _not_expected(name, plain.get("data_version"), version, expected)
    if type(version) is not int or not 1 <= version <= BUNDLE_FORMAT:
        raise _unknown_format(name, version)
    try:
        while version < BUNDLE_FORMAT:
            plain = MIGRATIONS[version](plain)
            version += 1
    except (KeyError, TypeError, AttributeError) as exc:
        raise data_error(
            name, "", f"not a bundle of format {version}: {type(exc).__name__} {exc}"
        ) from None
    # The collections added in data 2026.4 (events, expectations) default to empty,
    # so that bundles written before them decode unchanged, without a new format.
    plain.setdefault("events", [])
    plain.setdefault("expectations", [])
    result: dict[str, Any] = plain
    return result


class _Header(msgspec.Struct):
    """A bundle's format key alone (msgspec skips the rest of the bytes)."""

    bundle_format: Any = 1


def _bundle_format(raw: bytes | str, name: str) -> int:
    """The format of a bundle, from its bytes; a :class:`DataError` for an unknown one."""
    try:
        version = msgspec.json.decode(raw, type=_Header).bundle_format
    except msgspec.MsgspecError as exc:  # not JSON, or not a JSON object
        raise _decode_error(exc, name) from None
    if type(version) is not int or not 1 <= version <= BUNDLE_FORMAT:
        raise _unknown_format(name, version)
    return version


def _unknown_format(name: str, version: object) -> DataError:
    """The error for a bundle format this version of the package does not read."""
    return data_error(
        name,
        FORMAT_KEY,
        f"unknown bundle format {version!r}: this version of nptexperts reads"
        f" formats 1 to {BUNDLE_FORMAT} (a newer nptexperts may read it)",
    )


def _decode_error(exc: msgspec.MsgspecError, name: str) -> DataError:
    """msgspec's error as a :class:`DataError` naming the file and the place in it."""
    message, _, place = str(exc).partition(" - at `")
    if isinstance(exc, msgspec.ValidationError):
        return data_error(
            name,
            place.rstrip("`").removeprefix("$").removeprefix("."),
            f"not a bundle of records: {message}",
        )
    return data_error(name, "", f"not JSON: {message}")


def decode_bundle(
    raw: bytes | str, name: str = "bundle", *, expected: tuple[str, int] | None = None
) -> Dataset:
    """The :class:`Dataset` in a bundle's bytes (any known format).

    Raises :class:`~nptexperts.DataError` naming ``name``, and the place in it, when
    the bytes are not a bundle of records. (A key the record types do not have is
    ignored, and an absent key with a default, such as ``notes``, takes it: the
    shipped bundles are checked against their digests before this.)

    >>> from nptexperts._releases.store import read_release, release_entry
    >>> decode_bundle(read_release(release_entry("2026.2"))).data_version
    '2026.2'
    """
    try:
        if _bundle_format(raw, name) != BUNDLE_FORMAT:
            return msgspec.convert(plain_bundle(raw, name, expected=expected), type=Dataset)
        dataset = msgspec.json.decode(raw, type=Dataset)
    except msgspec.MsgspecError as exc:
        raise _decode_error(exc, name) from None
    if expected is not None and (dataset.data_version, BUNDLE_FORMAT) != expected:
        raise _not_expected(name, dataset.data_version, BUNDLE_FORMAT, expected)
    return dataset


def _not_expected(
    name: str, version: object, bundle_format: object, expected: tuple[str, int]
) -> DataError:
    """The error for a bundle that holds another release or format than its entry names."""
    return data_error(
        name,
        "data_version",
        f"the bundle holds data {version!r} in format {bundle_format!r}, but the"
        f" catalogue entry that names it is data {expected[0]} in format {expected[1]}:"
        " reinstall nptexperts",
    )
