"""The docs' generated pages cover the code and the records, and the link checker works.

The generators live in the package docs/_ext/nptdocs/ (a Sphinx extension); the link
checker in docs/check_links.py.
"""

from __future__ import annotations

import doctest
import enum
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import nptexperts
from nptexperts import _words as words
from nptexperts._records import models

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# The docs' generators need Sphinx (the `docs` dependency group): without it, these tests skip.
pytest.importorskip("sphinx")
pytest.importorskip("myst_parser")
sys.path.insert(0, str(DOCS / "_ext"))
nptdocs = importlib.import_module("nptdocs")
dictionary = importlib.import_module("nptdocs.dictionary")
apiref = importlib.import_module("nptdocs.apiref")
experts_pages = importlib.import_module("nptdocs.experts")
overview = importlib.import_module("nptdocs.overview")
pages = importlib.import_module("nptdocs.pages")
rst = importlib.import_module("nptdocs.rst")
check_links = _load("check_links", DOCS / "check_links.py")


def _model_classes() -> list[type]:
    return [getattr(models, name) for name in models.__all__]


def _dictionary_sections() -> dict[str, str]:
    """The generated data dictionary, split at its ``.. _dd-<class>:`` labels."""
    rst = dictionary.data_dictionary_rst()
    parts = re.split(r"^\.\. _dd-(\w+):$", rst, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_record_class_and_enum_is_in_the_data_dictionary() -> None:
    classes = _model_classes()
    records = {c for c in classes if attrs.has(c)}
    enums = {c for c in classes if isinstance(c, type) and issubclass(c, enum.Enum)}
    assert records == set(dictionary.RECORD_CLASSES)
    assert enums == set(dictionary.ENUM_CLASSES)
    assert records | enums == set(classes)


@pytest.mark.parametrize("cls", [c for c in _model_classes() if attrs.has(c)], ids=repr)
def test_data_dictionary_lists_every_field_of(cls: type) -> None:
    section = _dictionary_sections()[cls.__name__.lower()]
    rows = re.findall(r"^   \* - ``(\w+)``$", section, flags=re.MULTILINE)
    assert rows == [f.name for f in attrs.fields(cls)]


def test_data_dictionary_shows_the_field_comments() -> None:
    sections = _dictionary_sections()
    for cls in dictionary.RECORD_CLASSES:
        section = " ".join(sections[cls.__name__.lower()].split())
        for field, comment in dictionary.field_comments(cls).items():
            assert " ".join(comment.split()) in section, f"{cls.__name__}.{field}"


@pytest.mark.parametrize("cls", [c for c in _model_classes() if issubclass(c, enum.Enum)])
def test_data_dictionary_lists_every_value_of(cls: type[enum.Enum]) -> None:
    section = _dictionary_sections()[cls.__name__.lower()]
    rows = re.findall(r'^   \* - ``"([^"]*)"``$', section, flags=re.MULTILINE)
    assert rows == [m.value for m in cls]


def test_field_rules_name_real_fields() -> None:
    classes = {c.__name__: c for c in dictionary.RECORD_CLASSES}
    for key in dictionary.FIELD_RULES:
        class_name, field = key.split(".")
        assert field in attrs.fields_dict(classes[class_name]), key


def test_bilingual_column_matches_the_text_fields() -> None:
    sections = _dictionary_sections()
    expert = sections["expert"]
    assert re.search(r"``name``\n.*\n     - yes$", expert, flags=re.MULTILINE)
    assert re.search(r"``id``\n.*\n     - no$", expert, flags=re.MULTILINE)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_expert_has_a_page_with_every_comment(lang: str) -> None:
    dataset = nptexperts.load_dataset()
    for expert in dataset.experts:
        page = experts_pages.expert_page_rst(expert, dataset, lang)
        assert f".. _expert-{expert.id}:" in page
        assert rst.esc(expert.display_name(lang)) in page
        for comment in expert.comments:
            assert f".. _comment-{comment.id}:" in page
            assert f"``{comment.id}``" in page


def test_russian_reader_pages_keep_the_year_and_its_g_together() -> None:
    """«2025 г.» never breaks before «г.» on a Russian reader page (a no-break space in
    the page only: the data and the English pages keep their plain text)."""
    pages = importlib.import_module("nptdocs.pages")
    dataset = nptexperts.load_dataset()
    russian = dict(pages.pages(dataset, "ru"))
    page = russian["experts/zacharie-gross.rst"]
    assert "2025\u00a0г\\." in page
    assert not re.search(r"\d г\\?\.", page)
    assert all(
        not re.search(r"\d г\\?\.", text)
        for name, text in russian.items()
        if not name.startswith("_generated/")
    )
    assert "2025 г." in words.date(dataset.sources[0].date, "ru")  # the data's own space


def test_the_page_addresses_are_the_public_ones() -> None:
    # experts/<id>.html and ru/experts/<id>.html are public interface: they must not change.
    dataset = nptexperts.load_dataset()
    for lang, prefix in (("en", ""), ("ru", "ru/")):
        names = set(pages.page_names(dataset, lang))
        expected = {f"{prefix}experts/{e.id}.html" for e in dataset.experts}
        expected |= {f"{prefix}experts/index.html"}
        expected |= {f"{prefix}dataset/source.html", f"{prefix}dataset/notes.html"}
        assert names == expected


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_text_carries_its_provenance_in_words(lang: str) -> None:
    dataset = nptexperts.load_dataset()
    for expert in dataset.experts:
        page = experts_pages.expert_page_rst(expert, dataset, lang)
        for comment in expert.comments:
            origin = words.enum_word(comment.provenance(lang).origin, lang)
            assert f"{rst.esc(comment.text(lang))} *[*\\ :ref:`{rst.esc(origin)} <" in page


def _record_texts(dataset: models.Dataset, lang: str) -> list[str]:
    """Every editors' text that may quote a value (notes, evidence), escaped."""
    found = [n.body.text(lang) for n in dataset.notes]
    for expert in dataset.experts:
        found += [n.text(lang) or n.en.value for n in expert.notes]
        found += [expert.country.evidence]
        found += [n.text(lang) or n.en.value for c in expert.comments for n in c.notes]
    return sorted({rst.esc(t) for t in found if t}, key=len, reverse=True)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_reader_pages_show_no_raw_enum_values(lang: str) -> None:
    # Interface words only: the editors' own notes may quote a value, and stay as written.
    dataset = nptexperts.load_dataset()
    quoted = _record_texts(dataset, lang)
    raw = {m.value for e in dictionary.ENUM_CLASSES for m in e if "_" in m.value}
    for name, text in pages.pages(dataset, lang):
        if name.startswith("_generated/"):
            continue
        for record_text in quoted:
            text = text.replace(record_text, "")
        for value in raw:
            assert rst.esc(value) not in text, (name, value)


def test_russian_pages_use_pirs_term_for_its_advisory_board() -> None:
    dataset = nptexperts.load_dataset()
    index = overview.experts_index_rst(dataset, "ru")
    assert "Экспертный совет ПИР-Центра" in index
    assert "Консультативный" not in index


def test_dataset_notes_keep_the_source_typo_and_come_after_the_experts() -> None:
    dataset = nptexperts.load_dataset()
    notes = overview.notes_rst(dataset, "en")
    for note in dataset.notes:
        assert rst.esc(note.body.text("en")) in notes
    if any("Hovewer" in n.body.text("en") for n in dataset.notes):
        assert "Hovewer" in notes
    assert "note-" not in overview.experts_index_rst(dataset, "en")


def test_source_page_cites_the_source() -> None:
    dataset = nptexperts.load_dataset()
    page = overview.source_rst(dataset, "en")
    for source in dataset.sources:
        assert rst.esc(source.number) in page
        assert f"<{source.url}>`__" in page


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_source_page_states_the_sections_facts_and_the_keywords(lang: str) -> None:
    dataset = nptexperts.load_dataset()
    page = overview.source_rst(dataset, lang)
    for source in dataset.sources:
        for keyword in source.keywords:
            assert rst.esc(keyword.text(lang)) in page
    for section in dataset.sections:
        if section.conference_start is not None:
            assert rst.esc(words.date(section.conference_start, lang)) in page
        for text in (section.goal, section.method, section.context):
            if text is not None:
                assert rst.esc(text.text(lang)) in page
        countries = ", ".join(rst.esc(c.name.text(lang)) for c in section.stated_countries)
        assert f": {countries}" in page


def test_api_reference_has_every_public_name() -> None:
    rst = apiref.api_rst()
    directives = re.findall(r"^\.\. auto\w+:: (\S+)$", rst, flags=re.MULTILINE)
    assert set(nptexperts.__all__) <= set(directives)


@pytest.mark.parametrize(
    "module",
    ["rst", "texts", "experts", "overview", "dictionary", "apiref", "clihelp", "switch", "pages"],
)
def test_generator_examples(module: str) -> None:
    result = doctest.testmod(importlib.import_module(f"nptdocs.{module}"))
    assert result.attempted > 0
    assert result.failed == 0


def _site(tmp_path: Path, pages: dict[str, str]) -> Path:
    for name, body in pages.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    return tmp_path


def test_link_checker_accepts_a_sound_site(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        {
            "index.html": '<a href="a/b.html#x">b</a> <a href="https://example.org/#y">out</a>'
            ' <a href="#top" id="top">top</a>',
            "a/b.html": '<section id="x"></section><a href="../index.html">up</a>',
        },
    )
    assert check_links.check_site(root) == []


def test_link_checker_reports_a_missing_file_and_a_missing_anchor(tmp_path: Path) -> None:
    root = _site(
        tmp_path,
        {
            "index.html": '<a href="gone.html">x</a>\n<a href="b.html#nowhere">y</a>',
            "b.html": '<p id="somewhere"></p>',
        },
    )
    problems = check_links.check_site(root)
    assert len(problems) == 2
    assert "index.html:1: 'gone.html': no such file" in problems[0]
    assert "index.html:2: 'b.html#nowhere': no id 'nowhere'" in problems[1]
