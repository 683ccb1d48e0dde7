"""nptexperts: PIR Center's expert comments on the 2026 NPT Review Conference.

>>> import nptexperts
>>> experts = nptexperts.load_experts()
>>> kz = nptexperts.by_country("KZ")
>>> all(e.country.code == "KZ" for e in kz)
True
"""

from typing import TYPE_CHECKING

from nptexperts._api import (
    by_country,
    expectations,
    get_comment,
    get_event,
    get_expert,
    load_dataset,
    load_experts,
    load_index,
    source_text,
)
from nptexperts._errors import (
    DataError,
    InvalidArgumentError,
    NptExpertsError,
    OutputExistsError,
    UnknownCommentError,
    UnknownCountryError,
    UnknownDataVersionError,
    UnknownEventError,
    UnknownExpertError,
    UnknownIdError,
    UnknownSourceError,
    UnknownTableError,
    UnsupportedLanguageError,
    WithdrawnIdError,
)
from nptexperts._lookup.index import Experts, Index
from nptexperts._records.lang import LANGUAGES, Lang, normalize_lang
from nptexperts._records.models import (
    AdvisoryBoard,
    Comment,
    CommentCoverage,
    CountryAttribution,
    CountryBasis,
    Dataset,
    DatasetNote,
    Event,
    EventOutcome,
    Expectation,
    Expert,
    ExternalSource,
    Honorific,
    Judge,
    LocalizedText,
    NameVariant,
    Note,
    NoteTopic,
    Origin,
    Position,
    Provenance,
    Question,
    Resolution,
    Section,
    Source,
    SourceCountry,
    Span,
    StatementPlace,
    Text,
)
from nptexperts._version import DATA_VERSION, __version__

if TYPE_CHECKING:
    from nptexperts._citing import cite
    from nptexperts._fault import Fault
    from nptexperts._frames import load_frame
    from nptexperts._lookup.collation import sort_key
    from nptexperts._lookup.expectation_matches import ExpectationSearchResults
    from nptexperts._lookup.quotes import QuoteMatch, find_quote
    from nptexperts._lookup.searching import (
        ExpectationMatch,
        Hit,
        MatchDict,
        MatchField,
        SearchIndex,
        SearchMatch,
        SearchResults,
        search,
        search_expectations,
    )
    from nptexperts._releases.changes import (
        FieldChange,
        RecordChange,
        RecordKind,
        RecordRef,
        ReleaseDiff,
        diff,
    )
    from nptexperts._releases.info import Counts, DatasetInfo, SourceInfo, data_digest, dataset_info
    from nptexperts._releases.releases import DataRelease, ReleaseCounts, WithdrawnId, data_releases

#: Names imported on first use (PEP 562), to keep ``import nptexperts`` and the
#: shipped load light: each of these modules costs as much as loading the records
#: (see benchmarks/README.md). ``nptexperts.search`` and ``from nptexperts import
#: search`` work as for any other name.
_LAZY = {
    "Fault": "nptexperts._fault",
    "FieldChange": "nptexperts._releases.changes",
    "RecordChange": "nptexperts._releases.changes",
    "RecordKind": "nptexperts._releases.changes",
    "RecordRef": "nptexperts._releases.changes",
    "ReleaseDiff": "nptexperts._releases.changes",
    "diff": "nptexperts._releases.changes",
    "DataRelease": "nptexperts._releases.releases",
    "ReleaseCounts": "nptexperts._releases.releases",
    "WithdrawnId": "nptexperts._releases.releases",
    "data_releases": "nptexperts._releases.releases",
    "DatasetInfo": "nptexperts._releases.info",
    "Counts": "nptexperts._releases.info",
    "SourceInfo": "nptexperts._releases.info",
    "data_digest": "nptexperts._releases.info",
    "dataset_info": "nptexperts._releases.info",
    "SearchIndex": "nptexperts._lookup.searching",
    "SearchMatch": "nptexperts._lookup.searching",
    "SearchResults": "nptexperts._lookup.searching",
    "Hit": "nptexperts._lookup.searching",
    "MatchDict": "nptexperts._lookup.searching",
    "MatchField": "nptexperts._lookup.searching",
    "search": "nptexperts._lookup.searching",
    "ExpectationMatch": "nptexperts._lookup.searching",
    "search_expectations": "nptexperts._lookup.searching",
    "ExpectationSearchResults": "nptexperts._lookup.expectation_matches",
    "load_frame": "nptexperts._frames",
    "sort_key": "nptexperts._lookup.collation",
    "cite": "nptexperts._citing",
    "QuoteMatch": "nptexperts._lookup.quotes",
    "find_quote": "nptexperts._lookup.quotes",
}

#: Submodules that are attributes of the package on first use, as if imported
#: (``nptexperts.display.set_language("ru")`` right after ``import nptexperts``).
_SUBMODULES = frozenset({"display"})


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None and name in _SUBMODULES:
        import importlib

        return importlib.import_module(f"nptexperts.{name}")
    if module is None:
        raise AttributeError(f"module 'nptexperts' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, *_SUBMODULES})


__all__ = [
    "DATA_VERSION",
    "LANGUAGES",
    "AdvisoryBoard",
    "Comment",
    "CommentCoverage",
    "CountryAttribution",
    "CountryBasis",
    "Counts",
    "DataError",
    "DataRelease",
    "Dataset",
    "DatasetInfo",
    "DatasetNote",
    "Event",
    "EventOutcome",
    "Expectation",
    "ExpectationMatch",
    "ExpectationSearchResults",
    "Expert",
    "Experts",
    "ExternalSource",
    "Fault",
    "FieldChange",
    "Hit",
    "Honorific",
    "Index",
    "InvalidArgumentError",
    "Judge",
    "Lang",
    "LocalizedText",
    "MatchDict",
    "MatchField",
    "NameVariant",
    "Note",
    "NoteTopic",
    "NptExpertsError",
    "Origin",
    "OutputExistsError",
    "Position",
    "Provenance",
    "Question",
    "QuoteMatch",
    "RecordChange",
    "RecordKind",
    "RecordRef",
    "ReleaseCounts",
    "ReleaseDiff",
    "Resolution",
    "SearchIndex",
    "SearchMatch",
    "SearchResults",
    "Section",
    "Source",
    "SourceCountry",
    "SourceInfo",
    "Span",
    "StatementPlace",
    "Text",
    "UnknownCommentError",
    "UnknownCountryError",
    "UnknownDataVersionError",
    "UnknownEventError",
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
    "expectations",
    "find_quote",
    "get_comment",
    "get_event",
    "get_expert",
    "load_dataset",
    "load_experts",
    "load_frame",
    "load_index",
    "normalize_lang",
    "search",
    "search_expectations",
    "sort_key",
    "source_text",
]
