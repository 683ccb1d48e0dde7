"""nptdocs: the Sphinx extension that generates the pages made from code and records.

One job per module:

* :mod:`nptdocs.rst`: escaping record texts for reStructuredText, safe links and ids;
* :mod:`nptdocs.texts`: record texts with their provenance, in a page's language;
* :mod:`nptdocs.experts`: one page per expert; :mod:`nptdocs.overview`: the
  experts table, the source page and the dataset notes;
* :mod:`nptdocs.dictionary`: the data dictionary; :mod:`nptdocs.apiref`: the API
  reference; :mod:`nptdocs.clihelp`: the command-line reference, from ``--help``;
  :mod:`nptdocs.xrefs`: autodoc's cross-references and signatures;
* :mod:`nptdocs.pages`: which pages each site has, written atomically;
* :mod:`nptdocs.jsonld`: schema.org JSON-LD (the ``Dataset``, each ``Person``) in the pages' heads;
* :mod:`nptdocs.chrome`: the Russian site's theme words; :mod:`nptdocs.switch`: the
  link from every page to the same page in the other language;
  :mod:`nptdocs.sites`: the Russian site built (and its examples run) with the
  English one, and the old addresses;
* :mod:`nptdocs.settings`: the Sphinx settings both sites share.

The generated pages are built with docutils' ``raw`` directive turned off.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from docutils import nodes  # type: ignore[import-untyped]

import nptexperts

from . import chrome, jsonld, pages, sites, switch, xrefs

__all__ = ["anchors", "setup"]


def _generate(app: Any) -> None:
    app.env.settings["raw_enabled"] = False
    lang = app.config.nptdocs_lang
    dataset = app.config.nptdocs_dataset or nptexperts.load_dataset()
    pages.write_pages(Path(app.srcdir), dataset, lang)
    if lang != "en":
        chrome.install(app)


def anchors(app: Any, doctree: Any) -> None:
    """Give sections marked ``anchor-<key>`` the id ``<key>`` (``#comments``, not ``#id1``),
    and drop the numbered ids of sections that have a readable one."""
    for section in doctree.findall(nodes.section):
        keys = [c.removeprefix("anchor-") for c in section["classes"] if c.startswith("anchor-")]
        if keys and keys[0] not in doctree.ids:
            doctree.ids[keys[0]] = section
            section["ids"].insert(0, keys[0])
        readable = [i for i in section["ids"] if not re.fullmatch(r"id\d+", i)]
        if readable:
            section["ids"] = readable


def english_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[Any], list[Any]]:
    """``{english}`VS Code```: words that stay English on a Russian page (``lang="en"``)."""
    return [nodes.inline(rawtext, text, classes=["language-en"])], []


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point."""
    app.add_config_value("nptdocs_lang", "en", "env", types=[str])
    # A Dataset to build from instead of the shipped records (the tests use it).
    app.add_config_value("nptdocs_dataset", None, "env")
    app.connect("builder-inited", _generate)
    app.connect("doctree-read", anchors, priority=100)
    app.connect("build-finished", sites.finish)
    app.connect("html-page-context", jsonld.add_jsonld)
    if "sphinx.ext.autodoc" in app.extensions:
        app.connect("autodoc-process-signature", xrefs.hide_private_params)
    app.connect("missing-reference", xrefs.public_target)
    app.add_role("english", english_role)
    switch.setup(app)
    return {"version": nptexperts.__version__, "parallel_read_safe": True}
