"""Curation: a directory of YAML files to validated records, and records to a release.

Only curators' work goes through this package; ``import nptexperts`` and the load
of the shipped records never import it (a test checks). The flow:

* :mod:`~nptexperts.curate.yamlfile` reads one YAML file safely, with the place of
  every value;
* the records' strict converter (``nptexperts._records.converter``, shared with
  :func:`nptexperts.export.json.from_json`) structures that plain data into the record
  types, and turns its errors into located faults (``nptexperts._records.locating``);
* :mod:`~nptexperts.curate.directory` reads a data directory's layout;
* :mod:`~nptexperts.curate.checks` checks what spans records (ids, references, spans);
* :mod:`~nptexperts.curate.compiling` writes a data release's bundle.

The entry points are :func:`load_directory` (the validated records and source texts)
and :func:`index_directory` (the same records with their lookups, an
:class:`~nptexperts.Index`, as the shipped releases have). They replace the
deprecated ``path`` argument of :func:`nptexperts.load_experts` and its kin, so that
the runtime API never imports this package.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from nptexperts._errors import DataError
from nptexperts._records.models import Dataset

if TYPE_CHECKING:
    from nptexperts._lookup.index import Index

__all__ = ["CuratedData", "index_directory", "load_directory"]


@attrs.frozen
class CuratedData:
    """A data directory's records, validated, with the source texts their spans point into."""

    #: Every record, in the dataset's stable order.
    dataset: Dataset
    #: The text of each source that ships one, by its file name (``Source.text_file``).
    source_texts: Mapping[str, str]


def load_directory(root: str | os.PathLike[str] | Traversable) -> CuratedData:
    """Read and check every file of the data directory ``root`` (laid out like ``nptexperts/data``).

    Returns the validated records, or raises :class:`~nptexperts.DataError` listing
    every fault found, each with its file, line, column and field path; nothing is
    returned half-loaded. ``root`` that is not a path raises
    :class:`~nptexperts.InvalidArgumentError`.
    """
    from nptexperts._args import check_path
    from nptexperts.curate.checks import check
    from nptexperts.curate.directory import assemble, read_source_dir

    check_path(root)
    folder = root if isinstance(root, Traversable) else Path(root)
    src, faults = read_source_dir(folder)
    if src is not None:
        faults += check(src)
    if src is None or faults:
        raise DataError(faults)
    return CuratedData(assemble(src), MappingProxyType(dict(src.source_texts)))


def index_directory(root: str | os.PathLike[str] | Traversable) -> Index:
    """The records of the data directory ``root``, validated as by :func:`load_directory`,
    with their lookups: an :class:`~nptexperts.Index`, as :func:`nptexperts.load_index`
    gives for a shipped release (``index.experts``, ``index.dataset``,
    ``index.get_expert(...)``). Nothing is cached: each call reads the files again.

    >>> from importlib.resources import files
    >>> index = index_directory(files("nptexperts") / "data")
    >>> index.dataset == __import__("nptexperts").load_dataset()
    True
    """
    from nptexperts._lookup.index import Index

    curated = load_directory(root)
    dataset = curated.dataset
    texts = {s.id: curated.source_texts[s.text_file] for s in dataset.sources if s.text_file}
    return Index.build(dataset, texts)
