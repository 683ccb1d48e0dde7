"""Sphinx configuration of the Russian site: the English site's, in Russian.

Built by the English build into ``<outdir>/ru/`` (see ``docs/_ext/nptdocs/sites.py``);
on its own: ``sphinx-build -n -W -b html docs/ru docs/_build/html/ru``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE.parent
sys.path.insert(0, str(DOCS / "_ext"))

import nptexperts  # noqa: E402
from nptexperts.words import word  # noqa: E402

project = "nptexperts"
author = word("site_authors", "ru")
copyright = f"2025–2026, {author}"
release = nptexperts.__version__
version = release
language = "ru"

# MyST for the hand-written page (quoting.md); the doctest builder runs its examples
# (`sphinx-build -b doctest docs/ru …`; tests/test_quoting_docs.py runs them too).
extensions = ["myst_parser", "sphinx.ext.doctest", "nptdocs"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
doctest_test_doctest_blocks = ""
nptdocs_lang = "ru"

root_doc = "experts/index"
exclude_patterns = ["_build"]
nitpicky = True

html_theme = "furo"
html_title = f"nptexperts {release}"
html_static_path = [str(DOCS / "_static")]
html_css_files = ["nptexperts.css"]
html_show_sourcelink = False
html_show_sphinx = False
html_last_updated_fmt = None
html_copy_source = False
