"""The data releases this package ships: :func:`data_releases`, oldest first.

Every data release ever published stays in the package, frozen byte for byte,
and loads by its version (``load_experts(data_version="2026.1")``), checked
against the digest recorded here. A tool pins a release by its version and
checks it by its digest.

>>> releases = data_releases()
>>> releases[0].data_version, releases[0].digest[:12], releases[0].first_package_version
('2026.1', 'd96bc75b1cc5', '0.1.0')
>>> releases[-1].data_version == __import__("nptexperts").DATA_VERSION
True
"""

from __future__ import annotations

import datetime

import attrs

from nptexperts._releases.store import catalogue

__all__ = ["DataRelease", "ReleaseCounts", "WithdrawnId", "data_releases"]


@attrs.frozen
class ReleaseCounts:
    """How many records a release holds."""

    experts: int
    comments: int
    sources: int
    sections: int


@attrs.frozen
class WithdrawnId:
    """A released id that this release withdrew: looking it up names the replacement."""

    id: str
    #: The kind of record (``"expert"``, ``"comment"``…).
    kind: str
    #: Why it was withdrawn.
    reason: str
    #: The id that replaces it, where one does.
    replacement: str | None = None


@attrs.frozen
class DataRelease:
    """One shipped data release."""

    #: The data version: ``YEAR.N``, the N-th data release of that year.
    data_version: str
    #: The day the release was compiled.
    date: datetime.date
    #: SHA-256 (hex) of the release's bundle: its JSON export, byte for byte.
    digest: str
    counts: ReleaseCounts
    #: The package version that first shipped the release.
    first_package_version: str
    #: The bundle format the release is written in (older formats load into today's types).
    bundle_format: int
    #: The ids this release withdrew.
    withdrawn: tuple[WithdrawnId, ...] = ()


def data_releases() -> tuple[DataRelease, ...]:
    """Every data release the package ships, oldest first; the last is the latest."""
    return tuple(
        DataRelease(
            data_version=e["data_version"],
            date=datetime.date.fromisoformat(e["date"]),
            digest=e["digest"],
            counts=ReleaseCounts(**e["counts"]),
            first_package_version=e["first_package_version"],
            bundle_format=e["bundle_format"],
            withdrawn=tuple(WithdrawnId(**w) for w in e["withdrawn"]),
        )
        for e in catalogue()
    )
