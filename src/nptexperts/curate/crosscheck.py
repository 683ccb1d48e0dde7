"""What the cross-record rules share: the records by id, and the ids claimed and referred to."""

from __future__ import annotations

import re
from typing import Any

from nptexperts._errors import Fault
from nptexperts._records.models import (
    Event,
    Section,
    Source,
)
from nptexperts.curate.directory import Loaded, SourceDir
from nptexperts.curate.text import shown
from nptexperts.curate.yamlfile import Path, format_path

__all__: list[str] = []

#: An id: a slug (matched in full, never with ``$``, which also matches before a final newline).
_ID = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
#: The longest id.
MAX_ID_LENGTH = 100


class _Base:
    """A data folder's records by id, the ids claimed so far, and the faults found."""

    def __init__(self, src: SourceDir) -> None:
        self.src = src
        self.faults: list[Fault] = []
        self.sources: dict[str, Source] = {lo.record.id: lo.record for lo in src.records["sources"]}
        self.sections: dict[str, Section] = {
            lo.record.id: lo.record for lo in src.records["sections"]
        }
        self.questions = {q.id for s in self.sections.values() for q in s.questions}
        self.experts = {lo.record.id for lo in src.records["experts"]}
        all_comments = [c for lo in src.records["experts"] for c in lo.record.comments]
        ids = [c.id for c in all_comments]
        #: Each comment by id (a duplicated id has faults of its own, and is left out).
        self.comments = {c.id: c for c in all_comments if ids.count(c.id) == 1}
        self.duplicated_comments = {i for i in ids if ids.count(i) > 1}
        self.events: dict[str, Event] = {
            lo.record.id: lo.record for lo in src.records.get("events", ())
        }
        self.seen: dict[str, str] = {}
        #: The experts whose files have faults: an expectation is not checked against them.
        self.faulted_experts: set[str] = set()

    def claim(self, record_id: str, lo: Loaded, path: Path) -> None:
        """Record that ``record_id`` is used at ``path``: it must be a unique slug."""
        where = f"{lo.file.name} ({format_path(path)})"
        if len(record_id) > MAX_ID_LENGTH:
            self.faults.append(
                lo.file.fault(
                    path,
                    f"the id {shown(record_id)} is too long: expected at most"
                    f" {MAX_ID_LENGTH} characters",
                )
            )
        elif not _ID.fullmatch(record_id):
            self.faults.append(
                lo.file.fault(
                    path,
                    f"the id {shown(record_id)} is not a slug: expected lower-case letters,"
                    " digits, '-' and '.' (nothing else, not even a line break)",
                )
            )
        if record_id in self.seen:
            self.faults.append(
                lo.file.fault(
                    path,
                    f"the id {shown(record_id)} is already used in {self.seen[record_id]}: ids must be unique",
                )
            )
        else:
            self.seen[record_id] = where

    def ref(
        self,
        lo: Loaded,
        path: Path,
        value: str,
        known: dict[str, Any] | set[str],
        kind: str,
    ) -> None:
        """``value`` at ``path`` must be the id of a known record of ``kind``."""
        if value not in known:
            choices = ", ".join(sorted(known)) or "none defined"
            if len(choices) > 400:
                choices = choices[:400] + "…"
            self.faults.append(
                lo.file.fault(path, f"no {kind} has the id {shown(value)} (known: {choices})")
            )
