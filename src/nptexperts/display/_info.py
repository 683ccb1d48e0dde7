"""A release's figures as an HTML table (as ``nptexperts info`` gives them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nptexperts._records.models import Text
from nptexperts._words import count, date, word
from nptexperts.display._html import _CELL, _LABEL, _STYLE, _ui, escape
from nptexperts.display._names import _country_name

if TYPE_CHECKING:
    from nptexperts._releases.info import DatasetInfo

__all__ = ["info_html"]


def _source_titles(info: DatasetInfo) -> dict[str, Text]:
    """The sources' titles in both languages, from the release ``info`` describes."""
    from nptexperts._api import load_dataset
    from nptexperts._errors import NptExpertsError

    try:
        dataset = load_dataset(data_version=info.data_version)
    except NptExpertsError:  # a curator's directory: its version may not be shipped
        return {}
    return {source.id: source.title for source in dataset.sources}


def info_html(info: DatasetInfo, lang: str | None = None) -> str:
    """A release's figures as a table: versions, digest (bare hex, verified), counts by
    country (named in ``lang``), sources, licence, rights and citation — in Russian the
    same Russian rights and citation text as ``nptexperts info --lang ru``."""
    ui = _ui(lang)
    c = info.counts
    verified = f" ✓ {escape(word('verified', ui))}" if info.verified else ""
    titles = _source_titles(info)

    def title(source_id: str, english: str) -> str:
        if source_id in titles:
            return f'<span lang="{ui}">{escape(titles[source_id].text(ui))}</span>'
        return f'<span lang="en">{escape(english)}</span>'

    sources = "<br>".join(
        f"<code>{escape(s.id)}</code> ({escape(date(s.date, ui))})<br>"
        f"{title(s.id, s.title)}<br>{escape(s.url)}"
        for s in info.sources
    )
    by_country = sorted(
        ((_country_name(code, ui), n) for code, n in c.by_country.items()),
        key=lambda pair: pair[0].casefold().replace("ё", "е"),
    )
    if ui == "en":
        rights, citation = info.rights, info.citation
    else:  # the words of ``nptexperts info --lang ru``
        rights = word("rights_text", ui)
        cited = "; ".join(f"{s.title} ({s.date.isoformat()}), {s.url}" for s in info.sources)
        citation = word(
            "citation_text",
            ui,
            package=info.package_version,
            data=info.data_version,
            digest=info.digest,
            sources=cited,
        )
    facts = [
        (word("package_version", ui), escape(info.package_version)),
        (word("data_version", ui), escape(info.data_version)),
        (word("digest", ui), f"<code>{escape(info.digest)}</code>{verified}"),
        (
            word("records", ui),
            escape(
                ", ".join(
                    count(n, noun, ui)
                    for n, noun in (
                        (c.experts, "expert"),
                        (c.comments, "comment"),
                        (c.sources, "source"),
                        (c.sections, "section"),
                    )
                )
            ),
        ),
        (
            word("by_country", ui),
            escape(", ".join(f"{name} ({n})" for name, n in by_country)),
        ),
        (word("sources", ui), sources),
        (word("licence", ui), escape(info.licence)),
        (word("rights", ui), f'<span lang="{ui}">{escape(rights)}</span>'),
        (word("cite", ui), f'<span lang="{ui}">{escape(citation)}</span>'),
    ]
    rows = "".join(
        f'<tr><th style="{_CELL};{_LABEL}">{escape(label)}</th><td style="{_CELL}">{value}</td></tr>'
        for label, value in facts
    )
    return f'<table style="{_STYLE}">{rows}</table>'
