"""Bilingual texts and where their words come from.

Every field that exists in two languages is a :class:`Text`; every language of a
:class:`Text` is a :class:`LocalizedText` that carries its :class:`Provenance`:
which source, and whether the wording is published there or an editorial
translation made for this dataset. A :class:`Span` says where a quoted text stands
in its source.
"""

from __future__ import annotations

import attrs

from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._records.reprs import capped, excerpt
from nptexperts._records.vocabularies import Origin

__all__ = ["LocalizedText", "Note", "Provenance", "Span", "Text", "english_notes"]


@attrs.frozen(repr=False)
class Provenance:
    """Where one language of a text comes from.

    >>> p = Provenance(source="pir-press-2025-23", origin=Origin.EDITORIAL_TRANSLATION)
    >>> p.is_translation, p.is_published
    (True, False)
    """

    #: The id of the :class:`Source` the text comes from (or, for a
    #: translation, the source of the text it translates).
    source: str
    #: Whether the words are published, an editorial translation, or editorial.
    origin: Origin

    @property
    def is_translation(self) -> bool:
        """True when the text is an editorial translation made for this dataset."""
        return self.origin is Origin.EDITORIAL_TRANSLATION

    @property
    def is_published(self) -> bool:
        """True when the text is the source's own published wording."""
        return self.origin is Origin.PUBLISHED

    @property
    def label(self) -> str:
        """A short English label: ``"published"`` or ``"editorial translation"``."""
        return self.origin.value.replace("_", " ")

    def __repr__(self) -> str:
        return capped(f"<Provenance {self.label}, {self.source}>")


@attrs.frozen(repr=False)
class LocalizedText:
    """One language of a :class:`Text`: the words and their provenance."""

    #: The words, in this language.
    value: str
    #: Where the words come from.
    provenance: Provenance

    def __repr__(self) -> str:
        p = self.provenance
        return capped(f"<LocalizedText {excerpt(self.value)} ({p.label}, {p.source})>")


@attrs.frozen(repr=False)
class Text:
    """A text in English and Russian, each language with its provenance.

    >>> t = Text(
    ...     en=LocalizedText("PIR Center", Provenance("pir-press-2025-23", Origin.PUBLISHED)),
    ...     ru=LocalizedText("ПИР-Центр", Provenance("pir-press-2025-23", Origin.EDITORIAL_TRANSLATION)),
    ... )
    >>> t.text("ru-RU")
    'ПИР-Центр'
    >>> t.provenance("ru").is_translation
    True
    >>> t
    Text(en='PIR Center' (published, pir-press-2025-23), ru='ПИР-Центр' (editorial translation, pir-press-2025-23))
    """

    #: The English wording, with its provenance.
    en: LocalizedText
    #: The Russian wording, with its provenance.
    ru: LocalizedText

    def localized(self, lang: Lang = "en") -> LocalizedText:
        """The :class:`LocalizedText` for ``lang`` (``"en"``, ``"ru"``).

        The type is :data:`~nptexperts.Lang`, so a type checker refuses ``"de"``; at run
        time a tag such as ``"RU"`` or ``"ru-RU"`` is normalised too (a typed program
        passes a tag from outside through :func:`~nptexperts.normalize_lang`).
        """
        code: Lang = normalize_lang(lang)
        return self.en if code == "en" else self.ru

    def text(self, lang: Lang = "en") -> str:
        """The words in ``lang``; raises :class:`~nptexperts.UnsupportedLanguageError` for others."""
        return self.localized(lang).value

    def provenance(self, lang: Lang = "en") -> Provenance:
        """The :class:`Provenance` of the text in ``lang``."""
        return self.localized(lang).provenance

    def __str__(self) -> str:
        return self.en.value

    def __repr__(self) -> str:
        # Compact, so that records stay readable at a prompt; the fields are en and ru.
        parts = (
            f"{lang}={excerpt(local.value, 50)} ({local.provenance.label},"
            f" {local.provenance.source})"
            for lang, local in (("en", self.en), ("ru", self.ru))
        )
        return capped(f"Text({', '.join(parts)})")


@attrs.frozen(repr=False)
class Note:
    """An editors' note on a record: the editors' English and its Russian translation.

    The English is the editors' own wording (:attr:`~nptexperts.Origin.EDITORIAL`), the
    Russian an editorial translation of it. A note from a release before data 2026.3
    exists in English only: its :attr:`~nptexperts.Note.ru` is ``None`` and
    :attr:`~nptexperts.Note.english_only` is true.

    >>> src = "pir-press-2025-23"
    >>> n = Note(
    ...     en=LocalizedText("A note.", Provenance(src, Origin.EDITORIAL)),
    ...     ru=LocalizedText("Примечание.", Provenance(src, Origin.EDITORIAL_TRANSLATION)),
    ... )
    >>> n.text("ru"), str(n), n.english_only
    ('Примечание.', 'A note.', False)
    >>> Note(LocalizedText("Old.", Provenance(src, Origin.EDITORIAL))).text("ru") is None
    True
    """

    #: The editors' English wording, with its provenance.
    en: LocalizedText
    #: The Russian translation, with its provenance; ``None`` for a note in English only.
    ru: LocalizedText | None = None

    @property
    def english_only(self) -> bool:
        """True when the note has no Russian (the notes of data 2026.1 and 2026.2)."""
        return self.ru is None

    def localized(self, lang: Lang = "en") -> LocalizedText | None:
        """The :class:`LocalizedText` for ``lang``; ``None`` for Russian that the note lacks."""
        code: Lang = normalize_lang(lang)
        return self.en if code == "en" else self.ru

    def text(self, lang: Lang = "en") -> str | None:
        """The words in ``lang``; ``None`` for Russian that the note lacks."""
        local = self.localized(lang)
        return None if local is None else local.value

    def __str__(self) -> str:
        return self.en.value

    def __repr__(self) -> str:
        ru = "English only" if self.ru is None else excerpt(self.ru.value, 50)
        return capped(f"Note(en={excerpt(self.en.value, 50)}, ru={ru})")


@attrs.frozen
class Span:
    """A range of characters ``[start, end)`` in a source's shipped text."""

    #: The index of the first character (a Python ``str`` index, from 0).
    start: int
    #: The index just past the last character (exclusive).
    end: int


def english_notes(notes: tuple[Note, ...]) -> tuple[str, ...]:
    """The English of each note (what the deprecated ``notes_en`` properties give)."""
    return tuple(note.en.value for note in notes)
