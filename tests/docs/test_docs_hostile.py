"""Hostile record texts cannot reach the docs as code (issue 13).

Records that bypass validation (names with newlines and ``.. raw:: html``,
``<script>``, ``<img onerror=…>``, ``javascript:`` links and a ``javascript:``
source address) are built into the reader pages with a small Sphinx build; the
generated content must hold no script, no event-handler attribute and no
``javascript:`` address. The ``raw`` directive is off even on a page that asks
for it.
"""

from __future__ import annotations

import importlib
import io
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import nptexperts
from nptexperts._records.models import Dataset, LocalizedText, Note, Origin, Provenance, Text

DOCS = Path(__file__).resolve().parents[2] / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

pytest.importorskip("sphinx")

from sphinx.application import Sphinx
from sphinx.util.docutils import docutils_namespace, patch_docutils

HOSTILE = (
    "Eve\n\n.. raw:: html\n\n   <script>alert(1)</script>\n\n"
    "<img src=x onerror=alert(1)> `x <javascript:alert(1)>`_ :raw:`<b>` |sub| [#]_ "
    "javascript:alert(2) <script src=//evil.example/x.js></script>"
)


def _hostile(text: Text) -> Text:
    def bad(local: LocalizedText) -> LocalizedText:
        return attrs.evolve(local, value=local.value + "\n" + HOSTILE)

    return Text(en=bad(text.en), ru=bad(text.ru))


def _note(value: str) -> Note:
    """An editors' note with ``value`` in both languages."""
    src = "pir-press-2025-23"
    return Note(
        LocalizedText(value, Provenance(src, Origin.EDITORIAL)),
        LocalizedText(value, Provenance(src, Origin.EDITORIAL_TRANSLATION)),
    )


def _hostile_dataset() -> Dataset:
    dataset = nptexperts.load_dataset()
    expert = dataset.experts[0]
    comments = tuple(
        attrs.evolve(c, body=_hostile(c.body), notes=(*c.notes, _note(HOSTILE)))
        for c in expert.comments
    )
    expert = attrs.evolve(
        expert,
        name=_hostile(expert.name),
        notes=(_note(HOSTILE), _note("see `here <javascript:alert(1)>`__")),
        country=attrs.evolve(expert.country, evidence=HOSTILE),
        positions=tuple(attrs.evolve(p, title=_hostile(p.title)) for p in expert.positions),
        comments=comments,
    )
    sources = tuple(
        attrs.evolve(s, url="javascript:alert(1)", notes=(_note(HOSTILE),), number=HOSTILE)
        for s in dataset.sources
    )
    notes = tuple(attrs.evolve(n, body=_hostile(n.body)) for n in dataset.notes)
    return attrs.evolve(
        dataset, experts=(expert, *dataset.experts[1:2]), sources=sources, notes=notes
    )


class _Markup(HTMLParser):
    """The tags and attributes of a page's main content (text left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1
        if self.depth:
            self.tags.append(tag)
            self.attributes += [(name, value or "") for name, value in attrs]

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1


def _build(tmp_path: Path, dataset: Dataset) -> tuple[Path, str]:
    src = tmp_path / "src"
    src.mkdir()
    (src / "conf.py").write_text(
        'extensions = ["nptdocs"]\n'
        'exclude_patterns = ["_generated"]\n'
        'html_theme = "furo"\n'
        "suppress_warnings = ['toc.not_included']\n",
        encoding="utf-8",
    )
    (src / "index.rst").write_text(
        "Index\n=====\n\n.. toctree::\n\n   experts/index\n   dataset/source\n   dataset/notes\n",
        encoding="utf-8",
    )
    (src / "raw.rst").write_text(
        ":orphan:\n\nRaw\n===\n\n.. raw:: html\n\n   <script>alert(3)</script>\n",
        encoding="utf-8",
    )
    warnings = io.StringIO()
    with patch_docutils(src), docutils_namespace():
        app = Sphinx(
            src,
            src,
            tmp_path / "out",
            tmp_path / "doctrees",
            "html",
            confoverrides={"nptdocs_dataset": dataset},
            status=None,
            warning=warnings,
        )
        app.build()
    return tmp_path / "out", warnings.getvalue()


def test_hostile_records_reach_no_page_as_code(tmp_path: Path) -> None:
    out, _ = _build(tmp_path, _hostile_dataset())
    pages = [p for p in out.rglob("*.html") if p.parent.name in ("experts", "dataset")]
    assert len(pages) >= 4
    shown = (out / "experts" / f"{_hostile_dataset().experts[0].id}.html").read_text("utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown  # shown as text, not run
    for page in pages:
        html = page.read_text(encoding="utf-8")
        markup = _Markup()
        markup.feed(html)
        where = page.relative_to(out)
        assert markup.tags, where
        assert "script" not in markup.tags, where
        assert "img" not in markup.tags, where
        for name, value in markup.attributes:
            assert not name.startswith("on"), (where, name)
            assert "javascript:" not in value.replace(" ", "").lower(), (where, name, value)
        tags_only = "".join(f"<{t}>" for t in markup.tags) + str(markup.attributes)
        for bad in ("<script", "javascript:", "onerror="):
            assert bad not in tags_only, (where, bad)


def test_the_raw_directive_is_off(tmp_path: Path) -> None:
    out, warnings = _build(tmp_path, _hostile_dataset())
    markup = _Markup()
    markup.feed((out / "raw.html").read_text(encoding="utf-8"))
    assert "script" not in markup.tags
    assert '"raw" directive disabled' in warnings


def test_an_id_that_is_no_safe_name_is_refused() -> None:
    experts = importlib.import_module("nptdocs.experts")
    dataset = nptexperts.load_dataset()
    expert = attrs.evolve(dataset.experts[0], id="../../etc/x")
    with pytest.raises(ValueError, match="expert id"):
        experts.expert_page_rst(expert, dataset, "en")


def test_the_outcome_page_escapes_hostile_records() -> None:
    """The generated outcome page (docs/outcome.md includes it) keeps every record text
    inert and links only to http(s) addresses."""
    from nptdocs.outcome import outcome_rst

    dataset = nptexperts.load_dataset(data_version="2026.4")
    events = tuple(
        attrs.evolve(
            e,
            president=_hostile(e.president),
            notes=tuple(_hostile(n) for n in e.notes),
            sources=tuple(
                attrs.evolve(s, url="javascript:alert(1)", summary=_hostile(s.summary))
                for s in e.sources
            ),
        )
        for e in dataset.events
    )
    expectations = tuple(
        attrs.evolve(x, quote=_hostile(x.quote), reasoning=_hostile(x.reasoning), expert="x`y")
        if x.expert
        else attrs.evolve(x, expected=_hostile(x.expected))
        for x in dataset.expectations
    )
    hostile = attrs.evolve(dataset, events=events, expectations=expectations)
    for lang in ("en", "ru"):
        rst = outcome_rst(hostile, lang)
        assert "\n.. raw::" not in rst
        assert "<javascript:" not in rst
        assert "<script>" not in rst.replace("\\<script\\>", "")
        assert rst.count("\\.\\. raw\\:\\: html") >= len(dataset.expectations)
