"""JSON export: every record of a release, nested: the release's canonical bundle.

The export of a shipped release is its bundle's released bytes, exactly (keys
sorted, UTF-8, enums as their values, dates as ``YYYY-MM-DD``, every bilingual text
in its long form with provenance), so its SHA-256 is the release's digest
(:func:`nptexperts.dataset_info`). A release says which bundle format it is in;
``records.schema.json`` (see :mod:`nptexperts.export.schema`) is the JSON Schema
of today's format. :func:`from_json` reads every format.

>>> import hashlib, nptexperts
>>> hashlib.sha256(to_json()).hexdigest() == nptexperts.dataset_info().digest
True
>>> from_json(to_json()) == nptexperts.load_dataset()
True
>>> from_json(to_json(data_version="2026.1")) == nptexperts.load_dataset(data_version="2026.1")
True
"""

from __future__ import annotations

from nptexperts._errors import DataError
from nptexperts._records.models import Dataset
from nptexperts._releases.bundle import plain_bundle
from nptexperts._releases.store import read_release, release_entry
from nptexperts._version import DATA_VERSION

__all__ = ["from_json", "records_digest", "to_json"]


def to_json(dataset: Dataset | None = None, *, data_version: str | None = None) -> bytes:
    """The JSON export, as UTF-8 bytes.

    Without ``dataset``, the shipped release ``data_version`` (default: the latest),
    byte for byte as released (and verified). With ``dataset``, those records in
    today's bundle format.
    """
    if dataset is None:
        return read_release(release_entry(data_version or DATA_VERSION))
    from nptexperts._releases.encoding import encode_bundle

    return encode_bundle(dataset)


def from_json(raw: bytes | str, name: str = "<JSON>") -> Dataset:
    """The :class:`~nptexperts.Dataset` in a JSON export of any bundle format, checked strictly.

    Raises :class:`~nptexperts.DataError` for bytes that are not JSON or not a valid
    export, with a fault for each bad field (its path, and what was expected).
    """
    from nptexperts._fault import YamlFile
    from nptexperts._records.converter import make_converter
    from nptexperts._records.locating import structure_faults

    plain = plain_bundle(raw, name)
    try:
        dataset: Dataset = make_converter().structure(plain, Dataset)
    except Exception as exc:  # cattrs raises groups of many kinds; all become faults
        raise DataError(structure_faults(exc, YamlFile(name, plain, {}))) from None
    return dataset


def records_digest(dataset: Dataset) -> str:
    """The digest of ``dataset``: its release's, if it is a shipped release; else its bundle's."""
    from nptexperts._api import load_dataset
    from nptexperts._errors import UnknownDataVersionError
    from nptexperts._releases.store import sha256_hex

    try:
        entry = release_entry(dataset.data_version)
    except UnknownDataVersionError:
        entry = None
    if entry is not None and load_dataset(data_version=dataset.data_version) == dataset:
        return entry.digest
    return sha256_hex(to_json(dataset))
