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
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from nptexperts._records.lang import LANGUAGES, Lang
from nptexperts._records.models import Dataset, Text

__all__ = ["FieldChange", "RecordChange", "RecordRef", "ReleaseDiff", "diff", "diff_datasets"]


@attrs.frozen
class RecordRef:
    """A record, by kind and id."""

    #: ``"expert"``, ``"comment"``, ``"source"``, ``"section"``, ``"question"`` or ``"note"``.
    kind: str
    id: str


@attrs.frozen
class FieldChange:
    """One field of a record that differs between two releases."""

    #: The field's path in the record (``"name"``, ``"positions[1].title"``,
    #: ``"body.provenance"`` for a text's provenance, ``"country.code"``).
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

    kind: str
    id: str
    fields: tuple[FieldChange, ...]


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

    def affects(self, ids: Iterable[str]) -> bool:
        """Whether any of the records ``ids`` was added, removed or changed.

        An expert's id also covers the expert's comments (``<expert-id>.…``).
        """
        touched = self.ids
        for wanted in ids:
            if wanted in touched or any(t.startswith(wanted + ".") for t in touched):
                return True
        return False


_Flat = dict[tuple[str, Lang | None], str | None]


def _flatten(value: Any, path: str, out: _Flat, skip: frozenset[str]) -> None:
    if isinstance(value, Text):
        for lang in LANGUAGES:
            local = value.localized(lang)
            out[(path, lang)] = local.value
            prov = local.provenance
            out[(f"{path}.provenance", lang)] = f"{prov.origin.value}, {prov.source}"
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name not in skip:
                name = f"{path}.{field.name}" if path else field.name
                _flatten(getattr(value, field.name), name, out, frozenset())
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            _flatten(item, f"{path}[{i}]", out, frozenset())
    elif isinstance(value, enum.Enum):
        out[(path, None)] = str(value.value)
    elif isinstance(value, datetime.date):
        out[(path, None)] = value.isoformat()
    elif value is None:
        out[(path, None)] = None
    else:
        out[(path, None)] = str(value)


def _records(dataset: Dataset) -> Iterator[tuple[RecordRef, _Flat]]:
    """Every record of ``dataset``, flattened; comments and questions are records of their own."""

    def flat(record: Any, skip: frozenset[str] = frozenset()) -> _Flat:
        out: _Flat = {}
        _flatten(record, "", out, skip)
        return out

    for source in dataset.sources:
        yield RecordRef("source", source.id), flat(source)
    for section in dataset.sections:
        yield RecordRef("section", section.id), flat(section, frozenset({"questions"}))
        for question in section.questions:
            yield RecordRef("question", question.id), flat(question)
    for expert in dataset.experts:
        yield RecordRef("expert", expert.id), flat(expert, frozenset({"comments"}))
        for comment in expert.comments:
            yield RecordRef("comment", comment.id), flat(comment)
    for note in dataset.notes:
        yield RecordRef("note", note.id), flat(note)


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
