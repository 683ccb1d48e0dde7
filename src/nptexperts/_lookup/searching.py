"""Full-text search of experts and comments, in English and Russian.

**What is searched.** :func:`search` searches the experts: their names (and other
spellings), their positions and the comments' bodies, in both languages; each of these
is one *text*, and each match a :class:`SearchMatch`, which always has its expert.
:func:`search_expectations` searches the expectations (data 2026.4 and later) and the
event they are about: each expectation's expected outcome, condition, reasoning and
notes, and the event's name, place, President, President's post and notes, in both
languages (the editors' words); each match is an
:class:`~nptexperts._lookup.expectation_matches.ExpectationMatch`, whose expert is
``None`` for PIR Center's summary and for the event. The two are separate calls with
separate types, so that code written for :func:`search` never meets a match without an
expert; the ``nptexperts search`` command runs both, and shows the expectations'
matches after the experts', under a heading of their own.

**How a query matches.** A query is words, and quoted phrases (``"…"``, ``«…»`` or
``“…”``). A text matches when *every* word of the query occurs in it, in any order,
and every phrase occurs in it with its words in order and next to each other.
Words are compared by their stems (Snowball, through ``snowballstemmer``), with the
stemmer of the text's language: "weapons" finds "weapon", «ядерного оружия» finds
«ядерным оружием». Searching both languages (``lang=None``), the query is stemmed
in English for the English texts and in Russian for the Russian ones. Before
stemming, case, accents and stress marks are ignored, ё is е and ’ is '
(:func:`nptexperts._lookup.folding.fold`, the one folding rule; й stays й for the stemmer).
The records' own words were stemmed when their release was compiled, so most
queries need no stemmer at run time (:mod:`nptexperts._lookup.stemming`).

**The last word may be cut short.** The query's last word, when nothing follows it
(not even a space or a closing quote), also matches any word it begins: "ядерн"
finds «ядерного», "nuclear weap" finds "nuclear weapons". End the query with a
space, or quote the word, to match whole words (and their forms) only.

**Results.** One match per matching text, with every hit's ``(start, end)`` in the
text as the record has it, ranked:

1. comments first, then positions, then names (and other spellings); in the
   expectations, what is expected and the condition first, then the reasoning, then
   the event's facts, then the notes (:data:`~nptexperts._lookup.matches.FIELD_RANK`);
2. then texts with more hits first;
3. then in the records' order (the experts', each expert's texts in the order of its
   records; the events, then the expectations), English before Russian.

A query without words (blank, or punctuation only) matches nothing.

The search index (word forms → texts) is built once per loaded dataset, on the
first search (the expectations' on the first search of them); a word's stem is looked up the first time a query's stem could be its
own, and the stem's texts kept. A search then checks only the texts that hold all of
its words; with a ``limit``, it ranks them from the index's word counts and builds a
:class:`SearchMatch` only for the ones it returns.

The parts, one job each: :mod:`~nptexperts._lookup.searched` (the texts searched),
:mod:`~nptexperts._lookup.queries` (a query's words and phrases),
:mod:`~nptexperts._lookup.wordindex` (the word index and the ranking),
:mod:`~nptexperts._lookup.searchindex` (:class:`SearchIndex`: the indexes of one loaded
dataset, and the matches they build), :mod:`~nptexperts._lookup.matches`
(:class:`SearchMatch`), :mod:`~nptexperts._lookup.expectation_matches`
(``ExpectationMatch``), and this module (the rules, and the calls).

>>> import nptexperts
>>> m = nptexperts.search('"ядерного оружия"', lang="ru", data_version="2026.2")[0]
>>> m
<SearchMatch zacharie-gross.prospects-2026.1 comment ru: 2 hits>
>>> [m.value[start:end] for start, end in m.hits]
['ядерным оружием', 'ядерным оружием']
>>> m.expert_name
'Захари Гросс'
>>> e = nptexperts.search_expectations("воли", lang="ru")[0]
>>> e.record_id, e.field.value, e.expert_id
('hamad-alkaabi.prospects-2026.1.expectation-1', 'expected', 'hamad-alkaabi')
"""

from __future__ import annotations

from nptexperts._api import load_index
from nptexperts._errors import InvalidArgumentError
from nptexperts._lookup.expectation_matches import ExpectationMatch, ExpectationSearchResults
from nptexperts._lookup.index import Index
from nptexperts._lookup.matches import (
    Hit,
    MatchDict,
    MatchField,
    MatchProvenance,
    SearchMatch,
    SearchResults,
)
from nptexperts._lookup.queries import search_fold
from nptexperts._lookup.searched import search_words
from nptexperts._lookup.searchindex import SearchIndex

__all__ = [
    "ExpectationMatch",
    "Hit",
    "MatchDict",
    "MatchField",
    "MatchProvenance",
    "SearchIndex",
    "SearchMatch",
    "SearchResults",
    "search",
    "search_expectations",
    "search_fold",
    "search_words",
]


def _index(index: Index | None, data_version: str | None) -> Index:
    if index is not None and not isinstance(index, Index):
        raise InvalidArgumentError(f"index must be an Index, not {type(index).__name__}")
    if index is not None and data_version is not None:
        raise InvalidArgumentError("give data_version or index, not both")
    return load_index(data_version=data_version) if index is None else index


def search(
    query: str,
    lang: str | None = None,
    *,
    limit: int | None = None,
    data_version: str | None = None,
    index: Index | None = None,
) -> SearchResults:
    """Search the experts' names and positions and the comments for ``query``.

    The rules (every word, phrases, stems, the last word as a prefix, the ranking)
    are in the module's documentation; the ``nptexperts search`` command follows
    them too; a query has at most 500 characters and 32 words and phrases (else
    :class:`~nptexperts.InvalidArgumentError`). ``limit`` (an ``int``, 0 or more)
    keeps the first ``limit`` results. ``data_version`` picks the
    shipped data release to search (default: the latest, as
    :func:`nptexperts.load_index`); ``index`` searches a loaded index instead.
    The expectations and the event are searched by :func:`search_expectations`.

    >>> [m.expert_id for m in search("Stefanovich", lang="en", data_version="2026.2")]
    ['dmitry-stefanovich']
    >>> len(search("the", limit=3))
    3
    """
    from nptexperts._args import check_limit

    limit = check_limit(limit)
    return SearchIndex.of(_index(index, data_version)).search(query, lang, limit=limit)


def search_expectations(
    query: str,
    lang: str | None = None,
    *,
    limit: int | None = None,
    data_version: str | None = None,
    index: Index | None = None,
) -> ExpectationSearchResults:
    """Search the expectations and the event they are about for ``query``.

    It looks in each expectation's expected outcome, condition, reasoning and notes,
    and in the event's name, place, President, President's post and notes, in both
    languages: the editors' words (:attr:`nptexperts.Dataset.expectations`, data 2026.4
    and later; an earlier release has none, and nothing matches). The quotes are not
    searched here: their words are the comments' that :func:`search` finds. The rules
    and the arguments are :func:`search`'s; each result is an ``ExpectationMatch``.

    >>> [(m.record_id, m.field.value) for m in search_expectations("disproved", lang="en")]
    [('hamad-alkaabi.prospects-2026.1.expectation-1', 'reasoning')]
    >>> [(m.record_id, m.field.value) for m in search_expectations("Вьетнама", lang="ru")]
    [('npt-revcon-2026', 'event_president_post')]
    """
    from nptexperts._args import check_limit

    limit = check_limit(limit)
    found = SearchIndex.of(_index(index, data_version)).found_expectations
    return ExpectationSearchResults(found(query, lang, limit=limit)[0])
