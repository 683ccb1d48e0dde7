"""The public calls: load the records (shipped or a curator's directory) and look them up.

The shipped records are loaded once, on first use, behind a lock; every later
call reuses the same immutable objects.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from nptexperts.bundle import decode_bundle, read_bundle, read_package_data
from nptexperts.errors import DataError
from nptexperts.index import Index
from nptexperts.models import Comment, Dataset, Expert

__all__ = [
    "by_country",
    "get_comment",
    "get_expert",
    "load_dataset",
    "load_experts",
    "load_index",
    "source_text",
]

_lock = threading.Lock()
_shipped: Index | None = None

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: A data directory: a path, or a :class:`~importlib.resources.abc.Traversable`.
#: (A string at run time: importing :mod:`importlib.resources` for it would cost
#: more than loading the shipped records.)
StrPath: TypeAlias = "str | os.PathLike[str] | Traversable"


def _index_from_bundle(raw: bytes, read_text: Callable[[str], str]) -> Index:
    """The :class:`Index` of a bundle's bytes; ``read_text`` reads a source's text by file name."""
    dataset = decode_bundle(raw)
    texts = {s.id: read_text(s.text_file) for s in dataset.sources if s.text_file is not None}
    return Index.build(dataset, texts)


def _load_shipped() -> Index:
    return _index_from_bundle(
        read_bundle(),
        lambda name: read_package_data(f"data/sources/{name}").decode("utf-8"),
    )


def _load_dir(root: Traversable) -> Index:
    # Imported here: only curators' loads need YAML and the checks.
    from nptexperts.checks import check
    from nptexperts.sourcedir import assemble, read_source_dir

    src, faults = read_source_dir(root)
    if src is not None:
        faults += check(src)
    if src is None or faults:
        raise DataError(faults)
    dataset = assemble(src)
    texts = {
        s.id: src.source_texts[s.text_file] for s in dataset.sources if s.text_file is not None
    }
    return Index.build(dataset, texts)


def load_index(path: StrPath | None = None) -> Index:
    """The records with their lookups.

    Without ``path``, the shipped records (loaded once, then cached). With
    ``path``, the YAML files of a directory laid out like ``nptexperts/data``,
    validated; a fault raises :class:`~nptexperts.DataError` naming every fault,
    and nothing is cached.
    """
    global _shipped
    if path is not None:
        # Imported here: only curators' loads need them (pathlib alone costs a tenth
        # of the shipped load).
        from importlib.resources.abc import Traversable
        from pathlib import Path

        return _load_dir(path if isinstance(path, Traversable) else Path(path))
    index = _shipped
    if index is None:
        with _lock:
            if _shipped is None:
                _shipped = _load_shipped()
            index = _shipped
    return index


def load_dataset(path: StrPath | None = None) -> Dataset:
    """Every record of the release (sources, sections, experts, notes) as one :class:`Dataset`."""
    return load_index(path).dataset


def load_experts(path: StrPath | None = None) -> tuple[Expert, ...]:
    """Every expert, sorted by family name, as an immutable tuple.

    >>> experts = load_experts()
    >>> experts == load_experts()
    True
    >>> isinstance(experts, tuple)
    True
    """
    return load_index(path).experts


def get_expert(expert_id: str) -> Expert:
    """The shipped expert with ``expert_id``.

    >>> get_expert("mikhail-lysenko").name.text("ru")
    'Михаил Лысенко'

    Raises :class:`~nptexperts.UnknownExpertError` (a :class:`LookupError`) for an unknown id.
    """
    return load_index().get_expert(expert_id)


def get_comment(comment_id: str) -> Comment:
    """The shipped comment with ``comment_id``."""
    return load_index().get_comment(comment_id)


def by_country(country: str) -> tuple[Expert, ...]:
    """The shipped experts from ``country``.

    ``country`` is an ISO 3166-1 alpha-2 or alpha-3 code or the country's English
    or Russian name, in any case. A real country with no experts gives ``()``; a
    string that names no country raises :class:`~nptexperts.UnknownCountryError`.

    >>> [e.id for e in by_country("KZ")] == [e.id for e in by_country("Казахстан")]
    True
    >>> by_country("Norway")
    ()
    """
    return load_index().by_country(country)


def source_text(source_id: str) -> str:
    """The shipped text of a source, which every comment's span points into."""
    return load_index().source_text(source_id)


def _reset_cache() -> None:
    """Forget the shipped records (for tests)."""
    global _shipped
    with _lock:
        _shipped = None
