"""Resolving what a user types for a country to its ISO 3166-1 alpha-2 code.

Codes and names come from pycountry (ISO 3166-1 and its Russian translation,
which pycountry ships); the dataset adds the names its source uses
(``"Russia"``, ``"the UAE"``). pycountry is imported on the first lookup, not
with the package.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from nptexperts.errors import UnknownCountryError
from nptexperts.folding import fold

__all__ = ["is_alpha2", "resolve_country"]


@functools.cache
def _names() -> Mapping[str, str]:
    """Every English and Russian ISO name, folded, to its alpha-2 code."""
    import gettext

    import pycountry

    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                out.setdefault(fold(name), country.alpha_2)
                out.setdefault(fold(russian.gettext(name)), country.alpha_2)
    return out


@functools.cache
def _codes() -> Mapping[str, str]:
    """Alpha-2 and alpha-3 codes, upper case, to the alpha-2 code."""
    import pycountry

    out: dict[str, str] = {}
    for country in pycountry.countries:
        out[country.alpha_2] = country.alpha_2
        out[country.alpha_3] = country.alpha_2
    return out


def is_alpha2(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code, in upper case (``"KZ"``, not ``"kz"`` or ``"KAZ"``)."""
    return len(code) == 2 and code.isupper() and code in _codes()


def resolve_country(query: str, aliases: Mapping[str, str] | None = None) -> str:
    """The alpha-2 code of the country ``query`` names.

    ``query`` is an ISO 3166-1 alpha-2 or alpha-3 code or an English or Russian
    name, in any case; ``aliases`` maps further folded names to codes.

    >>> resolve_country("kaz"), resolve_country("Казахстан"), resolve_country("Kazakhstan")
    ('KZ', 'KZ', 'KZ')
    """
    if not isinstance(query, str) or not query.strip():
        raise UnknownCountryError(query)
    stripped = query.strip()
    code = _codes().get(stripped.upper()) if len(stripped) in (2, 3) else None
    if code is not None:
        return code
    folded = fold(stripped)
    found = (aliases or {}).get(folded) or _names().get(folded)
    if found is None:
        raise UnknownCountryError(query)
    return found
