"""schema.org JSON-LD in the built docs: a Dataset on the home page, a Person per expert.

A small Sphinx build (as in test_docs_hostile) with an expert whose name tries to
close the ``<script>`` element; the JSON-LD is parsed back from the HTML.
"""

from __future__ import annotations

import importlib
import json
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import nptexperts
from nptexperts._records.models import Dataset, LocalizedText, Text

DOCS = Path(__file__).resolve().parents[2] / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

pytest.importorskip("sphinx")

from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace, patch_docutils

BREAKOUT = "</script><script>alert(1)</script><!--"


class _JsonLd(HTMLParser):
    """The JSON-LD scripts of a page, and every other script's attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.inside = False
        self.found: list[object] = []
        self.other_scripts: list[list[tuple[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and ("type", "application/ld+json") in attrs:
            self.inside = True
        elif tag == "script":
            self.other_scripts.append(attrs)

    def handle_endtag(self, tag: str) -> None:
        self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.found.append(json.loads(data))


def _jsonld(page: Path) -> tuple[list[object], list[list[tuple[str, str | None]]]]:
    parser = _JsonLd()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.found, parser.other_scripts


def _hostile_dataset() -> Dataset:
    dataset = nptexperts.load_dataset()
    expert = dataset.experts[0]
    name = Text(
        en=attrs.evolve(expert.name.en, value=expert.name.en.value + BREAKOUT),
        ru=LocalizedText(expert.name.ru.value + BREAKOUT, expert.name.ru.provenance),
    )
    return attrs.evolve(dataset, experts=(attrs.evolve(expert, name=name), *dataset.experts[1:2]))


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Dataset]:
    tmp = tmp_path_factory.mktemp("jsonld")
    src = tmp / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["nptdocs"]\nexclude_patterns = ["_generated"]\nhtml_theme = "furo"\n'
        "suppress_warnings = ['toc.not_included']\n",
        encoding="utf-8",
    )
    (src / "index.rst").write_text(
        "Index\n=====\n\n.. toctree::\n\n   experts/index\n", encoding="utf-8"
    )
    dataset = _hostile_dataset()
    with patch_docutils(src), docutils_namespace():
        app = Sphinx(
            src,
            src,
            tmp / "out",
            tmp / "doctrees",
            "html",
            confoverrides={"nptdocs_dataset": dataset},
            status=None,
            warning=None,
        )
        app.build()
    return tmp / "out", dataset


def test_the_home_page_describes_the_dataset(site: tuple[Path, Dataset]) -> None:
    out, dataset = site
    found, _ = _jsonld(out / "index.html")
    assert len(found) == 1
    (plain,) = found
    assert isinstance(plain, dict)
    assert plain["@context"] == "https://schema.org"
    assert plain["@type"] == "Dataset"
    assert plain["version"] == dataset.data_version
    assert plain["inLanguage"] == ["en", "ru"]
    assert plain["isBasedOn"][0]["url"] == dataset.sources[0].url
    assert plain["license"][0] == "https://opensource.org/licenses/MIT"


def test_each_expert_page_describes_the_person_and_no_name_breaks_out(
    site: tuple[Path, Dataset],
) -> None:
    out, dataset = site
    for expert in dataset.experts:
        found, others = _jsonld(out / "experts" / f"{expert.id}.html")
        assert len(found) == 1, expert.id
        (plain,) = found
        assert isinstance(plain, dict)
        assert plain["@type"] == "Person"
        assert plain["name"] == expert.name.text("en"), "the whole name, read back intact"
        assert plain["jobTitle"] == [p.title.text("en") for p in expert.positions]
        assert not [s for s in others if ("type", "application/ld+json") in s]
    hostile = (out / "experts" / f"{dataset.experts[0].id}.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in hostile


def test_the_generator_gives_the_same_facts_in_russian() -> None:
    jsonld = importlib.import_module("nptdocs.jsonld")
    dataset = nptexperts.load_dataset()
    expert = nptexperts.get_expert("mikhail-lysenko")
    plain = jsonld.person_jsonld(expert, dataset, "ru")
    assert plain["name"] == "Михаил Лысенко"
    assert "Mikhail Lysenko" in plain["alternateName"]
    assert plain["url"].endswith("/ru/experts/mikhail-lysenko.html")
    assert "country" not in json.dumps(plain), "no country: the records often infer it"
    assert jsonld.dataset_jsonld(dataset, "ru")["name"].startswith("Комментарии экспертов")
