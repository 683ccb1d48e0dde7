"""The compiled bundle: the validated records as one canonical JSON file.

The YAML files in ``data/`` are the curated source of truth; loading them needs
PyYAML and every check, which is too slow for each ``import``. So the records
are compiled once, at release, into ``compiled/records.json`` (the cattrs
converter's plain form, keys sorted), which the package loads at run time.
A test checks that the bundle is exactly what the YAML source compiles to.
"""

from __future__ import annotations

import json
from importlib.resources import files
from importlib.resources.abc import Traversable

from nptexperts.converter import make_converter
from nptexperts.models import Dataset

__all__ = ["BUNDLE_PATH", "bundle_file", "decode_bundle", "encode_bundle"]

#: Where the bundle stands inside the package.
BUNDLE_PATH = "compiled/records.json"

_fast = make_converter(detailed=False)


def bundle_file() -> Traversable:
    """The shipped bundle file."""
    return files("nptexperts").joinpath(BUNDLE_PATH)


def encode_bundle(dataset: Dataset) -> bytes:
    """The canonical JSON of ``dataset``: sorted keys, UTF-8, one space indent, final newline.

    The same records always give the same bytes, so the bytes' SHA-256 is the
    records' content digest.
    """
    plain = _fast.unstructure(dataset)
    text = json.dumps(plain, ensure_ascii=False, sort_keys=True, indent=1)
    return (text + "\n").encode("utf-8")


def decode_bundle(raw: bytes) -> Dataset:
    """The :class:`Dataset` in a bundle's bytes."""
    return _fast.structure(json.loads(raw), Dataset)
