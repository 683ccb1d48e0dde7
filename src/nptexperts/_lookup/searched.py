"""The texts the search looks in, per language: each expert's names, positions and
comments; and, for the search of the expectations, each event's facts and notes and
each expectation's editorial texts (what is expected, the condition, the reasoning, the
notes)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from nptexperts._lookup.folding import fold
from nptexperts._lookup.matches import MatchField
from nptexperts._lookup.stemming import stem_input
from nptexperts._records.lang import LANGUAGES, Lang
from nptexperts._records.models import (
    Comment,
    Event,
    Expectation,
    Expert,
    LocalizedText,
    Origin,
    Provenance,
    Text,
)

__all__ = [
    "TOKEN",
    "ExpectationTexts",
    "SearchedText",
    "TextColumns",
    "expectation_texts",
    "search_words",
    "searched_texts",
]

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

    def add(
        self,
        expert: Expert,
        comment: Comment | None,
        field: MatchField,
        item: int,
        lang: Lang,
        loc: LocalizedText,
    ) -> None:
        """Add one text: ``loc`` of ``expert``'s record."""
        self.expert.append(expert)
        self.comment.append(comment)
        self.field.append(field)
        self.item.append(item)
        self.lang.append(lang)
        self.text.append(loc.value)
        self.provenance.append(loc.provenance)

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


def searched_texts(experts: Iterable[Expert]) -> TextColumns:
    """Every text the search looks in, in the experts' order: for each expert its name,
    other spellings, positions and comments, each in English and then Russian."""
    out = TextColumns()
    add = out.add
    for expert in experts:
        name = expert.name
        add(expert, None, MatchField.NAME, 0, "en", name.en)
        add(expert, None, MatchField.NAME, 0, "ru", name.ru)
        if expert.name_variants:
            names = {fold(name.en.value), fold(name.ru.value)}
            for n, variant in enumerate(expert.name_variants):
                if fold(variant.value) in names:
                    continue  # differs from the name only in folding (a no-break space)
                prov = Provenance(variant.source, Origin.PUBLISHED)
                add(
                    expert,
                    None,
                    MatchField.NAME_VARIANT,
                    n,
                    variant.lang,
                    LocalizedText(variant.value, prov),
                )
        for n, position in enumerate(expert.positions):
            add(expert, None, MatchField.POSITION, n, "en", position.title.en)
            add(expert, None, MatchField.POSITION, n, "ru", position.title.ru)
        for comment in expert.comments:
            add(expert, comment, MatchField.COMMENT, 0, "en", comment.body.en)
            add(expert, comment, MatchField.COMMENT, 0, "ru", comment.body.ru)
    return out


class ExpectationTexts:
    """The texts of the events and the expectations, as one list per attribute (a few
    dozen texts: the columns only keep the search's two text lists alike)."""

    __slots__ = ("event", "expectation", "field", "item", "lang", "provenance", "text")

    def __init__(self) -> None:
        self.event: list[Event] = []
        #: ``None`` for a text of the event's own record.
        self.expectation: list[Expectation | None] = []
        self.field: list[MatchField] = []
        self.item: list[int] = []
        self.lang: list[Lang] = []
        self.text: list[str] = []
        self.provenance: list[Provenance] = []

    def __len__(self) -> int:
        return len(self.text)

    def add(
        self,
        event: Event,
        expectation: Expectation | None,
        field: MatchField,
        text: Text | None,
        item: int = 0,
    ) -> None:
        """Add ``text`` (both languages, English first) of ``expectation`` (or of ``event``)."""
        if text is None:
            return
        pairs: tuple[tuple[Lang, LocalizedText], ...] = (("en", text.en), ("ru", text.ru))
        for lang, loc in pairs:
            self.event.append(event)
            self.expectation.append(expectation)
            self.field.append(field)
            self.item.append(item)
            self.lang.append(lang)
            self.text.append(loc.value)
            self.provenance.append(loc.provenance)


def expectation_texts(
    events: Sequence[Event], expectations: Iterable[Expectation]
) -> ExpectationTexts:
    """Every text the search of the expectations looks in: each event's name, place,
    President, President's post and notes, then each expectation's expected outcome,
    condition, reasoning and notes, in the records' order. (Not the quotes: their
    English is the published text that the experts' search already finds, in the
    comments; PIR Center's summary is a section's text, which no search covers.)"""
    out = ExpectationTexts()
    by_id = {event.id: event for event in events}
    for event in events:
        out.add(event, None, MatchField.EVENT_NAME, event.name)
        out.add(event, None, MatchField.EVENT_PLACE, event.place)
        out.add(event, None, MatchField.EVENT_PRESIDENT, event.president)
        out.add(event, None, MatchField.EVENT_PRESIDENT_POST, event.president_post)
        for n, note in enumerate(event.notes):
            out.add(event, None, MatchField.NOTE, note, n)
    for expectation in expectations:
        event = by_id[expectation.event]
        out.add(event, expectation, MatchField.EXPECTED, expectation.expected)
        out.add(event, expectation, MatchField.CONDITION, expectation.condition)
        out.add(event, expectation, MatchField.REASONING, expectation.reasoning)
        for n, note in enumerate(expectation.notes):
            out.add(event, expectation, MatchField.NOTE, note, n)
    return out


def search_words(
    experts: Iterable[Expert],
    events: Sequence[Event] = (),
    expectations: Iterable[Expectation] = (),
) -> dict[Lang, set[str]]:
    """Every word the search indexes in the texts of ``experts`` (and of ``events`` and
    ``expectations``), per language, as the stemmer takes it
    (``nptexperts._lookup.stemming.stem_input``): what a release's shipped stems cover."""
    words: dict[Lang, set[str]] = {lang: set() for lang in LANGUAGES}
    texts = searched_texts(experts)
    more = expectation_texts(events, expectations)
    for lang, text in zip(texts.lang + more.lang, texts.text + more.text, strict=True):
        words[lang].update(stem_input(token) for token in TOKEN.findall(text))
    return words
