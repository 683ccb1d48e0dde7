"""The records of the experts: an expert, the country attributed to them, their positions,
the other spellings of their name, and the comments quoted from them."""

from __future__ import annotations

import datetime

import attrs

from nptexperts._deprecation import deprecated
from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._records.reprs import capped, excerpt
from nptexperts._records.reprs import count_en as _count
from nptexperts._records.texts import Note, Provenance, Span, Text, english_notes
from nptexperts._records.vocabularies import AdvisoryBoard, CommentCoverage, CountryBasis, Honorific

__all__ = ["Comment", "CountryAttribution", "Expert", "NameVariant", "Position"]


@attrs.frozen(repr=False)
class CountryAttribution:
    """An expert's country, with the basis of the attribution.

    ``code`` is ``None`` exactly when ``basis`` is :attr:`CountryBasis.UNKNOWN`.
    """

    #: ISO 3166-1 alpha-2 code, or ``None`` when the country is unknown.
    code: str | None
    #: What the attribution rests on.
    basis: CountryBasis
    #: In English: which affiliation, or which outside fact, the attribution rests on.
    evidence: str
    #: For :attr:`CountryBasis.EXTERNAL`: the outside source (``"SIPRI biography of Tariq Rauf"``).
    external_source: str | None = None

    def __repr__(self) -> str:
        return capped(f"<CountryAttribution {self.code or 'unknown'}: {self.basis.value}>")

    @property
    def is_known(self) -> bool:
        """False when the dataset does not know the expert's country."""
        return self.code is not None


@attrs.frozen(repr=False)
class Position:
    """A position or affiliation, worded as the source words it, dated to the source."""

    #: The position or affiliation, in English (as published) and Russian.
    title: Text
    #: The id of the :class:`Source` that gives the position.
    source: str
    #: The date of the source: the position is as of that day.
    as_of: datetime.date

    def __repr__(self) -> str:
        return capped(f"<Position {excerpt(self.title.en.value)} as of {self.as_of.isoformat()}>")

    @property
    @deprecated(
        "Position.text is deprecated since nptexperts 0.2.0 and will be removed in 0.4.0:"
        " use Position.title"
    )
    def text(self) -> Text:
        """Deprecated since 0.2.0 (removed in 0.4.0): the field :attr:`title`."""
        return self.title


@attrs.frozen(repr=False)
class NameVariant:
    """Another spelling of an expert's name found in a source."""

    #: The spelling, exactly as the source has it.
    value: str
    #: The language of the spelling.
    lang: Lang
    #: The id of the :class:`Source` that spells it so.
    source: str
    #: Where the source uses this spelling, and why it is not the canonical one (in English
    #: and, from data 2026.3, Russian).
    note: Note

    def __repr__(self) -> str:
        return capped(f"<NameVariant {excerpt(self.value)} ({self.lang}, {self.source})>")

    @property
    @deprecated(
        "NameVariant.note_en is deprecated since nptexperts 0.3.0 and will be removed in 0.4.0:"
        " NameVariant.note is a bilingual Note; use note.text('en') or str(note)"
    )
    def note_en(self) -> str:
        """Deprecated since 0.3.0 (removed in 0.4.0): the English of :attr:`note`."""
        return self.note.en.value


@attrs.frozen(repr=False)
class Comment:
    """An expert's comment: the quoted words, in English and Russian, with provenance."""

    id: str
    #: The id of the :class:`Expert` who said it.
    expert: str
    #: The id of the :class:`Question` it answers.
    question: str
    #: The id of the :class:`Source` it is quoted from.
    source: str
    #: The quoted words, in English (published) and Russian.
    body: Text
    #: Where the English text stands in the source's shipped text.
    span: Span | None = None
    #: The source's own words around the quote (PIR's paraphrase), not the expert's.
    context: Text | None = None
    #: The editors' notes on the comment, in English and (from data 2026.3) Russian.
    notes: tuple[Note, ...] = ()

    def __repr__(self) -> str:
        return capped(f"<Comment {self.id} by {self.expert}: {excerpt(self.body.en.value)}>")

    @property
    @deprecated(
        "Comment.notes_en is deprecated since nptexperts 0.3.0 and will be removed in 0.4.0:"
        " Comment.notes holds bilingual Note objects; use note.text('en') or str(note)"
    )
    def notes_en(self) -> tuple[str, ...]:
        """Deprecated since 0.3.0 (removed in 0.4.0): the English of :attr:`notes`."""
        return english_notes(self.notes)

    def text(self, lang: Lang = "en") -> str:
        """The comment in ``lang``.

        Typed :data:`~nptexperts.Lang` (``"en"``, ``"ru"``: a type checker refuses any
        other); at run time tags such as ``"RU"`` or ``"ru-RU"`` work too; it
        raises :class:`~nptexperts.UnsupportedLanguageError` for any other language.
        """
        return self.body.text(lang)

    def provenance(self, lang: Lang = "en") -> Provenance:
        """The provenance of the comment's text in ``lang``."""
        return self.body.provenance(lang)

    def _repr_html_(self) -> str:
        """Both languages with their provenance, for Jupyter (see :mod:`nptexperts.display`)."""
        from nptexperts.display import comment_html

        return comment_html(self)


@attrs.frozen(repr=False)
class Expert:
    """An expert, with positions as of the source and the comments quoted from them."""

    id: str
    name: Text
    #: The family name alone, in both languages: the key experts are sorted by.
    family_name: Text
    honorific: Honorific | None
    #: The expert's country, with the basis of the attribution.
    country: CountryAttribution
    #: The positions and affiliations the source gives, in its order.
    positions: tuple[Position, ...]
    advisory_board: AdvisoryBoard
    #: The id of the :class:`Section` the expert's full comments are in.
    section: str
    coverage: CommentCoverage
    #: The comments the source quotes, in its order (empty when it quotes none).
    comments: tuple[Comment, ...] = ()
    #: Other spellings of the name found in the sources.
    name_variants: tuple[NameVariant, ...] = ()
    #: The editors' notes on the record, in English and (from data 2026.3) Russian.
    notes: tuple[Note, ...] = ()

    def __repr__(self) -> str:
        name = excerpt(self.name.en.value, 50)[1:-1]
        return capped(
            f"<Expert {self.id}: {name} ({self.country.code or 'country unknown'}),"
            f" {_count(len(self.positions), 'position')}, {_count(len(self.comments), 'comment')}>"
        )

    @property
    @deprecated(
        "Expert.notes_en is deprecated since nptexperts 0.3.0 and will be removed in 0.4.0:"
        " Expert.notes holds bilingual Note objects; use note.text('en') or str(note)"
    )
    def notes_en(self) -> tuple[str, ...]:
        """Deprecated since 0.3.0 (removed in 0.4.0): the English of :attr:`notes`."""
        return english_notes(self.notes)

    def display_name(self, lang: Lang = "en") -> str:
        """The name as a reader sees it: in English with its honorific, as the source
        presents it (``"Dr. Tariq Rauf"``); in Russian the name alone.

        Before a Russian name, «д-р» reads as a doctor of sciences and «проф.» as the
        academic title, and «г-н»/«г-жа» are unnatural in a list of experts, so the
        Russian display name leaves the honorific out; it stays in :attr:`honorific`.
        """
        name = self.name.text(lang)
        if self.honorific is None or normalize_lang(lang) == "ru":
            return name
        return f"{self.honorific.text(lang)} {name}"

    def _repr_html_(self) -> str:
        """Names, positions and comments in both languages, for Jupyter."""
        from nptexperts.display import expert_html

        return expert_html(self)
