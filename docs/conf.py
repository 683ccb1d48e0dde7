"""Sphinx configuration: furo theme, MyST Markdown, autodoc, offline intersphinx.

Build: ``sphinx-build -W --keep-going -b html docs docs/_build/html``.
Examples: ``sphinx-build -b doctest docs docs/_build/doctest``.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE / "_ext"))

import nptexperts  # noqa: E402

project = "nptexperts"
author = "nptexperts developers"
copyright = "2025–2026, nptexperts developers"
release = nptexperts.__version__
version = release

# Shared with the Russian site (docs/ru/conf.py): extensions, source suffixes,
# nitpick exceptions, MyST, autodoc, doctest and the offline intersphinx inventories.
from nptdocs.settings import *  # noqa: E402, F403

root_doc = "index"
exclude_patterns = ["_build", "_generated", "_ext", "_intersphinx", "_static", "README.md", "ru"]
templates_path: list[str] = []
nitpicky = True

# The reader pages (experts/, dataset/) are generated from the records; the Russian
# site is its own project in ru/ (language "ru"), built with this one (nptdocs.sites).
nptdocs_lang = "en"

html_theme = "furo"
html_title = f"nptexperts {release}"
html_static_path = ["_static"]
html_css_files = ["nptexperts.css"]
html_show_sourcelink = False
html_last_updated_fmt = None
