"""Full-text search of experts and comments, in English and Russian.

**What is searched.** The experts' names (and other spellings), their positions and
the comments' bodies, in both languages; each of these is one *text*.

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

**Results.** One :class:`SearchMatch` per matching text, with every hit's
``(start, end)`` in the text as the record has it, ranked:

1. comments first, then positions, then names (and other spellings);
2. then texts with more hits first;
3. then in the experts' order, and within an expert in the order of its records,
   English before Russian.

A query without words (blank, or punctuation only) matches nothing.

The search index (word forms → texts) is built once per loaded dataset, on the
first search; a word's stem is looked up the first time a query's stem could be its
own, and the stem's texts kept. A search then checks only the texts that hold all of
its words; with a ``limit``, it ranks them from the index's word counts and builds a
:class:`SearchMatch` only for the ones it returns.

The parts, one job each: :mod:`~nptexperts._lookup.searched` (the texts searched),
:mod:`~nptexperts._lookup.queries` (a query's words and phrases),
:mod:`~nptexperts._lookup.matches` (:class:`SearchMatch`), and this module (the index
and the ranking).

>>> import nptexperts
>>> m = nptexperts.search('"ядерного оружия"', lang="ru", data_version="2026.2")[0]
>>> m
<SearchMatch zacharie-gross.prospects-2026.1 comment ru: 2 hits>
>>> [m.value[start:end] for start, end in m.hits]
['ядерным оружием', 'ядерным оружием']
>>> m.expert_name
'Захари Гросс'
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from nptexperts._api import load_index
from nptexperts._errors import InvalidArgumentError
from nptexperts._lookup.folding import fold
from nptexperts._lookup.index import Index
from nptexperts._lookup.matches import (
    FIELD_RANK,
    Hit,
    MatchDict,
    MatchField,
    MatchProvenance,
    SearchMatch,
    SearchResults,
)
from nptexperts._lookup.queries import Part, QueryWord, match, parse, pattern, search_fold, term
from nptexperts._lookup.searched import TOKEN, TextColumns, search_words, searched_texts
from nptexperts._records.lang import LANGUAGES, Lang, normalize_lang

__all__ = [
    "Hit",
    "MatchDict",
    "MatchField",
    "MatchProvenance",
    "SearchIndex",
    "SearchMatch",
    "SearchResults",
    "search",
    "search_fold",
    "search_words",
]

#: The bits of a ranking key that hold the text's number (and those that hold its hits).
_TEXT = (1 << 32) - 1
_HITS = (1 << 28) - 1


def _key(rank: int, hits: int, text: int) -> int:
    """A text's ranking key, one integer (cheaper to make and sort than a tuple): by field
    rank, then more hits first, then the text's number (the experts' order)."""
    return (rank << 60) | ((_HITS - hits) << 32) | text


class SearchIndex:
    """Stems and word forms → the texts they occur in, for one loaded dataset.

    Get the one for a loaded :class:`~nptexperts.Index` with :meth:`of` (built
    once, then kept with it); :func:`search` uses the shipped records' one.
    """

    __slots__ = (
        "_fields",
        "_ranks",
        "_stems",
        "_surface_forms",
        "_surfaces",
        "_token_texts",
        "_vocabulary",
    )

    def __init__(self, fields: TextColumns, token_texts: dict[str, dict[str, list[int]]]):
        self._fields = fields
        #: Each text's place in the ranking by field (comments first).
        self._ranks = [FIELD_RANK[f] for f in fields.field]
        #: Per language: a word as the texts write it → the texts (numbers in ``_fields``),
        #: each as many times as it has the word (the hits, counted without a pattern).
        self._token_texts = token_texts
        #: Per language: folded word → the words as the texts write them.
        self._surface_forms: dict[str, dict[str, list[str]]] = {}
        for lang, tokens in token_texts.items():
            forms: dict[str, list[str]] = {}
            for token in tokens:
                surface = fold(token)
                found = forms.get(surface)
                if found is None:
                    forms[surface] = [token]
                else:
                    found.append(token)
            self._surface_forms[lang] = forms
        #: Per language: the folded words, sorted (for prefixes).
        self._vocabulary = {lang: sorted(forms) for lang, forms in self._surface_forms.items()}
        #: Per language: folded word → the texts that have it, filled on first use.
        self._surfaces: dict[str, dict[str, list[int]]] = {lang: {} for lang in LANGUAGES}
        #: Per language: folded stem → (the texts with a word of that stem, those words as
        #: written), filled on first use of the stem.
        self._stems: dict[str, dict[str, tuple[list[int], list[str]]]] = {
            lang: {} for lang in LANGUAGES
        }

    def __repr__(self) -> str:
        words = sum(len(v) for v in self._vocabulary.values())
        return f"<SearchIndex of {len(self._fields)} texts, {words} words>"

    @classmethod
    def build(cls, index: Index) -> SearchIndex:
        """Index the texts of ``index`` (prefer :meth:`of`, which builds once per index).

        The build lists each word's texts and folds each distinct word once; it
        stems none. A word's stem is looked up the first time a query's stem could
        be its own: a word's stem is the word, folded, cut or changed only near its
        end (Snowball changes at most the last letters: "dying" → "die", «ядерного» →
        «ядерн»), so only the words that share the query stem's first letters are
        looked up, and each only once.
        """
        fields = searched_texts(index.experts)
        lists: dict[str, defaultdict[str, list[int]]] = {
            lang: defaultdict(list) for lang in LANGUAGES
        }
        findall = TOKEN.findall
        for n, (lang, text) in enumerate(zip(fields.lang, fields.text, strict=True)):
            by_token = lists[lang]
            for token in findall(text):
                by_token[token].append(n)
        return cls(fields, {lang: dict(tokens) for lang, tokens in lists.items()})

    @classmethod
    def of(cls, index: Index) -> SearchIndex:
        """The search index of ``index``, built on the first call and then kept with it."""
        return index.derived("search", cls.build)

    def _prefixed(self, lang: Lang, prefix: str) -> Iterator[str]:
        """The folded words of ``lang`` that start with ``prefix``."""
        vocab = self._vocabulary[lang]
        i = bisect.bisect_left(vocab, prefix)
        while i < len(vocab) and vocab[i].startswith(prefix):
            yield vocab[i]
            i += 1

    def _surface_texts(self, lang: Lang, surface: str) -> list[int]:
        """The texts with a word that folds to ``surface``."""
        found = self._surfaces[lang].get(surface)
        if found is None:
            tokens = self._surface_forms[lang][surface]
            by_token = self._token_texts[lang]
            if len(tokens) == 1:
                found = by_token[tokens[0]]
            else:
                found = sorted({n for token in tokens for n in by_token[token]})
            self._surfaces[lang][surface] = found
        return found

    def _stemmed(self, lang: Lang, stem: str) -> tuple[list[int], list[str]]:
        """The texts with a word whose stem is ``stem``, and those words as written."""
        found = self._stems[lang].get(stem)
        if found is None:
            texts: set[int] = set()
            forms: list[str] = []
            # Every word of that stem starts with the stem's first letters (see build).
            for surface in self._prefixed(lang, stem[: max(1, len(stem) - 2)]):
                for token in self._surface_forms[lang][surface]:
                    if term(lang, token)[1] == stem:
                        forms.append(token)
                        texts.update(self._token_texts[lang][token])
            found = self._stems[lang][stem] = (sorted(texts), forms)
        return found

    def _texts(self, lang: Lang, word: QueryWord) -> set[int]:
        out = set(self._stemmed(lang, word.stem)[0])
        if word.prefix:
            for surface in self._prefixed(lang, word.surface):
                out.update(self._surface_texts(lang, surface))
        return out

    def _forms(self, lang: Lang, word: QueryWord) -> set[str]:
        """The words, as the texts write them, that ``word`` matches."""
        out = set(self._stemmed(lang, word.stem)[1])
        if word.prefix:
            forms = self._surface_forms[lang]
            for surface in self._prefixed(lang, word.surface):
                out.update(forms[surface])
        return out

    def _candidates(self, lang: Lang, parts: Sequence[Part]) -> list[int]:
        sets = sorted((self._texts(lang, w) for part in parts for w in part), key=len)
        return sorted(sets[0].intersection(*sets[1:]))

    def _ranked(
        self, lang: Lang, parts: Sequence[Part]
    ) -> tuple[list[int], dict[int, tuple[Hit, ...]], list[re.Pattern[str]]]:
        """The texts of ``lang`` that match, each as its ranking key (:func:`_key`); the
        hits already found (by text); and the parts' patterns.

        A query of single words ranks its texts by counting their words: each hit is
        one word of the text that one of the query's words matches, and the index
        lists every text once per such word, so no pattern runs and no match is built
        until the results are cut to the limit. A phrase needs its pattern, run on
        every text that has all of its words.
        """
        forms = [[self._forms(lang, w) for w in part] for part in parts]
        if not all(f for part in forms for f in part):
            return [], {}, []
        patterns = [pattern(part) for part in forms]
        ranks = self._ranks
        if all(len(part) == 1 for part in parts):
            counts: Counter[int] = Counter()
            by_token = self._token_texts[lang]
            for token in set().union(*(part[0] for part in forms)):
                counts.update(by_token[token])
            if len(parts) == 1:  # every text counted has the word
                # _key, inlined: a third of a limited search's time at 100,000 experts.
                keys = [(ranks[n] << 60) | ((_HITS - c) << 32) | n for n, c in counts.items()]
                return keys, {}, patterns
            candidates = self._candidates(lang, parts)
            return [_key(ranks[n], counts[n], n) for n in candidates], {}, patterns
        keys, hits = [], {}
        for n in self._candidates(lang, parts):
            found = match(self._fields.text[n], patterns)
            if found:
                keys.append(_key(ranks[n], len(found), n))
                hits[n] = found
        return keys, hits, patterns

    def found(
        self, query: str, lang: str | None = None, *, limit: int | None = None
    ) -> tuple[SearchResults, int]:
        """The first ``limit`` texts that match ``query`` (all without a limit), ranked,
        and how many match in all (see the module's documentation)."""
        from nptexperts._args import MAX_QUERY_LENGTH, MAX_QUERY_PARTS, check_text, too_many_parts

        check_text(query, "the query", MAX_QUERY_LENGTH)
        code = normalize_lang(lang) if lang is not None else None
        keys: list[int] = []
        hits: dict[int, tuple[Hit, ...]] = {}
        patterns: dict[str, list[re.Pattern[str]]] = {}
        for each in LANGUAGES if code is None else (code,):
            parts = parse(query, each)
            if not parts:
                return SearchResults(), 0
            if len(parts) > MAX_QUERY_PARTS:
                raise too_many_parts(len(parts))
            ranked, found, patterns[each] = self._ranked(each, parts)
            keys += ranked
            hits.update(found)
        if limit is None or limit >= len(keys):
            shown = sorted(keys)
        else:
            shown = heapq.nsmallest(limit, keys)
        matches = []
        for key in shown:
            n = key & _TEXT
            f = self._fields[n]
            matches.append(
                SearchMatch(
                    expert_id=f.expert.id,
                    expert_name=f.expert.display_name(f.lang),
                    comment_id=f.comment.id if f.comment is not None else None,
                    field=f.field,
                    item=f.item,
                    lang=f.lang,
                    value=f.text,
                    hits=hits.get(n) or match(f.text, patterns[f.lang]),
                    provenance=f.provenance,
                    expert=f.expert,
                    comment=f.comment,
                )
            )
        return SearchResults(matches), len(keys)

    def search(
        self, query: str, lang: str | None = None, *, limit: int | None = None
    ) -> SearchResults:
        """Every text that matches ``query``, ranked (see the module's documentation);
        the first ``limit`` of them, with a limit (only those are built).

        ``lang`` (``"en"`` or ``"ru"``) searches the texts of one language; raises
        :class:`~nptexperts.UnsupportedLanguageError` for any other. A query longer
        than 500 characters, of more than 32 words and phrases, or not a string raises
        :class:`~nptexperts.InvalidArgumentError`, before any work is done.
        """
        return self.found(query, lang, limit=limit)[0]


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

    >>> [m.expert_id for m in search("Stefanovich", lang="en", data_version="2026.2")]
    ['dmitry-stefanovich']
    >>> len(search("the", limit=3))
    3
    """
    from nptexperts._args import check_limit

    limit = check_limit(limit)
    if index is not None and not isinstance(index, Index):
        raise InvalidArgumentError(f"index must be an Index, not {type(index).__name__}")
    if index is not None and data_version is not None:
        raise InvalidArgumentError("give data_version or index, not both")
    if index is None:
        index = load_index(data_version=data_version)
    return SearchIndex.of(index).search(query, lang, limit=limit)
