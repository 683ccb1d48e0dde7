"""The rules that span records: unique ids, references, countries, spans, languages.

Each rule returns :class:`~nptexperts._errors.Fault` s placed in the file and at the
field path where the fault stands, so that ``nptexperts validate`` can list them all.
"""

from __future__ import annotations

import re
from typing import Any

from nptexperts._errors import Fault
from nptexperts._lookup.countries import is_alpha2
from nptexperts._records.models import (
    CommentCoverage,
    CountryBasis,
    Event,
    Expectation,
    Expert,
    Origin,
    Resolution,
    Section,
    Source,
    StatementPlace,
)
from nptexperts.curate.directory import Loaded, SourceDir
from nptexperts.curate.fields import (
    record_texts,
    source_faults,
    string_faults,
    text_faults,
    url_faults,
    where_found,
)
from nptexperts.curate.text import shown
from nptexperts.curate.yamlfile import Path, format_path

__all__ = ["check"]

#: An id: a slug (matched in full, never with ``$``, which also matches before a final newline).
_ID = re.compile(r"[a-z0-9]+(?:[-.][a-z0-9]+)*")
#: The longest id.
MAX_ID_LENGTH = 100
#: A comment's id: ``<expert-id>.<question-id>.<n>``.
_COMMENT_NUMBER = re.compile(r"[1-9][0-9]*")
#: A data version: ``YEAR.N``.
_DATA_VERSION = re.compile(r"[0-9]{4}\.[1-9][0-9]*")


def check(src: SourceDir) -> list[Fault]:
    """Every cross-record fault in ``src``."""
    return _Checker(src).run()


class _Checker:
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

    def event(self, lo: Loaded, event: Event) -> None:
        """The rules of an event: its facts rest on its own outside sources."""
        out = self.faults
        ids = {s.id for s in event.sources}
        for si, source in enumerate(event.sources):
            self.claim(source.id, lo, ("sources", si, "id"))
            out.extend(url_faults(lo, ("sources", si, "url"), source.url))
        if event.start > event.end:
            out.append(lo.file.fault(("end",), "the event ends before it starts"))
        for fact in ("name", "dates", "place", "president", "outcome"):
            cited: tuple[str, ...] = getattr(event, f"{fact}_from")
            if not cited:
                out.append(
                    lo.file.fault(
                        (f"{fact}_from",),
                        "no source: expected the ids of the outside sources the fact rests on",
                    )
                )
            for ci, source_id in enumerate(cited):
                self.ref(lo, (f"{fact}_from", ci), source_id, ids, "source of this event")
        for path, text in record_texts(event, ()):
            for lang in ("en", "ru"):
                if getattr(text, lang).provenance.origin is Origin.PUBLISHED:
                    out.append(
                        lo.file.fault(
                            (*path, lang, "provenance", "origin"),
                            "an event's texts are the editors' own words (the pages'"
                            " texts are not shipped): expected origin editorial or"
                            " editorial_translation",
                        )
                    )

    def expectation(self, lo: Loaded, expectation: Expectation) -> None:
        """The rules of an expectation: where its words stand, and how it is judged."""
        out, src = self.faults, self.src
        self.ref(lo, ("event",), expectation.event, self.events, "event")
        self.ref(lo, ("source",), expectation.source, self.sources, "source")
        place = expectation.place
        record_text: str | None = None
        expert: str | None = None
        if place is StatementPlace.SECTION_SUMMARY:
            section = self.sections.get(expectation.stated_in)
            self.ref(lo, ("stated_in",), expectation.stated_in, self.sections, "section")
            if section is not None and section.summary is not None:
                record_text = section.summary.en.value
        else:
            comment = self.comments.get(expectation.stated_in)
            expert_id = expectation.stated_in.split(".", 1)[0]
            if (
                ("experts", expert_id) in src.unreadable
                or expert_id in self.faulted_experts
                or expectation.stated_in in self.duplicated_comments
            ):
                return  # the expert's file has faults of its own; nothing to check against
            self.ref(lo, ("stated_in",), expectation.stated_in, self.comments, "comment")
            if comment is not None:
                expert = comment.expert
                if place is StatementPlace.COMMENT:
                    record_text = comment.body.en.value
                elif comment.context is not None:
                    record_text = comment.context.en.value
        if expectation.expert != expert:
            out.append(
                lo.file.fault(
                    ("expert",),
                    f"expected {shown(expert) if expert else 'no expert (null)'}: the expert"
                    " of the record that states it",
                )
            )
        quote = expectation.quote.en
        if quote.provenance.origin is not Origin.PUBLISHED:
            out.append(
                lo.file.fault(
                    ("quote", "en", "provenance", "origin"),
                    "expected origin published: the quote is the source's own words",
                )
            )
        if record_text is not None and quote.value not in record_text:
            out.append(
                lo.file.fault(
                    ("quote", "en"),
                    f"the quote is not in the {place.value.replace('_', ' ')} of"
                    f" {shown(expectation.stated_in)}: expected words of that text",
                )
            )
        source = self.sources.get(expectation.source)
        text = src.source_texts.get(source.text_file or "") if source is not None else None
        span = expectation.span
        if source is not None and text is None:
            out.append(
                lo.file.fault(
                    ("span",), f"a span, but source {source.id!r} ships no text to point into"
                )
            )
        elif text is not None and not 0 <= span.start < span.end <= len(text):
            out.append(
                lo.file.fault(
                    ("span",),
                    f"the span {span.start}..{span.end} is outside the source text (0..{len(text)})",
                )
            )
        elif text is not None and text[span.start : span.end] != quote.value:
            out.append(
                lo.file.fault(
                    ("span",),
                    f"the span {span.start}..{span.end} does not hold the quote;"
                    f" {where_found(text, quote.value)}",
                )
            )
        if expectation.conditional != (expectation.condition is not None):
            out.append(
                lo.file.fault(
                    ("condition",),
                    "a condition goes with conditional: true, and only with it",
                )
            )
        if expectation.resolution is Resolution.CONDITION_NOT_MET and not expectation.conditional:
            out.append(
                lo.file.fault(
                    ("resolution",),
                    "condition_not_met, but the expectation is not conditional",
                )
            )
        for field in ("expected", "reasoning"):
            local = getattr(expectation, field).en
            if local.provenance.origin is not Origin.EDITORIAL:
                out.append(
                    lo.file.fault(
                        (field, "en", "provenance", "origin"),
                        "expected origin editorial: the editors' own words",
                    )
                )

    def expert(self, lo: Loaded, expert: Expert) -> None:
        """The rules of one expert's record and comments."""
        out, sources, src, claim, ref = (
            self.faults,
            self.sources,
            self.src,
            self.claim,
            self.ref,
        )
        country = expert.country
        if country.code is None and country.basis is not CountryBasis.UNKNOWN:
            out.append(
                lo.file.fault(
                    ("country", "code"),
                    "no code, but the basis is not 'unknown': give an ISO 3166-1 alpha-2 code or basis unknown",
                )
            )
        if country.code is not None and country.basis is CountryBasis.UNKNOWN:
            out.append(
                lo.file.fault(
                    ("country", "basis"),
                    "basis 'unknown' with a country code: give the basis of the attribution, or no code",
                )
            )
        if country.code is not None and not is_alpha2(country.code):
            out.append(
                lo.file.fault(
                    ("country", "code"),
                    f"{shown(country.code)} is not an ISO 3166-1 alpha-2 code: expected two"
                    " capital letters such as 'KZ'",
                )
            )
        if (country.basis is CountryBasis.EXTERNAL) != (country.external_source is not None):
            out.append(
                lo.file.fault(
                    ("country", "external_source"),
                    "external_source goes with basis 'external', and only with it",
                )
            )
        ref(lo, ("section",), expert.section, self.sections, "section")
        for pi, position in enumerate(expert.positions):
            ref(lo, ("positions", pi, "source"), position.source, sources, "source")
        for vi, variant in enumerate(expert.name_variants):
            ref(lo, ("name_variants", vi, "source"), variant.source, sources, "source")
        if (expert.coverage is CommentCoverage.NOT_QUOTED) == bool(expert.comments):
            out.append(
                lo.file.fault(
                    ("coverage",),
                    "coverage 'not_quoted' goes with no comments, 'quoted' with at least one",
                )
            )
        for ci, comment in enumerate(expert.comments):
            base: Path = ("comments", ci)
            duplicate = comment.id in self.seen
            claim(comment.id, lo, (*base, "id"))
            if not duplicate and comment.question in self.questions:
                self.comment_id(lo, expert, ci)
            if comment.expert != expert.id:
                known = comment.expert in self.experts
                what = (
                    f"names the expert {shown(comment.expert)}"
                    if known
                    else f"names the expert {shown(comment.expert)}, and no expert has that id"
                )
                out.append(
                    lo.file.fault(
                        (*base, "expert"),
                        f"the comment {what}; a comment stands in its expert's file,"
                        f" so expected {expert.id!r}",
                    )
                )
            ref(lo, (*base, "question"), comment.question, self.questions, "question")
            ref(lo, (*base, "source"), comment.source, sources, "source")
            source = sources.get(comment.source)
            if comment.span is not None and source is not None:
                text = src.source_texts.get(source.text_file or "")
                span = comment.span
                if text is None:
                    out.append(
                        lo.file.fault(
                            (*base, "span"),
                            f"a span, but source {source.id!r} ships no text to point into",
                        )
                    )
                elif not 0 <= span.start < span.end <= len(text):
                    out.append(
                        lo.file.fault(
                            (*base, "span"),
                            f"the span {span.start}..{span.end} is outside the source text (0..{len(text)})",
                        )
                    )
                elif text[span.start : span.end] != comment.body.en.value:
                    out.append(
                        lo.file.fault(
                            (*base, "span"),
                            f"the span {span.start}..{span.end} does not hold the English text:"
                            f" it holds {text[span.start : span.start + 40]!r}…; "
                            + where_found(text, comment.body.en.value),
                        )
                    )

    def comment_id(self, lo: Loaded, expert: Expert, ci: int) -> None:
        """A comment's id is ``<expert-id>.<question-id>.<n>``."""
        comment = expert.comments[ci]
        prefix = f"{expert.id}.{comment.question}."
        number = comment.id.removeprefix(prefix)
        if comment.id.startswith(prefix) and _COMMENT_NUMBER.fullmatch(number):
            return
        self.faults.append(
            lo.file.fault(
                ("comments", ci, "id"),
                f"the comment id {shown(comment.id)} is not <expert-id>.<question-id>.<n>:"
                f" expected {shown(prefix + 'N')}, N a number from 1",
            )
        )
