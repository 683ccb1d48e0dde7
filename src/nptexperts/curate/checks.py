"""The rules that span records: unique ids, references, countries, spans, languages.

Each rule returns :class:`~nptexperts._errors.Fault` s placed in the file and at the
field path where the fault stands, so that ``nptexperts validate`` can list them all.
"""

from __future__ import annotations

import re

from nptexperts._errors import Fault
from nptexperts._lookup.countries import is_alpha2
from nptexperts._records.models import (
    Event,
    Expectation,
    Expert,
    Section,
    Source,
)
from nptexperts.curate.directory import SourceDir
from nptexperts.curate.eventchecks import _EventRules
from nptexperts.curate.expertchecks import _ExpertRules
from nptexperts.curate.fields import (
    record_texts,
    source_faults,
    string_faults,
    text_faults,
)
from nptexperts.curate.text import shown

__all__ = ["check"]

#: A data version: ``YEAR.N``.
_DATA_VERSION = re.compile(r"[0-9]{4}\.[1-9][0-9]*")


def check(src: SourceDir) -> list[Fault]:
    """Every cross-record fault in ``src``."""
    return _Checker(src).run()


class _Checker(_ExpertRules, _EventRules):
    """Every cross-record rule, run over a data folder by :meth:`run`."""

    def run(self) -> list[Fault]:
        src, faults = self.src, self.faults
        sources, claim, ref = self.sources, self.claim, self.ref

        header = src.header
        version = header.record.data_version
        if not _DATA_VERSION.fullmatch(version):
            faults.append(
                header.file.fault(
                    ("data_version",),
                    f"the data version {shown(version)} is not YEAR.N: expected a version"
                    " such as '2026.2' (in quotes)",
                )
            )
        faults += string_faults(header, header.record)
        ref(header, ("default_source",), header.record.default_source, sources, "source")
        for i, note in enumerate(header.record.notes):
            claim(note.id, header, ("notes", i, "id"))
            ref(header, ("notes", i, "source"), note.source, sources, "source")
        for path, text in record_texts(header.record, ()):
            faults += text_faults(header, path, text, sources)

        for entries in src.records.values():
            for lo in entries:
                record = lo.record
                before = len(faults)
                stem = lo.file.name.rsplit("/", 1)[-1].removesuffix(".yaml")
                claim(record.id, lo, ("id",))
                if record.id != stem:
                    faults.append(
                        lo.file.fault(
                            ("id",),
                            f"the id {shown(record.id)} differs from the file name: expected"
                            f" {shown(stem)} (or rename the file)",
                        )
                    )
                faults += string_faults(lo, record)
                external = (
                    frozenset(s.id for s in record.sources)
                    if isinstance(record, Event)
                    else frozenset()
                )
                for path, text in record_texts(record, ()):
                    faults += text_faults(lo, path, text, sources, external)
                if isinstance(record, Source):
                    faults += source_faults(lo, record, src.source_texts)
                elif isinstance(record, Section):
                    ref(lo, ("source",), record.source, sources, "source")
                    for qi, question in enumerate(record.questions):
                        claim(question.id, lo, ("questions", qi, "id"))
                    for ci, country in enumerate(record.stated_countries):
                        if not is_alpha2(country.code):
                            faults.append(
                                lo.file.fault(
                                    ("stated_countries", ci, "code"),
                                    f"{shown(country.code)} is not an ISO 3166-1 alpha-2 code:"
                                    " expected two capital letters such as 'KZ'",
                                )
                            )
                elif isinstance(record, Expert):
                    self.expert(lo, record)
                    if len(faults) > before:
                        self.faulted_experts.add(record.id)
                elif isinstance(record, Event):
                    self.event(lo, record)
                elif isinstance(record, Expectation):
                    self.expectation(lo, record)
        return faults
