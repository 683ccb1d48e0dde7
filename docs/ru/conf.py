"""Sphinx configuration of the Russian site: the English site's, in Russian.

Built by the English build into ``<outdir>/ru/`` (its examples by the English
doctest build; see ``docs/_ext/nptdocs/sites.py``); on its own:
``sphinx-build -n -W -b html docs/ru docs/_build/html/ru`` and
``sphinx-build -b doctest docs/ru docs/_build/doctest/ru``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
DOCS = HERE.parent
sys.path.insert(0, str(DOCS / "_ext"))

import nptexperts  # noqa: E402
from nptexperts._words import word  # noqa: E402

project = "nptexperts"
author = word("site_authors", "ru")
copyright = f"2025–2026, {author}"
release = nptexperts.__version__
version = release
language = "ru"

# Shared with the English site (docs/conf.py): extensions, source suffixes, nitpick
# exceptions, MyST, autodoc, doctest and the offline intersphinx inventories.
# (mypy checks this file on its own, without docs/_ext on its path.)
from nptdocs.settings import *  # type: ignore[import-not-found, unused-ignore]  # noqa: E402, F403

nptdocs_lang = "ru"

root_doc = "index"
exclude_patterns = ["_build", "_generated"]
templates_path: list[str] = []
nitpicky = True

html_theme = "furo"
html_title = f"nptexperts {release}"
html_static_path = [str(DOCS / "_static")]
html_css_files = ["nptexperts.css"]
html_show_sourcelink = False
html_show_sphinx = False
html_last_updated_fmt = None
html_copy_source = False
