"""The SQLite export's full-text index: the words as :func:`nptexperts.search` compares them.

SQLite's FTS5 cannot stem Russian, nor fold ё into е, and a Python program cannot
give it a tokenizer through :mod:`sqlite3`. So the export stores, for every text,
the words as the library's search already sees them, and SQLite only has to
compare whole tokens:

- ``terms``: each word's **search term**, the fold of its Snowball stem in the text's
  language (:func:`term`; the same folding and the same stems as the search), one
  token per word, in the text's order, so that a phrase is a phrase;
- ``words``: each word folded (case, accents, stress marks and ё/е ignored), one
  token per word, in order: where the query's last word is matched as a prefix;
- ``forms``: every form of the text's words that any text of the release writes,
  in that language (folded, and in lower case as written): so that a plain word
  typed into ``MATCH`` or into Datasette's search box, ``оружие`` or ``weapons``,
  finds the texts with any form of it.

A query made with :func:`fts_query` matches exactly the texts that
``nptexperts.search`` finds (a test compares them on a word list). A plain word
matches the same texts when the records write it in some form; a word they never
write is found through its stem: ``terms : оруж*``, or :func:`fts_query`.

>>> fts_query("weapons ", "en")  # a space after it: a whole word, not a prefix
'terms : "weapon"'
>>> fts_query("weap", "en")  # the last word: also the beginning of a word
'(terms : "weap" OR words : "weap" *)'
>>> fts_query('"ядерного оружия" Гросс', "ru")
'terms : "ядерн" + "оруж" AND (terms : "гросс" OR words : "гросс" *)'
>>> fts_query("...", "en") is None
True
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from nptexperts._lookup.folding import fold
from nptexperts._lookup.queries import _QUOTES
from nptexperts._lookup.searched import TOKEN as _TOKEN
from nptexperts._lookup.stemming import snowball, stem, stem_input
from nptexperts._records.lang import LANGUAGES, Lang

__all__ = ["Vocabulary", "fts_query", "index_columns", "term", "tokens"]


def _safe(token: str) -> str:
    """``token`` as one FTS5 ``unicode61`` token: its letters and digits only."""
    return "".join(ch for ch in token if ch.isalnum())


def tokens(text: str) -> list[str]:
    """The words of ``text`` as the search splits it."""
    return _TOKEN.findall(text)


def term(lang: Lang, word: str) -> str:
    """The search term of ``word`` in ``lang``: its Snowball stem, folded (as the search has it).

    >>> term("ru", "Оружием"), term("en", "Weapons"), term("ru", "Селезнёвой")
    ('оруж', 'weapon', 'селезнев')
    """
    return _safe(fold(stem(lang, stem_input(word))))


def _folded(word: str) -> str:
    return _safe(fold(word))


#: The endings that the Snowball stemmers take off the words they stem (the Russian
#: noun, adjective and common verb and participle endings; the English inflections and
#: common suffixes): a word that a text does not write is indexed when it is a term
#: and one of these, and the stemmer gives it that term (see :meth:`Vocabulary.forms`).
_ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": (
        "а",
        "я",
        "о",
        "е",
        "и",
        "ы",
        "у",
        "ю",
        "ь",
        "ом",
        "ем",
        "ой",
        "ей",
        "ам",
        "ям",
        "ами",
        "ями",
        "ах",
        "ях",
        "ов",
        "ев",
        "ие",
        "ия",
        "ии",
        "ию",
        "ием",
        "иям",
        "иях",
        "ье",
        "ья",
        "ью",
        "ый",
        "ий",
        "ая",
        "яя",
        "ое",
        "ее",
        "ые",
        "ого",
        "его",
        "ому",
        "ему",
        "ым",
        "им",
        "ых",
        "их",
        "ую",
        "юю",
        "ыми",
        "ими",
        "ою",
        "ею",
        "ть",
        "ет",
        "ют",
        "ит",
        "ят",
        "ла",
        "ли",
        "ло",
        "ил",
        "ила",
        "или",
    ),
    "en": (
        "s",
        "es",
        "ed",
        "ing",
        "er",
        "ers",
        "ly",
        "ment",  # codespell:ignore
        "ness",
        "ation",
        "ity",
        "ities",
        "al",
        "ion",
        "ions",
    ),
}


def _candidates(lang: Lang, term: str) -> set[str]:
    """The words that may stem to ``term`` in ``lang``: the term and an ending, or
    (English) the term's ``i`` as ``y``, its ``e`` dropped, its last letter doubled."""
    bases = {term}
    if lang == "en" and term:
        if term.endswith("i"):
            bases.add(term[:-1] + "y")
        if term.endswith("e"):
            bases.add(term[:-1])
        bases.add(term + term[-1])
    found = {base + ending for base in bases for ending in ("", *_ENDINGS[lang])}
    found.discard(term)
    return found


@functools.cache
def _generated(lang: Lang, term: str) -> frozenset[str]:
    """The term's candidate forms that the stemmer gives the term (each term once per
    process: stemming them all makes the SQLite export take 3-5 s instead of 0.3 s
    with snowballstemmer's pure Python, about 1 s with PyStemmer)."""
    return frozenset(w for w in _candidates(lang, term) if snowball(lang, w) == term)


class Vocabulary:
    """Every word of a release's texts, per language, grouped by search term."""

    def __init__(self, texts: Iterable[tuple[Lang, str]]) -> None:
        self._terms: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
        self._forms: dict[str, dict[str, set[str]]] = {lang: {} for lang in LANGUAGES}
        self._expanded: dict[str, set[str]] = {lang: set() for lang in LANGUAGES}
        for lang, text in texts:
            terms = self._terms[lang]
            for word in tokens(text):
                if word in terms:
                    continue
                t = terms[word] = term(lang, word)
                forms = self._forms[lang].setdefault(t, set())
                forms.add(_folded(word))
                forms.add(_safe(word.casefold()))

    def term(self, lang: Lang, word: str) -> str:
        """The term of a word of the texts (any other word: :func:`term`)."""
        found = self._terms[lang].get(word)
        return found if found is not None else term(lang, word)

    def written(self, lang: Lang, term: str) -> set[str]:
        """The forms of ``term`` that the texts write, folded and in lower case as written."""
        return self._forms[lang].get(term, set())

    def forms(self, lang: Lang, term: str) -> set[str]:
        """The forms of ``term``: those the texts write (folded, and in lower case as
        written), and the term with each of the stemmers' endings that the stemmer
        gives that term (``оруж`` → ``оружие``, ``оружия``, …), made once per term."""
        known = self._forms[lang].setdefault(term, set())
        if term not in self._expanded[lang]:
            self._expanded[lang].add(term)
            known.update(_generated(lang, term))
        return known


def index_columns(
    vocabulary: Vocabulary, lang: Lang, text: str, *, expand: bool = True
) -> tuple[str, str, str]:
    """The ``terms``, ``words`` and ``forms`` of ``text`` (in ``lang``), each space-separated.

    ``expand=False`` keeps to the forms the texts write (no endings added): for the
    texts the search does not look in, whose expansion would cost seconds.
    """
    words = tokens(text)
    terms = [vocabulary.term(lang, w) for w in words]
    forms: set[str] = set()
    for t in dict.fromkeys(terms):
        forms |= vocabulary.forms(lang, t) if expand else vocabulary.written(lang, t)
    return " ".join(terms), " ".join(_folded(w) for w in words), " ".join(sorted(forms))


def bag(columns: tuple[str, str, str]) -> str:
    """The three columns as one (for an index where a word's place does not matter)."""
    return " ".join(dict.fromkeys(" ".join(columns).split()))


def _quoted(token: str) -> str:
    return '"' + token + '"'


def fts_query(query: str, lang: str) -> str | None:
    """The FTS5 ``MATCH`` expression, on ``texts``, for a query of :func:`nptexperts.search`.

    The same rules: every word (by its stem), quoted phrases in order, the query's
    last word also as the beginning of a word when nothing follows it. Words are
    stemmed in ``lang`` (``"en"`` or ``"ru"``): add ``AND lang = '…'`` to the SQL, as
    the search compares English words with English texts. ``None`` for a query
    with no words, which matches nothing.
    """
    from nptexperts._records.lang import normalize_lang

    code = normalize_lang(lang)
    parts: list[str] = []
    pieces = query.translate(_QUOTES).split('"')
    for n, piece in enumerate(pieces):
        quoted = n % 2 == 1
        found = list(_TOKEN.finditer(piece))
        words = [(m.group(), m.end() == len(piece)) for m in found]
        terms = [_quoted(term(code, w)) for w, _ in words if term(code, w)]
        if quoted and len(terms) > 1:
            parts.append("terms : " + " + ".join(terms))
            continue
        for i, (word, at_end) in enumerate(words):
            t = term(code, word)
            if not t:
                continue
            last = n == len(pieces) - 1 and not quoted and at_end and i == len(words) - 1
            if last and _folded(word):
                parts.append(f"(terms : {_quoted(t)} OR words : {_quoted(_folded(word))} *)")
            else:
                parts.append(f"terms : {_quoted(t)}")
    return " AND ".join(parts) if parts else None


def vocabulary_of(texts: Mapping[Lang, Iterable[str]]) -> Vocabulary:
    """The :class:`Vocabulary` of some texts, given per language."""
    return Vocabulary((lang, text) for lang in LANGUAGES for text in texts.get(lang, ()))
