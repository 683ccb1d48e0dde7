"""The compiled bundle: the validated records as one canonical JSON file.

The YAML files in ``data/`` are the curated source of truth; loading them needs
PyYAML and every check, which is too slow for each ``import``. So the records
are compiled once, at release, into ``compiled/records.json`` (the cattrs
converter's plain form, keys sorted), which the package loads at run time.
A test checks that the bundle is exactly what the YAML source compiles to.

Reading the bundle does not use cattrs: the bundle is written by
:func:`encode_bundle` from records that passed every check (and CI checks that
it is up to date), so :func:`decode_bundle` only has to build the objects. It
does so from the record types' own annotations, with one small structuring
function per type, planned on first use; importing cattrs and generating its
converter would cost more than the whole load of the shipped records (see
benchmarks/README.md). A test checks that it gives the same objects as the
cattrs converter, for the shipped records and for large synthetic ones.
"""

from __future__ import annotations

import datetime
import enum
import json
import os
import sys
import threading
import types
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

from nptexperts.models import Dataset

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "BUNDLE_PATH",
    "BundleFormatError",
    "bundle_file",
    "decode_bundle",
    "encode_bundle",
    "read_bundle",
    "read_package_data",
]

#: Where the bundle stands inside the package.
BUNDLE_PATH = "compiled/records.json"


def bundle_file() -> Traversable:
    """The shipped bundle file."""
    from importlib.resources import files  # not needed to load the records

    return files("nptexperts").joinpath(BUNDLE_PATH)


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
    if init is None or not hasattr(loader, "get_data"):  # a loader without get_data
        from importlib.resources import files

        return files("nptexperts").joinpath(name).read_bytes()
    data: bytes = loader.get_data(os.path.join(os.path.dirname(init), *name.split("/")))
    return data


def read_bundle() -> bytes:
    """The bytes of the shipped bundle."""
    return read_package_data(BUNDLE_PATH)


def encode_bundle(dataset: Dataset) -> bytes:
    """The canonical JSON of ``dataset``: sorted keys, UTF-8, one space indent, final newline.

    The same records always give the same bytes, so the bytes' SHA-256 is the
    records' content digest.
    """
    from nptexperts.converter import make_converter  # only compiling needs cattrs

    plain = make_converter(detailed=False).unstructure(dataset)
    text = json.dumps(plain, ensure_ascii=False, sort_keys=True, indent=1)
    return (text + "\n").encode("utf-8")


def decode_bundle(raw: bytes) -> Dataset:
    """The :class:`Dataset` in a bundle's bytes (as :func:`encode_bundle` writes them).

    >>> decode_bundle(read_bundle()).data_version
    '2026.1'
    """
    dataset: Dataset = _plan(Dataset)(json.loads(raw))
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
    """A bundle whose data does not have the record types' shape."""


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
