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
its words.

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
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal, NamedTuple, TypedDict

import attrs

from nptexperts._api import load_index
from nptexperts._deprecation import deprecated
from nptexperts._errors import InvalidArgumentError
from nptexperts._lookup.folding import fold
from nptexperts._lookup.index import Index
from nptexperts._lookup.stemming import stem, stem_input
from nptexperts._records.lang import LANGUAGES, Lang, normalize_lang
from nptexperts._records.models import Comment, Expert, Origin, Provenance

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

#: Which text of a record matched.
MatchField = Literal["name", "name_variant", "position", "comment"]

#: Fields in the order results rank them (comments first).
FIELD_RANK: dict[str, int] = {"comment": 0, "position": 1, "name": 2, "name_variant": 2}

#: A word of a text: letters, digits and the combining marks (stress, breve) inside them.
_TOKEN = re.compile(r"[\w\u0300-\u036f]+")
#: Where a word starts and ends, and what may stand between the words of a phrase.
_START, _END = r"(?<![\w\u0300-\u036f])", r"(?![\w\u0300-\u036f])"
_GAP = r"[^\w\u0300-\u036f]+"
#: What opens or closes a quoted phrase in a query, each made a plain ``"`` (a
#: translation, not a pattern: one fewer regular expression to compile at start).
_QUOTES = str.maketrans(dict.fromkeys('"“”«»„', '"'))


class MatchProvenance(TypedDict):
    """The provenance of a matched text, as :class:`MatchDict` gives it."""

    source: str
    #: ``"published"``, ``"editorial_translation"`` or ``"editorial"``.
    origin: str


class MatchDict(TypedDict):
    """:meth:`SearchMatch.as_dict`: one line of ``search --json`` (its schema:
    ``nptexperts schema --shape search``)."""

    record_id: str
    expert_id: str
    expert_name: str
    comment_id: str | None
    field: MatchField
    #: Which position or other spelling (from 0); 0 for a name or a comment.
    item: int
    lang: Lang
    provenance: MatchProvenance
    value: str
    #: ``[start, end]`` offsets of each hit in ``value`` (code points, end exclusive).
    hits: list[list[int]]


class SearchResults(tuple["SearchMatch", ...]):
    """The matches of a search, best first: a tuple that Jupyter shows as one table,
    every hit highlighted (``nptexperts.display.search_html()``)."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The results as one table, for Jupyter."""
        from nptexperts.display import search_html

        return search_html(self)


class Hit(NamedTuple):
    """Where one hit is in a text: ``value[start:end]`` (offsets in code points)."""

    start: int
    end: int


def search_fold(text: str) -> str:
    """``text`` as the search compares it (:func:`nptexperts._lookup.folding.fold`).

    >>> search_fold("  Ёлка’s   ЁЖ ")
    "елка's еж"
    """
    return fold(text)


def _term(lang: Lang, token: str) -> tuple[str, str]:
    """A word's folded form (for prefixes) and its folded stem in ``lang``."""
    return fold(token), fold(stem(lang, stem_input(token)))


def search_words(experts: Iterable[Expert]) -> dict[Lang, set[str]]:
    """Every word the search indexes in ``experts``' texts, per language, as the
    stemmer takes it (``nptexperts._lookup.stemming.stem_input``): what a release's
    shipped stems cover."""
    words: dict[Lang, set[str]] = {lang: set() for lang in LANGUAGES}
    for f in _fields(experts):
        words[f.lang].update(stem_input(token) for token in _TOKEN.findall(f.text))
    return words


@attrs.frozen(repr=False)
class SearchMatch:
    """One text that matched a query, with every hit in it.

    >>> import nptexperts
    >>> m = nptexperts.search('"nuclear weapons"', lang="en", data_version="2026.2")[0]
    >>> m.record_id, m.field, m.provenance.label
    ('zacharie-gross.prospects-2026.1', 'comment', 'published')
    >>> m.snippet(context=20)
    '…dialogue between [nuclear weapon] states and non-[nuclear weapon] states on nuclear…'
    """

    #: The expert's id.
    expert_id: str
    #: The expert's display name in the language of the text (:meth:`Expert.display_name`).
    expert_name: str
    #: The comment's id, for a match in a comment; ``None`` for a match in the expert's record.
    comment_id: str | None
    field: MatchField
    #: Which of the expert's positions or other spellings matched (from 0); 0 otherwise.
    item: int
    lang: Lang
    #: The whole text that matched, as the record has it.
    value: str
    #: Every hit, in order, not overlapping: ``value[start:end]``.
    hits: tuple[Hit, ...]
    #: Where the text comes from (published wording or editorial translation).
    provenance: Provenance
    # Held for :attr:`expert` and :attr:`comment`; left out of the repr and of equality.
    _expert: Expert = attrs.field(alias="expert", eq=False)
    _comment: Comment | None = attrs.field(alias="comment", eq=False)

    def __repr__(self) -> str:
        n = len(self.hits)
        return f"<SearchMatch {self.record_id} {self.field} {self.lang}: {n} hit{'s' * (n != 1)}>"

    @property
    def record_id(self) -> str:
        """The id of the comment, or of the expert for a match outside comments."""
        return self.comment_id if self.comment_id is not None else self.expert_id

    @property
    def expert(self) -> Expert:
        """The expert whose record matched."""
        return self._expert

    @property
    def comment(self) -> Comment | None:
        """The comment that matched, or ``None`` for a match in the expert's record."""
        return self._comment

    @property
    def matched(self) -> tuple[str, ...]:
        """The words of every hit, as the record writes them."""
        return tuple(self.value[start:end] for start, end in self.hits)

    # -- the 0.1.0 names, kept for one release -------------------------------------

    @property
    @deprecated(
        "SearchMatch.text is deprecated since nptexperts 0.2.0 and will be removed in 0.3.0:"
        " use SearchMatch.value"
    )
    def text(self) -> str:
        """Deprecated since 0.2.0 (removed in 0.3.0): the field :attr:`value`."""
        return self.value

    @property
    @deprecated(
        "SearchMatch.start is deprecated since nptexperts 0.2.0 and will be removed in 0.3.0:"
        " use SearchMatch.hits[0].start"
    )
    def start(self) -> int:
        """Deprecated since 0.2.0 (removed in 0.3.0): where the first hit starts (:attr:`hits`)."""
        return self.hits[0].start

    @property
    @deprecated(
        "SearchMatch.end is deprecated since nptexperts 0.2.0 and will be removed in 0.3.0:"
        " use SearchMatch.hits[0].end"
    )
    def end(self) -> int:
        """Deprecated since 0.2.0 (removed in 0.3.0): where the first hit ends (:attr:`hits`)."""
        return self.hits[0].end

    def segments(self, context: int | None = 40) -> tuple[tuple[str, bool], ...]:
        """The text cut to the hits and ``context`` characters around each, as pieces.

        Each piece is ``(text, is_hit)``; cut parts are ``…``, and any run of white
        space is one space. ``context=None`` keeps the whole text.

        >>> import nptexperts
        >>> m = nptexperts.search("Stefanovich", lang="en", data_version="2026.2")[0]
        >>> m.segments()
        (('Dmitry ', False), ('Stefanovich', True))
        """
        text, hits = self.value, self.hits
        if context is None or not hits:
            windows = [(0, len(text))]
        else:
            windows = []
            for start, end in hits:
                a, b = max(0, start - context), min(len(text), end + context)
                if a > 0:  # start after a space, if there is one before the hit
                    space = text.find(" ", a, start)
                    a = space + 1 if space >= 0 else a
                if b < len(text):  # end before a space, if there is one after the hit
                    space = text.rfind(" ", end, b)
                    b = space if space >= 0 else b
                if windows and a <= windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(b, windows[-1][1]))
                else:
                    windows.append((a, b))
        pieces: list[tuple[str, bool]] = []
        for w, (a, b) in enumerate(windows):
            if a > 0 and w == 0:
                pieces.append(("…", False))
            elif w > 0:
                pieces.append((" … ", False))
            pos = a
            for start, end in hits:
                if start < a or end > b:
                    continue
                if start > pos:
                    pieces.append((_spaces(text[pos:start]), False))
                pieces.append((_spaces(text[start:end]), True))
                pos = end
            if b > pos:
                pieces.append((_spaces(text[pos:b]), False))
            if w == len(windows) - 1 and b < len(text):
                pieces.append(("…", False))
        return tuple((piece, hit) for piece, hit in pieces if piece)

    def snippet(self, context: int | None = 40, *, mark: tuple[str, str] = ("[", "]")) -> str:
        """The hits in context (:meth:`segments`), each hit between the two ``mark`` strings."""
        return "".join(f"{mark[0]}{p}{mark[1]}" if hit else p for p, hit in self.segments(context))

    def as_dict(self) -> MatchDict:
        """The match as the ``search --json`` lines give it (schema ``search-result.schema.json``).

        >>> import nptexperts
        >>> d = nptexperts.search("Stefanovich", lang="en", data_version="2026.2")[0].as_dict()
        >>> d["record_id"], d["field"], d["hits"]
        ('dmitry-stefanovich', 'name', [[7, 18]])
        """
        return {
            "record_id": self.record_id,
            "expert_id": self.expert_id,
            "expert_name": self.expert_name,
            "comment_id": self.comment_id,
            "field": self.field,
            "item": self.item,
            "lang": self.lang,
            "provenance": {
                "source": self.provenance.source,
                "origin": self.provenance.origin.value,
            },
            "value": self.value,
            "hits": [[start, end] for start, end in self.hits],
        }


_SPACE = re.compile(r"\s+")


def _spaces(text: str) -> str:
    return _SPACE.sub(" ", text)


class _Field:
    """One searchable text of a record. (Private helper classes are plain slotted
    classes: a NamedTuple or an attrs class costs ten times as much to create, at
    every command's start.)"""

    __slots__ = ("comment", "expert", "field", "item", "lang", "provenance", "text")

    expert: Expert
    comment: Comment | None
    field: MatchField
    item: int
    lang: Lang
    text: str
    provenance: Provenance

    def __init__(
        self,
        expert: Expert,
        comment: Comment | None,
        field: MatchField,
        item: int,
        lang: Lang,
        text: str,
        provenance: Provenance,
    ) -> None:
        self.expert, self.comment, self.field, self.item = expert, comment, field, item
        self.lang, self.text, self.provenance = lang, text, provenance


def _fields(experts: Iterable[Expert]) -> Iterator[_Field]:
    for expert in experts:
        for lang in LANGUAGES:
            loc = expert.name.localized(lang)
            yield _Field(expert, None, "name", 0, lang, loc.value, loc.provenance)
        names = {fold(expert.name.text(lang)) for lang in LANGUAGES}
        for n, variant in enumerate(expert.name_variants):
            if fold(variant.value) in names:
                continue  # differs from the name only in folding (a no-break space)
            prov = Provenance(variant.source, Origin.PUBLISHED)
            yield _Field(expert, None, "name_variant", n, variant.lang, variant.value, prov)
        for n, position in enumerate(expert.positions):
            for lang in LANGUAGES:
                loc = position.title.localized(lang)
                yield _Field(expert, None, "position", n, lang, loc.value, loc.provenance)
        for comment in expert.comments:
            for lang in LANGUAGES:
                loc = comment.body.localized(lang)
                yield _Field(expert, comment, "comment", 0, lang, loc.value, loc.provenance)


class _Word:
    """One word of a query: folded, its stem, and whether it is a prefix too."""

    __slots__ = ("prefix", "stem", "surface")

    surface: str
    stem: str
    #: Whether the word also matches the words it begins (the query's last word).
    prefix: bool

    def __init__(self, surface: str, stem: str, prefix: bool) -> None:
        self.surface, self.stem, self.prefix = surface, stem, prefix


#: One part of a query: a word (one ``_Word``) or a quoted phrase (its words, in order).
_Part = tuple[_Word, ...]


def _parse(query: str, lang: Lang) -> list[_Part]:
    parts: list[_Part] = []
    pieces = query.translate(_QUOTES).split('"')
    for n, piece in enumerate(pieces):
        quoted = n % 2 == 1
        words: list[_Word] = []
        for m in _TOKEN.finditer(piece):
            token = m.group()
            surface, stem = _term(lang, token)
            last = n == len(pieces) - 1 and not quoted and m.end() == len(piece)
            words.append(_Word(surface, stem, last))
        if quoted and len(words) > 1:
            parts.append(tuple(words))
        else:
            parts += [(w,) for w in words]
    return parts


class SearchIndex:
    """Stems and word forms → the texts they occur in, for one loaded dataset.

    Get the one for a loaded :class:`~nptexperts.Index` with :meth:`of` (built
    once, then kept with it); :func:`search` uses the shipped records' one.
    """

    __slots__ = ("_fields", "_stems", "_surface_forms", "_surfaces", "_token_texts", "_vocabulary")

    def __init__(self, fields: tuple[_Field, ...], token_texts: dict[str, dict[str, list[int]]]):
        self._fields = fields
        #: Per language: a word as the texts write it → the texts (numbers in ``_fields``).
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
        fields = tuple(_fields(index.experts))
        token_texts: dict[str, dict[str, list[int]]] = {lang: {} for lang in LANGUAGES}
        for n, f in enumerate(fields):
            by_token = token_texts[f.lang]
            for token in set(_TOKEN.findall(f.text)):
                texts = by_token.get(token)
                if texts is None:
                    by_token[token] = [n]
                else:
                    texts.append(n)
        return cls(fields, token_texts)

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
                    if _term(lang, token)[1] == stem:
                        forms.append(token)
                        texts.update(self._token_texts[lang][token])
            found = self._stems[lang][stem] = (sorted(texts), forms)
        return found

    def _texts(self, lang: Lang, word: _Word) -> set[int]:
        out = set(self._stemmed(lang, word.stem)[0])
        if word.prefix:
            for surface in self._prefixed(lang, word.surface):
                out.update(self._surface_texts(lang, surface))
        return out

    def _forms(self, lang: Lang, word: _Word) -> set[str]:
        """The words, as the texts write them, that ``word`` matches."""
        out = set(self._stemmed(lang, word.stem)[1])
        if word.prefix:
            forms = self._surface_forms[lang]
            for surface in self._prefixed(lang, word.surface):
                out.update(forms[surface])
        return out

    def _candidates(self, lang: Lang, parts: Sequence[_Part]) -> list[int]:
        sets = sorted((self._texts(lang, w) for part in parts for w in part), key=len)
        return sorted(sets[0].intersection(*sets[1:]))

    def _patterns(self, lang: Lang, parts: Sequence[_Part]) -> list[re.Pattern[str]] | None:
        """One pattern per part: the written forms its words match, whole words, in order."""
        patterns = []
        for part in parts:
            alternatives = []
            for word in part:
                forms = sorted(self._forms(lang, word), key=lambda f: (-len(f), f))
                if not forms:
                    return None
                alternatives.append("(?:" + "|".join(map(re.escape, forms)) + ")")
            patterns.append(re.compile(_START + _GAP.join(alternatives) + _END))
        return patterns

    @staticmethod
    def _match(text: str, patterns: Sequence[re.Pattern[str]]) -> tuple[Hit, ...]:
        """Every hit of the parts' ``patterns`` in ``text``, or none when a part is missing."""
        spans: list[tuple[int, int]] = []
        for pattern in patterns:
            found = [m.span() for m in pattern.finditer(text)]
            if not found:
                return ()
            spans += found
        spans.sort()
        hits: list[Hit] = []
        for start, end in spans:
            if hits and start <= hits[-1].end:
                hits[-1] = Hit(hits[-1].start, max(end, hits[-1].end))
            else:
                hits.append(Hit(start, end))
        return tuple(hits)

    def search(self, query: str, lang: str | None = None) -> SearchResults:
        """Every text that matches ``query``, ranked (see the module's documentation).

        ``lang`` (``"en"`` or ``"ru"``) searches the texts of one language; raises
        :class:`~nptexperts.UnsupportedLanguageError` for any other. A query longer
        than 500 characters, of more than 32 words and phrases, or not a string raises
        :class:`~nptexperts.InvalidArgumentError`, before any work is done.
        """
        from nptexperts._args import MAX_QUERY_LENGTH, MAX_QUERY_PARTS, check_text, too_many_parts

        check_text(query, "the query", MAX_QUERY_LENGTH)
        code = normalize_lang(lang) if lang is not None else None
        found: list[tuple[tuple[int, int, int], SearchMatch]] = []
        for each in LANGUAGES if code is None else (code,):
            parts = _parse(query, each)
            if not parts:
                return SearchResults()
            if len(parts) > MAX_QUERY_PARTS:
                raise too_many_parts(len(parts))
            patterns = self._patterns(each, parts)
            if patterns is None:
                continue
            for n in self._candidates(each, parts):
                f = self._fields[n]
                if f.lang != each:
                    continue
                hits = self._match(f.text, patterns)
                if not hits:
                    continue
                match = SearchMatch(
                    expert_id=f.expert.id,
                    expert_name=f.expert.display_name(f.lang),
                    comment_id=f.comment.id if f.comment is not None else None,
                    field=f.field,
                    item=f.item,
                    lang=f.lang,
                    value=f.text,
                    hits=hits,
                    provenance=f.provenance,
                    expert=f.expert,
                    comment=f.comment,
                )
                found.append(((FIELD_RANK[f.field], -len(hits), n), match))
        found.sort(key=lambda pair: pair[0])
        return SearchResults(match for _, match in found)


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
    found = SearchIndex.of(index).search(query, lang)
    return SearchResults(found if limit is None else found[:limit])
