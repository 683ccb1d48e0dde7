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

from nptexperts.store import DataRelease, ReleaseCounts, WithdrawnId, catalogue

__all__ = ["DataRelease", "ReleaseCounts", "WithdrawnId", "data_releases"]


def data_releases() -> tuple[DataRelease, ...]:
    """Every data release the package ships, oldest first; the last is the latest.

    As the catalogue records them (parsed once into these frozen records). Loading a
    release checks its entry against the digests in the package's code.
    """
    return catalogue()
