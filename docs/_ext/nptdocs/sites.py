"""The two sites: the Russian one is built next to the English one, in ``ru/``.

Sphinx builds one language per project, and a Russian page needs Russian chrome,
Russian search and a Russian sidebar; so ``docs/ru/`` is its own project
(``language = "ru"``), and building the English site builds it too, in a separate
process, into ``<outdir>/ru/``. Its warnings are passed on to the English build
(so ``-W`` fails on them); the English doctest build runs the Russian site's examples
the same way. The old one-page addresses (``experts-en.html``,
``experts-ru.html``) become short pages that send a reader to the new ones.
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path
from typing import Any

from sphinx.errors import ExtensionError
from sphinx.util import logging

from nptexperts._words import word

__all__ = ["build_russian", "write_old_addresses"]

logger = logging.getLogger(__name__)


def build_russian(srcdir: Path, outdir: Path, doctreedir: Path, builder: str = "html") -> None:
    """Build the Russian project in ``srcdir`` into ``outdir`` with ``builder``
    (``html``, or ``doctest`` to run its examples); warnings become warnings of this
    build, a failure an :class:`~sphinx.errors.ExtensionError`."""
    command = [sys.executable, "-m", "sphinx", "-b", builder, "-n", "-q"]
    command += ["-d", str(doctreedir), str(srcdir), str(outdir)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    for line in result.stderr.splitlines():
        if line.strip():
            logger.warning("Russian site: %s", line)
    if result.returncode != 0:
        report = outdir / "output.txt"  # the doctest builder's account of failures
        if builder == "doctest" and report.is_file():
            logger.warning("Russian site: %s", report.read_text(encoding="utf-8"))
        raise ExtensionError(
            f"the Russian site failed to build with {builder} (exit {result.returncode})"
        )


_REDIRECT = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link rel="canonical" href="{target}">
<script>
(function () {{
  var m = /^#{lang}-expert-([a-z0-9-]+)$/.exec(window.location.hash);
  window.location.replace(m ? "{folder}" + m[1] + ".html" : "{target}");
}})();
</script>
</head>
<body>
<p><a href="{target}">{title}</a></p>
</body>
</html>
"""


def write_old_addresses(outdir: Path) -> list[Path]:
    """Write ``experts-en.html`` and ``experts-ru.html``: each sends a reader (and an old
    ``#en-expert-<id>`` link) to the overview or the expert's page."""
    written = []
    for lang, folder in (("en", "experts/"), ("ru", "ru/experts/")):
        path = outdir / f"experts-{lang}.html"
        title = html.escape(word("site_all_experts", lang))
        path.write_text(
            _REDIRECT.format(lang=lang, title=title, folder=folder, target=f"{folder}index.html"),
            encoding="utf-8",
        )
        written.append(path)
    return written


def write_schemas(outdir: Path) -> None:
    """Serve every published JSON Schema at its ``$id`` (``schema/records-1.schema.json``…)."""
    from nptexperts.export.schema import published_schemas

    folder = outdir / "schema"
    folder.mkdir(parents=True, exist_ok=True)
    for name, raw in published_schemas().items():
        (folder / name).write_bytes(raw)


def finish(app: Any, exception: BaseException | None) -> None:
    """``build-finished``: the English HTML build builds the Russian site and the old
    addresses, the English doctest build runs the Russian site's examples; the Russian
    build puts the theme's fixed words in Russian."""
    from . import chrome

    if exception is not None:
        return
    outdir = Path(app.outdir)
    ru = Path(app.srcdir) / "ru"
    if app.builder.name == "doctest" and app.config.nptdocs_lang == "en":
        if (ru / "conf.py").is_file():
            build_russian(ru, outdir / "ru", Path(app.doctreedir) / "ru", "doctest")
        return
    if app.builder.name != "html":
        return
    if app.config.nptdocs_lang == "en":
        if (ru / "conf.py").is_file():
            build_russian(ru, outdir / "ru", Path(app.doctreedir) / "ru")
        write_old_addresses(outdir)
        write_schemas(outdir)
    else:
        chrome.translate_fixed(outdir, app.config.nptdocs_lang)
