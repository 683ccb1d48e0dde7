"""JSON export: every record, nested, in the cattrs converter's plain form.

The export is the canonical bundle (:func:`nptexperts.bundle.encode_bundle`):
keys sorted, UTF-8, enums as their values, dates as ``YYYY-MM-DD``, every
bilingual text in its long form with provenance. Its SHA-256 is the release's
digest (:func:`nptexperts.dataset_info`), and ``records.schema.json`` (see
:mod:`nptexperts.export.schema`) is its JSON Schema.

>>> import hashlib, nptexperts
>>> hashlib.sha256(to_json()).hexdigest() == nptexperts.dataset_info().digest
True
>>> from_json(to_json()) == nptexperts.load_dataset()
True
"""

from __future__ import annotations

import json

from nptexperts.api import load_dataset
from nptexperts.bundle import encode_bundle
from nptexperts.converter import make_converter
from nptexperts.models import Dataset

__all__ = ["from_json", "to_json"]


def to_json(dataset: Dataset | None = None) -> bytes:
    """The JSON export of ``dataset`` (default: the shipped records), as UTF-8 bytes."""
    return encode_bundle(dataset if dataset is not None else load_dataset())


def from_json(raw: bytes | str) -> Dataset:
    """The :class:`~nptexperts.Dataset` in a JSON export, checked by the strict converter.

    Raises :class:`json.JSONDecodeError` for text that is not JSON and a cattrs
    ``ClassValidationError`` (which names each bad field) for JSON that is not
    a valid export.
    """
    dataset: Dataset = make_converter().structure(json.loads(raw), Dataset)
    return dataset
