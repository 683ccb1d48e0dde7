"""References: ГОСТ Р 7.0.100-2018 checked against the standard's own example, APA and
Chicago rendered by citeproc-py, BibTeX parsed back by pybtex, CSL-JSON, and the command."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from click.testing import CliRunner

import nptexperts
from nptexperts._citing import STYLES, cite, reference
from nptexperts.cli import main

GROSS = "zacharie-gross.prospects-2026.1"
DAY = datetime.date(2026, 5, 4)
DIGEST = nptexperts.dataset_info().digest
DIGEST_2026_1 = nptexperts.dataset_info(data_version="2026.1").digest

#: ГОСТ Р 7.0.100-2018, Appendix A: the analytic description of an article on a website.
STANDARD_EXAMPLE = (
    "Грязев, А. «Пустое занятие»: кто лишает Россию права вето в СБ ООН : в ООН возобновили"
    " дискуссию о лишении России права вето в СБ / А. Грязев. – Текст : электронный //"
    " Газета.ru : [сайт]. – 2018. – 2 авг. – URL:"
    " https://www.gazeta.ru/politics/2018/08/02_a_11882587.shtml (дата обращения: 09.09.2018)."
)

#: The example's grammar: heading (family name, initials), title, «/» statement of
#: responsibility, «. – » then the content form, «//» the host, «. – » areas, URL with
#: the access date.
ANALYTIC = re.compile(
    r"^(?P<family>[^\s,]+), (?P<initials>(?:\w\.(?:-\w\.)? ?)+) (?P<title>.+?)"
    r" / (?P<resp>.+?)\. – (?P<form>Текст : электронный|Text : electronic)"
    r" // (?P<host>.+?)\. – (?P<areas>.+?)\. – URL: (?P<url>\S+)"
    r" \((?:дата обращения|accessed): (?P<day>\d\d\.\d\d\.\d{4})\)(?P<tail>.*)\.$"
)


def _check_punctuation(reference: str) -> None:
    # Areas are separated by a full stop and a spaced en dash, never a hyphen.
    assert " - " not in reference
    assert " — " not in reference
    assert ".. " not in reference
    assert ". . " not in reference
    for separator in re.findall(r"\S ?– ", reference):
        assert separator[0] == "." or separator[0].isdigit() or separator[0] == ")", separator


def test_the_pattern_reads_the_standards_own_example() -> None:
    found = ANALYTIC.match(STANDARD_EXAMPLE)
    assert found is not None
    assert found["family"] == "Грязев"
    assert found["initials"] == "А."
    assert found["resp"] == "А. Грязев"
    assert found["host"] == "Газета.ru : [сайт]"
    assert found["day"] == "09.09.2018"
    _check_punctuation(STANDARD_EXAMPLE)


def test_gost_russian_follows_the_standards_pattern() -> None:
    ref = cite(GROSS, style="gost", lang="ru", accessed=DAY)
    found = ANALYTIC.match(ref)
    assert found is not None, ref
    assert (found["family"], found["initials"]) == ("Гросс", "З.")
    # The name in its Russian form, in the heading and the statement of responsibility.
    assert found["resp"] == "З. Гросс ; ред. пер. проекта nptexperts"
    assert found["form"] == "Текст : электронный"
    # The source gives the comment no title: the description is the project's, in brackets.
    assert found["title"].startswith("[Комментарий")
    assert found["title"].endswith("]")
    assert found["host"].startswith("PIR Center introduces a new section on the website")
    assert found["host"].endswith(": пресс-релиз № 23 (81), 2025")
    assert found["areas"] == "Москва : ПИР-Центр, 2025. – 2 июля"
    assert found["url"] == nptexperts.load_dataset().sources[0].url
    assert found["day"] == "04.05.2026"
    assert "Фрагмент: символы 6635–7126" in found["tail"]
    assert f"выпуск {nptexperts.DATA_VERSION}, SHA-256 {DIGEST}" in found["tail"]
    _check_punctuation(ref)


def test_gost_english_form_cites_the_published_words() -> None:
    ref = cite(GROSS, style="gost", lang="en", accessed=DAY)
    found = ANALYTIC.match(ref)
    assert found is not None, ref
    assert (found["family"], found["initials"], found["resp"]) == ("Gross", "Z.", "Z. Gross")
    assert found["form"] == "Text : electronic"
    assert found["areas"] == "Moscow : PIR Center, 2025. – July 2"
    assert "translation" not in ref
    assert "Passage: characters 6635–7126" in ref
    _check_punctuation(ref)


def test_gost_access_date_is_today_by_default() -> None:
    ref = cite(GROSS, style="gost", lang="ru")
    assert f"(дата обращения: {datetime.date.today():%d.%m.%Y})" in ref


def test_gost_for_each_kind_of_record() -> None:
    source = cite("pir-press-2025-23", style="gost", lang="ru", accessed=DAY)
    assert source.startswith("PIR Center introduces a new section")
    assert "– Текст : электронный // ПИР-Центр : [сайт]. – Москва : ПИР-Центр, 2025." in source
    section = cite("npt-2026-prospects", style="gost", lang="ru", accessed=DAY)
    assert section.startswith("Эксперты о перспективах Обзорной конференции ДНЯО 2026 года /")
    assert "ред. пер. проекта nptexperts" in section
    expert = cite("zacharie-gross", style="gost", lang="en", accessed=DAY)
    assert expert.startswith("[Expert record: Zacharie Gross]. – Text : electronic //")
    position = cite("zacharie-gross#position-1", style="gost", lang="en", accessed=DAY)
    text = nptexperts.source_text("pir-press-2025-23")
    found = re.search(r"Passage: characters (\d+)–(\d+)", position)
    assert found is not None
    assert (
        text[int(found[1]) : int(found[2])] == "Counselor, Embassy of the French Republic to Russia"
    )
    for ref in (source, section, expert, position):
        _check_punctuation(ref)


def test_position_ids_count_from_0_as_the_api_and_the_csv_do() -> None:
    gross = nptexperts.get_expert("zacharie-gross")
    for i, pos in enumerate(gross.positions):
        ref = cite(f"zacharie-gross#position-{i}", style="gost", lang="en", accessed=DAY)
        assert pos.title.en.value in ref


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_reference_names_release_and_passage(style: str, lang: str) -> None:
    ref = cite(GROSS, style=style, lang=lang, accessed=DAY)
    assert DIGEST in ref
    assert nptexperts.DATA_VERSION in ref
    assert "6635" in ref
    assert "7126" in ref
    translated = "nptexperts" in ref and ("перевод" in ref or "пер." in ref)
    assert translated == (lang == "ru")


def test_an_earlier_release_cites_its_own_digest_and_names() -> None:
    ref = cite(GROSS, style="gost", lang="ru", data_version="2026.1", accessed=DAY)
    assert f"выпуск 2026.1, SHA-256 {DIGEST_2026_1}" in ref
    assert reference(GROSS, lang="ru", data_version="2026.1").authors == (("Гросс", "Закари"),)


def test_apa_and_chicago_are_rendered_by_citeproc() -> None:
    apa = cite(GROSS, style="apa", accessed=DAY)
    assert apa.startswith("Gross, Z. (2025, July 2). [Comment on the prospects")
    chicago = cite(GROSS, style="chicago", accessed=DAY)
    assert chicago.startswith("Gross, Z. 2025.")
    assert "Accessed May 4, 2026" in chicago
    ru = cite(GROSS, style="apa", lang="ru", accessed=DAY)
    assert ru.startswith("Гросс, З. (2025")
    assert "Редакционный перевод проекта nptexperts, а не опубликованные слова эксперта" in ru


ENGLISH_TERMS = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Translated by|Accessed|Retrieved)\b|\btrans\."
)


@pytest.mark.parametrize("style", ["apa", "chicago"])
def test_russian_apa_and_chicago_use_the_russian_csl_locale(style: str) -> None:
    ru = cite(GROSS, style=style, lang="ru", accessed=DAY)
    assert ENGLISH_TERMS.search(ru) is None, ru
    assert "2 июля" in ru, ru  # the source's date, 2 July 2025, in the genitive
    en = cite(GROSS, style=style, lang="en", accessed=DAY)
    assert "July 2" in en


def test_bibtex_parses_back() -> None:
    from pybtex.database import parse_string

    for lang in ("en", "ru"):
        data = parse_string(cite(GROSS, style="bibtex", lang=lang, accessed=DAY), "bibtex")
        (key, entry), *_ = data.entries.items()
        assert key == GROSS
        assert entry.type == "misc"
        (person,) = entry.persons["author"]
        assert person.last_names == (["Gross"] if lang == "en" else ["Гросс"])
        assert entry.fields["urldate"] == "2026-05-04"
        assert DIGEST in entry.fields["note"]
        assert ("translator" in entry.fields) == (lang == "ru")


def test_bibtex_escapes_tex_specials() -> None:
    from nptexperts._citing.bibtex import tex_escape

    assert tex_escape("50% & $x_1$ {#}") == r"50\% \& \$x\_1\$ \{\#\}"


def test_csl_json_is_what_the_styles_render() -> None:
    (item,) = json.loads(cite(GROSS, style="csl-json", lang="ru", accessed=DAY))
    assert item["id"] == GROSS
    assert item["type"] == "webpage"
    assert item["author"] == [{"family": "Гросс", "given": "Захари"}]
    assert item["translator"] == [{"literal": "проект nptexperts"}]
    assert item["issued"] == {"date-parts": [[2025, 7, 2]]}
    assert item["accessed"] == {"date-parts": [[2026, 5, 4]]}
    assert item["locator"] == "6635–7126"
    (en,) = json.loads(cite(GROSS, style="csl-json", accessed=DAY))
    assert "translator" not in en


def test_bad_arguments() -> None:
    with pytest.raises(nptexperts.InvalidArgumentError, match="unknown citation style"):
        cite(GROSS, style="mla")
    with pytest.raises(nptexperts.UnknownIdError) as info:
        cite("zacharie-gros.prospects-2026.1")
    assert GROSS in info.value.suggestions
    with pytest.raises(nptexperts.UnknownIdError) as info:
        cite("zacharie-gross#position-2")  # positions count from 0: he has two
    assert info.value.suggestions == ("zacharie-gross#position-0",)
    with pytest.raises(nptexperts.UnsupportedLanguageError):
        cite(GROSS, lang="fr")
    with pytest.raises(nptexperts.InvalidArgumentError):
        cite(GROSS, accessed="2026-05-04")  # type: ignore[arg-type]


def test_cite_command() -> None:
    runner = CliRunner()
    result = runner.invoke(
        main, ["cite", GROSS, "--style", "gost", "--lang", "ru", "--accessed", "2026-05-04"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == cite(GROSS, style="gost", lang="ru", accessed=DAY) + "\n"
    bad = runner.invoke(main, ["cite", GROSS, "--accessed", "4 May"])
    assert bad.exit_code == 1
    assert "YYYY-MM-DD" in bad.output
    unknown = runner.invoke(main, ["cite", "nobody", "--lang", "ru"])
    assert unknown.exit_code == 1
    assert "Traceback" not in unknown.output


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_without_citeproc_the_error_points_to_gost(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "citeproc", None)  # as on a base install
    result = CliRunner().invoke(main, ["cite", GROSS, "--lang", lang])  # apa, the default
    assert result.exit_code == 1
    assert "pip install 'nptexperts[cite]'" in result.output
    assert "--style gost" in result.output
    assert ("нужна библиотека citeproc-py" in result.output) == (lang == "ru")
    assert CliRunner().invoke(main, ["cite", GROSS, "--style", "gost"]).exit_code == 0
