"""nptexperts: PIR Center's expert comments on the 2026 NPT Review Conference.

>>> import nptexperts
>>> experts = nptexperts.load_experts()
>>> kz = nptexperts.by_country("KZ")
>>> all(e.country.code == "KZ" for e in kz)
True
"""

from typing import TYPE_CHECKING

from nptexperts._version import DATA_VERSION, __version__
from nptexperts.api import (
    by_country,
    get_comment,
    get_expert,
    load_dataset,
    load_experts,
    load_index,
    source_text,
)
from nptexperts.errors import (
    DataError,
    InvalidArgumentError,
    NptExpertsError,
    OutputExistsError,
    UnknownCommentError,
    UnknownCountryError,
    UnknownDataVersionError,
    UnknownExpertError,
    UnknownIdError,
    UnknownSourceError,
    UnknownTableError,
    UnsupportedLanguageError,
    WithdrawnIdError,
)
from nptexperts.index import Index
from nptexperts.lang import LANGUAGES, Lang
from nptexperts.models import (
    AdvisoryBoard,
    Comment,
    CommentCoverage,
    CountryAttribution,
    CountryBasis,
    Dataset,
    DatasetNote,
    Expert,
    Honorific,
    LocalizedText,
    NameVariant,
    NoteTopic,
    Origin,
    Position,
    Provenance,
    Question,
    Section,
    Source,
    SourceCountry,
    Span,
    Text,
)

if TYPE_CHECKING:
    from nptexperts.changes import FieldChange, RecordChange, RecordRef, ReleaseDiff, diff
    from nptexperts.citing import cite
    from nptexperts.fault import Fault
    from nptexperts.frames import load_frame
    from nptexperts.info import DatasetInfo, data_digest, dataset_info
    from nptexperts.quotes import QuoteMatch, find_quote
    from nptexperts.releases import DataRelease, ReleaseCounts, WithdrawnId, data_releases
    from nptexperts.searching import SearchIndex, SearchMatch, search

#: Names imported on first use (PEP 562), to keep ``import nptexperts`` and the
#: shipped load light: each of these modules costs as much as loading the records
#: (see benchmarks/README.md). ``nptexperts.search`` and ``from nptexperts import
#: search`` work as for any other name.
_LAZY = {
    "Fault": "nptexperts.fault",
    "FieldChange": "nptexperts.changes",
    "RecordChange": "nptexperts.changes",
    "RecordRef": "nptexperts.changes",
    "ReleaseDiff": "nptexperts.changes",
    "diff": "nptexperts.changes",
    "DataRelease": "nptexperts.releases",
    "ReleaseCounts": "nptexperts.releases",
    "WithdrawnId": "nptexperts.releases",
    "data_releases": "nptexperts.releases",
    "DatasetInfo": "nptexperts.info",
    "data_digest": "nptexperts.info",
    "dataset_info": "nptexperts.info",
    "SearchIndex": "nptexperts.searching",
    "SearchMatch": "nptexperts.searching",
    "search": "nptexperts.searching",
    "load_frame": "nptexperts.frames",
    "cite": "nptexperts.citing",
    "QuoteMatch": "nptexperts.quotes",
    "find_quote": "nptexperts.quotes",
}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'nptexperts' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "DATA_VERSION",
    "LANGUAGES",
    "AdvisoryBoard",
    "Comment",
    "CommentCoverage",
    "CountryAttribution",
    "CountryBasis",
    "DataError",
    "DataRelease",
    "Dataset",
    "DatasetInfo",
    "DatasetNote",
    "Expert",
    "Fault",
    "FieldChange",
    "Honorific",
    "Index",
    "InvalidArgumentError",
    "Lang",
    "LocalizedText",
    "NameVariant",
    "NoteTopic",
    "NptExpertsError",
    "Origin",
    "OutputExistsError",
    "Position",
    "Provenance",
    "Question",
    "QuoteMatch",
    "RecordChange",
    "RecordRef",
    "ReleaseCounts",
    "ReleaseDiff",
    "SearchIndex",
    "SearchMatch",
    "Section",
    "Source",
    "SourceCountry",
    "Span",
    "Text",
    "UnknownCommentError",
    "UnknownCountryError",
    "UnknownDataVersionError",
    "UnknownExpertError",
    "UnknownIdError",
    "UnknownSourceError",
    "UnknownTableError",
    "UnsupportedLanguageError",
    "WithdrawnId",
    "WithdrawnIdError",
    "__version__",
    "by_country",
    "cite",
    "data_digest",
    "data_releases",
    "dataset_info",
    "diff",
    "find_quote",
    "get_comment",
    "get_expert",
    "load_dataset",
    "load_experts",
    "load_frame",
    "load_index",
    "search",
    "source_text",
]
