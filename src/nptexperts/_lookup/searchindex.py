"""The search index of one loaded dataset (:class:`SearchIndex`): the experts' texts and,
built on first use, the expectations' and the events', each a
:class:`~nptexperts._lookup.wordindex.WordIndex`; and the matches it builds for the
results shown. The rules are in :mod:`nptexperts._lookup.searching`."""

from __future__ import annotations

import heapq
import re
from collections.abc import Sequence

from nptexperts._lookup.expectation_matches import ExpectationMatch
from nptexperts._lookup.index import Index
from nptexperts._lookup.matches import FIELD_RANK, Hit, SearchMatch, SearchResults
from nptexperts._lookup.queries import match, parse
from nptexperts._lookup.searched import (
    ExpectationTexts,
    TextColumns,
    expectation_texts,
    searched_texts,
)
from nptexperts._lookup.wordindex import TEXT_BITS, WordIndex
from nptexperts._records.lang import LANGUAGES, normalize_lang
from nptexperts._records.vocabularies import StatementPlace

__all__ = ["SearchIndex"]

#: What :meth:`SearchIndex._keys` gives: the ranked keys, the hits found, the patterns.
_Ranked = tuple[list[int], dict[int, tuple[Hit, ...]], dict[str, list[re.Pattern[str]]]]


class SearchIndex:
    """Stems and word forms → the texts they occur in, for one loaded dataset: the
    experts' texts, and (built on first use) the expectations' and the events'.

    Get the one for a loaded :class:`~nptexperts.Index` with :meth:`of` (built
    once, then kept with it); :func:`search` uses the shipped records' one.
    """

    __slots__ = ("_expectation_words", "_expectations", "_fields", "_index", "_words")

    def __init__(self, index: Index) -> None:
        self._index = index
        self._fields: TextColumns = searched_texts(index.experts)
        self._words = WordIndex(
            self._fields.lang, self._fields.text, [FIELD_RANK[f] for f in self._fields.field]
        )
        self._expectations: ExpectationTexts | None = None
        self._expectation_words: WordIndex | None = None

    def __repr__(self) -> str:
        return f"<SearchIndex of {len(self._words)} texts, {self._words.words()} words>"

    @classmethod
    def build(cls, index: Index) -> SearchIndex:
        """Index the texts of ``index`` (prefer :meth:`of`, which builds once per index).

        The build lists each word's texts and folds each distinct word once; it stems
        none (:class:`~nptexperts._lookup.wordindex.WordIndex`).
        """
        return cls(index)

    @classmethod
    def of(cls, index: Index) -> SearchIndex:
        """The search index of ``index``, built on the first call and then kept with it."""
        return index.derived("search", cls.build)

    def _keys(
        self, words: WordIndex, texts: Sequence[str], query: str, lang: str | None
    ) -> _Ranked | None:
        """The ranked keys of the texts that match ``query``; ``None`` for a query
        without words. Checks the query and the language first."""
        from nptexperts._args import MAX_QUERY_LENGTH, MAX_QUERY_PARTS, check_text, too_many_parts

        check_text(query, "the query", MAX_QUERY_LENGTH)
        code = normalize_lang(lang) if lang is not None else None
        keys: list[int] = []
        hits: dict[int, tuple[Hit, ...]] = {}
        patterns: dict[str, list[re.Pattern[str]]] = {}
        for each in LANGUAGES if code is None else (code,):
            parts = parse(query, each)
            if not parts:
                return None
            if len(parts) > MAX_QUERY_PARTS:
                raise too_many_parts(len(parts))
            ranked, found, patterns[each] = words.ranked(each, parts, texts)
            keys += ranked
            hits.update(found)
        return keys, hits, patterns

    @staticmethod
    def _shown(keys: list[int], limit: int | None) -> list[int]:
        if limit is None or limit >= len(keys):
            return sorted(keys)
        return heapq.nsmallest(limit, keys)

    def found(
        self, query: str, lang: str | None = None, *, limit: int | None = None
    ) -> tuple[SearchResults, int]:
        """The first ``limit`` of the experts' texts that match ``query`` (all without a
        limit), ranked, and how many match in all (see the module's documentation)."""
        f = self._fields
        ranked = self._keys(self._words, f.text, query, lang)
        if ranked is None:
            return SearchResults(), 0
        keys, hits, patterns = ranked
        matches = []
        names: dict[tuple[int, str], str] = {}  # an expert's name, made once per language
        for key in self._shown(keys, limit):
            n = key & TEXT_BITS
            expert, text, text_lang = f.expert[n], f.text[n], f.lang[n]
            name = names.get((id(expert), text_lang))
            if name is None:
                name = names[id(expert), text_lang] = expert.display_name(text_lang)
            matches.append(
                SearchMatch(
                    expert.id,
                    name,
                    None if (comment := f.comment[n]) is None else comment.id,
                    f.field[n],
                    f.item[n],
                    text_lang,
                    text,
                    hits.get(n) or match(text, patterns[text_lang]),
                    f.provenance[n],
                    expert,
                    comment,
                )
            )
        return SearchResults(matches), len(keys)

    def search(
        self, query: str, lang: str | None = None, *, limit: int | None = None
    ) -> SearchResults:
        """Every one of the experts' texts that matches ``query``, ranked (see the module's
        documentation); the first ``limit`` of them, with a limit (only those are built).

        ``lang`` (``"en"`` or ``"ru"``) searches the texts of one language; raises
        :class:`~nptexperts.UnsupportedLanguageError` for any other. A query longer
        than 500 characters, of more than 32 words and phrases, or not a string raises
        :class:`~nptexperts.InvalidArgumentError`, before any work is done.
        """
        return self.found(query, lang, limit=limit)[0]

    def _expectation_index(self) -> tuple[ExpectationTexts, WordIndex]:
        if self._expectations is None or self._expectation_words is None:
            dataset = self._index.dataset
            texts = expectation_texts(dataset.events, dataset.expectations)
            ranks = [FIELD_RANK[f] for f in texts.field]
            self._expectation_words = WordIndex(texts.lang, texts.text, ranks)
            self._expectations = texts
        return self._expectations, self._expectation_words

    def found_expectations(
        self, query: str, lang: str | None = None, *, limit: int | None = None
    ) -> tuple[tuple[ExpectationMatch, ...], int]:
        """As :meth:`found`, in the texts of the expectations and the events."""
        texts, words = self._expectation_index()
        ranked = self._keys(words, texts.text, query, lang)
        if ranked is None:
            return (), 0
        keys, hits, patterns = ranked
        matches = []
        for key in self._shown(keys, limit):
            n = key & TEXT_BITS
            text, text_lang = texts.text[n], texts.lang[n]
            event, expectation = texts.event[n], texts.expectation[n]
            expert_id = None if expectation is None else expectation.expert
            name = None
            if expert_id is not None:
                name = self._index.get_expert(expert_id).display_name(text_lang)
            stated_in = None
            if expectation is not None and expectation.place is not StatementPlace.SECTION_SUMMARY:
                stated_in = expectation.stated_in
            matches.append(
                ExpectationMatch(
                    event.id if expectation is None else expectation.id,
                    event.id,
                    expert_id,
                    name,
                    stated_in,
                    texts.field[n],
                    texts.item[n],
                    text_lang,
                    text,
                    hits.get(n) or match(text, patterns[text_lang]),
                    texts.provenance[n],
                    event,
                    expectation,
                )
            )
        return tuple(matches), len(keys)
