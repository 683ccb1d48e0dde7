"""Check the built site in a real browser: headless Chromium, no downloads.

Serves the built site on a local port (as ``python -m http.server -d
docs/_build/html`` would), opens each language's home page, guides, reference
pages, experts overview and one expert page at desktop (1280 px) and phone
(390 px) widths, and fails on

* a missing Russian home page (``ru/index.html``), or one that is not Russian;
* a page without its link to the same page in the other language;
* an error in the browser console (a script error, a resource that fails to load);
* a link to a page of the site that does not exist, or to a missing ``#anchor``;
* horizontal overflow (the page wider than the window);
* English interface text on a Russian page: visible Latin words outside texts
  marked ``lang="en"`` (the English-only texts, labelled in Russian), code and
  outside links; abbreviations in capitals (JSON, ISO) and the few names of
  software that Russian text writes in Latin (:data:`ALLOWED_LATIN`) are allowed.
  The command-line reference is checked like any other page: its help is prose,
  not code (only options, metavariables and command names are code);
* a search for an expert's family name that finds nothing (search works when
  the site is served).

Chromium is Debian's ``chromium`` package, driven over the DevTools protocol on a
pipe (``--remote-debugging-pipe``), with the standard library only.

Usage: ``python docs/check_browser.py [docs/_build/html] [--screenshots DIR]``.
Exits 0 when every check passes, 1 with the problems listed otherwise, and 2
when no Chromium is installed.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
#: Latin words a Russian page may show: the package's name, the theme's, and names of
#: software and formats that Russian technical text writes in Latin.
ALLOWED_LATIN = {
    "nptexperts",
    "Furo",
    "Python",
    "pandas",
    "DataFrame",
    "Frictionless",
    "SQLite",
    "Snowball",
    "Datasette",
    "Neovim",
    "Emacs",
    # Formats named in Latin in Russian text ("JSON Lines", "JSON Schema"), the SQLite
    # format's option value, and the language codes a reader types (--lang en или ru).
    "Lines",
    "Schema",
    "sqlite",
    "en",
    "ru",
    # The other export formats, the package that one of them needs and the command that
    # installs it (pip install 'nptexperts[parquet]'), and the citation's file format.
    "Croissant",
    "Parquet",
    "parquet",
    "pyarrow",
    "pip",
    "install",
    "Citation",
    "File",
    "Format",
}
#: The pages checked, in each language (the Russian site's under ``ru/``).
PAGES = [
    "index.html",
    "getting-started.html",
    "pinning.html",
    "curating.html",
    "cli.html",
    "api.html",
    "experts/index.html",
    "dataset/source.html",
]

_PAGE_FACTS = r"""
(() => {
  const skip = (el) => el.closest('[lang="en"], code, pre, kbd, .sig, svg, a[href^="http"], #search-results');
  const visible = (el) => el.checkVisibility ? el.checkVisibility() : true;
  const words = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode, el = node.parentElement;
    if (!el || skip(el) || !visible(el)) continue;
    for (const w of node.textContent.match(/[A-Za-z]{2,}/g) || []) words.push(w);
  }
  for (const el of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
    if (skip(el)) continue;
    // A link to the API reference is titled with the Python name it shows as code.
    if (el.matches('a.reference') && el.querySelector(':scope > code')) continue;
    for (const attr of ['aria-label', 'placeholder', 'title']) {
      const v = el.getAttribute(attr) || '';
      for (const w of v.match(/[A-Za-z]{2,}/g) || []) words.push(w);
    }
  }
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  return JSON.stringify({
    lang: document.documentElement.lang,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    links: [...document.querySelectorAll('a[href]')].map((a) => a.href),
    switch: (document.querySelector('.language-switch a[hreflang]') || {}).href || null,
    ids: ids,
    latin: words,
    results: document.querySelectorAll('#search-results li').length,
  });
})()
"""


class Browser:
    """Headless Chromium over the DevTools protocol on a pipe."""

    def __init__(self, executable: str) -> None:
        self._profile = tempfile.TemporaryDirectory(prefix="check-browser-")
        to_child_r, self._to_child = os.pipe()
        self._from_child, from_child_w = os.pipe()

        def fds() -> None:
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        self._process = subprocess.Popen(
            [
                executable,
                "--headless",
                "--remote-debugging-pipe",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-extensions",
                "--hide-scrollbars",
                f"--user-data-dir={self._profile.name}",
                "about:blank",
            ],
            preexec_fn=fds,
            close_fds=False,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self._next = 0
        self._buffer = b""
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for method in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.call(method, session=True)

    def _read(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer")
            chunk = os.read(self._from_child, 65536)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        result: dict[str, Any] = json.loads(message)
        return result

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read(30)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def wait_for(self, method: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == method for e in self.events):
            self.events.append(self._read(max(0.1, deadline - time.monotonic())))

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, OSError, TimeoutError):
            self.call("Browser.close")
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
        os.close(self._to_child)
        os.close(self._from_child)
        self._profile.cleanup()


def _console_errors(events: list[dict[str, Any]]) -> list[str]:
    errors = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            errors.append(params["exceptionDetails"].get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and params.get("type") == "error":
            errors.append(" ".join(str(a.get("value", "")) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
            if params["entry"].get("url", "").endswith("/favicon.ico"):
                continue  # the browser asks for it by itself; the site names none
            errors.append(f"{params['entry'].get('text')} {params['entry'].get('url', '')}")
    return errors


def _serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def check_page(
    browser: Browser, root: Path, base: str, page: str, width: str, shots: Path | None
) -> tuple[list[str], dict[str, Any]]:
    """Load ``page`` at ``width``; return its problems and its facts."""
    w, h = WIDTHS[width]
    browser.call(
        "Emulation.setDeviceMetricsOverride",
        session=True,
        width=w,
        height=h,
        deviceScaleFactor=1,
        mobile=width == "phone",
    )
    browser.events.clear()
    browser.call("Page.navigate", session=True, url=base + page)
    browser.wait_for("Page.loadEventFired")
    time.sleep(0.5)  # let the theme's and the search's scripts run
    value = browser.call(
        "Runtime.evaluate", session=True, expression=_PAGE_FACTS, returnByValue=True
    )["result"]["value"]
    facts: dict[str, Any] = json.loads(value)
    where = f"{page} ({width})"
    problems = [f"{where}: console error: {e}" for e in _console_errors(browser.events)]
    if facts["overflow"] > 0:
        problems.append(f"{where}: {facts['overflow']} px wider than the window")
    for href in facts["links"]:
        parts = urlsplit(href)
        if not href.startswith(base):
            continue
        path = root / unquote(parts.path.removeprefix(urlsplit(base).path))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            problems.append(f"{where}: broken link {href}")
        elif (
            parts.fragment
            and path.resolve() == (root / page.split("?")[0]).resolve()
            and unquote(parts.fragment) not in facts["ids"]
        ):
            problems.append(f"{where}: no anchor for {href}")
    if facts["switch"] is None:
        problems.append(f"{where}: no link to the page in the other language")
    elif not page.startswith("search.html") and not page.startswith("ru/search.html"):
        other = page.removeprefix("ru/") if page.startswith("ru/") else f"ru/{page}"
        if facts["switch"] != base + other:
            problems.append(f"{where}: the language switch goes to {facts['switch']}")
    if page.startswith("ru/"):
        if facts["lang"] != "ru":
            problems.append(f"{where}: <html lang={facts['lang']!r}>, not 'ru'")
        english = sorted(w for w in set(facts["latin"]) - ALLOWED_LATIN if not w.isupper())
        if english:
            problems.append(f"{where}: English interface text: {', '.join(english[:20])}")
    if shots is not None:
        png = browser.call("Page.captureScreenshot", session=True, format="png")["data"]
        name = page.replace("/", "_").split("?")[0].removesuffix(".html")
        (shots / f"{name}-{width}.png").write_bytes(base64.b64decode(png))
    return problems, facts


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", nargs="?", default="docs/_build/html", type=Path)
    parser.add_argument("--screenshots", type=Path, help="save a PNG of every page here")
    args = parser.parse_args(argv[1:])
    root: Path = args.root.resolve()
    executable = shutil.which("chromium") or shutil.which("chromium-browser")
    if executable is None:
        print("no chromium found (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    if not (root / "experts" / "index.html").is_file():
        print(f"{root}: no built site here (run sphinx-build first)", file=sys.stderr)
        return 1
    if not (root / "ru" / "index.html").is_file():
        print(f"{root}: no Russian home page (ru/index.html)", file=sys.stderr)
        return 1
    if args.screenshots:
        args.screenshots.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parent / "_ext"))
    import nptexperts

    expert = nptexperts.load_dataset().experts[0]
    family = expert.family_name.text("en")
    pages = [
        f"{prefix}{page}"
        for prefix in ("", "ru/")
        for page in [*PAGES, f"experts/{expert.id}.html"]
    ]
    server, base = _serve(root)
    browser = Browser(executable)
    problems: list[str] = []
    try:
        for page in pages:
            for width in WIDTHS:
                found, _ = check_page(browser, root, base, page, width, args.screenshots)
                problems += found
        for search in (f"search.html?q={family}", f"ru/search.html?q={family}"):
            found, facts = check_page(browser, root, base, search, "desktop", None)
            problems += found
            if facts["results"] == 0:
                problems.append(f"{search}: the search found nothing")
    finally:
        browser.close()
        server.shutdown()
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) in the browser", file=sys.stderr)
        return 1
    print(f"{root}: {len(pages)} pages at {len(WIDTHS)} widths and the search pass in Chromium")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
