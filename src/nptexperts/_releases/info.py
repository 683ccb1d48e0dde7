"""What a release is: versions, content digest, counts, sources, rights and how to cite it.

Tools built on nptexperts pin a release by its data version and check that they
have exactly those records by the digest: the SHA-256 of the release's canonical
JSON bundle (its JSON export), recorded for every data release in the package's
catalogue, in its code (``_digests.py``) and in CHANGELOG.md, and checked at every
load: that catches a damaged or edited data file, but is not a signature (see
``nptexperts._releases.store`` and the curating guide for what it proves and what not).

>>> import nptexperts
>>> info = nptexperts.dataset_info()
>>> info.data_version == nptexperts.DATA_VERSION
True
>>> len(info.digest)
64
>>> info.counts.experts == len(nptexperts.load_experts())
True
>>> info.verified
True
>>> dataset_info(data_version="2026.1").digest[:12]
'd96bc75b1cc5'
"""

from __future__ import annotations

import datetime

import attrs

from nptexperts._api import StrPath, load_index
from nptexperts._releases.store import ReleaseCounts, release_entry, sha256_hex
from nptexperts._version import __version__

__all__ = [
    "CITATION_FILE",
    "CODE_LICENCE",
    "HOMEPAGE",
    "RIGHTS",
    "Counts",
    "DatasetInfo",
    "SourceInfo",
    "data_digest",
    "dataset_info",
]

#: The licence of the package's code and of this project's own texts.
CODE_LICENCE = "MIT"

#: Who owns which words, and on what terms they are here.
RIGHTS = (
    "The code and this project's own editorial texts are under the MIT licence. "
    "The English quotations, positions and context are PIR Center's published words "
    "(PIR Press release № 23 (81), 2025), reproduced with attribution to PIR Center; "
    "they are not relicensed. Every Russian text is an editorial translation made by "
    "this project, not PIR Center's wording; each text's provenance says which is which."
)

#: The project's home page: the one address that the exports' metadata gives as the
#: home page; the same as the wheel's ``Project-URL: Homepage`` (``[project.urls]``; a
#: test checks they agree). Pages of the documentation are under
#: :data:`nptexperts.export.schema.DOCS_URL`.
HOMEPAGE = "https://pypi.org/project/nptexperts/"

#: The package data file with the package's citation (a copy of the repository's
#: ``CITATION.cff``; a test checks that they are the same).
CITATION_FILE = "CITATION.cff"

_REPOSITORY_HINT = "nptexperts info --cite, or dataset_info().citation_cff"


@attrs.frozen
class SourceInfo:
    """A source of the release, in brief."""

    id: str
    #: The English title as published.
    title: str
    date: datetime.date
    url: str


#: Deprecated: the name of :class:`~nptexperts.ReleaseCounts` in ``dataset_info()``
#: before 0.3 (one counts type now).
Counts = ReleaseCounts


@attrs.frozen
class DatasetInfo:
    """The figures of one release (see :func:`dataset_info`)."""

    #: The package version (:data:`nptexperts.__version__`).
    package_version: str
    #: The version of the records (``YEAR.N``).
    data_version: str
    #: SHA-256 (hex) of the canonical JSON bundle of the records (their JSON export).
    digest: str
    counts: Counts
    sources: tuple[SourceInfo, ...]
    licence: str
    rights: str
    #: True for a shipped release: when it loaded, its catalogue entry was checked
    #: against the digests written in the package's code (``_digests.py``) and its
    #: bytes against that digest. That catches damage to the installed data files and
    #: edits of them; it is not a signature, and proves nothing against someone who
    #: can edit the installed code. False for a curator's directory (compiled, not
    #: released). (The name is kept for compatibility.)
    verified: bool = False

    def _repr_html_(self) -> str:
        """The figures as a table, for Jupyter (see :mod:`nptexperts.display`)."""
        from nptexperts.display import info_html

        return info_html(self)

    @property
    def citation(self) -> str:
        """How to cite the release and the package, in one paragraph.

        >>> "PIR Center" in dataset_info().citation
        True
        """
        sources = "; ".join(f"{s.title} ({s.date.isoformat()}), {s.url}" for s in self.sources)
        return (
            f"nptexperts {self.package_version}, data release {self.data_version} "
            f"(SHA-256 {self.digest}). Records of PIR Center's published texts: {sources}. "
            f"Please cite PIR Center's publication for the quotations and the package for "
            f"the curated records and editorial translations (see {_REPOSITORY_HINT})."
        )

    @property
    def citation_cff(self) -> str:
        """The package's citation in the Citation File Format (CFF 1.2.0), as YAML text.

        The repository's ``CITATION.cff``, shipped in the package (GitHub, Zenodo and
        ``cffconvert`` read it); ``nptexperts info --cite`` prints it.

        >>> dataset_info().citation_cff.startswith("# The citation of the nptexperts package")
        True
        """
        from importlib.resources import files

        return files("nptexperts").joinpath(CITATION_FILE).read_text(encoding="utf-8")


def data_digest(data_version: str | None = None) -> str:
    """The SHA-256 (hex) of a shipped release's bundle (default: the latest), as recorded.

    Every load of the release checks its bytes against this digest.

    >>> data_digest() == dataset_info().digest
    True
    """
    from nptexperts._version import DATA_VERSION

    return release_entry(data_version or DATA_VERSION).digest


def dataset_info(path: StrPath | None = None, *, data_version: str | None = None) -> DatasetInfo:
    """The versions, digest, counts, sources, rights and citation of the records.

    Without ``path``, a shipped release (``data_version``, default the latest): its
    digest is the one recorded for it, which its bytes were checked against when
    they loaded. With ``path``, a curator's YAML directory, whose digest is that of
    the bundle it compiles to.
    """
    index = load_index(path, data_version=data_version)
    dataset = index.dataset
    if path is None:
        digest = data_digest(dataset.data_version)
    else:
        from nptexperts._releases.encoding import encode_bundle

        digest = sha256_hex(encode_bundle(dataset))
    return DatasetInfo(
        package_version=__version__,
        data_version=dataset.data_version,
        digest=digest,
        counts=ReleaseCounts.of(dataset),
        sources=tuple(
            SourceInfo(id=s.id, title=s.title.en.value, date=s.date, url=s.url)
            for s in dataset.sources
        ),
        licence=CODE_LICENCE,
        rights=RIGHTS,
        verified=path is None,
    )
