"""What the exports say about themselves: titles, licences, keywords, digests.

One place for the facts that the Data Package (``datapackage.json``), the Croissant
description (``croissant.json``), the SQLite database's Datasette metadata and the
documentation's JSON-LD all give, so that they cannot disagree.

**Digests.** A metadata file names a digest as ``sha256:<hex>`` (:func:`prefixed_digest`),
the form the Data Package's ``hash`` uses; a field named for its algorithm
(Croissant's ``sha256``) and the Python API's published values
(:attr:`nptexperts.DatasetInfo.digest`, :attr:`nptexperts.DataRelease.digest`,
``compiled/releases.json``) hold the bare hex.

>>> prefixed_digest("ab" * 32)[:12]
'sha256:ababa'
>>> [lic["name"] for lic in LICENSES]
['MIT', 'LicenseRef-PIR-Center-published-words']
"""

from __future__ import annotations

import datetime
from typing import Any

from nptexperts._records.models import Dataset
from nptexperts._releases.info import CODE_LICENCE, HOMEPAGE, RIGHTS
from nptexperts.export.schema import DOCS_URL

__all__ = [
    "CONTRIBUTORS",
    "DESCRIPTION",
    "KEYWORDS",
    "LICENSES",
    "NAME",
    "RIGHTS_URL",
    "TITLE",
    "created",
    "datasette_metadata",
    "prefixed_digest",
]

#: Where the documentation states the licence and the rights of the quoted words.
RIGHTS_URL = DOCS_URL + "#licence-and-rights"

#: The dataset's short name (the package's).
NAME = "nptexperts"

#: The dataset's title, per language.
TITLE = {
    "en": "PIR Center's expert comments on the 2026 NPT Review Conference",
    "ru": "Комментарии экспертов ПИР-Центра о перспективах Обзорной конференции ДНЯО 2026 года",
}

#: What the dataset is, per language (the rights follow, in English: ``nptexperts._releases.info.RIGHTS``).
DESCRIPTION = {
    "en": (
        "Curated bilingual (English and Russian) records of the experts that PIR Center's "
        "press release № 23 (81), 2025 names, with their positions and their quoted "
        "comments on the prospects of the 2026 NPT Review Conference. Every text carries "
        "its provenance: the English is PIR Center's published wording, every Russian text "
        "an editorial translation made for this dataset."
    ),
    "ru": (
        "Выверенные двуязычные (английский и русский) записи об экспертах, которых называет "
        "пресс-релиз ПИР-Центра № 23 (81), 2025, с их должностями и цитируемыми "
        "комментариями о перспективах Обзорной конференции ДНЯО 2026 года. У каждого текста "
        "указано происхождение: английский текст опубликован ПИР-Центром, каждый русский "
        "текст — редакционный перевод, сделанный для этого набора данных."
    ),
}

#: Keywords: the source's own (NPT, Nuclear Nonproliferation, RevCon), then this dataset's.
KEYWORDS = (
    "NPT",
    "Nuclear Nonproliferation",
    "RevCon",
    "Review Conference",
    "PIR Center",
    "expert comments",
    "bilingual",
    "English",
    "Russian",
)

#: The licences, as the Data Package lists them (SPDX ids; the quoted words' terms,
#: which no licence grants, as an SPDX ``LicenseRef-`` with their terms in words).
LICENSES: tuple[dict[str, str], ...] = (
    {
        "name": CODE_LICENCE,
        "path": "https://opensource.org/licenses/MIT",
        "title": "MIT License: the code, this project's editorial texts and its Russian "
        "translations",
    },
    {
        "name": "LicenseRef-PIR-Center-published-words",
        "path": RIGHTS_URL,
        "title": "The English quotations, positions and context are PIR Center's published "
        "words, reproduced with attribution to PIR Center; they are not relicensed",
    },
)

#: Who made the dataset, and whose words it holds (Data Package roles).
CONTRIBUTORS: tuple[dict[str, str], ...] = (
    {"title": "nptexperts developers", "role": "maintainer", "path": HOMEPAGE},
    {"title": "PIR Center", "role": "contributor", "path": "https://pircenter.org/en/"},
)


def prefixed_digest(hex_digest: str) -> str:
    """A SHA-256 in hex as metadata files name it: ``sha256:<hex>``."""
    return "sha256:" + hex_digest


def created(dataset: Dataset) -> datetime.date | None:
    """The day ``dataset``'s release was compiled, if it is a shipped release; else ``None``."""
    from nptexperts._errors import UnknownDataVersionError
    from nptexperts._releases.store import release_entry

    try:
        entry = release_entry(dataset.data_version)
    except UnknownDataVersionError:
        return None
    return entry.date


def _column_descriptions() -> dict[str, dict[str, str]]:
    from nptexperts.export.tables import TABLES

    return {t.name: {c.name: c.description for c in t.columns} for t in TABLES}


def datasette_metadata(dataset: Dataset, database: str = "records") -> dict[str, Any]:
    """Datasette's metadata for the SQLite export of ``dataset``, named ``database`` there.

    Title, description, licence, source, and each table's description, columns'
    descriptions and search (``fts_table``): what ``datasette records.db -m
    metadata.json`` shows. The export holds it in its ``datasette_metadata`` table,
    as JSON (Datasette reads metadata from a file only).
    """
    from nptexperts.export.sqlite import FTS_TABLE, SEARCHED
    from nptexperts.export.tables import TABLES

    source = dataset.sources[0] if dataset.sources else None
    columns = _column_descriptions()
    tables: dict[str, Any] = {
        t.name: {"description": t.description, "columns": columns[t.name]} for t in TABLES
    }
    for name in SEARCHED:
        tables[name]["fts_table"] = f"{name}_fts"
        tables[name]["fts_pk"] = "rowid"
    tables[FTS_TABLE] = {
        "description": (
            "Every text in both languages, one row per text and language, with its "
            "provenance; search its words with MATCH (terms: the stems, words: the words "
            "folded, forms: every form of them the records write)"
        ),
    }
    tables["release"] = {"description": "The package version, data version and digest"}
    about = {
        "title": TITLE["en"],
        "description": DESCRIPTION["en"] + " " + RIGHTS,
        "license": f"{CODE_LICENCE} (code and editorial texts); quotations: PIR Center",
        "license_url": RIGHTS_URL,
        "about": f"nptexperts, data release {dataset.data_version}",
        "about_url": HOMEPAGE,
    }
    if source is not None:
        about["source"] = source.title.en.value
        about["source_url"] = source.url
    return {**about, "databases": {database: {**about, "tables": tables}}}
