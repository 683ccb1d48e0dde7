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
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from nptexperts._records.models import Dataset

__all__ = ["DataRelease", "ReleaseCounts", "WithdrawnId", "data_releases"]


def frozen_counts(counts: Mapping[str, int]) -> Mapping[str, int]:
    return MappingProxyType(dict(counts))


def _frozen_digests(digests: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(digests))


@attrs.frozen
class ReleaseCounts:
    """How many records a release holds.

    The one counts type: :func:`~nptexperts.data_releases` gives a release's counts
    as its catalogue records them (``by_country`` empty: the catalogue does not
    record it), :func:`~nptexperts.dataset_info` with ``by_country`` filled in.
    """

    experts: int
    comments: int
    sources: int
    sections: int
    #: Experts per ISO 3166-1 alpha-2 code; experts of unknown country under ``"unknown"``.
    by_country: Mapping[str, int] = attrs.field(factory=dict, converter=frozen_counts)

    @classmethod
    def of(cls, dataset: Dataset) -> ReleaseCounts:
        """The counts of ``dataset``'s records, ``by_country`` included."""
        countries: dict[str, int] = {}
        for expert in dataset.experts:
            code = expert.country.code or "unknown"
            countries[code] = countries.get(code, 0) + 1
        return cls(
            experts=len(dataset.experts),
            comments=sum(len(e.comments) for e in dataset.experts),
            sources=len(dataset.sources),
            sections=len(dataset.sections),
            by_country=dict(sorted(countries.items())),
        )


@attrs.frozen
class WithdrawnId:
    """A released id that a release withdrew: looking it up names the replacement."""

    id: str
    #: The kind of record (``"expert"``, ``"comment"``…).
    kind: str
    #: Why it was withdrawn.
    reason: str
    #: The id that replaces it, where one does.
    replacement: str | None = None
    #: The data release that withdrew it.
    since: str = ""


@attrs.frozen
class DataRelease:
    """One shipped data release, as the catalogue records it."""

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
    #: The bundle's file in the package's ``compiled/`` folder.
    file: str = ""
    #: The size in bytes of the bundle's released (uncompressed) bytes, if recorded.
    size: int | None = None
    #: The SHA-256 of each source text (by file name) the release's spans point into.
    source_texts: Mapping[str, str] = attrs.field(factory=dict, converter=_frozen_digests)


def data_releases() -> tuple[DataRelease, ...]:
    """Every data release the package ships, oldest first; the last is the latest.

    As the catalogue records them (``compiled/releases.json``, parsed once into
    these frozen records). Loading a release checks its entry against the digests
    in the package's code.
    """
    from nptexperts._releases.store import catalogue

    return catalogue()
