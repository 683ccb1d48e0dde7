"""Which pages each site generates, and writing them (atomically, only when changed).

Each site generates the API reference and the command-line reference into its
``_generated/`` folder (included by hand-written pages), and its reader pages into
``experts/`` and ``dataset/``; the English site (``docs/``) also the data dictionary. Reader pages are whole generated files, so that each has its own
stable address: ``experts/<expert-id>.html`` and ``ru/experts/<expert-id>.html``.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path

from nptexperts import Lang
from nptexperts._records.models import Dataset

from .apiref import api_rst
from .clihelp import cli_rst
from .dictionary import data_dictionary_rst
from .experts import GENERATED, expert_page_rst
from .outcome import outcome_rst
from .overview import experts_index_rst, notes_rst, source_rst
from .rst import safe_id

__all__ = ["READER_DIRS", "page_names", "pages", "reader_pages", "write_pages"]

#: The folders, under a site's source folder, that hold only generated reader pages.
READER_DIRS = ("experts", "dataset")


#: A year and the «г.» after it («2025 г.», in reST ``2025 г\.``), on the Russian
#: reader pages.
_YEAR_G = re.compile(r"(\d) г(\\?\.)")


def typeset(text: str, lang: Lang) -> str:
    """A reader page's text as set on the page: in Russian, «2025 г.» with a no-break
    space, so that a line never breaks before «г.». Only the page: the data keep their
    plain space (``nptexperts._words.date``).

    >>> typeset("на 2 июля 2025 г.)", "ru") == "на 2 июля 2025\\xa0г.)"
    True
    >>> typeset(r"2025 г\\.", "ru") == "2025\\xa0г\\\\."
    True
    >>> typeset("2 July 2025", "en")
    '2 July 2025'
    """
    return _YEAR_G.sub("\\1\u00a0г\\2", text) if lang == "ru" else text


def pages(dataset: Dataset, lang: Lang) -> Iterator[tuple[str, str]]:
    """``(path, text)`` of every generated page of the ``lang`` site, paths relative
    to the site's source folder."""
    yield "_generated/api.rst", api_rst(lang)
    yield "_generated/cli.rst", cli_rst(lang)
    if lang == "en":
        yield "_generated/data-dictionary.rst", data_dictionary_rst()
    yield "_generated/outcome.rst", typeset(outcome_rst(dataset, lang), lang)
    yield "experts/index.rst", typeset(experts_index_rst(dataset, lang), lang)
    for expert in dataset.experts:
        yield (
            f"experts/{safe_id(expert.id, 'expert id')}.rst",
            typeset(expert_page_rst(expert, dataset, lang), lang),
        )
    yield "dataset/source.rst", typeset(source_rst(dataset, lang), lang)
    yield "dataset/notes.rst", typeset(notes_rst(dataset, lang), lang)


def reader_pages(dataset: Dataset) -> list[str]:
    """The names of the generated reader pages (the same in each language), without
    generating them: ``experts/index``, ``experts/<id>``, ``dataset/source``...

    >>> import nptexperts
    >>> dataset = nptexperts.load_dataset()
    >>> names = [n.removesuffix(".rst") for n, _ in pages(dataset, "ru")]
    >>> reader_pages(dataset) == [n for n in names if not n.startswith("_generated/")]
    True
    """
    experts = [f"experts/{safe_id(e.id, 'expert id')}" for e in dataset.experts]
    return ["experts/index", *experts, "dataset/source", "dataset/notes"]


def page_names(dataset: Dataset, lang: Lang) -> list[str]:
    """The address of every reader page of the ``lang`` site, relative to the built
    site's root (``experts/tariq-rauf.html``, ``ru/experts/tariq-rauf.html``).

    These addresses are public: other sites link to them.
    """
    prefix = "" if lang == "en" else f"{lang}/"
    return [
        prefix + name.removesuffix(".rst") + ".html"
        for name, _ in pages(dataset, lang)
        if not name.startswith("_generated/")
    ]


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_pages(srcdir: Path, dataset: Dataset, lang: Lang) -> list[Path]:
    """Write the generated pages of the ``lang`` site under ``srcdir``.

    Unchanged files are left alone (so Sphinx rebuilds only what changed); generated
    reader pages that no record asks for any more are removed.
    """
    written = []
    for name, text in pages(dataset, lang):
        path = srcdir / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            _write_atomic(path, text)
        written.append(path)
    keep = set(written)
    for folder in READER_DIRS:
        for path in (srcdir / folder).glob("*.rst"):
            if path not in keep and path.read_text(encoding="utf-8").startswith(GENERATED):
                path.unlink()
    return written
