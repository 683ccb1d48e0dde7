"""What a reference to one record is made of: :class:`Reference`, found by :func:`reference`.

Every style (:mod:`~nptexperts._citing.gost`, :mod:`~nptexperts._citing.csl`,
:mod:`~nptexperts._citing.bibtex`) is written from a :class:`Reference`: the record's
authors, its title (the source's, or one this project supplies, in brackets), whether
its text in the reference's language is an editorial translation, its source, the
passage's place in the source's shipped text, and the data release.
"""

from __future__ import annotations

import datetime
from typing import Any, Literal

import attrs

from nptexperts._errors import UnknownIdError
from nptexperts._lookup.index import Index
from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._records.models import Expert, Source
from nptexperts._records.texts import Span

__all__ = ["PLACE", "WORDS", "RecordKind", "Reference", "initials", "reference", "reference_in"]

RecordKind = Literal["comment", "position", "expert", "section", "source"]

#: The place of publication as the source gives it ("MOSCOW. JULY 2, 2025. PIR PRESS.").
PLACE = {"pir-press-2025-23": {"en": "Moscow", "ru": "Москва"}}

#: The words of the references, in the language of the reference.
WORDS: dict[str, dict[str, str]] = {
    "text_electronic": {"en": "Text : electronic", "ru": "Текст : электронный"},
    "website": {"en": "website", "ru": "сайт"},
    "accessed": {"en": "accessed", "ru": "дата обращения"},
    "press_release": {"en": "press release", "ru": "пресс-релиз"},
    "translation": {
        "en": "editorial translation by the nptexperts project",
        "ru": "ред. пер. проекта nptexperts",
    },
    "translation_note": {
        "en": "Editorial translation by the nptexperts project, not the expert's published words",
        "ru": "Редакционный перевод проекта nptexperts, а не опубликованные слова эксперта",
    },
    "passage": {"en": "Passage: characters {start}–{end}", "ru": "Фрагмент: символы {start}–{end}"},
    "release": {
        "en": "Data: nptexperts, release {version}, SHA-256 {digest}",
        "ru": "Данные: nptexperts, выпуск {version}, SHA-256 {digest}",
    },
    "comment": {"en": "Comment on {topic}", "ru": "Комментарий на тему «{topic}»"},
    "position": {"en": "Position: {title}", "ru": "Должность: {title}"},
    "expert": {"en": "Expert record: {name}", "ru": "Сведения об эксперте: {name}"},
    "project": {"en": "nptexperts project", "ru": "проект nptexperts"},
}


@attrs.frozen
class Reference:
    """What a reference to one record is made of, in one language (see ``reference()``)."""

    record_id: str
    kind: RecordKind
    lang: Lang
    #: The people whose words the record holds (``(family, given)``), in the reference's language.
    authors: tuple[tuple[str, str], ...]
    #: The record's title: its own, if the source gives one; else a description made by
    #: this project (``supplied`` is then True, and the reference puts it in brackets).
    title: str
    supplied: bool
    #: True when the record's text in ``lang`` is an editorial translation made by this project.
    translated: bool
    source: Source
    #: Where the record's published text stands in the source's shipped text.
    span: Span | None
    data_version: str
    digest: str
    accessed: datetime.date

    @property
    def locator(self) -> str | None:
        """``"6635–7126"``: the passage's characters in the source's text, or ``None``."""
        return None if self.span is None else f"{self.span.start}–{self.span.end}"

    def note(self) -> str:
        """The reference's note: translation, passage and release, in its language."""
        parts = []
        if self.translated:
            parts.append(WORDS["translation_note"][self.lang])
        if self.span is not None:
            parts.append(
                WORDS["passage"][self.lang].format(start=self.span.start, end=self.span.end)
            )
        parts.append(
            WORDS["release"][self.lang].format(version=self.data_version, digest=self.digest)
        )
        return ". ".join(parts) + "."


def _given(expert: Expert, lang: Lang) -> str:
    full = expert.name.text(lang)
    family = expert.family_name.text(lang)
    given = full.replace(family, "", 1).strip()
    return " ".join(given.split())


def initials(given: str) -> str:
    """``"Zacharie"`` → ``"Z."``, ``"Жан-Пьер"`` → ``"Ж.-П."``."""
    return " ".join("-".join(p[:1] + "." for p in word.split("-") if p) for word in given.split())


def _find(text: str, needle: str) -> Span | None:
    start = text.find(needle)
    return None if start < 0 else Span(start, start + len(needle))


def reference(
    record_id: str,
    *,
    lang: str = "en",
    data_version: str | None = None,
    accessed: datetime.date | None = None,
) -> Reference:
    """The parts of the reference to ``record_id`` in ``lang``.

    ``record_id`` is a comment's id, an expert's, the section's, the source's, or a
    position's: ``EXPERT_ID#position-N`` (``N`` from 0, in the source's order, as
    ``Expert.positions`` and the CSV's ``item`` count).
    Raises :class:`~nptexperts.UnknownIdError` for an id that names no record.
    """
    from nptexperts._api import load_index
    from nptexperts._releases.info import dataset_info

    index = load_index(data_version=data_version)
    digest = dataset_info(data_version=index.dataset.data_version).digest
    return reference_in(index, record_id, lang=lang, digest=digest, accessed=accessed)


def reference_in(
    index: Index,
    record_id: str,
    *,
    digest: str,
    lang: str = "en",
    accessed: datetime.date | None = None,
) -> Reference:
    """The parts of the reference to ``record_id`` in the records of ``index``, whose
    digest is ``digest`` (the docs cite the records they are built from this way)."""
    code = normalize_lang(lang)
    common = {
        "record_id": record_id,
        "lang": code,
        "data_version": index.dataset.data_version,
        "digest": digest,
        "accessed": accessed or datetime.date.today(),
    }
    return _build(index, record_id, code, common)


def _source(index: Index, source_id: str) -> Source:
    for source in index.sources:
        if source.id == source_id:
            return source
    raise UnknownIdError(source_id)  # pragma: no cover - a release's records name its sources


def _build(index: Index, record_id: str, lang: Lang, common: dict[str, Any]) -> Reference:
    if not isinstance(record_id, str):
        raise UnknownIdError(record_id)
    expert_id, _, position = record_id.partition("#position-")
    if record_id in index._comments:
        comment = index.get_comment(record_id)
        expert = index.get_expert(comment.expert)
        questions = {q.id: q for s in index.sections for q in s.questions}
        topic = (
            questions[comment.question].wording.text(lang) if comment.question in questions else ""
        )
        if lang == "en":
            topic = topic[:1].lower() + topic[1:]
        return Reference(
            kind="comment",
            authors=((expert.family_name.text(lang), _given(expert, lang)),),
            title=WORDS["comment"][lang].format(topic=topic),
            supplied=True,
            translated=comment.provenance(lang).is_translation,
            source=_source(index, comment.source),
            span=comment.span,
            **common,
        )

    def without_authors(
        kind: RecordKind,
        title: str,
        source: Source,
        span: Span | None,
        *,
        own: bool,
        translated: bool,
    ) -> Reference:
        """The reference to a record no person wrote (a position, an expert record, the
        section, the source); ``own``: the title is the record's own, not this project's."""
        return Reference(
            kind=kind,
            authors=(),
            title=title,
            supplied=not own,
            translated=translated,
            source=source,
            span=span,
            **common,
        )

    if position and expert_id in index._experts:
        expert = index.get_expert(expert_id)
        if not position.isdigit() or not 0 <= int(position) < len(expert.positions):
            raise UnknownIdError(record_id, (f"{expert_id}#position-0",))
        pos = expert.positions[int(position)]
        source = _source(index, pos.source)
        text = index.source_text(source.id) if source.text_file else None
        return without_authors(
            "position",
            WORDS["position"][lang].format(title=pos.title.text(lang)),
            source,
            None if text is None else _find(text, pos.title.en.value),
            own=False,
            translated=pos.title.provenance(lang).is_translation,
        )
    if record_id in index._experts:
        expert = index.get_expert(record_id)
        return without_authors(
            "expert",
            WORDS["expert"][lang].format(name=expert.name.text(lang)),
            _source(index, expert.positions[0].source if expert.positions else ""),
            None,
            own=False,
            translated=expert.name.provenance(lang).is_translation,
        )
    for section in index.sections:
        if section.id == record_id:
            source = _source(index, section.source)
            return without_authors(
                "section",
                section.title.text(lang),
                source,
                _find(index.source_text(source.id), section.title.en.value),
                own=True,
                translated=section.title.provenance(lang).is_translation,
            )
    for source in index.sources:
        if source.id == record_id:
            return without_authors(
                "source", source.title.en.value, source, None, own=True, translated=False
            )
    index._check_withdrawn(record_id)
    import difflib

    ids = [*index._comments, *index._experts, *(s.id for s in index.sections)]
    ids += [s.id for s in index.sources]
    raise UnknownIdError(record_id, tuple(difflib.get_close_matches(record_id, ids, n=3)))
