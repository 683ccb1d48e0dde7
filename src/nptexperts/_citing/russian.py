"""Russian forms that citeproc-py's Russian locale lacks: months after their day in the
genitive, and the translator in the instrumental."""

from __future__ import annotations

import re

from nptexperts._citing.reference import WORDS
from nptexperts._words import MONTHS_RU

__all__ = ["russian_grammar"]


#: The month names of citeproc-py's Russian locale (nominative) and the genitive a date
#: takes after its day («2 июля»): citeproc-py has no grammatical cases for terms.
_RU_MONTHS = dict(
    zip(
        [
            "январь",
            "февраль",
            "март",
            "апрель",
            "май",
            "июнь",
            "июль",
            "август",
            "сентябрь",
            "октябрь",
            "ноябрь",
            "декабрь",
        ],
        MONTHS_RU,
        strict=True,
    )
)
_RU_MONTH = "|".join(_RU_MONTHS)
_RU_DAY_AFTER = re.compile(rf"\b({_RU_MONTH}) (\d{{1,2}})\b")
_RU_DAY_BEFORE = re.compile(rf"\b(\d{{1,2}}) ({_RU_MONTH})\b")


def russian_grammar(rendered: str) -> str:
    """A reference rendered with citeproc-py's Russian locale, in Russian grammar: a day
    before its month in the genitive («2 июля», not «июль 2»), and the translator, after
    Chicago's «Переведено», in the instrumental («проектом nptexperts»)."""
    rendered = _RU_DAY_AFTER.sub(lambda m: f"{m[2]} {_RU_MONTHS[m[1]]}", rendered)
    rendered = _RU_DAY_BEFORE.sub(lambda m: f"{m[1]} {_RU_MONTHS[m[2]]}", rendered)
    return rendered.replace(
        f"Переведено {WORDS['project']['ru']}", "Переведено проектом nptexperts"
    )
