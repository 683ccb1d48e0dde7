"""An indexed dataset: the records with their lookups, built once per load."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TypeVar, cast

import attrs

from nptexperts._cache import LOCK
from nptexperts._errors import (
    UnknownCommentError,
    UnknownCountryError,
    UnknownExpertError,
    UnknownSourceError,
    WithdrawnIdError,
)
from nptexperts._lookup.countries import resolve_country, suggest_countries
from nptexperts._lookup.folding import fold
from nptexperts._records.models import Comment, Dataset, Expert, Section, Source
from nptexperts._releases.releases import WithdrawnId

__all__ = ["Experts", "Index"]


class Experts(tuple[Expert, ...]):
    """A tuple of experts (what :func:`~nptexperts.load_experts` and
    :func:`~nptexperts.by_country` return) that Jupyter shows as one table.

    It is a tuple in every other way: ``by_country("KZ") == (a, b)``, indexing,
    slicing (a slice is a plain tuple).
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        """The experts as one table, for Jupyter (see :mod:`nptexperts.display`)."""
        from nptexperts.display import experts_html

        return experts_html(self)


_NO_EXPERTS = Experts()

_T = TypeVar("_T")


@attrs.frozen(repr=False)
class Index:
    """A loaded dataset with its lookups (by id, by country).

    Get the shipped one with :func:`nptexperts.load_index`, or a curator's
    directory with ``load_index(path)``.
    """

    dataset: Dataset
    _experts: Mapping[str, Expert] = attrs.field(alias="_experts", repr=False)
    _comments: Mapping[str, Comment] = attrs.field(alias="_comments", repr=False)
    _by_country: Mapping[str, Experts] = attrs.field(alias="_by_country", repr=False)
    _source_texts: Mapping[str, str] = attrs.field(alias="_source_texts", repr=False)
    _country_aliases: Mapping[str, str] = attrs.field(alias="_country_aliases", repr=False)
    _withdrawn: Mapping[str, WithdrawnId] = attrs.field(alias="_withdrawn", repr=False)
    #: What is derived from the records on first use and kept with them (the search
    #: index, :meth:`nptexperts.SearchIndex.of`), by name; not part of equality.
    _derived: dict[str, object] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )

    def derived(self, name: str, build: Callable[[Index], _T]) -> _T:
        """What ``build(self)`` returns, built on the first call for ``name`` and then kept.

        The hook for what is derived from the records and kept with them (the search
        index, :meth:`nptexperts.SearchIndex.of`): built once, under a lock, and not
        part of the index's equality.
        """
        found = self._derived.get(name)
        if found is None:
            with LOCK:
                found = self._derived.get(name)
                if found is None:
                    found = self._derived[name] = build(self)
        return cast("_T", found)

    @classmethod
    def build(
        cls,
        dataset: Dataset,
        source_texts: Mapping[str, str],
        withdrawn: Mapping[str, WithdrawnId] | None = None,
    ) -> Index:
        """Index ``dataset``; ``source_texts`` maps source ids to their shipped texts.

        ``withdrawn`` holds the ids that releases up to this one withdrew: looking
        one up raises :class:`~nptexperts.WithdrawnIdError`, which names its replacement.
        """
        experts = {e.id: e for e in dataset.experts}
        comments = {c.id: c for e in dataset.experts for c in e.comments}
        countries: dict[str, list[Expert]] = {}
        for expert in dataset.experts:
            if expert.country.code is not None:
                countries.setdefault(expert.country.code, []).append(expert)
        aliases = {
            fold(alias): country.code
            for section in dataset.sections
            for country in section.stated_countries
            for alias in (*country.aliases, country.name.en.value, country.name.ru.value)
        }
        return cls(
            dataset=dataset,
            _experts=MappingProxyType(experts),
            _comments=MappingProxyType(comments),
            _by_country=MappingProxyType({k: Experts(v) for k, v in countries.items()}),
            _source_texts=MappingProxyType(dict(source_texts)),
            _country_aliases=MappingProxyType(aliases),
            _withdrawn=MappingProxyType(dict(withdrawn or {})),
        )

    def __repr__(self) -> str:
        from nptexperts._words import count

        return (
            f"<Index of data {self.dataset.data_version}: {count(len(self._experts), 'expert')},"
            f" {count(len(self._comments), 'comment')}>"
        )

    @property
    def experts(self) -> Experts:
        """Every expert, sorted by family name (then id); the same tuple each time."""
        found = self._derived.get("experts")
        if found is None:
            found = self._derived.setdefault("experts", Experts(self.dataset.experts))
        assert isinstance(found, Experts)
        return found

    @property
    def comments(self) -> tuple[Comment, ...]:
        """Every comment, expert by expert in :attr:`experts` order."""
        return tuple(c for e in self.dataset.experts for c in e.comments)

    @property
    def sources(self) -> tuple[Source, ...]:
        """Every source."""
        return self.dataset.sources

    @property
    def sections(self) -> tuple[Section, ...]:
        """Every section."""
        return self.dataset.sections

    def get_expert(self, expert_id: str) -> Expert:
        """The expert with ``expert_id``; :class:`~nptexperts.UnknownExpertError` if none."""
        try:
            return self._experts[expert_id]
        except (KeyError, TypeError):
            _check_id(expert_id)
            self._check_withdrawn(expert_id)
            raise UnknownExpertError(expert_id, _close(expert_id, self._experts)) from None

    def get_comment(self, comment_id: str) -> Comment:
        """The comment with ``comment_id``; :class:`~nptexperts.UnknownCommentError` if none."""
        try:
            return self._comments[comment_id]
        except (KeyError, TypeError):
            _check_id(comment_id)
            self._check_withdrawn(comment_id)
            raise UnknownCommentError(comment_id, _close(comment_id, self._comments)) from None

    def _check_withdrawn(self, record_id: object) -> None:
        found = self._withdrawn.get(record_id) if isinstance(record_id, str) else None
        if found is not None:
            raise WithdrawnIdError(
                found.id, found.kind, found.since, found.reason, found.replacement
            )

    def by_country_code(self, code: str) -> Experts:
        """The experts attributed to the ISO 3166-1 alpha-2 ``code`` (upper case)."""
        return self._by_country.get(code, _NO_EXPERTS)

    def by_country(self, country: str) -> Experts:
        """The experts from ``country``: an ISO alpha-2 or alpha-3 code, or an English or Russian name.

        Raises :class:`~nptexperts.UnknownCountryError` for a string that names no country.
        """
        return self.by_country_code(self.country_code(country))

    def country_code(self, country: str) -> str:
        """The ISO 3166-1 alpha-2 code of ``country`` (a code or an English or Russian name).

        Besides ISO's names, the names the sources use for the experts' countries
        are known (``"Russia"``, ``"the UAE"``). Raises
        :class:`~nptexperts.UnknownCountryError` for a string that names no country.
        """
        try:
            return resolve_country(country, self._country_aliases, self._by_country)
        except UnknownCountryError:
            if not isinstance(country, str) or not country.strip():
                raise
            # Suggest the names the records use first, as written.
            raise UnknownCountryError(
                country, suggest_countries(country, self._country_spellings())
            ) from None

    def _country_spellings(self) -> list[str]:
        return [
            spelling
            for section in self.dataset.sections
            for c in section.stated_countries
            for spelling in (c.name.en.value, c.name.ru.value, *c.aliases)
        ]

    def source_text(self, source_id: str) -> str:
        """The shipped text of the source ``source_id`` (the anchor of comment spans)."""
        try:
            return self._source_texts[source_id]
        except (KeyError, TypeError):
            raise UnknownSourceError(source_id, _close(source_id, self._source_texts)) from None


def _check_id(record_id: object) -> None:
    """An id over :data:`~nptexperts._args.MAX_ID_LENGTH` characters: InvalidArgumentError."""
    from nptexperts._args import MAX_ID_LENGTH, check_text

    if isinstance(record_id, str):
        check_text(record_id, "the id", MAX_ID_LENGTH)


def _close(wanted: object, ids: Mapping[str, object]) -> tuple[str, ...]:
    """Up to three ids like ``wanted`` (for "did you mean …?"), closest first.

    An id that contains ``wanted`` as a whole part (``lysenko`` in ``mikhail-lysenko``)
    comes first, then those :func:`difflib.get_close_matches` finds.
    """
    if not isinstance(wanted, str) or not wanted:
        return ()
    import difflib

    key = wanted.casefold()
    parts = [i for i in ids if key in i.replace(".", "-").split("-") or i.startswith(key)]
    close = difflib.get_close_matches(key, list(ids), n=3, cutoff=0.6)
    return tuple(dict.fromkeys([*parts, *close]))[:3]
