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


def test_the_pages_are_in_the_toctrees() -> None:
    assert "\nquoting\n" in (DOCS / "index.md").read_text(encoding="utf-8")
    assert "\nquoting\n" in (DOCS / "ru/index.md").read_text(encoding="utf-8")
