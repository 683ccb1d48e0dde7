"""Resolving what a user types for a country to its ISO 3166-1 alpha-2 code.

Codes and names come from pycountry (ISO 3166-1 and its Russian translation,
which pycountry ships); the dataset adds the names its source uses
(``"Russia"``, ``"the UAE"``). A country the records know, by one of their own
alpha-2 codes or one of the names they use, is resolved without pycountry;
pycountry is imported only for any other country (an alpha-3 code, an ISO name,
a country outside the records), and never with the package.

A string that names no country raises :class:`~nptexperts.UnknownCountryError`
with up to three close names as suggestions:

>>> resolve_country("Kazakstan")
Traceback (most recent call last):
...
nptexperts._errors.UnknownCountryError: 'Kazakstan' names no country: did you mean Kazakhstan?
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from nptexperts._args import MAX_COUNTRY_LENGTH, check_text
from nptexperts._cache import cached
from nptexperts._errors import UnknownCountryError
from nptexperts._lookup.folding import fold

__all__ = ["RUSSIAN_NAMES", "country_name", "is_alpha2", "resolve_country", "suggest_countries"]

#: Russian names where the Russian translation pycountry ships (its ``iso3166-1``
#: catalogue) is not the standard form a Russian text uses.
RUSSIAN_NAMES: Mapping[str, str] = {
    "TF": "Французские Южные территории",  # pycountry: «Французские южные территории»
    "US": "США",  # pycountry: «Соединённые штаты»
    "GB": "Великобритания",  # pycountry: «Соединённое Королевство»
    "RU": "Россия",  # pycountry: «Российская Федерация», the official name
    "VA": "Ватикан",  # pycountry: «Государство-город Ватикан»
}


@cached
def _russian() -> Mapping[str, str]:
    """Every alpha-2 code to its Russian name (pycountry's, or :data:`RUSSIAN_NAMES`)."""
    import gettext

    import pycountry

    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    out = {
        c.alpha_2: russian.gettext(getattr(c, "common_name", None) or c.name)
        for c in pycountry.countries
    }
    out.update(RUSSIAN_NAMES)
    return out


def country_name(code: str, lang: str = "en") -> str:
    """The name of the country with the alpha-2 ``code``, in ``lang`` (``code`` itself if
    ISO has no such country).

    >>> country_name("TF", "ru"), country_name("KZ", "en")
    ('Французские Южные территории', 'Kazakhstan')
    """
    if lang.lower().startswith("ru"):
        return _russian().get(code, code)
    import pycountry

    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


@cached
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
    for code, name in RUSSIAN_NAMES.items():
        out.setdefault(fold(name), code)
    return out


@cached
def _spellings() -> Mapping[str, str]:
    """Every English and Russian ISO name, folded, to the name as written (for suggestions)."""
    import gettext

    import pycountry

    russian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
    out: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("common_name", "name"):
            name = getattr(country, attr, None)
            if name:
                out.setdefault(fold(name), name)
                in_russian = RUSSIAN_NAMES.get(country.alpha_2) or russian.gettext(name)
                out.setdefault(fold(in_russian), in_russian)
    return out


@cached
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


def suggest_countries(query: str, spellings: Iterable[str] = ()) -> tuple[str, ...]:
    """Up to three country names close to ``query``, closest first: from ``spellings``
    (the names the records use) and ISO's English and Russian names.

    >>> suggest_countries("Kazahstan")
    ('Kazakhstan',)
    """
    import difflib

    key = fold(query)
    if not key:
        return ()
    candidates = {fold(s): s for s in spellings}
    for folded, name in _spellings().items():
        candidates.setdefault(folded, name)
    close = difflib.get_close_matches(key, list(candidates), n=3, cutoff=0.75)
    starts = [c for c in candidates if len(key) >= 3 and (c.startswith(key) or key in c.split())]
    return tuple(dict.fromkeys(candidates[c] for c in [*close, *starts]))[:3]


def resolve_country(
    query: str,
    aliases: Mapping[str, str] | None = None,
    codes: Collection[str] = (),
) -> str:
    """The alpha-2 code of the country ``query`` names.

    ``query`` is an ISO 3166-1 alpha-2 or alpha-3 code or an English or Russian
    name, in any case; ``aliases`` maps further folded names to codes, and
    ``codes`` holds alpha-2 codes known without pycountry (the records' own):
    a query that one of these answers does not import pycountry.

    >>> resolve_country("kaz"), resolve_country("Казахстан"), resolve_country("Kazakhstan")
    ('KZ', 'KZ', 'KZ')
    """
    if isinstance(query, str) and len(query) > MAX_COUNTRY_LENGTH:
        check_text(query, "the country", MAX_COUNTRY_LENGTH)  # no suggestions for it
    if not isinstance(query, str) or not query.strip():
        raise UnknownCountryError(query)
    stripped = query.strip()
    if len(stripped) == 2 and stripped.upper() in codes:
        return stripped.upper()
    folded = fold(stripped)
    found = (aliases or {}).get(folded)
    if found is not None:
        return found
    code = _codes().get(stripped.upper()) if len(stripped) in (2, 3) else None
    if code is not None:
        return code
    found = _names().get(folded)
    if found is None:
        raise UnknownCountryError(query, suggest_countries(stripped)) from None
    return found
