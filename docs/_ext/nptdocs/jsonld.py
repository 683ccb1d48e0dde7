"""schema.org JSON-LD in the pages' ``<head>``: a ``Dataset`` on the home page, a ``Person``
on each expert's page, for search engines and dataset catalogues.

The facts are those of the exports' metadata (:mod:`nptexperts.export.metadata`) and
of the records; nothing is added that the records do not say (an expert's country,
which the records often infer, is left out). Record texts are hostile: the JSON is
written with ``<``, ``>`` and ``&`` as ``\\u003c``, ``\\u003e`` and ``\\u0026``, so that no
text can close the ``<script>`` element or open another.

>>> script({"name": "</script><script>alert(1)"})
'<script type="application/ld+json">{"name": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)"}</script>'
"""

from __future__ import annotations

import json
from typing import Any

import nptexperts
from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._records.models import Dataset, Expert
from nptexperts._releases.info import HOMEPAGE
from nptexperts.export.json import records_digest
from nptexperts.export.metadata import (
    DESCRIPTION,
    KEYWORDS,
    LICENSES,
    TITLE,
    created,
    prefixed_digest,
)
from nptexperts.export.schema import DOCS_URL

__all__ = ["add_jsonld", "dataset_jsonld", "person_jsonld", "script"]


def script(plain: dict[str, Any]) -> str:
    """``plain`` as a JSON-LD ``<script>`` element that no text in it can break out of."""
    text = json.dumps(plain, ensure_ascii=False, sort_keys=True)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/ld+json">{text}</script>'


def _page_url(lang: str, page: str) -> str:
    return f"{DOCS_URL}{'' if lang == 'en' else 'ru/'}{page}.html"


def _source(dataset: Dataset) -> list[dict[str, Any]]:
    return [
        {
            "@type": "CreativeWork",
            "name": s.title.en.value,
            "url": s.url,
            "datePublished": s.date.isoformat(),
            "publisher": {"@type": "Organization", "name": s.publisher.en.value},
        }
        for s in dataset.sources
    ]


def dataset_jsonld(dataset: Dataset, lang: Lang) -> dict[str, Any]:
    """The schema.org ``Dataset`` of the release, in ``lang`` (``"en"`` or ``"ru"``)."""
    plain: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": TITLE[lang],
        "alternateName": "nptexperts",
        "description": DESCRIPTION[lang],
        "url": DOCS_URL if lang == "en" else DOCS_URL + "ru/",
        "version": dataset.data_version,
        "identifier": prefixed_digest(records_digest(dataset)),
        "license": [lic["path"] for lic in LICENSES],
        "keywords": list(KEYWORDS),
        "inLanguage": ["en", "ru"],
        "isAccessibleForFree": True,
        "creator": {"@type": "Organization", "name": "nptexperts developers", "url": HOMEPAGE},
        "isBasedOn": _source(dataset),
    }
    day = created(dataset)
    if day is not None:
        plain["datePublished"] = day.isoformat()
    return plain


def person_jsonld(expert: Expert, dataset: Dataset, lang: Lang) -> dict[str, Any]:
    """The schema.org ``Person`` of ``expert``'s page, in ``lang``: names and positions."""
    other: Lang = "ru" if lang == "en" else "en"
    name = expert.name.text(lang)
    names = [expert.name.text(other), *(v.value for v in expert.name_variants)]
    plain: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": _page_url("en", f"experts/{expert.id}") + "#person",
        "identifier": expert.id,
        "name": name,
        "familyName": expert.family_name.text(lang),
        "alternateName": list(dict.fromkeys(n for n in names if n != name)),
        "jobTitle": [p.title.text(lang) for p in expert.positions],
        "url": _page_url(lang, f"experts/{expert.id}"),
        "subjectOf": _source(dataset),
    }
    if expert.honorific is not None:
        plain["honorificPrefix"] = expert.honorific.value
    return plain


def add_jsonld(
    app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Sphinx ``html-page-context``: the JSON-LD of the home page and of each expert's page."""
    lang = normalize_lang(app.config.nptdocs_lang)
    dataset = app.config.nptdocs_dataset or nptexperts.load_dataset()
    plain: dict[str, Any] | None = None
    if pagename == "index":
        plain = dataset_jsonld(dataset, lang)
    elif pagename.startswith("experts/") and pagename != "experts/index":
        expert_id = pagename.removeprefix("experts/")
        expert = next((e for e in dataset.experts if e.id == expert_id), None)
        if expert is not None:
            plain = person_jsonld(expert, dataset, lang)
    if plain is not None:
        context["metatags"] = context.get("metatags", "") + "\n" + script(plain)
