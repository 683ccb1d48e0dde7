"""A diff's types: :class:`ReleaseDiff` and its parts, and how to ask it about records.

:func:`nptexperts.diff` (:mod:`nptexperts._releases.changes`) computes a
:class:`ReleaseDiff`; :meth:`ReleaseDiff.filter` and :meth:`ReleaseDiff.affects`
narrow it to the records, kinds, fields and languages a tool uses.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from nptexperts._records.lang import Lang

__all__ = ["FieldChange", "RecordChange", "RecordKind", "RecordRef", "ReleaseDiff"]


class RecordKind(enum.StrEnum):
    """The kinds of record a diff compares. A ``str``: ``RecordKind.EXPERT == "expert"``."""

    #: A :class:`~nptexperts.Source`.
    SOURCE = "source"
    #: A :class:`~nptexperts.Section` (without its questions).
    SECTION = "section"
    #: A :class:`~nptexperts.Question`.
    QUESTION = "question"
    #: An :class:`~nptexperts.Expert` (without the comments).
    EXPERT = "expert"
    #: A :class:`~nptexperts.Comment`.
    COMMENT = "comment"
    #: A :class:`~nptexperts.DatasetNote`.
    NOTE = "note"
    #: An :class:`~nptexperts.Event` (data 2026.4 on).
    EVENT = "event"
    #: An :class:`~nptexperts.Expectation` (data 2026.4 on).
    EXPECTATION = "expectation"


@attrs.frozen
class RecordRef:
    """A record, by kind and id."""

    kind: RecordKind = attrs.field(converter=RecordKind)
    id: str


@attrs.frozen
class FieldChange:
    """One field of a record that differs between two releases."""

    #: The field's path in the record (``"name"``, ``"positions[1].title"``,
    #: ``"body.provenance"`` for a text's provenance, ``"country.code"``); list
    #: entries are counted from 0, as everywhere in the package.
    path: str
    #: The language, for one language of a bilingual text; ``None`` otherwise.
    lang: Lang | None
    #: The value in the older release, as text (``None``: the field was absent or empty).
    old: str | None
    #: The value in the newer release, as text (``None``: the field is absent or empty).
    new: str | None


@attrs.frozen
class RecordChange:
    """A record present in both releases whose fields differ."""

    kind: RecordKind = attrs.field(converter=RecordKind)
    id: str
    fields: tuple[FieldChange, ...]


def _field_matches(path: str, wanted: frozenset[str]) -> bool:
    """Whether ``path`` is one of the fields ``wanted`` or inside one (``positions[0].title``
    is inside ``positions``; ``name_variants[0].value`` is not inside ``name``)."""
    return any(
        path == f or path.startswith((f + ".", f + "[")) or _without_items(path) == f
        for f in wanted
    )


def _without_items(path: str) -> str:
    """``positions[1].title`` → ``positions[].title``: a path's field whatever the entry."""
    out, skipping = [], False
    for ch in path:
        if ch == "[":
            skipping = True
            out.append("[")
        elif ch == "]":
            skipping = False
            out.append("]")
        elif not skipping:
            out.append(ch)
    return "".join(out)


@attrs.frozen
class ReleaseDiff:
    """The record-level changes from the release ``old`` to the release ``new``."""

    old: str
    new: str
    added: tuple[RecordRef, ...]
    removed: tuple[RecordRef, ...]
    changed: tuple[RecordChange, ...]

    @property
    def is_empty(self) -> bool:
        """True when no record was added, removed or changed."""
        return not (self.added or self.removed or self.changed)

    @property
    def ids(self) -> frozenset[str]:
        """The ids of every record added, removed or changed."""
        return frozenset(
            [r.id for r in self.added] + [r.id for r in self.removed] + [c.id for c in self.changed]
        )

    def filter(
        self,
        ids: Iterable[str] | None = None,
        *,
        kinds: Iterable[RecordKind | str] | None = None,
        fields: Iterable[str] | None = None,
        langs: Iterable[Lang | str] | None = None,
    ) -> ReleaseDiff:
        """The part of this diff that concerns the records ``ids``, of the ``kinds``, in
        the ``fields`` and the languages ``langs`` (``None``: no filter on that).

        - ``ids``: record ids; an expert's id also covers the expert's comments
          (``<expert-id>.…``).
        - ``kinds``: :class:`RecordKind` members or their values (``"expert"``).
        - ``fields``: field names or paths, as in :attr:`FieldChange.path`:
          ``"name"`` keeps ``name`` and ``name.provenance``; ``"positions"`` every
          position; ``"positions[].title"`` the title of any position.
        - ``langs``: ``"en"``, ``"ru"``; a change that is not in one language (a
          country code, a date) concerns every language, and is kept.

        A record added or removed is kept when its id and kind are: every field of it
        is new or gone. An unknown kind or language raises :class:`ValueError` or
        :class:`~nptexperts.UnsupportedLanguageError`.
        """
        from nptexperts._records.lang import normalize_lang

        id_set = None if ids is None else frozenset([ids] if isinstance(ids, str) else ids)
        kind_set = None if kinds is None else frozenset(RecordKind(k) for k in kinds)
        field_set = None if fields is None else frozenset(fields)
        lang_set = None if langs is None else frozenset(normalize_lang(x) for x in langs)

        def record_kept(ref: RecordRef | RecordChange) -> bool:
            if kind_set is not None and ref.kind not in kind_set:
                return False
            if id_set is None:
                return True
            return ref.id in id_set or any(ref.id.startswith(i + ".") for i in id_set)

        def field_kept(change: FieldChange) -> bool:
            if lang_set is not None and change.lang is not None and change.lang not in lang_set:
                return False
            return field_set is None or _field_matches(change.path, field_set)

        changed = []
        for record in self.changed:
            if record_kept(record):
                kept = tuple(f for f in record.fields if field_kept(f))
                if kept:
                    changed.append(attrs.evolve(record, fields=kept))
        return attrs.evolve(
            self,
            added=tuple(r for r in self.added if record_kept(r)),
            removed=tuple(r for r in self.removed if record_kept(r)),
            changed=tuple(changed),
        )

    def affects(
        self,
        ids: Iterable[str],
        *,
        kinds: Iterable[RecordKind | str] | None = None,
        fields: Iterable[str] | None = None,
        langs: Iterable[Lang | str] | None = None,
    ) -> bool:
        """Whether any of the records ``ids`` was added, removed or changed, counting
        only the ``kinds`` of record, the ``fields`` and the languages ``langs`` given
        (see :meth:`filter`).

        An expert's id also covers the expert's comments (``<expert-id>.…``).

        >>> import nptexperts
        >>> d = nptexperts.diff("2026.1", "2026.2")
        >>> d.affects(["zacharie-gross"], kinds=["expert"], fields=["name"], langs=["ru"])
        True
        >>> d.affects(["zacharie-gross"], kinds=["expert"], fields=["name"], langs=["en"])
        False
        """
        return not self.filter(ids, kinds=kinds, fields=fields, langs=langs).is_empty

    def counts(self) -> dict[RecordKind, tuple[int, int, int]]:
        """How many records of each kind were added, removed and changed (kinds with none left out)."""
        out: dict[RecordKind, tuple[int, int, int]] = {}
        for kind in RecordKind:
            n = (
                sum(r.kind is kind for r in self.added),
                sum(r.kind is kind for r in self.removed),
                sum(r.kind is kind for r in self.changed),
            )
            if any(n):
                out[kind] = n
        return out
