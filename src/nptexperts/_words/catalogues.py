"""The markers Babel's extractor reads (``N_``, ``C_``, ``Nn_``; ``hatch_build.py``:
``KEYWORDS``), and the compiled catalogues their Russian is looked up in."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from nptexperts._records.lang import Lang

if TYPE_CHECKING:
    from gettext import GNUTranslations

__all__ = ["C_", "N_", "Nn_", "catalogue"]


# -- the markers Babel's extractor reads (hatch_build.py: KEYWORDS) -------------------------


def N_(english: str) -> str:
    """Mark ``english`` for the catalogue (its Russian is looked up when asked for)."""
    return english


def C_(context: str, english: str) -> tuple[str, str]:
    """Mark ``english`` for the catalogue, in ``context`` (an enumeration's name)."""
    return context, english


def Nn_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a noun with its number for the catalogue: ``"{n} expert", "{n} experts"``."""
    return singular, plural


# -- the catalogues -----------------------------------------------------------------------

_catalogues: dict[tuple[str, str], GNUTranslations] = {}


def catalogue(lang: str = "ru", domain: str = "nptexperts") -> GNUTranslations:
    """The compiled gettext catalogue of ``domain`` in ``lang`` (read once, on first use).

    ``domain`` is ``"nptexperts"`` (the package's words) or ``"click"`` (click's own
    messages: usage errors, "Usage:", "Show this message and exit.").
    """
    key = (lang, domain)
    found = _catalogues.get(key)
    if found is None:
        import io
        from gettext import GNUTranslations

        from nptexperts._releases.store import read_package_data

        try:
            raw = read_package_data(f"locale/{lang}/LC_MESSAGES/{domain}.mo")
        except FileNotFoundError:  # pragma: no cover - an install always has it
            raise RuntimeError(
                f"nptexperts: the {lang} catalogue {domain}.mo is missing; it is compiled"
                " when the package is built or installed (pip install -e . again, or"
                " python hatch_build.py compile)"
            ) from None
        found = GNUTranslations(io.BytesIO(raw))
        _catalogues[key] = found
    return found


class _Words(Mapping[Lang, str]):
    """One word in both languages: the English, and its Russian from the catalogue."""

    __slots__ = ("context", "english")

    def __init__(self, context: str | None, english: str) -> None:
        self.context = context
        self.english = english

    def __getitem__(self, lang: Lang) -> str:
        if lang == "en":
            return self.english
        if lang != "ru":
            raise KeyError(lang)
        russian = catalogue("ru")
        if self.context is None:
            return russian.gettext(self.english)
        return russian.pgettext(self.context, self.english)

    def __iter__(self) -> Iterator[Lang]:
        return iter(("en", "ru"))

    def __len__(self) -> int:
        return 2

    def __repr__(self) -> str:
        return f"<words {self.english!r}>"


def _table(
    marked: Mapping[str, str | tuple[str, str] | Mapping[Lang, str]],
) -> Mapping[str, Mapping[Lang, str]]:
    """The words of a table, by key. An entry still written the old way, as
    ``{"en": …, "ru": …}`` (a branch made before the catalogues), is kept as it is until
    ``python hatch_build.py adopt`` moves its Russian into the catalogue (a test fails
    meanwhile)."""
    return {
        key: _Words(None, value)
        if isinstance(value, str)
        else value
        if isinstance(value, Mapping)
        else _Words(*value)
        for key, value in marked.items()
    }
