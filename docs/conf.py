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

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "nptdocs",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build", "_generated", "_ext", "_intersphinx", "_static", "README.md", "ru"]
templates_path: list[str] = []

# Every cross-reference must resolve: a broken one fails the build (with -W).
nitpicky = True
nitpick_ignore = [
    # A private alias named in signatures: ``str | os.PathLike[str] | Traversable``.
    ("py:class", "nptexperts._api.StrPath"),
    ("py:class", "StrPath"),
    # pandas is an optional extra; its inventory is not kept here.
    ("py:class", "pd.DataFrame"),
    ("py:class", "pandas.DataFrame"),
]
# Private names (``_Field``) that show in the signatures of public classes.
nitpick_ignore_regex = [
    ("py:class", r"nptexperts(\.\w+)*\._\w+"),
    # Internal modules, not in the reference, that docstrings mention.
    (
        r"py:\w+",
        r"nptexperts\.(_records|_releases|_lookup|curate|export\._\w+)\..+",
    ),
]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_typehints_format = "short"

# The doctest builder runs the ```{doctest} blocks of the guides only; the
# docstrings' examples are run by pytest --doctest-modules.
doctest_test_doctest_blocks = ""

# Offline intersphinx: the inventories are copies kept in docs/_intersphinx/
# (from Debian's python3.11-doc, python-attr-doc and python-cattrs-doc packages),
# so the build never touches the network; the links point at the online docs.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", str(HERE / "_intersphinx" / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable", str(HERE / "_intersphinx" / "attrs.inv")),
    "cattrs": ("https://catt.rs/en/stable", str(HERE / "_intersphinx" / "cattrs.inv")),
}

# The reader pages (experts/, dataset/) are generated from the records; the Russian
# site is its own project in ru/ (language "ru"), built with this one (nptdocs.sites).
nptdocs_lang = "en"

html_theme = "furo"
html_title = f"nptexperts {release}"
html_static_path = ["_static"]
html_css_files = ["nptexperts.css"]
html_show_sourcelink = False
html_last_updated_fmt = None
