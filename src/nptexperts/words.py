"""The words the interface shows, in English and Russian: the one place they live.

Labels, headings, the values of every enumeration in words, counts and dates:
the command line, the notebook display and the documentation all take their
words from here, so that a Russian reader sees Russian throughout, in the terms
PIR Center itself uses (its Advisory Board is «Экспертный совет ПИР-Центра»).

>>> from nptexperts.models import AdvisoryBoard, Origin
>>> word("advisory_board", "ru")
'Экспертный совет ПИР-Центра'
>>> enum_word(Origin.EDITORIAL_TRANSLATION, "ru")
'редакционный перевод'
>>> count(3, "expert", "ru"), count(21, "expert", "ru"), count(1, "comment", "en")
('3 эксперта', '21 эксперт', '1 comment')
>>> import datetime
>>> date(datetime.date(2026, 4, 27), "ru"), date(datetime.date(2026, 4, 27), "en")
('27 апреля 2026 г.', '27 April 2026')

A key or an enumeration value without words is a :class:`KeyError`; a test
checks that every member of every enumeration has words in both languages.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Final

from nptexperts.lang import Lang, normalize_lang

__all__ = ["COUNT_NOUNS", "ENUM_WORDS", "WORDS", "count", "date", "enum_word", "word"]

#: Labels and phrases, by key; a phrase may have ``{fields}`` that :func:`word` fills.
WORDS: Final[Mapping[str, Mapping[Lang, str]]] = {
    # -- records and their fields
    "expert": {"en": "Expert", "ru": "Эксперт"},
    "experts": {"en": "Experts", "ru": "Эксперты"},
    "name": {"en": "Name", "ru": "Имя"},
    "record_id": {"en": "Record id", "ru": "Идентификатор записи"},
    "country": {"en": "Country", "ru": "Страна"},
    "country_basis": {"en": "Basis", "ru": "Основание"},
    "evidence": {"en": "Evidence", "ru": "Обоснование"},
    "external_source": {"en": "Outside source", "ru": "Внешний источник"},
    "unknown_country": {"en": "unknown country", "ru": "страна неизвестна"},
    "advisory_board": {
        "en": "PIR Center Advisory Board",
        "ru": "Экспертный совет ПИР-Центра",
    },
    "positions": {"en": "Positions", "ru": "Должности"},
    "position": {"en": "Position", "ru": "Должность"},
    "as_of": {"en": "as of {date}", "ru": "по состоянию на {date}"},
    "comments": {"en": "Comments", "ru": "Комментарии"},
    "comment": {"en": "Comment", "ru": "Комментарий"},
    "coverage": {"en": "Comments in the dataset", "ru": "Комментарии в наборе данных"},
    "question": {"en": "Question", "ru": "Вопрос"},
    "questions": {"en": "Questions", "ru": "Вопросы"},
    "context": {"en": "PIR's words around the quote", "ru": "Слова ПИР-Центра вокруг цитаты"},
    "span": {
        "en": "characters {start}–{end} of the source's text",
        "ru": "символы {start}–{end} текста источника",
    },
    "name_variants": {"en": "Other spellings", "ru": "Другие написания"},
    "name_variant": {"en": "Other spelling", "ru": "Другое написание"},
    "record_notes": {"en": "Editors' notes", "ru": "Примечания редакторов"},
    "dataset_notes": {"en": "Dataset notes", "ru": "Примечания к набору данных"},
    "topic": {"en": "Topic", "ru": "Тема"},
    "source": {"en": "Source", "ru": "Источник"},
    "sources": {"en": "Sources", "ru": "Источники"},
    "section": {"en": "Section", "ru": "Раздел"},
    "summary": {"en": "PIR's summary", "ru": "Резюме ПИР-Центра"},
    "keywords": {"en": "Keywords", "ru": "Ключевые слова"},
    "conference_start": {
        "en": "The Review Conference starts (as PIR states it)",
        "ru": "Начало Обзорной конференции (по словам ПИР-Центра)",
    },
    "project_goal": {"en": "The project's goal", "ru": "Цель проекта"},
    "project_method": {"en": "How the comments were gathered", "ru": "Как собраны комментарии"},
    "project_context": {
        "en": "The context PIR gives",
        "ru": "Контекст, который называет ПИР-Центр",
    },
    "number": {"en": "Number", "ru": "Номер"},
    "date": {"en": "Date", "ru": "Дата"},
    "publisher": {"en": "Publisher", "ru": "Издатель"},
    "language": {"en": "Language", "ru": "Язык"},
    "lang_en": {"en": "English", "ru": "английский"},
    "lang_ru": {"en": "Russian", "ru": "русский"},
    # -- provenance and languages
    "in_english": {"en": "in English", "ru": "на английском"},
    "english_only": {"en": "English only", "ru": "только на английском"},
    "provenance": {"en": "Provenance", "ru": "Происхождение"},
    # -- phrases
    "no_comments_quoted": {
        "en": "The source quotes none of this expert's comments; they are only in PIR Center's"
        " section “{section}”.",
        "ru": "Источник не цитирует комментариев этого эксперта; они есть только в разделе"
        " ПИР-Центра «{section}».",
    },
    "listed_without_experts": {
        "en": "The source lists {country} among the experts' countries, but no position of the"
        " experts it names points to it (see the dataset notes).",
        "ru": "Источник называет страну {country} среди стран экспертов, но ни одна должность"
        " названных в нём экспертов не указывает на неё (см. примечания к набору данных).",
    },
    "no_expert_from": {
        "en": "No expert in the dataset is from {country}.",
        "ru": "В наборе данных нет экспертов из страны {country}.",
    },
    "error": {"en": "Error", "ru": "Ошибка"},
    "unknown_expert": {
        "en": "no expert has the id {id}",
        "ru": "нет эксперта с идентификатором {id}",
    },
    "unknown_record": {
        "en": "no record has the id {id}",
        "ru": "нет записи с идентификатором {id}",
    },
    "unknown_comment": {
        "en": "no comment has the id {id}",
        "ru": "нет комментария с идентификатором {id}",
    },
    "unknown_source": {
        "en": "no source has the id {id}",
        "ru": "нет источника с идентификатором {id}",
    },
    "unknown_data_version": {
        "en": "no data release has the version {version}: the releases are {releases}",
        "ru": "нет выпуска данных с версией {version}; выпуски: {releases}",
    },
    "unknown_country_query": {
        "en": "{query} names no country",
        "ru": "{query} — не название страны и не её код",
    },
    "did_you_mean": {"en": "did you mean {options}?", "ru": "возможно, вы имели в виду {options}?"},
    "or": {"en": "or", "ru": "или"},
    "and_more": {"en": "and {n} more", "ru": "и ещё {n}"},
    "no_matches": {"en": "no matches for {query}", "ru": "ничего не найдено по запросу {query}"},
    "data_version": {"en": "Data version", "ru": "Версия данных"},
    "package_version": {"en": "Package version", "ru": "Версия пакета"},
    "digest": {"en": "SHA-256", "ru": "SHA-256"},
    "verified": {
        "en": "verified: the records are byte for byte the release",
        "ru": "проверено: записи совпадают с выпуском байт в байт",
    },
    "licence": {"en": "Licence", "ru": "Лицензия"},
    "rights": {"en": "Rights", "ru": "Права"},
    "cite": {"en": "How to cite", "ru": "Как цитировать"},
    "records": {"en": "Records", "ru": "Записи"},
    "by_country": {"en": "Experts by country", "ru": "Эксперты по странам"},
    "releases": {"en": "Data releases", "ru": "Выпуски данных"},
    "release_heading": {"en": "data {version}", "ru": "данные {version}"},
    "first_shipped": {
        "en": "first in nptexperts {version}",
        "ru": "впервые в nptexperts {version}",
    },
    "withdrew": {"en": "withdrew {kind} {id}: {reason}", "ru": "отозвано ({kind}) {id}: {reason}"},
    "use_instead": {"en": "; use {id}", "ru": "; взамен: {id}"},
    "diff_heading": {"en": "data {old} → {new}", "ru": "данные {old} → {new}"},
    "diff_same": {"en": "no record differs", "ru": "ни одна запись не отличается"},
    "diff_added": {"en": "added", "ru": "добавлено"},
    "diff_removed": {"en": "removed", "ru": "удалено"},
    "diff_changed": {"en": "changed", "ru": "изменено"},
    "diff_none": {"en": "(none)", "ru": "(нет)"},
    "diff_summary": {
        "en": "{added} added, {removed} removed, {changed} changed ({records})",
        "ru": "добавлено: {added}, удалено: {removed}, изменено: {changed} ({records})",
    },
    "kind_expert": {"en": "expert", "ru": "эксперт"},
    "kind_comment": {"en": "comment", "ru": "комментарий"},
    "kind_source": {"en": "source", "ru": "источник"},
    "kind_section": {"en": "section", "ru": "раздел"},
    "kind_question": {"en": "question", "ru": "вопрос"},
    "kind_note": {"en": "note", "ru": "примечание"},
    # -- the documentation site: its reader pages
    "site_experts_intro": {
        "en": "Every expert in the dataset (data version {version}), with the country, membership"
        " of PIR Center's Advisory Board as the source states it, and the number of comments"
        " the dataset holds. Each name links to the expert's page, whose address stays the same.",
        "ru": "Все эксперты набора данных (версия данных {version}): страна, членство в Экспертном"
        " совете ПИР-Центра по словам источника и число комментариев в наборе данных. Имя ведёт"
        " на страницу эксперта; её адрес не меняется.",
    },
    "site_labels_intro": {
        "en": "Every text is labelled with where its words come from: *published* is the"
        " source's own wording, *editorial translation* a translation made for this dataset,"
        " *editorial wording* the dataset editors' own words.",
        "ru": "У каждого текста указано происхождение: *опубликовано* — формулировка источника,"
        " *редакционный перевод* — перевод, сделанный для этого набора данных, *редакционный"
        " текст* — слова редакторов набора данных.",
    },
    "site_other_language": {"en": "This page in Russian", "ru": "Эта страница на английском"},
    "site_all_experts": {"en": "All experts", "ru": "Все эксперты"},
    "site_board_member": {"en": "member", "ru": "член"},
    "site_board_unknown": {"en": "not stated", "ru": "не указано"},
    "site_published_original": {"en": "Published original", "ru": "Опубликованный оригинал"},
    "site_quoted_from": {"en": "Quoted from", "ru": "Цитата из источника"},
    "site_address": {"en": "Address", "ru": "Адрес"},
    "site_source_notes": {"en": "Notes on the source", "ru": "Примечания к источнику"},
    "site_stated": {
        "en": "The source says the section holds {experts}, from: {countries}.",
        "ru": "По словам источника, в разделе {experts} из стран: {countries}.",
    },
    "site_notes_intro": {
        "en": "The dataset editors' notes on the source: what it says, what it leaves out,"
        " and how the records keep it.",
        "ru": "Примечания редакторов набора данных к источнику: что в нём сказано, чего в нём"
        " нет и как это отражено в записях.",
    },
    # -- the documentation site: the theme's own words (the English is what the theme
    # prints; the Russian pages show the Russian)
    "site_next": {"en": "Next", "ru": "Далее"},
    "site_previous": {"en": "Previous", "ru": "Назад"},
    "site_on_this_page": {"en": "On this page", "ru": "На этой странице"},
    "site_back_to_top": {"en": "Back to top", "ru": "Наверх"},
    "site_made_with": {"en": "Made with ", "ru": "Сделано на "},
    "site_skip": {"en": "Skip to content", "ru": "Перейти к содержимому"},
    "site_toggle_navigation": {
        "en": "Toggle site navigation sidebar",
        "ru": "Показать или скрыть навигацию по сайту",
    },
    "site_toggle_contents": {
        "en": "Toggle table of contents sidebar",
        "ru": "Показать или скрыть содержание страницы",
    },
    "site_toggle_theme": {
        "en": "Toggle Light / Dark / Auto color theme",
        "ru": "Светлая, тёмная или автоматическая тема",
    },
    "site_home": {"en": "Home", "ru": "Главная"},
    "site_search": {"en": "Search", "ru": "Поиск"},
    "site_copyright": {
        "en": "Copyright &#169; %(copyright)s",
        "ru": "&#169; %(copyright)s",
    },
    "site_authors": {"en": "nptexperts developers", "ru": "разработчики nptexperts"},
    # -- the command line (list, show)
    "labelled": {"en": "{label} ({note})", "ru": "{label} ({note})"},
    "text_label": {"en": "[{language}, {origin}]", "ru": "[{language}, {origin}]"},
    "as_of_source": {"en": "as of {date}, {source}:", "ru": "по состоянию на {date}, {source}:"},
    "comment_about": {"en": "{id} ({source}): {question}", "ru": "{id} ({source}): {question}"},
    "variant": {"en": "{value} ({language}, {source})", "ru": "{value} ({language}, {source})"},
    # -- quoting and citing (verify, cite, the experts' pages)
    "cite_block": {"en": "Cite", "ru": "Как цитировать"},
    "verify_exact": {
        "en": "Found word for word: {who}, {record}.",
        "ru": "Найдено дословно: {who}, {record}.",
    },
    "verify_normalized": {
        "en": "Found, up to typography (case, quotation marks, dashes, spaces, ё/е): {who}, {record}.",
        "ru": "Найдено с точностью до типографики (регистр, кавычки, тире, пробелы, ё/е): {who}, {record}.",
    },
    "verify_fuzzy": {
        "en": "Not found word for word. Near match ({score:.0f}/100): {who}, {record}.",
        "ru": "Дословно не найдено. Близкое совпадение ({score:.0f}/100): {who}, {record}.",
    },
    "verify_not_found": {
        "en": "Not found: no text of data {version} holds this quote, or anything close to it.",
        "ru": "Не найдено: ни один текст данных {version} не содержит этой цитаты или близкого к ней текста.",
    },
    "verify_tie": {
        "en": "Ambiguous: {n} records of different speakers match about equally; no attribution is made:",
        "ru": "Неоднозначно: {n} записи разных авторов совпадают почти одинаково; автор не определён:",
    },
    "verify_pir": {
        "en": "These are PIR Center's own words, not an expert's.",
        "ru": "Это слова самого ПИР-Центра, а не эксперта.",
    },
    "verify_translation": {
        "en": "It matches this dataset's editorial translation, not the expert's published words.",
        "ru": "Цитата совпадает с редакционным переводом этого набора данных, а не с опубликованными словами эксперта.",
    },
    "verify_other_expert": {
        "en": "Not said by {expected}: the words are {who}'s.",
        "ru": "Это не слова эксперта {expected}: автор — {who}.",
    },
    "verify_where": {
        "en": "{source}, characters {start}–{end}; {origin}.",
        "ru": "{source}, символы {start}–{end}; {origin}.",
    },
    "verify_origin_only": {"en": "{origin}.", "ru": "{origin}."},
    "verify_differs": {"en": "What differs:", "ru": "Отличия:"},
    "pir_center": {"en": "PIR Center", "ru": "ПИР-Центр"},
    "diff_changed_one": {
        "en": "a word changed: {quote} in the quote, {record} in the record",
        "ru": "слово изменено: {quote} в цитате, {record} в записи",
    },
    "diff_changed_many": {
        "en": "words changed: {quote} in the quote, {record} in the record",
        "ru": "слова изменены: {quote} в цитате, {record} в записи",
    },
    "diff_punctuation": {
        "en": "the words are the same; punctuation differs",
        "ru": "слова те же; отличается пунктуация",
    },
    "diff_added_one": {"en": "a word added: {quote}", "ru": "слово добавлено: {quote}"},
    "diff_added_many": {"en": "words added: {quote}", "ru": "слова добавлены: {quote}"},
    "diff_dropped_one": {"en": "a word dropped: {record}", "ru": "слово пропущено: {record}"},
    "diff_dropped_many": {"en": "words dropped: {record}", "ru": "слова пропущены: {record}"},
}

#: Every value of every enumeration a record field takes, in words.
ENUM_WORDS: Final[Mapping[str, Mapping[str, Mapping[Lang, str]]]] = {
    "Origin": {
        "published": {"en": "published", "ru": "опубликовано"},
        "editorial_translation": {"en": "editorial translation", "ru": "редакционный перевод"},
        "editorial": {"en": "editorial wording", "ru": "редакционный текст"},
    },
    "Honorific": {
        # The record keeps the honorific as data; Russian display names leave it out
        # (before a Russian name, «д-р» and «проф.» read as academic degrees and titles).
        "Dr.": {"en": "Dr.", "ru": "д-р"},
        "Prof.": {"en": "Prof.", "ru": "проф."},
        "Mr.": {"en": "Mr.", "ru": "г-н"},
        "Ms.": {"en": "Ms.", "ru": "г-жа"},
    },
    "CountryBasis": {
        "named_in_affiliation": {
            "en": "named in an affiliation",
            "ru": "страна названа в месте работы",
        },
        "implied_by_affiliation": {
            "en": "implied by an affiliation (an institution of the country)",
            "ru": "место работы — учреждение этой страны",
        },
        "external": {"en": "a fact from outside the source", "ru": "факт вне источника"},
        "unknown": {"en": "unknown", "ru": "неизвестно"},
    },
    "AdvisoryBoard": {
        "member": {"en": "member (as the source states)", "ru": "член (по словам источника)"},
        "unknown": {
            "en": "unknown: the source does not say (silence does not mean “no”)",
            "ru": "неизвестно: источник об этом не говорит (молчание не означает «нет»)",
        },
    },
    "CommentCoverage": {
        "quoted": {"en": "quoted in part by the source", "ru": "источник цитирует их частично"},
        "not_quoted": {
            "en": "not quoted: the full comments are only in PIR Center's section",
            "ru": "не цитируются: полные комментарии есть только в разделе ПИР-Центра",
        },
    },
    "NoteTopic": {
        "contradiction": {"en": "contradiction in the source", "ru": "противоречие в источнике"},
        "gap": {"en": "gap in the source", "ru": "пробел в источнике"},
        "normalisation": {"en": "normalisation", "ru": "нормализация"},
        "scope": {"en": "scope of the dataset", "ru": "охват набора данных"},
    },
}

#: Nouns that :func:`count` counts: English singular and plural; Russian forms for
#: one (1, 21…), few (2–4, 22–24…) and many (5–20, 25…).
COUNT_NOUNS: Final[Mapping[str, tuple[tuple[str, str], tuple[str, str, str]]]] = {
    "expert": (("expert", "experts"), ("эксперт", "эксперта", "экспертов")),
    "comment": (("comment", "comments"), ("комментарий", "комментария", "комментариев")),
    "quoted_comment": (
        ("quoted comment", "quoted comments"),
        ("цитируемый комментарий", "цитируемых комментария", "цитируемых комментариев"),
    ),
    "position": (("position", "positions"), ("должность", "должности", "должностей")),
    "source": (("source", "sources"), ("источник", "источника", "источников")),
    "section": (("section", "sections"), ("раздел", "раздела", "разделов")),
    "result": (("result", "results"), ("результат", "результата", "результатов")),
    "match": (("match", "matches"), ("совпадение", "совпадения", "совпадений")),
    "record": (("record", "records"), ("запись", "записи", "записей")),
    "change": (("change", "changes"), ("изменение", "изменения", "изменений")),
    "release": (("release", "releases"), ("выпуск", "выпуска", "выпусков")),
    "fault": (("fault", "faults"), ("ошибка", "ошибки", "ошибок")),
    "question": (("question", "questions"), ("вопрос", "вопроса", "вопросов")),
    "note": (("note", "notes"), ("примечание", "примечания", "примечаний")),
}

_MONTHS_RU = (
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


def word(key: str, lang: str = "en", **fields: object) -> str:
    """The words for ``key`` in ``lang``, with ``{fields}`` filled in."""
    text = WORDS[key][normalize_lang(lang)]
    return text.format(**fields) if fields else text


def enum_word(member: enum.Enum, lang: str = "en") -> str:
    """The value of an enumeration in words (``CountryBasis.EXTERNAL`` → "факт вне источника")."""
    return ENUM_WORDS[type(member).__name__][member.value][normalize_lang(lang)]


def _russian_form(n: int) -> int:
    """0 for one (1, 21, 101…), 1 for few (2–4, 22–24…), 2 for many (0, 5–20, 25…)."""
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def count(n: int, noun: str, lang: str = "en") -> str:
    """``n`` and the noun in the form the number takes: "2 experts", «2 эксперта», «5 экспертов»."""
    english, russian = COUNT_NOUNS[noun]
    if normalize_lang(lang) == "en":
        return f"{n} {english[0] if n == 1 else english[1]}"
    return f"{n} {russian[_russian_form(abs(n))]}"


def date(day: datetime.date, lang: str = "en") -> str:
    """A date in words: "2 July 2025", «2 июля 2025 г.»."""
    if normalize_lang(lang) == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTHS_RU[day.month - 1]} {day.year} г."
