"""Full-text search of experts and comments, in English and Russian.

A query matches where its words start words of a text: ``"nuclear risk"``
matches "nuclear risk reduction" and ``"ядерн"`` matches "ядерных" (a query's
last word may be the start of a word, which suits Russian endings), but
``"clear"`` does not match "nuclear". Matching ignores case, accents and
stress marks, treats ё as е and ’ as ', and takes any run of white space as
one space, as :func:`nptexperts.folding.fold` does.

The searched texts are the experts' names (and name variants), their positions
and the comments' bodies, in both languages. Each :class:`SearchMatch` says
where the match is in the original text, so that it can be shown in context.

The search index (folded word tokens → texts) is built once per loaded
dataset, on the first search; a search then costs the postings of its words
plus the candidate texts it checks, not a scan of every record.

>>> import nptexperts
>>> matches = nptexperts.search("ЯДЕРНОГО")
>>> all(m.lang == "ru" for m in matches) and len(matches) > 0
True
>>> m = matches[0]
>>> m.text[m.start:m.end].casefold()
'ядерного'
"""

from __future__ import annotations

import bisect
import re
import threading
import weakref
from collections.abc import Iterable, Sequence
from typing import Literal

import attrs

from nptexperts.api import load_index
from nptexperts.folding import fold, fold_char
from nptexperts.index import Index
from nptexperts.lang import LANGUAGES, Lang, normalize_lang
from nptexperts.models import Comment, Expert, Origin, Provenance

__all__ = ["MatchField", "SearchIndex", "SearchMatch", "search", "search_fold"]

#: Which text of a record matched.
MatchField = Literal["name", "name_variant", "position", "comment"]

_WORD = re.compile(r"\w+")


def _fold_with_offsets(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` folded, and for each folded character the index of its original character."""
    out: list[str] = []
    offsets: list[int] = []
    space = True  # drops leading white space
    for i, ch in enumerate(text):
        for f in fold_char(ch):
            if f.isspace():
                if not space:
                    out.append(" ")
                    offsets.append(i)
                    space = True
            else:
                out.append(f)
                offsets.append(i)
                space = False
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), tuple(offsets)


def search_fold(text: str) -> str:
    """``text`` as the search compares it (:func:`nptexperts.folding.fold`).

    >>> search_fold("  Ёлка’s   ЁЖ ")
    "елка's еж"
    """
    return fold(text)


@attrs.frozen
class SearchMatch:
    """One place where a query matched, with the record it is in.

    ``text[start:end]`` is the matched part of the original (unfolded) ``text``.
    """

    expert: Expert
    #: The comment, for a match in a comment; ``None`` for a match in the expert's record.
    comment: Comment | None
    field: MatchField
    lang: Lang
    #: The whole text that matched, as the record has it.
    text: str
    start: int
    end: int
    #: Where the text comes from (published wording or editorial translation).
    provenance: Provenance

    @property
    def matched(self) -> str:
        """The matched words, as the record writes them."""
        return self.text[self.start : self.end]

    @property
    def record_id(self) -> str:
        """The id of the comment, or of the expert for a match outside comments."""
        return self.comment.id if self.comment is not None else self.expert.id

    def context(self, width: int = 40) -> tuple[str, str, str]:
        """The text before the match (at most ``width`` characters), the match, and after it.

        Cut ends are marked with ``…``; line breaks become spaces.
        """
        before = self.text[max(0, self.start - width) : self.start]
        after = self.text[self.end : self.end + width]
        if self.start > width:
            before = "…" + before
        if self.end + width < len(self.text):
            after += "…"
        return (
            " ".join(before.split()) + (" " if before[-1:].isspace() else ""),
            " ".join(self.matched.split()),
            (" " if after[:1].isspace() else "") + " ".join(after.split()),
        )


@attrs.frozen
class _Field:
    expert: Expert
    comment: Comment | None
    field: MatchField
    lang: Lang
    text: str
    provenance: Provenance
    folded: str
    offsets: tuple[int, ...]


def _fields(
    index: Index,
) -> Iterable[tuple[Expert, Comment | None, MatchField, Lang, str, Provenance]]:
    for expert in index.experts:
        for lang in LANGUAGES:
            loc = expert.name.localized(lang)
            yield expert, None, "name", lang, loc.value, loc.provenance
        for variant in expert.name_variants:
            prov = Provenance(variant.source, Origin.PUBLISHED)
            yield expert, None, "name_variant", variant.lang, variant.value, prov
        for position in expert.positions:
            for lang in LANGUAGES:
                loc = position.title.localized(lang)
                yield expert, None, "position", lang, loc.value, loc.provenance
        for comment in expert.comments:
            for lang in LANGUAGES:
                loc = comment.body.localized(lang)
                yield expert, comment, "comment", lang, loc.value, loc.provenance


@attrs.frozen
class SearchIndex:
    """Folded word tokens → the texts they occur in, for one loaded dataset.

    Get the one for a loaded :class:`~nptexperts.Index` with :meth:`of` (built
    once, then reused); :func:`search` uses the shipped records' one.
    """

    _fields: tuple[_Field, ...] = attrs.field(alias="_fields", repr=False)
    _postings: dict[str, tuple[int, ...]] = attrs.field(alias="_postings", repr=False)
    _vocabulary: tuple[str, ...] = attrs.field(alias="_vocabulary", repr=False)

    @classmethod
    def build(cls, index: Index) -> SearchIndex:
        """Index the texts of ``index`` (prefer :meth:`of`, which builds once per index)."""
        fields: list[_Field] = []
        postings: dict[str, list[int]] = {}
        names: set[tuple[str, str]] = set()
        for expert, comment, field, lang, text, prov in _fields(index):
            folded, offsets = _fold_with_offsets(text)
            if field == "name":
                names.add((expert.id, folded))
            elif field == "name_variant" and (expert.id, folded) in names:
                continue  # a variant that differs from the name only in folding (a no-break space)
            n = len(fields)
            fields.append(_Field(expert, comment, field, lang, text, prov, folded, offsets))
            for token in {m.group() for m in _WORD.finditer(folded)}:
                postings.setdefault(token, []).append(n)
        return cls(
            _fields=tuple(fields),
            _postings={k: tuple(v) for k, v in postings.items()},
            _vocabulary=tuple(sorted(postings)),
        )

    @classmethod
    def of(cls, index: Index) -> SearchIndex:
        """The search index of ``index``, built on the first call and then reused."""
        key = id(index)
        entry = _built.get(key)
        if entry is not None and entry[0]() is index:
            return entry[1]
        with _lock:
            entry = _built.get(key)
            if entry is not None and entry[0]() is index:
                return entry[1]
            built = cls.build(index)
            ref = weakref.ref(index, lambda _: _built.pop(key, None))
            _built[key] = (ref, built)
            return built

    def _prefixed(self, prefix: str) -> set[int]:
        vocab = self._vocabulary
        out: set[int] = set()
        i = bisect.bisect_left(vocab, prefix)
        while i < len(vocab) and vocab[i].startswith(prefix):
            out.update(self._postings[vocab[i]])
            i += 1
        return out

    def _candidates(self, query: str) -> Sequence[int]:
        sets: list[set[int]] = []
        for m in _WORD.finditer(query):
            token = m.group()
            if m.end() < len(query):  # followed by more of the query: a whole word
                sets.append(set(self._postings.get(token, ())))
            else:  # the query's last word may be the start of a word
                sets.append(self._prefixed(token))
        if not sets:
            return range(len(self._fields))
        sets.sort(key=len)
        found = sets[0].intersection(*sets[1:])
        return sorted(found)

    def search(self, text: str, lang: str | None = None) -> tuple[SearchMatch, ...]:
        """Every place ``text`` matches, record by record in the experts' order.

        ``lang`` (``"en"`` or ``"ru"``) keeps matches in one language; raises
        :class:`~nptexperts.UnsupportedLanguageError` for any other. A blank
        ``text`` matches nothing.
        """
        code = normalize_lang(lang) if lang is not None else None
        query = search_fold(text)
        if not query:
            return ()
        pattern = re.compile(("(?<!\\w)" if _WORD.match(query) else "") + re.escape(query))
        out: list[SearchMatch] = []
        for n in self._candidates(query):
            f = self._fields[n]
            if code is not None and f.lang != code:
                continue
            for m in pattern.finditer(f.folded):
                start = f.offsets[m.start()]
                end = f.offsets[m.end() - 1] + 1
                out.append(
                    SearchMatch(
                        f.expert, f.comment, f.field, f.lang, f.text, start, end, f.provenance
                    )
                )
        return tuple(out)


_lock = threading.Lock()
_built: dict[int, tuple[weakref.ref[Index], SearchIndex]] = {}


def search(
    text: str, lang: str | None = None, *, index: Index | None = None
) -> tuple[SearchMatch, ...]:
    """Search the experts' names and positions and the comments for ``text``.

    See the module's documentation for how text matches. ``index`` defaults to
    the shipped records (:func:`nptexperts.load_index`).

    >>> [m.expert.id for m in search("Stefanovich", lang="en")]
    ['dmitry-stefanovich']
    """
    return SearchIndex.of(index if index is not None else load_index()).search(text, lang)
