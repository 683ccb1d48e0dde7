"""The Sphinx settings both sites share (``docs/conf.py`` and ``docs/ru/conf.py``).

Only what must be the same on both sites is here: how the sources are read, how
autodoc and the doctests run, which cross-references may stay unresolved, and the
offline intersphinx inventories.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "autodoc_member_order",
    "autodoc_typehints",
    "autodoc_typehints_format",
    "doctest_test_doctest_blocks",
    "extensions",
    "intersphinx_mapping",
    "myst_enable_extensions",
    "myst_heading_anchors",
    "nitpick_ignore",
    "nitpick_ignore_regex",
    "source_suffix",
]

#: The English site's source folder (``docs/``).
_DOCS = Path(__file__).resolve().parent.parent.parent

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "nptdocs",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}

# Every cross-reference must resolve: a broken one fails the build (with -W).
nitpick_ignore = [
    # A private alias named in signatures: ``str | os.PathLike[str] | Traversable``.
    ("py:class", "nptexperts._api.StrPath"),
    ("py:class", "StrPath"),
    # importlib.resources' abstract class, in nptexperts.curate's signatures (the
    # offline Python inventory has no entry for it).
    ("py:class", "Traversable"),
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
    "python": ("https://docs.python.org/3", str(_DOCS / "_intersphinx" / "python.inv")),
    "attrs": ("https://www.attrs.org/en/stable", str(_DOCS / "_intersphinx" / "attrs.inv")),
    "cattrs": ("https://catt.rs/en/stable", str(_DOCS / "_intersphinx" / "cattrs.inv")),
}
