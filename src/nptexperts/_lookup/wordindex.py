"""The search's word index over a list of texts: each word as the texts write it → the
texts it occurs in, found by stem or by prefix, and the ranking of the texts a query
matches (the rules are in :mod:`nptexperts._lookup.searching`)."""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from nptexperts._lookup.folding import fold
from nptexperts._lookup.matches import Hit
from nptexperts._lookup.queries import Part, QueryWord, match, pattern, term
from nptexperts._lookup.searched import TOKEN
from nptexperts._records.lang import LANGUAGES, Lang

__all__ = ["TEXT_BITS", "WordIndex", "rank_key"]

#: The bits of a ranking key that hold the text's number (and those that hold its hits).
TEXT_BITS = (1 << 32) - 1
_HITS = (1 << 28) - 1


def rank_key(rank: int, hits: int, text: int) -> int:
    """A text's ranking key, one integer (cheaper to make and sort than a tuple): by field
    rank, then more hits first, then the text's number (the records' order)."""
    return (rank << 60) | ((_HITS - hits) << 32) | text


class WordIndex:
    """Words → texts, for one list of texts (each with its language and its field's rank).

    The build lists each word's texts and folds each distinct word once; it stems
    none. A word's stem is looked up the first time a query's stem could be its own:
    a word's stem is the word, folded, cut or changed only near its end (Snowball
    changes at most the last letters: "dying" → "die", «ядерного» → «ядерн»), so only
    the words that share the query stem's first letters are looked up, and each only
    once.
    """

    __slots__ = ("_ranks", "_stems", "_surface_forms", "_surfaces", "_token_texts", "_vocabulary")

    def __init__(self, langs: Sequence[Lang], texts: Sequence[str], ranks: list[int]) -> None:
        #: Each text's place in the ranking by field.
        self._ranks = ranks
        # The texts are cut at white space (str.split), and each distinct piece is cut
        # into words once: a word never holds white space, so the words of a text are
        # those of its pieces, in order; and splitting costs a fraction of running the
        # word pattern over every text (the build took 40% less, benchmarks/README.md).
        pieces: dict[str, defaultdict[str, list[int]]] = {
            lang: defaultdict(list) for lang in LANGUAGES
        }
        for n, (lang, text) in enumerate(zip(langs, texts, strict=True)):
            by_piece = pieces[lang]
            for piece in text.split():
                by_piece[piece].append(n)
        #: Per language: a word as the texts write it → the texts (their numbers, in no
        #: order), each as many times as it has the word (the hits, counted without a
        #: pattern).
        self._token_texts: dict[str, dict[str, list[int]]] = {}
        findall = TOKEN.findall
        for code, by_piece in pieces.items():
            by_token: dict[str, list[int]] = {}
            for piece, numbers in by_piece.items():
                for token in findall(piece):
                    found = by_token.get(token)
                    if found is None:
                        by_token[token] = numbers.copy()
                    else:
                        found.extend(numbers)
            self._token_texts[code] = by_token
        del pieces
        #: Per language: folded word → the words as the texts write them.
        self._surface_forms: dict[str, dict[str, list[str]]] = {}
        for code, written in self._token_texts.items():
            forms: dict[str, list[str]] = {}
            for token in written:
                surface = fold(token)
                same = forms.get(surface)
                if same is None:
                    forms[surface] = [token]
                else:
                    same.append(token)
            self._surface_forms[code] = forms
        #: Per language: the folded words, sorted (for prefixes).
        self._vocabulary = {lang: sorted(forms) for lang, forms in self._surface_forms.items()}
        #: Per language: folded word → the texts that have it, filled on first use.
        self._surfaces: dict[str, dict[str, list[int]]] = {lang: {} for lang in LANGUAGES}
        #: Per language: folded stem → (the texts with a word of that stem, those words as
        #: written), filled on first use of the stem.
        self._stems: dict[str, dict[str, tuple[list[int], list[str]]]] = {
            lang: {} for lang in LANGUAGES
        }

    def __len__(self) -> int:
        return len(self._ranks)

    def words(self) -> int:
        """How many distinct folded words the texts have, in both languages."""
        return sum(len(v) for v in self._vocabulary.values())

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
            # Every word of that stem starts with the stem's first letters (see the class).
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

    def ranked(
        self, lang: Lang, parts: Sequence[Part], texts: Sequence[str]
    ) -> tuple[list[int], dict[int, tuple[Hit, ...]], list[re.Pattern[str]]]:
        """The texts of ``lang`` that match, each as its ranking key (:func:`rank_key`);
        the hits already found (by text); and the parts' patterns. ``texts`` are the
        texts the index was built from.

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
                # rank_key, inlined: a third of a limited search's time at 100,000 experts.
                keys = [(ranks[n] << 60) | ((_HITS - c) << 32) | n for n, c in counts.items()]
                return keys, {}, patterns
            candidates = self._candidates(lang, parts)
            return [rank_key(ranks[n], counts[n], n) for n in candidates], {}, patterns
        keys, hits = [], {}
        for n in self._candidates(lang, parts):
            found = match(texts[n], patterns)
            if found:
                keys.append(rank_key(ranks[n], len(found), n))
                hits[n] = found
        return keys, hits, patterns
