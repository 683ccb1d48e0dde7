"""The language switch: every page links to the same page in the other language.

The two sites are two Sphinx projects (``docs/`` and ``docs/ru/``, built into the
site's root and ``ru/``). Each page gets, at the top of its content (furo's
"top of page" buttons, on a phone as on a desktop), a link to the page of the same
name in the other site, or to the other site's home when that site has no such
page (the data dictionary and the changelog are English only). The
``other-site`` role links to a page of the other site from a page's text; on a
Russian page the link is labelled «на английском».
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

from docutils import nodes  # type: ignore[import-untyped]

from nptexperts import Lang
from nptexperts._words import word

from .pages import reader_pages

__all__ = ["OTHER", "other_docnames", "other_site_role", "other_url", "page_context", "setup"]

#: The other language of each site.
OTHER = {"en": "ru", "ru": "en"}

#: The switch's words when the other site has no such page (docs-only words).
_TO_HOME = {"en": "The site in Russian", "ru": "Сайт на английском"}
#: The label after a link to a page that exists only in English.
_ENGLISH_PAGE = {"ru": "на английском"}

_TEMPLATES = Path(__file__).parent / "templates"
_SOURCES = re.compile(r".+\.(md|rst)\Z")
#: Pages every HTML build writes, in both sites.
_BUILT_IN = {"search", "genindex", "py-modindex"}


def other_srcdir(srcdir: Path, lang: Lang) -> Path:
    """The source folder of the other language's site."""
    return srcdir / "ru" if lang == "en" else srcdir.parent


def other_docnames(srcdir: Path, lang: Lang, dataset: Any) -> set[str]:
    """The pages of the other site: its hand-written pages, its generated reader pages
    and the pages every HTML build writes."""
    folder = other_srcdir(srcdir, lang)
    names = set(_BUILT_IN)
    if (folder / "conf.py").is_file():
        for path in folder.rglob("*"):
            rel = path.relative_to(folder).as_posix()
            if rel.split("/")[0] in ("_build", "_generated", "_ext", "_static", "ru", "README.md"):
                continue
            if _SOURCES.match(rel) and path.is_file():
                names.add(rel.rsplit(".", 1)[0])
        names |= set(reader_pages(dataset))
    return {name for name in names if not name.startswith("_generated/")}


def other_url(lang: Lang, pagename: str, target: str) -> str:
    """The relative address, from ``pagename`` of the ``lang`` site, of ``target`` (a
    page name) in the other site.

    >>> other_url("en", "experts/tariq-rauf", "experts/tariq-rauf")
    '../ru/experts/tariq-rauf.html'
    >>> other_url("ru", "index", "index")
    '../index.html'
    >>> other_url("ru", "experts/index", "data-dictionary")
    '../../data-dictionary.html'
    """
    up = "../" * pagename.count("/")
    site = "ru/" if lang == "en" else "../"
    return posixpath.normpath(up + site + target + ".html")


def page_context(
    app: Any, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """``html-page-context``: the switch's address, words and language."""
    lang = app.config.nptdocs_lang
    other = OTHER[lang]
    names = app.env.nptdocs_other_docnames
    same = pagename in names
    context["nptdocs_switch"] = {
        "url": other_url(lang, pagename, pagename if same else app.config.root_doc),
        "label": word("site_other_language", lang) if same else _TO_HOME[lang],
        "lang": other,
    }


def other_site_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[Any], list[Any]]:
    """``{other-site}`text <page#anchor>```: a link to a page of the other site."""
    env = inliner.document.settings.env
    lang = env.config.nptdocs_lang
    match = re.fullmatch(r"(?s)(.*?)\s*<([a-z0-9/_.-]+)(?:#([a-z0-9-]+))?>", text)
    if match is None:
        message = inliner.reporter.error(
            f"other-site: expected 'text <page>' or 'text <page#anchor>', got {text!r}",
            line=lineno,
        )
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    label, target, anchor = match.groups()
    if target not in env.nptdocs_other_docnames:
        message = inliner.reporter.error(
            f"other-site: the {OTHER[lang]} site has no page {target!r}", line=lineno
        )
        return [inliner.problematic(rawtext, rawtext, message)], [message]
    url = other_url(lang, env.docname, target) + (f"#{anchor}" if anchor else "")
    text_node: Any = nodes.Text(label or target)
    if lang == "en" and re.search("[а-яё]", label, re.IGNORECASE):
        # Russian words on an English page (the link to the Russian home): lang="ru".
        text_node = nodes.inline("", label, classes=["language-ru"])
    link = nodes.reference(rawtext, "", text_node, refuri=url, internal=False)
    out: list[Any] = [link]
    if lang in _ENGLISH_PAGE:
        out.append(nodes.Text("\u00a0"))
        out.append(nodes.emphasis("", f"({_ENGLISH_PAGE[lang]})"))
    return out, []


def _docnames(app: Any) -> None:
    import nptexperts

    dataset = app.config.nptdocs_dataset or nptexperts.load_dataset()
    lang = app.config.nptdocs_lang
    app.env.nptdocs_other_docnames = other_docnames(Path(app.srcdir), lang, dataset)


def _templates(app: Any, config: Any) -> None:
    config.templates_path = [str(_TEMPLATES), *config.templates_path]
    options = dict(config.html_theme_options)
    options.setdefault("top_of_page_buttons", ["view"])
    config.html_theme_options = options


def setup(app: Any) -> None:
    """Register the switch (called by :func:`nptdocs.setup`)."""
    app.connect("config-inited", _templates)
    app.connect("builder-inited", _docnames)
    app.connect("html-page-context", page_context)
    app.add_role("other-site", other_site_role)
