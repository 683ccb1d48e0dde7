"""What changed between two data releases, record by record: :func:`diff`.

Records are compared by id and by kind (expert, comment, source, section,
question, note). A record is *added* or *removed* when its id is in only one of
the releases, and *changed* when a field differs; each change gives the field's
path, the language for a bilingual text, and the old and new values. A comment is
a record of its own (so is a question), not a field of its expert (or section).

A tool built on pinned records can ask, in its own tests, whether any record it
uses changed:

>>> import nptexperts
>>> d = nptexperts.diff("2026.1", "2026.1")
>>> d.is_empty, d.affects(["mikhail-lysenko"])
(True, False)

and narrow the question to the kinds of record, the fields and the languages it
shows:

>>> d = nptexperts.diff("2026.1", "2026.2")
>>> d.affects(["igor-vishnevetskiy"])                    # his comment's Russian changed
True
>>> d.affects(["igor-vishnevetskiy"], kinds=["expert"], fields=["name", "positions"])
False
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from nptexperts._records.lang import LANGUAGES, Lang
from nptexperts._records.models import Dataset

__all__ = [
    "FieldChange",
    "RecordChange",
    "RecordKind",
    "RecordRef",
    "ReleaseDiff",
    "diff",
    "diff_datasets",
]


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


_Flat = dict[tuple[str, Lang | None], str | None]


def _is_text(value: dict[str, Any]) -> bool:
    """Whether a plain mapping is a bilingual text (a ``Text`` or a ``Note``): in the plain
    form, these are the only mappings keyed by the languages."""
    return len(value) == len(LANGUAGES) and all(lang in value for lang in LANGUAGES)


def _flatten(value: Any, path: str, out: _Flat) -> None:
    """The plain ``value``'s leaves, by path (and language, for a bilingual text), as text."""
    if isinstance(value, dict) and _is_text(value):
        for lang in LANGUAGES:
            local = value[lang]
            if local is None:  # the Russian of a note in English only (before data 2026.3)
                out[(path, lang)] = out[(f"{path}.provenance", lang)] = None
                continue
            out[(path, lang)] = local["value"]
            prov = local["provenance"]
            out[(f"{path}.provenance", lang)] = f"{prov['origin']}, {prov['source']}"
    elif isinstance(value, dict):
        for name, item in value.items():
            _flatten(item, f"{path}.{name}" if path else name, out)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _flatten(item, f"{path}[{i}]", out)
    else:
        out[(path, None)] = None if value is None else str(value)


def _records(dataset: Dataset) -> Iterator[tuple[RecordRef, _Flat]]:
    """Every record of ``dataset``, flattened from its plain form
    (:func:`~nptexperts._records.plain.to_plain`); comments and questions are records of
    their own."""
    from nptexperts._records.plain import to_plain

    def flat(record: dict[str, Any], *inner: str) -> _Flat:
        out: _Flat = {}
        _flatten({k: v for k, v in record.items() if k not in inner}, "", out)
        return out

    plain = to_plain(dataset)
    for source in plain["sources"]:
        yield RecordRef("source", source["id"]), flat(source)
    for section in plain["sections"]:
        yield RecordRef("section", section["id"]), flat(section, "questions")
        for question in section["questions"]:
            yield RecordRef("question", question["id"]), flat(question)
    for expert in plain["experts"]:
        yield RecordRef("expert", expert["id"]), flat(expert, "comments")
        for comment in expert["comments"]:
            yield RecordRef("comment", comment["id"]), flat(comment)
    for kind, key in (("note", "notes"), ("event", "events"), ("expectation", "expectations")):
        for record in plain[key]:
            yield RecordRef(kind, record["id"]), flat(record)


def diff_datasets(old: Dataset, new: Dataset) -> ReleaseDiff:
    """The record-level changes from ``old`` to ``new`` (any two datasets)."""
    before = dict(_records(old))
    after = dict(_records(new))
    changed = []
    for ref, fields in after.items():
        earlier = before.get(ref)
        if earlier is None:
            continue
        keys = list(dict.fromkeys([*earlier, *fields]))
        changes = tuple(
            FieldChange(path, lang, earlier.get((path, lang)), fields.get((path, lang)))
            for path, lang in keys
            if earlier.get((path, lang)) != fields.get((path, lang))
        )
        if changes:
            changed.append(RecordChange(ref.kind, ref.id, changes))
    return ReleaseDiff(
        old=old.data_version,
        new=new.data_version,
        added=tuple(ref for ref in after if ref not in before),
        removed=tuple(ref for ref in before if ref not in after),
        changed=tuple(changed),
    )


def diff(old: str, new: str | None = None) -> ReleaseDiff:
    """The changes from the shipped data release ``old`` to ``new`` (default: the latest).

    Raises :class:`~nptexperts.UnknownDataVersionError` for a version that no
    shipped release has.
    """
    from nptexperts._api import load_dataset

    return diff_datasets(load_dataset(data_version=old), load_dataset(data_version=new))
