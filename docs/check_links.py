"""Check the links inside the built site, offline.

``sphinx-build -b linkcheck`` would fetch every outside address; this script only
reads the built HTML: every relative ``href``/``src`` must name a file of the site,
and every ``#fragment`` an ``id`` in that file. It also checks that the API
reference has an entry for every name in ``nptexperts.__all__``, that each language's
experts overview links to a page for every expert of the shipped records
(``experts/<id>.html``, ``ru/experts/<id>.html``), and that each such page has
the anchors ``#positions``, ``#comments`` and one for every comment.

Usage: ``python docs/check_links.py [docs/_build/html]``; exits 1 and lists every
broken link otherwise.
"""

from __future__ import annotations

import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("id", "name") and (name == "id" or tag == "a"):
                self.ids.add(value)
            elif name in ("href", "src") and tag in ("a", "link", "img", "script"):
                self.links.append((value, self.getpos()[0]))


def _is_internal(url: str) -> bool:
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and not url.startswith("//")


def check_site(root: Path) -> list[str]:
    """Every broken internal link under ``root``, as ``file:line: message`` lines."""
    pages: dict[Path, _Page] = {}
    for path in sorted(root.rglob("*.html")):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        pages[path.resolve()] = page
    problems = []
    for path, page in pages.items():
        for url, line in page.links:
            if not _is_internal(url):
                continue
            parts = urlsplit(url)
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            where = f"{path.relative_to(root.resolve())}:{line}"
            if target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                problems.append(f"{where}: {url!r}: no such file in the site")
                continue
            fragment = unquote(parts.fragment)
            if fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else set()
                if fragment not in ids:
                    problems.append(f"{where}: {url!r}: no id {fragment!r} in {target.name}")
    return problems


def check_coverage(root: Path) -> list[str]:
    """Entries the built site must have: every public name, expert and comment."""
    import nptexperts

    problems = []

    def ids_of(name: str) -> set[str]:
        page = _Page()
        page.feed((root / name).read_text(encoding="utf-8"))
        return page.ids

    api = ids_of("api.html")
    problems += [
        f"api.html: no entry for nptexperts.{name}"
        for name in nptexperts.__all__
        if f"nptexperts.{name}" not in api
    ]
    index = nptexperts.load_index()
    for prefix in ("", "ru/"):
        overview = (root / prefix / "experts" / "index.html").read_text(encoding="utf-8")
        for expert in index.experts:
            page = f"{prefix}experts/{expert.id}.html"
            if f'href="{expert.id}.html"' not in overview:
                problems.append(f"{prefix}experts/index.html: no link to {expert.id}.html")
            if not (root / page).is_file():
                problems.append(f"{page}: no page for expert {expert.id}")
                continue
            ids = ids_of(page)
            wanted = [f"expert-{expert.id}", "positions", "comments"]
            wanted += [f"comment-{c.id.replace('.', '-')}" for c in expert.comments]
            problems += [f"{page}: no anchor #{anchor}" for anchor in wanted if anchor not in ids]
    return problems


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else "docs/_build/html")
    if not (root / "index.html").is_file():
        print(f"{root}: no built site here (run sphinx-build first)", file=sys.stderr)
        return 1
    problems = check_site(root) + check_coverage(root)
    for problem in problems:
        print(problem, file=sys.stderr)
    pages = len(list(root.rglob("*.html")))
    if problems:
        print(
            f"{len(problems)} broken link(s) or missing entries in {pages} pages", file=sys.stderr
        )
        return 1
    print(f"{root}: every internal link resolves ({pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
