"""Reading a release's bundle: canonical JSON bytes to a :class:`~nptexperts._records.models.Dataset`.

The curated YAML files are the source of truth; loading them needs PyYAML and
every check, which is too slow for each ``import``. So each data release is
compiled once (:mod:`nptexperts.curate.compiling`) into a canonical JSON bundle,
which the package ships (:mod:`nptexperts._releases.store`) and reads here.

A bundle says which format it is in (``"bundle_format"``; the first releases,
format 1, predate the key). When the record types change, a bundle of an older
format is read through the reader for that format (:data:`MIGRATIONS`) into
today's types: data 2026.1, written before the 0.2.0 renames, still loads.

Reading a bundle does not use cattrs: the bundle was written from records that
passed every check, and its bytes are checked against the release's digest, so
:func:`decode_bundle` only has to build the objects. It does so from the record
types' own annotations, with one small structuring function per type, planned on
first use; importing cattrs and generating its converter would cost more than the
whole load of the shipped records (see benchmarks/README.md). A test checks that it
gives the same objects as the cattrs converter.
"""

from __future__ import annotations

import enum
import json
import sys
import threading
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from nptexperts._errors import data_error
from nptexperts._records._dates import datetime
from nptexperts._records.models import Dataset

__all__ = [
    "BUNDLE_FORMAT",
    "FORMAT_KEY",
    "MIGRATIONS",
    "BundleFormatError",
    "decode_bundle",
    "plain_bundle",
]

#: The bundle format this version of the package writes.
BUNDLE_FORMAT = 2
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


#: The reader of each older format: its plain data to the next format's.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _format_1_to_2}


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
        raise data_error(
            name,
            "data_version",
            f"the bundle holds data {plain.get('data_version')!r} in format {version!r}, but the"
            f" catalogue entry that names it is data {expected[0]} in format {expected[1]}:"
            " reinstall nptexperts",
        )
    if type(version) is not int or not 1 <= version <= BUNDLE_FORMAT:
        raise data_error(
            name,
            FORMAT_KEY,
            f"unknown bundle format {version!r}: this version of nptexperts reads"
            f" formats 1 to {BUNDLE_FORMAT} (a newer nptexperts may read it)",
        )
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


def decode_bundle(
    raw: bytes | str, name: str = "bundle", *, expected: tuple[str, int] | None = None
) -> Dataset:
    """The :class:`Dataset` in a bundle's bytes (any known format).

    Raises :class:`~nptexperts.DataError` naming ``name`` when the bytes are not
    a bundle.

    >>> from nptexperts._releases.store import read_release, release_entry
    >>> from nptexperts import DATA_VERSION
    >>> decode_bundle(read_release(release_entry(DATA_VERSION))).data_version == DATA_VERSION
    True
    """
    plain = plain_bundle(raw, name, expected=expected)
    try:
        dataset: Dataset = _plan(Dataset)(plain)
    except (ValueError, TypeError) as exc:  # BundleFormatError, a bad date or enum value
        raise data_error(name, "", f"not a bundle of records: {exc}") from None
    return dataset


# -- structuring the bundle's plain data ------------------------------------------
#
# A structuring function takes the JSON value of a field and returns the field's
# value; ``None`` stands for "the JSON value is the value" (strings, numbers,
# literals), which saves a call for most fields.

_Structure = Callable[[Any], Any]

_plans: dict[type, _Structure] = {}
_plans_lock = threading.Lock()
_NONE = type(None)
_annotations: dict[tuple[str, str], Any] = {}


class BundleFormatError(ValueError):
    """A bundle whose data does not have the record types' shape (a :class:`DataError` outside)."""


def _plan(cl: type) -> _Structure:
    plan = _plans.get(cl)
    if plan is None:
        with _plans_lock:
            plan = _record(cl, _plans)
    return plan


def _resolve(tp: Any, namespace: dict[str, Any]) -> Any:
    """The type an annotation names (a string under ``from __future__ import annotations``).

    As :func:`typing.get_type_hints` would resolve it, in the class's module; but
    without resolving every annotation of every class, which costs more than
    loading the shipped records.
    """
    if not isinstance(tp, str):
        return tp
    key = (namespace["__name__"], tp)
    found = _annotations.get(key)
    if found is None:
        found = _annotations[key] = eval(tp, namespace)  # the package's own annotations
    return found


def _field(tp: Any, plans: dict[type, _Structure]) -> _Structure | None:
    """How to structure a field of type ``tp``."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if tp in (str, int, bool) or origin is typing.Literal:
        return None
    if tp is datetime.date:
        return datetime.date.fromisoformat
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        members = {member.value: member for member in tp}
        return members.__getitem__
    if isinstance(tp, type) and attrs.has(tp):
        return _record(tp, plans)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        item = _field(args[0], plans)
        if item is None:
            return tuple
        return lambda value: tuple([item(x) for x in value])
    if origin in (types.UnionType, typing.Union) and len(args) == 2 and _NONE in args:
        inner = _field(args[0] if args[1] is _NONE else args[1], plans)
        if inner is None:
            return None
        return lambda value: None if value is None else inner(value)
    raise TypeError(f"the bundle reader has no rule for the type {tp!r}")


def _record(cl: type, plans: dict[type, _Structure]) -> _Structure:
    """The structuring function of the attrs class ``cl``: a mapping with exactly its fields."""
    found = plans.get(cl)
    if found is not None:
        return found
    fields = attrs.fields(cl)
    for a in fields:
        if not a.init or a.kw_only or a.alias != a.name:
            raise TypeError(f"the bundle reader cannot build {cl.__name__}.{a.name}")
    namespace = vars(sys.modules[cl.__module__])
    steps = tuple((a.name, _field(_resolve(a.type, namespace), plans)) for a in fields)
    count = len(steps)
    keys = ", ".join(name for name, _ in steps)

    def structure(value: Any) -> Any:
        if type(value) is not dict or len(value) != count:
            raise BundleFormatError(f"expected a mapping with the keys {keys}, got {value!r:.200}")
        try:
            return cl(*[value[k] if f is None else f(value[k]) for k, f in steps])
        except KeyError as exc:  # a missing key, or a value no enum member has
            raise BundleFormatError(
                f"{cl.__name__}: no key or member {exc}: expected the keys {keys},"
                f" got {value!r:.200}"
            ) from None

    plans[cl] = structure
    return structure
