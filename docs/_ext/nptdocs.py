"""Pages generated at build time, so they cannot drift from the code or the records.

* :func:`data_dictionary_rst` walks :func:`attrs.fields` of every record class in
  :mod:`nptexperts.models`, with the ``#:`` comments written above each field.
* :func:`experts_rst` renders the shipped records, one entry per expert, in
  English or Russian, every text labelled with its provenance.

The module needs no Sphinx to import (the tests import it); :func:`setup` is the
Sphinx extension entry point, which writes the pages into ``docs/_generated/``
when the build starts and maps type hints such as ``nptexperts.models.Text`` to
the public names the API reference documents (``nptexperts.Text``).
"""

from __future__ import annotations

import ast
import datetime
import enum
import importlib
import inspect
import pkgutil
import re
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

import nptexperts
from nptexperts import models
from nptexperts.models import (
    Comment,
    Dataset,
    DatasetNote,
    Expert,
    Section,
    Source,
    Text,
)

__all__ = [
    "ENUM_CLASSES",
    "FIELD_RULES",
    "RECORD_CLASSES",
    "api_rst",
    "data_dictionary_rst",
    "experts_rst",
    "field_comments",
    "readme_section",
    "setup",
    "versioning_md",
    "write_pages",
]

#: Every record class, in the order the data dictionary shows them (outermost first).
RECORD_CLASSES: tuple[type, ...] = (
    Dataset,
    DatasetNote,
    Source,
    Section,
    models.Question,
    models.SourceCountry,
    Expert,
    models.Position,
    models.CountryAttribution,
    models.NameVariant,
    Comment,
    models.Span,
    Text,
    models.LocalizedText,
    models.Provenance,
)

#: Every enumeration a record field takes its values from.
ENUM_CLASSES: tuple[type[enum.Enum], ...] = (
    models.Origin,
    models.Honorific,
    models.CountryBasis,
    models.AdvisoryBoard,
    models.CommentCoverage,
    models.NoteTopic,
)

_PUBLISHED_EXACT = (
    "English: published, an exact substring of the source's shipped text. "
    "Russian: editorial translation."
)

#: Provenance rules that a field's type and ``#:`` comment do not say, keyed
#: ``"Class.field"``. A test checks that every key names a real field.
FIELD_RULES: dict[str, str] = {
    "Dataset.data_version": (
        "Equals ``nptexperts.DATA_VERSION``; a new data release gets a new version."
    ),
    "DatasetNote.body": (
        "English: editorial (the dataset's editors' own words about the source). "
        "Russian: editorial translation."
    ),
    "DatasetNote.source": "The note is about this source; its evidence is in that source.",
    "Source.title": "English: published. Russian: editorial translation.",
    "Source.url": "As published; the package never opens it (no network access).",
    "Section.title": "English: published. Russian: editorial translation.",
    "Section.summary": (
        "PIR's own summary, not an expert's words. English: published; Russian: editorial "
        "translation."
    ),
    "Section.stated_countries": "As the source lists them, in its order, even where no expert matches.",
    "Question.wording": (
        "English: editorial where the source describes the question without wording it. "
        "Russian: editorial translation."
    ),
    "Expert.id": "Stable forever once released.",
    "Expert.name": (
        "English: as published, except that a no-break space becomes an ordinary space "
        "(the published form is kept in ``name_variants``). Russian: editorial translation, "
        "in the form the expert uses where known."
    ),
    "Expert.honorific": "As the source prints it before the name; ``None`` when it prints none.",
    "Expert.advisory_board": "``unknown`` where the source is silent (silence is not a no).",
    "Expert.coverage": "``not_quoted`` where the source names the expert but quotes nothing.",
    "Expert.notes": "English only, editorial.",
    "Position.title": _PUBLISHED_EXACT,
    "CountryAttribution.code": "``None`` exactly when the basis is ``unknown``.",
    "CountryAttribution.evidence": "English only, editorial; names the affiliation or outside fact.",
    "NameVariant.value": "Exactly as the source spells it.",
    "Comment.id": "Stable forever once released: ``<expert>.<question>.<n>``.",
    "Comment.body": (
        "English: published, exactly the source's text between ``span.start`` and "
        "``span.end`` (the quotation marks left out). Russian: editorial translation."
    ),
    "Comment.context": _PUBLISHED_EXACT + " PIR's words, not the expert's.",
    "Comment.span": "Python ``str`` indices (code points, end exclusive) into the shipped text.",
    "LocalizedText.provenance": "Required: no text without its provenance.",
}


# -- reading the ``#:`` comments ------------------------------------------------------


def field_comments(cls: type) -> dict[str, str]:
    """The ``#:`` comments written directly above each field or member of ``cls``.

    >>> field_comments(models.Provenance)["source"].startswith("The id of")
    True
    """
    source = inspect.getsource(inspect.getmodule(cls))  # type: ignore[arg-type]
    lines = source.splitlines()
    tree = ast.parse(source)
    node = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__)
    found: dict[str, str] = {}
    for stmt in node.body:
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
            name = stmt.target.id
        elif (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
        ):
            name = stmt.targets[0].id
        else:
            continue
        comment: list[str] = []
        i = stmt.lineno - 2
        while i >= 0 and lines[i].strip().startswith("#:"):
            comment.insert(0, lines[i].strip()[2:].strip())
            i -= 1
        if comment:
            found[name] = " ".join(comment)
    return found


# -- rendering types --------------------------------------------------------------------


def _anchor(cls: type) -> str:
    return "dd-" + cls.__name__.lower()


def _type_rst(tp: Any) -> str:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is type(None):
        return "``None``"
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_rst(a) for a in args)
    if origin is typing.Literal:
        return "one of " + ", ".join(f'``"{a}"``' for a in args)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return f"list of {_type_rst(args[0])}"
        return "tuple of " + ", ".join(_type_rst(a) for a in args)
    if isinstance(tp, type) and (tp in RECORD_CLASSES or tp in ENUM_CLASSES):
        return f":ref:`{tp.__name__} <{_anchor(tp)}>`"
    if tp is datetime.date:
        return "date (``YYYY-MM-DD``)"
    if isinstance(tp, type):
        return f"``{tp.__name__}``"
    return f"``{tp!r}``"


def _mentions(tp: Any, target: type) -> bool:
    if tp is target:
        return True
    return any(_mentions(a, target) for a in typing.get_args(tp))


def _default_rst(field: attrs.Attribute[Any]) -> str:
    if field.default is attrs.NOTHING:
        return "required"
    default = field.default
    if default == ():
        return "optional (default: empty)"
    return f"optional (default: ``{default!r}``)"


# -- the data dictionary ----------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _class_summary(cls: type) -> str:
    doc = inspect.getdoc(cls) or ""
    paragraphs = [p for p in doc.split("\n\n") if not p.lstrip().startswith(">>>")]
    return "\n\n".join(paragraphs).strip()


def data_dictionary_rst() -> str:
    """The data dictionary as reStructuredText: every field of every record class.

    >>> rst = data_dictionary_rst()
    >>> "``family_name``" in rst and ".. _dd-expert:" in rst
    True
    """
    out: list[str] = [
        ".. This file is generated by docs/_ext/nptdocs.py; do not edit it.",
        "",
        ".. currentmodule:: nptexperts",
        "",
        "Record types",
        "------------",
        "",
    ]
    for cls in RECORD_CLASSES:
        hints = typing.get_type_hints(cls)
        comments = field_comments(cls)
        name = cls.__name__
        out += [f".. _{_anchor(cls)}:", "", name, "~" * len(name), ""]
        out += [_class_summary(cls), "", f"API: :class:`{name}`", ""]
        out += [
            ".. list-table::",
            "   :header-rows: 1",
            "   :widths: 18 22 10 50",
            "   :class: data-dictionary",
            "",
            "   * - Field",
            "     - Type",
            "     - Bilingual",
            "     - Meaning and provenance",
        ]
        for field in attrs.fields(cls):
            tp = hints[field.name]
            bilingual = "yes" if _mentions(tp, Text) else "no"
            meaning = comments.get(field.name, "")
            rule = FIELD_RULES.get(f"{name}.{field.name}", "")
            if bilingual == "yes" and not rule:
                rule = "Each language carries its own provenance."
            parts = [p for p in (_one_line(meaning), rule) if p]
            out += [
                f"   * - ``{field.name}``",
                f"     - {_type_rst(tp)}; {_default_rst(field)}",
                f"     - {bilingual}",
                f"     - {' '.join(parts) or '—'}",
            ]
        out.append("")
    out += ["Values", "------", ""]
    for enum_cls in ENUM_CLASSES:
        comments = field_comments(enum_cls)
        name = enum_cls.__name__
        out += [f".. _{_anchor(enum_cls)}:", "", name, "~" * len(name), ""]
        out += [_class_summary(enum_cls), "", f"API: :class:`{name}`", ""]
        out += [
            ".. list-table::",
            "   :header-rows: 1",
            "   :widths: 25 75",
            "",
            "   * - Value in the records",
            "     - Meaning",
        ]
        for member in enum_cls:
            meaning = _one_line(comments.get(member.name, "")) or "—"
            out += [f'   * - ``"{member.value}"``', f"     - {meaning}"]
        out.append("")
    return "\n".join(out)


# -- the experts pages ------------------------------------------------------------------

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "The experts",
        "other": "Русская версия: :doc:`/experts-ru`.",
        "intro": (
            "Generated from the shipped records (data version {version}). Every text is "
            "labelled: *published* is the source's own wording, *editorial translation* a "
            "translation made for this dataset, *editorial* the dataset editors' own words."
        ),
        "source": "Source",
        "section": "The section",
        "experts": "Experts",
        "notes": "Dataset notes",
        "published": "published",
        "editorial_translation": "editorial translation",
        "editorial": "editorial",
        "id": "Record id",
        "name_variants": "Other spellings",
        "country": "Country",
        "basis": "basis",
        "evidence": "evidence",
        "outside": "outside source",
        "unknown_country": "unknown: nothing known to this dataset gives the country",
        "board": "PIR Center Advisory Board",
        "board_member": "member (as the source states)",
        "board_unknown": "unknown: the source does not say (silence is not a no)",
        "coverage": "Comments in this dataset",
        "quoted": "quoted in part by the source; the quotes are below",
        "not_quoted": (
            "none: the source names the expert but quotes no comment; the full comments are "
            "only in PIR's section"
        ),
        "positions": "Positions",
        "as_of": "as of",
        "comments": "Comments",
        "question": "Question",
        "context": "PIR's words around the quote",
        "original": "Published original",
        "span": "Characters {start}–{end} of the source's shipped text",
        "record_notes": "Editors' notes",
        "english_only": "",
        "summary": "PIR's summary",
        "stated": "The source says the section holds {n} experts, from: {countries}.",
        "questions": "Questions",
        "source_notes": "Notes on the source",
        "number": "number",
        "date": "date",
        "publisher": "publisher",
        "topic": "topic",
    },
    "ru": {
        "title": "Эксперты",
        "other": "English version: :doc:`/experts-en`.",
        "intro": (
            "Страница создана из записей, поставляемых с пакетом (версия данных {version}). "
            "У каждого текста есть пометка: *опубликовано* — формулировка источника, "
            "*редакционный перевод* — перевод, сделанный для этого набора данных, "
            "*редакционный текст* — слова редакторов набора данных."
        ),
        "source": "Источник",
        "section": "Раздел",
        "experts": "Эксперты",
        "notes": "Примечания к набору данных",
        "published": "опубликовано",
        "editorial_translation": "редакционный перевод",
        "editorial": "редакционный текст",
        "id": "Идентификатор записи",
        "name_variants": "Другие написания",
        "country": "Страна",
        "basis": "основание",
        "evidence": "обоснование (на английском)",
        "outside": "внешний источник",
        "unknown_country": "неизвестна: ничто известное набору данных не указывает страну",
        "board": "Консультативный совет ПИР-Центра",
        "board_member": "член (по утверждению источника)",
        "board_unknown": "неизвестно: источник об этом не говорит (молчание не означает «нет»)",
        "coverage": "Комментарии в наборе данных",
        "quoted": "источник цитирует их частично; цитаты приведены ниже",
        "not_quoted": (
            "нет: источник называет эксперта, но не цитирует его комментариев; полные "
            "комментарии есть только в разделе ПИР-Центра"
        ),
        "positions": "Должности",
        "as_of": "на",
        "comments": "Комментарии",
        "question": "Вопрос",
        "context": "Слова ПИР-Центра вокруг цитаты",
        "original": "Опубликованный оригинал",
        "span": "Символы {start}–{end} поставляемого текста источника",
        "record_notes": "Примечания редакторов (на английском)",
        "english_only": " (на английском)",
        "summary": "Резюме ПИР-Центра",
        "stated": "По словам источника, в разделе {n} экспертов из стран: {countries}.",
        "questions": "Вопросы",
        "source_notes": "Примечания к источнику (на английском)",
        "number": "номер",
        "date": "дата",
        "publisher": "издатель",
        "topic": "тема",
    },
}

_BASIS_RU = {
    models.CountryBasis.NAMED_IN_AFFILIATION: "страна названа в месте работы",
    models.CountryBasis.IMPLIED_BY_AFFILIATION: "место работы — учреждение этой страны",
    models.CountryBasis.EXTERNAL: "факт вне источника",
    models.CountryBasis.UNKNOWN: "неизвестно",
}

_RST_SPECIAL = re.compile(r"([\\`*_|\[\]<>])")


def esc(text: str) -> str:
    """``text`` as literal reStructuredText inline content, on one line.

    >>> esc("a *b* `c`_ |d|")
    'a \\\\*b\\\\* \\\\`c\\\\`\\\\_ \\\\|d\\\\|'
    """
    return _RST_SPECIAL.sub(r"\\\1", _one_line(text))


def _heading(text: str, char: str) -> list[str]:
    return [text, char * len(text), ""]


def _source_anchor(source_id: str, lang: str) -> str:
    return f"{lang}-source-{source_id}"


def _label(lang: str, text: Text, page_lang: str | None = None) -> str:
    labels = _LABELS[lang]
    prov = text.provenance(lang)
    return (
        f"*[{labels[prov.origin.value]},* :ref:`{prov.source} "
        f"<{_source_anchor(prov.source, page_lang or lang)}>`\\ *]*"
    )


def _with_label(lang: str, text: Text, page_lang: str | None = None) -> str:
    return f"{esc(text.text(lang))} {_label(lang, text, page_lang)}"


def _date(lang: str, day: datetime.date) -> str:
    return day.isoformat()


def _country_names(dataset: Dataset, lang: str) -> dict[str, str]:
    return {
        country.code: country.name.text(lang)
        for section in dataset.sections
        for country in section.stated_countries
    }


def _source_block(source: Source, lang: str) -> list[str]:
    labels = _LABELS[lang]
    out = [f".. _{_source_anchor(source.id, lang)}:", ""]
    out += _heading(labels["source"], "-")
    out += [
        f"**{esc(source.title.text(lang))}** {_label(lang, source.title)}",
        "",
        f":{labels['publisher']}: {_with_label(lang, source.publisher)}",
        f":{labels['number']}: {esc(source.number)}",
        f":{labels['date']}: {_date(lang, source.date)}",
        f":URL: `{esc(source.url)} <{source.url}>`__",
        f":{labels['id']}: ``{source.id}``",
        "",
    ]
    if source.notes:
        out += [f"**{labels['source_notes']}**", ""]
        out += [f"- {esc(note)}" for note in source.notes]
        out.append("")
    return out


def _section_block(section: Section, dataset: Dataset, lang: str) -> list[str]:
    labels = _LABELS[lang]
    names = ", ".join(esc(c.name.text(lang)) for c in section.stated_countries).rstrip(".")
    out = _heading(labels["section"], "-")
    out += [
        f"**{esc(section.title.text(lang))}** {_label(lang, section.title)}",
        "",
        labels["stated"].format(n=section.stated_expert_count, countries=names),
        "",
        f"**{labels['questions']}**",
        "",
    ]
    out += [f"- ``{q.id}``: {_with_label(lang, q.wording)}" for q in section.questions]
    out.append("")
    if section.summary is not None:
        out += [f"**{labels['summary']}**: {_with_label(lang, section.summary)}", ""]
    return out


def _expert_block(expert: Expert, dataset: Dataset, lang: str) -> list[str]:
    labels = _LABELS[lang]
    countries = _country_names(dataset, lang)
    questions = {q.id: q for s in dataset.sections for q in s.questions}
    out = [f".. _{lang}-expert-{expert.id}:", ""]
    out += _heading(expert.display_name(lang), "~")
    out += [
        f":{labels['id']}: ``{expert.id}``",
        f":{'Name' if lang == 'en' else 'Имя'}: {_with_label(lang, expert.name)}",
    ]
    if expert.name_variants:
        variants = "; ".join(f"{esc(v.value)} ({esc(v.note)})" for v in expert.name_variants)
        out.append(f":{labels['name_variants']}: {variants}{labels['english_only']}")
    country = expert.country
    if country.code is None:
        out.append(f":{labels['country']}: {labels['unknown_country']}")
    else:
        basis = country.basis.value if lang == "en" else _BASIS_RU[country.basis]
        name = countries.get(country.code, country.code)
        line = (
            f":{labels['country']}: {esc(name)} (``{country.code}``); {labels['basis']}: "
            f"{basis}; {labels['evidence']}: {esc(country.evidence)}"
        )
        if country.external_source:
            line += f"; {labels['outside']}: {esc(country.external_source)}"
        out.append(line)
    board = (
        labels["board_member"]
        if expert.advisory_board is models.AdvisoryBoard.MEMBER
        else labels["board_unknown"]
    )
    out.append(f":{labels['board']}: {board}")
    out.append(f":{labels['coverage']}: {labels[expert.coverage.value]}")
    out.append("")
    out += [f"**{labels['positions']}**", ""]
    for position in expert.positions:
        out.append(
            f"- {_with_label(lang, position.title)} ({labels['as_of']} "
            f"{_date(lang, position.as_of)})"
        )
    out.append("")
    if expert.comments:
        out += [f"**{labels['comments']}**", ""]
        for comment in expert.comments:
            out += _comment_block(comment, questions, lang)
    if expert.notes:
        out += [f"**{labels['record_notes']}**", ""]
        out += [f"- {esc(note)}" for note in expert.notes]
        out.append("")
    return out


def _comment_block(comment: Comment, questions: dict[str, Any], lang: str) -> list[str]:
    labels = _LABELS[lang]
    out = [f".. _{lang}-comment-{comment.id}:", ""]
    out += [".. container:: comment", ""]
    body = [
        f"   **{labels['id']}:** ``{comment.id}``",
        "",
        f"   {_with_label(lang, comment.body)}",
        "",
    ]
    if lang != "en":
        body += [f"   {labels['original']}: {_with_label('en', comment.body, lang)}", ""]
    question = questions.get(comment.question)
    if question is not None:
        body += [f"   {labels['question']}: {_with_label(lang, question.wording)}", ""]
    if comment.context is not None:
        body += [f"   {labels['context']}: {_with_label(lang, comment.context)}", ""]
    if comment.span is not None:
        span = labels["span"].format(start=comment.span.start, end=comment.span.end)
        body += [
            f"   {span} (:ref:`{comment.source} <{_source_anchor(comment.source, lang)}>`)",
            "",
        ]
    for note in comment.notes:
        body += [f"   - {esc(note)}{labels['english_only']}", ""]
    return out + body


def _note_block(note: DatasetNote, lang: str) -> list[str]:
    labels = _LABELS[lang]
    return [
        f".. _{lang}-note-{note.id}:",
        "",
        f"``{note.id}`` ({labels['topic']}: {note.topic.value})",
        f"   {_with_label(lang, note.body)}",
        "",
    ]


def experts_rst(lang: str, dataset: Dataset | None = None) -> str:
    """The experts page in ``lang`` (``"en"`` or ``"ru"``) as reStructuredText.

    >>> rst = experts_rst("ru")
    >>> ".. _ru-expert-tariq-rauf:" in rst and "Тарик Рауф" in rst
    True
    """
    dataset = dataset if dataset is not None else nptexperts.load_dataset()
    labels = _LABELS[lang]
    experts: list[Expert] = list(dataset.experts)
    if lang == "ru":
        experts.sort(key=lambda e: (e.family_name.text("ru"), e.id))
    out = [
        ".. This file is generated by docs/_ext/nptdocs.py; do not edit it.",
        "",
        labels["other"],
        "",
        labels["intro"].format(version=dataset.data_version),
        "",
    ]
    for source in dataset.sources:
        out += _source_block(source, lang)
    for section in dataset.sections:
        out += _section_block(section, dataset, lang)
    out += _heading(labels["experts"], "-")
    for expert in experts:
        out += _expert_block(expert, dataset, lang)
    if dataset.notes:
        out += [f".. _dataset-notes-{lang}:", ""]
        out += _heading(labels["notes"], "-")
        for note in dataset.notes:
            out += _note_block(note, lang)
    return "\n".join(out) + "\n"


# -- the Sphinx extension ---------------------------------------------------------------


def api_rst() -> str:
    """The API reference: one autodoc directive for every name in ``nptexperts.__all__``.

    Names are grouped by kind, so a name added to ``__all__`` appears without an edit here.

    >>> rst = api_rst()
    >>> all(f":: {name}" in rst for name in nptexperts.__all__)
    True
    """
    groups: dict[str, list[str]] = {key: [] for key in _API_GROUPS}
    for name in nptexperts.__all__:
        obj = getattr(nptexperts, name)
        if isinstance(obj, type) and issubclass(obj, BaseException):
            kind = "errors"
        elif isinstance(obj, type) and issubclass(obj, enum.Enum):
            kind = "values"
        elif isinstance(obj, type) and obj.__module__ == "nptexperts.models":
            kind = "records"
        elif isinstance(obj, type):
            kind = "classes"
        elif callable(obj) and not typing.get_origin(obj):
            kind = "calls"
        else:
            kind = "constants"
        groups[kind].append(name)
    out = [
        ".. This file is generated by docs/_ext/nptdocs.py; do not edit it.",
        "",
        ".. module:: nptexperts",
        "   :no-index:",
        "",
        ".. currentmodule:: nptexperts",
        "",
    ]
    for kind, (title, intro) in _API_GROUPS.items():
        if not groups[kind]:
            continue
        out += _heading(title, "-")
        out += [intro, ""]
        for name in groups[kind]:
            obj = getattr(nptexperts, name)
            if isinstance(obj, type):
                out += [f".. autoclass:: {name}", "   :members:"]
                if attrs.has(obj) or issubclass(obj, enum.Enum):
                    out.append("   :undoc-members:")
            elif callable(obj) and not typing.get_origin(obj):
                out.append(f".. autofunction:: {name}")
            else:
                out.append(f".. autodata:: {name}")
                if typing.get_origin(obj) is not None:
                    out.append("   :no-value:")
            out.append("")
    out += _exports_rst()
    supporting = _supporting_names()
    if supporting:
        out += _heading("Supporting types", "-")
        out += [
            "Public names of the package's modules that appear in the signatures above but "
            "are not exported at the top level; import them from their module.",
            "",
        ]
        for qualname in supporting:
            obj = _resolve(qualname)
            if isinstance(obj, type):
                out += [f".. autoclass:: {qualname}", "   :members:"]
                if attrs.has(obj) or issubclass(obj, enum.Enum):
                    out.append("   :undoc-members:")
            elif callable(obj) and not typing.get_origin(obj):
                out.append(f".. autofunction:: {qualname}")
            else:
                out.append(f".. autodata:: {qualname}")
                if typing.get_origin(obj) is not None:
                    out.append("   :no-value:")
            out.append("")
    return "\n".join(out)


def _exports_rst() -> list[str]:
    """The export modules, if the package has them: each module with its members."""
    try:
        package = importlib.import_module("nptexperts.export")
    except ImportError:
        return []
    out = _heading("Exports", "-")
    out += [
        ".. automodule:: nptexperts.export",
        "",
    ]
    path = getattr(package, "__path__", [])
    for module in sorted(m.name for m in pkgutil.iter_modules(path)):
        if module.startswith("_"):
            continue
        name = f"nptexperts.export.{module}"
        out += _heading(f"``{name}``", "~")
        out += [f".. automodule:: {name}", "   :members:", ""]
    return out


def _resolve(qualname: str) -> Any:
    module_name, name = qualname.rsplit(".", 1)
    return getattr(importlib.import_module(module_name), name)


def _supporting_names() -> list[str]:
    """``module.name`` for each name in the ``__all__`` of a module that a public name
    comes from, when that object is not itself exported by ``nptexperts``."""
    exported = {id(getattr(nptexperts, n)) for n in nptexperts.__all__}
    modules = sorted(
        {
            getattr(getattr(nptexperts, n), "__module__", "")
            for n in nptexperts.__all__
            if isinstance(getattr(nptexperts, n), type) or callable(getattr(nptexperts, n))
        }
        - {"", "typing", "nptexperts"}
    )
    names = []
    for module_name in modules:
        if not module_name.startswith("nptexperts."):
            continue
        module = importlib.import_module(module_name)
        for name in getattr(module, "__all__", ()):
            if id(getattr(module, name)) not in exported:
                names.append(f"{module_name}.{name}")
    return names


_API_GROUPS: dict[str, tuple[str, str]] = {
    "calls": (
        "Loading and looking up",
        "The shipped records load once, on first use; every call returns immutable objects.",
    ),
    "classes": (
        "Indexes, results and faults",
        "What the calls above return (and, for faults, what :class:`DataError` carries).",
    ),
    "records": (
        "Record types",
        "Frozen, slotted attrs classes; their fields are described for researchers in the "
        ":doc:`/data-dictionary`.",
    ),
    "values": ("Values", "The enumerations record fields take their values from."),
    "errors": ("Errors", "Every error raised on purpose derives from :class:`NptExpertsError`."),
    "constants": ("Constants and types", ""),
}


_ROOT = Path(__file__).resolve().parent.parent.parent
_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)\)")
#: Repository files that are pages of the site, for links in README sections.
_SITE_PAGES = {"CHANGELOG.md": "/changelog", "docs/curating.md": "/curating", "README.md": "/index"}


def _site_link(match: re.Match[str]) -> str:
    text, target = match.group(1), match.group(2)
    if re.match(r"[a-z]+:", target) or target.startswith("#"):
        return match.group(0)
    page = _SITE_PAGES.get(target.split("#", 1)[0])
    return f"{{doc}}`{text} <{page}>`" if page else f"{text} (`{target}`)"


def readme_section(readme: str, heading: str = r"version") -> str | None:
    """The README's ``## ...`` section whose title matches ``heading`` (case ignored),
    one heading level up, with links to repository files made site links or plain text.

    >>> readme_section("# P\\n\\n## Versioning policy\\n\\nSee [log](CHANGELOG.md).\\n## Next\\n")
    '# Versioning policy\\n\\nSee {doc}`log </changelog>`.\\n'
    >>> readme_section("# P\\n") is None
    True
    """
    lines = readme.splitlines(keepends=True)
    start = next(
        (
            i
            for i, line in enumerate(lines)
            if line.startswith("## ") and re.search(heading, line, flags=re.IGNORECASE)
        ),
        None,
    )
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    section = []
    fence = False
    for line in lines[start:end]:
        if line.startswith("```"):
            fence = not fence
        if not fence and line.startswith("##"):
            line = line[1:]
        section.append(line if fence else _LINK.sub(_site_link, line))
    return "".join(section)


def versioning_md() -> str:
    """The versioning page's body: the README's versioning section, or a short fallback."""
    section = readme_section((_ROOT / "README.md").read_text(encoding="utf-8"))
    if section is not None:
        return section
    return (
        "# Versioning\n\n"
        "The package version (`nptexperts.__version__`, PEP 440) and the version of the "
        "records it ships (`nptexperts.DATA_VERSION`, `YEAR.N`) are kept apart. Record ids "
        "are stable forever once released. The {doc}`/changelog` names every data release.\n"
    )


def _pages() -> Iterator[tuple[str, str]]:
    yield "versioning.md", versioning_md()
    yield "api.rst", api_rst()
    yield "data-dictionary.rst", data_dictionary_rst()
    dataset = nptexperts.load_dataset()
    for lang in ("en", "ru"):
        yield f"experts-{lang}.rst", experts_rst(lang, dataset)


def write_pages(target: Path) -> list[Path]:
    """Write the generated pages into ``target``; files whose text is unchanged are left alone."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in _pages():
        path = target / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _public_target(app: Any, env: Any, node: Any, contnode: Any) -> Any:
    """Resolve ``nptexperts.models.Text`` (how type hints name it) to ``nptexperts.Text``."""
    if node.get("refdomain") != "py":
        return None
    target = node.get("reftarget", "")
    module = node.get("py:module") or ""
    name = target.rsplit(".", 1)[-1]
    domain = env.get_domain("py")
    if target.startswith("nptexperts.") and name in nptexperts.__all__:
        candidates = [f"nptexperts.{name}"]
    elif module.startswith("nptexperts"):
        # A short name in a package docstring (``:func:`to_json``` in nptexperts.export)
        # that one of its submodules documents.
        candidates = [
            full
            for full in domain.objects
            if full.startswith(f"{module}.") and full.endswith(f".{name}")
        ]
    else:
        return None
    if len(candidates) != 1 or candidates[0] == target:
        return None
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], candidates[0], node, contnode
    )


def _split_params(signature: str) -> list[str]:
    params, depth, current = [], 0, ""
    for char in signature:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        if char == "," and depth == 0:
            params.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        params.append(current.strip())
    return params


def _hide_private_params(
    app: Any,
    what: str,
    name: str,
    obj: Any,
    options: Any,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Drop private ``__init__`` parameters (``_experts: ...``) from class signatures:
    those classes are built by the package, not by callers."""
    if what != "class" or not signature or "_" not in signature:
        return None
    params = _split_params(signature[1:-1])
    public = [p for p in params if not p.lstrip("*").startswith("_")]
    if len(public) == len(params):
        return None
    return "(" + ", ".join(public) + ")", return_annotation


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point."""
    app.connect("autodoc-process-signature", _hide_private_params)

    def generate(app: Any) -> None:
        write_pages(Path(app.srcdir) / "_generated")

    app.connect("builder-inited", generate)
    app.connect("missing-reference", _public_target)
    return {"version": nptexperts.__version__, "parallel_read_safe": True}
