"""The public calls: load a data release (or a curator's directory) and look records up.

Every shipped data release loads by its version (``data_version="2026.1"``), each
checked against its recorded digest; without a version, the latest. Each release is
loaded once, on first use, behind a lock; every later call reuses the same immutable
objects.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeAlias

from nptexperts._cache import cached
from nptexperts._errors import InvalidArgumentError
from nptexperts._lookup.index import Experts, Index
from nptexperts._records.models import Comment, Dataset, Event, Expectation, Expert
from nptexperts._releases.bundle import decode_bundle
from nptexperts._releases.releases import WithdrawnId
from nptexperts._releases.store import (
    read_release,
    read_source_text,
    release_entry,
    withdrawn_until,
)
from nptexperts._version import DATA_VERSION

__all__ = [
    "by_country",
    "expectations",
    "get_comment",
    "get_event",
    "get_expert",
    "load_dataset",
    "load_experts",
    "load_index",
    "source_text",
]

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: A data directory: a path, or a :class:`~importlib.resources.abc.Traversable`.
#: (A string at run time: importing :mod:`importlib.resources` for it would cost
#: more than loading the shipped records.)
StrPath: TypeAlias = "str | os.PathLike[str] | Traversable"


def _index_from_bundle(
    raw: bytes,
    read_text: Callable[[str], str],
    name: str = "bundle",
    withdrawn: Mapping[str, WithdrawnId] | None = None,
    expected: tuple[str, int] | None = None,
) -> Index:
    """The :class:`Index` of a bundle's bytes; ``read_text`` reads a source's text by file name."""
    dataset = decode_bundle(raw, name, expected=expected)
    texts = {s.id: read_text(s.text_file) for s in dataset.sources if s.text_file is not None}
    return Index.build(dataset, texts, withdrawn)


@cached
def _load_release(version: str) -> Index:
    """The :class:`Index` of the shipped data release ``version``, verified (loaded once)."""
    entry = release_entry(version)
    return _index_from_bundle(
        read_release(entry),
        lambda text_file: read_source_text(entry, text_file),
        f"nptexperts/compiled/{entry.file}",
        withdrawn_until(version),
        (entry.data_version, entry.bundle_format),
    )


def load_index(path: StrPath | None = None, *, data_version: str | None = None) -> Index:
    """The records with their lookups.

    Without ``path``, a shipped data release: ``data_version`` (``"2026.1"``), or
    the latest (:data:`~nptexperts.DATA_VERSION`); each is checked against its
    recorded digest (a mismatch raises :class:`~nptexperts.DataError`), loaded once
    and then cached. An unknown version raises
    :class:`~nptexperts.UnknownDataVersionError`.

    ``path`` (deprecated since 0.4.0, removed in 0.5.0: use
    :func:`nptexperts.curate.index_directory`, or
    :func:`nptexperts.curate.load_directory` and its ``.dataset``): the YAML files of a
    directory laid out like ``nptexperts/data``, validated; a fault raises :class:`~nptexperts.DataError`
    naming every fault, and nothing is cached. It imports ``nptexperts.curate`` (and
    PyYAML), which the shipped load never does.
    """
    if path is not None:
        import inspect
        import warnings

        from nptexperts._args import check_path

        check_path(path)
        if data_version is not None:
            raise InvalidArgumentError("give a path or a data_version, not both")
        # The warning names the caller's line: the first frame outside this package
        # (load_experts, load_dataset and dataset_info pass their path on to here).
        package = os.path.dirname(__file__)
        level = next(
            (
                n
                for n, f in enumerate(inspect.stack(0)[1:], 2)
                if not f.filename.startswith(package)
            ),
            2,
        )
        warnings.warn(
            "the path argument of nptexperts.load_index, load_dataset, load_experts and"
            " dataset_info is deprecated since nptexperts 0.4.0 and will be removed in 0.5.0:"
            " load a curator's data directory with nptexperts.curate.index_directory(path)"
            " (an Index: .experts, .dataset), or nptexperts.curate.load_directory(path).dataset",
            DeprecationWarning,
            stacklevel=level,
        )
        # The deprecated branch is the one place the runtime API still imports curate.
        from nptexperts.curate import index_directory

        return index_directory(path)
    version = DATA_VERSION if data_version is None else data_version
    if not isinstance(version, str):
        release_entry(version)  # raises UnknownDataVersionError, naming the releases
    return _load_release(version)


def load_dataset(path: StrPath | None = None, *, data_version: str | None = None) -> Dataset:
    """Every record of a release (sources, sections, experts, notes) as one :class:`Dataset`."""
    return load_index(path, data_version=data_version).dataset


def load_experts(path: StrPath | None = None, *, data_version: str | None = None) -> Experts:
    """Every expert, sorted by family name, as an immutable tuple (an
    :class:`~nptexperts.Experts`, which Jupyter shows as a table).

    >>> experts = load_experts()
    >>> experts == load_experts()
    True
    >>> isinstance(experts, tuple)
    True
    >>> len(load_experts(data_version="2026.1")) > 0
    True
    """
    return load_index(path, data_version=data_version).experts


def get_expert(expert_id: str) -> Expert:
    """The expert with ``expert_id`` in the latest release.

    >>> get_expert("mikhail-lysenko").name.text("ru")
    'Михаил Лысенко'

    Raises :class:`~nptexperts.UnknownExpertError` (a :class:`LookupError`) for an
    unknown id, with up to three close ids as suggestions. For another release,
    ``load_index(data_version=...).get_expert(expert_id)``.
    """
    return load_index().get_expert(expert_id)


def get_comment(comment_id: str) -> Comment:
    """The comment with ``comment_id`` in the latest release."""
    return load_index().get_comment(comment_id)


def by_country(country: str) -> Experts:
    """The experts from ``country`` in the latest release.

    ``country`` is an ISO 3166-1 alpha-2 or alpha-3 code or the country's English
    or Russian name, in any case. A real country with no experts gives ``()``; a
    string that names no country raises :class:`~nptexperts.UnknownCountryError`.

    >>> [e.id for e in by_country("KZ")] == [e.id for e in by_country("Казахстан")]
    True
    >>> by_country("Norway")
    ()
    """
    return load_index().by_country(country)


def expectations(data_version: str | None = None) -> tuple[Expectation, ...]:
    """The expectations about the events that the records state, with what came of them.

    In the order their words stand in the source. Releases before data 2026.4 hold none.

    >>> found = expectations(data_version="2026.4")
    >>> summary = [e for e in found if e.stated_in == "npt-2026-prospects"][0]
    >>> summary.quote.en.value.endswith("the final document will not be adopted")
    True
    >>> summary.resolution
    <Resolution.CAME_TRUE: 'came_true'>
    >>> {e.judged_by.value for e in found}
    {'editors'}
    >>> expectations(data_version="2026.3")
    ()
    """
    return load_index(data_version=data_version).dataset.expectations


def get_event(event_id: str, data_version: str | None = None) -> Event:
    """The event with ``event_id`` (``"npt-revcon-2026"``), with facts from outside the release.

    Raises :class:`~nptexperts.UnknownEventError` (a :class:`LookupError`) for an id
    that no event of the release has.

    >>> event = get_event("npt-revcon-2026", data_version="2026.4")
    >>> event.start.isoformat(), event.end.isoformat()
    ('2026-04-27', '2026-05-22')
    >>> event.outcome.value
    'no_consensus_final_document'
    >>> event.president.text("ru")
    'До Хунг Вьет'
    """
    from nptexperts._args import MAX_ID_LENGTH, check_text

    check_text(event_id, "the id", MAX_ID_LENGTH)
    events = load_index(data_version=data_version).dataset.events
    for event in events:
        if event.id == event_id:
            return event
    from nptexperts._errors import UnknownEventError

    raise UnknownEventError(event_id, tuple(e.id for e in events)[:3])


def source_text(source_id: str) -> str:
    """The shipped text of a source, which every comment's span points into."""
    return load_index().source_text(source_id)
