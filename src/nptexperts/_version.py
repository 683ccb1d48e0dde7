"""The package's version and the version of the data it ships."""

from typing import Final

#: The package version (PEP 440). See the versioning policy in the README.
__version__ = "0.3.0"

#: The version of the shipped records: ``YEAR.N``, the N-th data release of that year.
#: It equals ``data_version`` in ``data/dataset.yaml`` (a test checks it).
#: Typed ``str``, not the literal: a dependent compares it with the version it pinned.
DATA_VERSION: Final[str] = "2026.4"
