"""The Russian site's chrome: the theme's own words in Russian, from :mod:`nptexperts._words`.

The Russian pages are a Sphinx project of their own (``docs/ru/``, ``language =
"ru"``), so Sphinx's Russian catalogue already gives "Поиск", "Содержание" and
the search page's words. The theme (furo) has words that catalogue lacks ("Next",
"On this page", "Back to top"…): :func:`install` puts the words of
:mod:`nptexperts._words` in front of it; :func:`translate_fixed` replaces the few
words the theme prints without a catalogue ("Skip to content", its buttons'
labels, the sidebar's "Toggle navigation of …") in the written pages.
"""

from __future__ import annotations

import gettext
import html as html_lib
import re
from pathlib import Path
from typing import Any

from nptexperts import Lang
from nptexperts._words import WORDS

__all__ = ["THEME_WORDS", "install", "translate_fixed"]

#: The words keys of the theme's catalogue words.
THEME_WORDS = (
    "site_next",
    "site_previous",
    "site_on_this_page",
    "site_back_to_top",
    "site_made_with",
    "site_home",
    "site_search",
    "site_copyright",
)
#: The words keys of words the theme prints as they are, not through a catalogue.
_FIXED_WORDS = ("site_skip", "site_toggle_navigation", "site_toggle_contents", "site_toggle_theme")

#: The label furo's sidebar gives the button that opens a part of the contents
#: ("Toggle navigation of <title>"), in the site's language: docs-only words.
_TOGGLE_PART = {"ru": "Развернуть или свернуть раздел «{title}»"}
_TOGGLE_PART_EN = re.compile(r'aria-label="Toggle navigation of ([^"]*)"')


class _Words(gettext.NullTranslations):
    """A catalogue made from :data:`nptexperts._words.WORDS` (English → ``lang``)."""

    def __init__(self, lang: Lang, fallback: gettext.NullTranslations | None) -> None:
        super().__init__()
        self._catalog = {WORDS[key]["en"]: WORDS[key][lang] for key in THEME_WORDS}
        if fallback is not None:
            self.add_fallback(fallback)

    def gettext(self, message: str) -> str:
        found = self._catalog.get(message)
        if found is not None:
            return found
        return super().gettext(message)


def install(app: Any) -> None:
    """Put the words in front of Sphinx's catalogue for the HTML templates."""
    templates = getattr(app.builder, "templates", None)
    if templates is None:
        return
    translator = _Words(app.config.language, app.translator)
    templates.environment.install_gettext_translations(translator)


def _toggle_part(match: re.Match[str], lang: Lang) -> str:
    title = html_lib.unescape(match.group(1))
    return f'aria-label="{html_lib.escape(_TOGGLE_PART[lang].format(title=title))}"'


def translate_fixed(outdir: Path, lang: Lang) -> int:
    """Replace, in every HTML file under ``outdir``, the theme's fixed English words;
    return how many files changed."""
    changed = 0
    for path in outdir.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        new = html
        for key in _FIXED_WORDS:
            english, local = WORDS[key]["en"], WORDS[key][lang]
            new = new.replace(f'aria-label="{english}"', f'aria-label="{local}"')
            new = new.replace(
                f'href="#furo-main-content">{english}</a>', f'href="#furo-main-content">{local}</a>'
            )
        if lang in _TOGGLE_PART:
            new = _TOGGLE_PART_EN.sub(lambda m: _toggle_part(m, lang), new)
        if new != html:
            path.write_text(new, encoding="utf-8")
            changed += 1
    return changed
