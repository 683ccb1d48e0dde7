"""The docs' generated pages cover the code and the records, and the link checker works.

The generators live in docs/_ext/nptdocs.py (a Sphinx extension that needs no Sphinx
to import); the link checker in docs/check_links.py.
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
from nptexperts import models

DOCS = Path(__file__).resolve().parent.parent / "docs"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


nptdocs = _load("nptdocs", DOCS / "_ext" / "nptdocs.py")
check_links = _load("check_links", DOCS / "check_links.py")


def _model_classes() -> list[type]:
    return [getattr(models, name) for name in models.__all__]


def _dictionary_sections() -> dict[str, str]:
    """The generated data dictionary, split at its ``.. _dd-<class>:`` labels."""
    rst = nptdocs.data_dictionary_rst()
    parts = re.split(r"^\.\. _dd-(\w+):$", rst, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_record_class_and_enum_is_in_the_data_dictionary() -> None:
    classes = _model_classes()
    records = {c for c in classes if attrs.has(c)}
    enums = {c for c in classes if isinstance(c, type) and issubclass(c, enum.Enum)}
    assert records == set(nptdocs.RECORD_CLASSES)
    assert enums == set(nptdocs.ENUM_CLASSES)
    assert records | enums == set(classes)


@pytest.mark.parametrize("cls", [c for c in _model_classes() if attrs.has(c)], ids=repr)
def test_data_dictionary_lists_every_field_of(cls: type) -> None:
    section = _dictionary_sections()[cls.__name__.lower()]
    rows = re.findall(r"^   \* - ``(\w+)``$", section, flags=re.MULTILINE)
    assert rows == [f.name for f in attrs.fields(cls)]


def test_data_dictionary_shows_the_field_comments() -> None:
    sections = _dictionary_sections()
    for cls in nptdocs.RECORD_CLASSES:
        section = " ".join(sections[cls.__name__.lower()].split())
        for field, comment in nptdocs.field_comments(cls).items():
            assert " ".join(comment.split()) in section, f"{cls.__name__}.{field}"


@pytest.mark.parametrize("cls", [c for c in _model_classes() if issubclass(c, enum.Enum)])
def test_data_dictionary_lists_every_value_of(cls: type[enum.Enum]) -> None:
    section = _dictionary_sections()[cls.__name__.lower()]
    rows = re.findall(r'^   \* - ``"([^"]*)"``$', section, flags=re.MULTILINE)
    assert rows == [m.value for m in cls]


def test_field_rules_name_real_fields() -> None:
    classes = {c.__name__: c for c in nptdocs.RECORD_CLASSES}
    for key in nptdocs.FIELD_RULES:
        class_name, field = key.split(".")
        assert field in attrs.fields_dict(classes[class_name]), key


def test_bilingual_column_matches_the_text_fields() -> None:
    sections = _dictionary_sections()
    expert = sections["expert"]
    assert re.search(r"``name``\n.*\n     - yes$", expert, flags=re.MULTILINE)
    assert re.search(r"``id``\n.*\n     - no$", expert, flags=re.MULTILINE)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_experts_page_has_every_expert_and_comment(lang: str) -> None:
    index = nptexperts.load_index()
    rst = nptdocs.experts_rst(lang)
    for expert in index.experts:
        assert f".. _{lang}-expert-{expert.id}:" in rst
        assert f"``{expert.id}``" in rst
        assert nptdocs.esc(expert.name.text(lang)) in rst
    for comment in index.comments:
        assert f".. _{lang}-comment-{comment.id}:" in rst
        assert f"``{comment.id}``" in rst
    for note in index.dataset.notes:
        assert f".. _{lang}-note-{note.id}:" in rst


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_experts_page_labels_every_comment_with_its_provenance(lang: str) -> None:
    rst = nptdocs.experts_rst(lang)
    labels = nptdocs._LABELS[lang]
    for comment in nptexperts.load_index().comments:
        origin = comment.provenance(lang).origin.value
        labelled = f"{nptdocs.esc(comment.text(lang))} *[{labels[origin]},*"
        assert labelled in rst, comment.id


def test_experts_page_cites_the_source() -> None:
    rst = nptdocs.experts_rst("en")
    for source in nptexperts.load_dataset().sources:
        for part in (source.number, source.date.isoformat(), source.url):
            assert nptdocs.esc(part) in rst


def test_api_reference_has_every_public_name() -> None:
    rst = nptdocs.api_rst()
    directives = re.findall(r"^\.\. auto\w+:: (\S+)$", rst, flags=re.MULTILINE)
    assert set(nptexperts.__all__) <= set(directives)


def test_generator_examples() -> None:
    result = doctest.testmod(nptdocs)
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
