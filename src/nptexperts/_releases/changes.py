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

from collections.abc import Iterator
from typing import Any

from nptexperts._records.lang import LANGUAGES, Lang
from nptexperts._records.models import Dataset
from nptexperts._releases.diffs import (
    FieldChange,
    RecordChange,
    RecordKind,
    RecordRef,
    ReleaseDiff,
)

__all__ = [
    "FieldChange",
    "RecordChange",
    "RecordKind",
    "RecordRef",
    "ReleaseDiff",
    "diff",
    "diff_datasets",
]


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
