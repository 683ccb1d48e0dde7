"""HTML for notebooks: how experts and comments show in Jupyter (``_repr_html_``).

Both languages of every text are shown, each with its provenance label
("published", "editorial translation"), so that a reader never mistakes a
translation for the source's words. The labels around them are in one language,
English by default; :func:`set_language` makes them Russian (and puts the Russian
texts first). Every word comes from :mod:`nptexperts._words`, and every text is
HTML-escaped, with every invisible or control character shown as an escape
(``\\u2060``; the set of ``nptexperts._unsafe``, as on the terminal). No notebook
package is needed.

The package's modules, by job: ``_records.py`` (one record: a text, a comment, an
expert), ``_outcomes.py`` (an event and an expectation), ``_lists.py`` (lists: experts,
search results, the expectations' search results), ``_info.py`` (a release's
figures), ``_names.py`` (what a record names by id, in words) and ``_html.py`` (escaping,
the labels' language, tables).

>>> import nptexperts
>>> lysenko = nptexperts.load_index(data_version="2026.2").get_expert("mikhail-lysenko")
>>> html = lysenko._repr_html_()
>>> "editorial translation" in html and "published" in html
True
>>> set_language("ru")
>>> "редакционный перевод" in lysenko._repr_html_()
True
>>> set_language("en")
"""

from __future__ import annotations

from nptexperts.display._html import set_language
from nptexperts.display._info import info_html
from nptexperts.display._lists import expectation_search_html, experts_html, search_html
from nptexperts.display._outcomes import event_html, expectation_html
from nptexperts.display._records import comment_html, expert_html, text_html

__all__ = [
    "comment_html",
    "event_html",
    "expectation_html",
    "expectation_search_html",
    "expert_html",
    "experts_html",
    "info_html",
    "search_html",
    "set_language",
    "text_html",
]
