"""The cross-record rules of events and expectations: the outside sources an event's facts
rest on, and where an expectation's words stand and how it is judged.
"""

from __future__ import annotations

from nptexperts._records.models import (
    Event,
    Expectation,
    Origin,
    Resolution,
    StatementPlace,
)
from nptexperts.curate.crosscheck import _Base
from nptexperts.curate.directory import Loaded
from nptexperts.curate.fields import (
    record_texts,
    url_faults,
    where_found,
)
from nptexperts.curate.text import shown

__all__: list[str] = []


class _EventRules(_Base):
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
