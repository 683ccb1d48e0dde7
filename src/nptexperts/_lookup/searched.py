"""The texts the search looks in: each expert's names, positions and comments, per language."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from nptexperts._lookup.folding import fold
from nptexperts._lookup.matches import MatchField
from nptexperts._lookup.stemming import stem_input
from nptexperts._records.lang import LANGUAGES, Lang
from nptexperts._records.models import Comment, Expert, Origin, Provenance

__all__ = ["TOKEN", "SearchedText", "TextColumns", "search_words", "searched_texts"]

#: A word of a text: letters, digits and the combining marks (stress, breve) inside them.
TOKEN = re.compile(r"[\w\u0300-\u036f]+")


class SearchedText:
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


class TextColumns:
    """Many searched texts, as one list per attribute: at 100,000 experts a million texts
    are seven lists, not a million objects that the garbage collector walks (its passes
    took over a fifth of the first search there)."""

    __slots__ = ("comment", "expert", "field", "item", "lang", "provenance", "text")

    def __init__(self) -> None:
        self.expert: list[Expert] = []
        self.comment: list[Comment | None] = []
        self.field: list[MatchField] = []
        self.item: list[int] = []
        self.lang: list[Lang] = []
        self.text: list[str] = []
        self.provenance: list[Provenance] = []

    def append(self, f: SearchedText) -> None:
        self.expert.append(f.expert)
        self.comment.append(f.comment)
        self.field.append(f.field)
        self.item.append(f.item)
        self.lang.append(f.lang)
        self.text.append(f.text)
        self.provenance.append(f.provenance)

    def __len__(self) -> int:
        return len(self.text)

    def __getitem__(self, n: int) -> SearchedText:
        return SearchedText(
            self.expert[n],
            self.comment[n],
            self.field[n],
            self.item[n],
            self.lang[n],
            self.text[n],
            self.provenance[n],
        )


def searched_texts(experts: Iterable[Expert]) -> Iterator[SearchedText]:
    for expert in experts:
        for lang in LANGUAGES:
            loc = expert.name.localized(lang)
            yield SearchedText(expert, None, MatchField.NAME, 0, lang, loc.value, loc.provenance)
        names = {fold(expert.name.text(lang)) for lang in LANGUAGES} if expert.name_variants else ()
        for n, variant in enumerate(expert.name_variants):
            if fold(variant.value) in names:
                continue  # differs from the name only in folding (a no-break space)
            prov = Provenance(variant.source, Origin.PUBLISHED)
            yield SearchedText(
                expert, None, MatchField.NAME_VARIANT, n, variant.lang, variant.value, prov
            )
        for n, position in enumerate(expert.positions):
            for lang in LANGUAGES:
                loc = position.title.localized(lang)
                yield SearchedText(
                    expert, None, MatchField.POSITION, n, lang, loc.value, loc.provenance
                )
        for comment in expert.comments:
            for lang in LANGUAGES:
                loc = comment.body.localized(lang)
                yield SearchedText(
                    expert, comment, MatchField.COMMENT, 0, lang, loc.value, loc.provenance
                )


def search_words(experts: Iterable[Expert]) -> dict[Lang, set[str]]:
    """Every word the search indexes in ``experts``' texts, per language, as the
    stemmer takes it (``nptexperts._lookup.stemming.stem_input``): what a release's
    shipped stems cover."""
    words: dict[Lang, set[str]] = {lang: set() for lang in LANGUAGES}
    for f in searched_texts(experts):
        words[f.lang].update(stem_input(token) for token in TOKEN.findall(f.text))
    return words
