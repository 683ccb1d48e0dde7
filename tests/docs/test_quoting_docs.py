"""The examples of the "Quoting and citing" pages, English and Russian, run as doctests
(the Sphinx doctest builder runs them too; this runs them with the rest of the suite)."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.parametrize("page", ["quoting.md", "ru/quoting.md"])
def test_examples(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    if re.search(r'style="(apa|chicago)', text):
        pytest.importorskip("citeproc", reason="APA and Chicago need the cite extra")
    blocks = re.findall(r"```\{doctest\}\n(.*?)```", text, re.S)
    assert len(blocks) >= 2
    test = doctest.DocTestParser().get_doctest("\n".join(blocks), {}, page, str(DOCS / page), 0)
    runner = doctest.DocTestRunner()
    runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted >= 9
    assert result.failed == 0


def test_the_russian_page_is_wholly_russian() -> None:
    prose = re.sub(
        r"```.*?```", "", (DOCS / "ru/quoting.md").read_text(encoding="utf-8"), flags=re.S
    )
    prose = re.sub(r"`[^`]*`", "", prose)  # code, ids and option names
    english = {"the", "and", "of", "quote", "found", "cite", "citing", "expert", "with"}
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", prose)}
    assert not (words & english)


def _toctrees(page: str) -> list[list[str]]:
    """The entries of each toctree of ``page``, in order."""
    text = (DOCS / page).read_text(encoding="utf-8")
    return [
        [line for line in block.splitlines() if line and not line.startswith(":")]
        for block in re.findall(r"```\{toctree\}\n(.*?)```", text, re.S)
    ]


def test_the_pages_are_in_the_same_place_of_both_toctrees() -> None:
    """ "Quoting and citing" sits under the same sidebar heading in both languages, and
    right after getting started."""
    for page in ("index.md", "ru/index.md"):
        trees = _toctrees(page)
        assert "quoting" in trees[0], page
        assert not any("quoting" in tree for tree in trees[1:]), page
        assert trees[0].index("quoting") == trees[0].index("getting-started") + 1, page


def _code_names(text: str) -> set[str]:
    """The API names a page shows as plain code (``nptexperts.cite``), not as a link."""
    return set(re.findall(r"(?<![}\w])`(nptexperts\.[A-Za-z_.]+)`", text))


@pytest.mark.parametrize("page", ["quoting.md", "glossary.md"])
def test_russian_pages_link_api_names_as_the_english_ones(page: str) -> None:
    english = (DOCS / page).read_text(encoding="utf-8")
    russian = (DOCS / "ru" / page).read_text(encoding="utf-8")
    assert not _code_names(russian) - _code_names(english)
    roles = re.findall(r"\{(?:func|class|attr|data|meth)\}`", english)
    assert len(re.findall(r"\{(?:func|class|attr|data|meth)\}`", russian)) == len(roles)


def test_the_russian_docs_say_digest_as_the_cli_does() -> None:
    """«Дайджест (SHA-256)», the CLI's word, not «контрольная сумма»."""
    for page in sorted((DOCS / "ru").glob("*.md")):
        assert "контрольн" not in page.read_text(encoding="utf-8").lower(), page.name
    assert "дайджест (SHA-256)" in (DOCS / "ru/glossary.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", ["pinning.md", "ru/pinning.md"])
def test_the_pin_is_the_package_version(page: str) -> None:
    """The pinning page pins the minor version that has the API it calls."""
    import nptexperts

    major, minor = (int(part) for part in nptexperts.__version__.split(".")[:2])
    text = (DOCS / page).read_text(encoding="utf-8")
    pins = re.findall(r"nptexperts>=([\d.]+),<([\d.]+)", text)
    assert pins == [(f"{major}.{minor}", f"{major}.{minor + 1}")]


def test_the_stylesheet_rules_are_not_swallowed_by_a_media_query() -> None:
    """Every rule after a ``@media`` block is at the top level again: an unclosed
    ``@media`` once kept the cite blocks from wrapping except on a phone."""
    css = (DOCS / "_static/nptexperts.css").read_text(encoding="utf-8")
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    depth, depths = 0, {}
    for match in re.finditer(r"[{}]|[^{}]+", css):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif token.strip():
            depths[token.strip()] = depth
    assert depth == 0
    assert depths[".comment pre"] == 0
