"""The rows of each table, built by column name from the records (one function per table)."""

from __future__ import annotations

from collections.abc import Iterator

from nptexperts._records.models import Dataset, Note, Text
from nptexperts.export._columns import Cell, Row, notes_cell, text_cells

__all__ = [
    "comments",
    "event_sources",
    "events",
    "expectations",
    "experts",
    "keywords",
    "name_variants",
    "notes",
    "positions",
    "questions",
    "record_notes",
    "sections",
    "sources",
]


def sources(d: Dataset) -> Iterator[Row]:
    for s in d.sources:
        yield {
            "id": s.id,
            **text_cells("title", s.title),
            **text_cells("publisher", s.publisher),
            "number": s.number,
            "date": s.date.isoformat(),
            "url": s.url,
            "language": s.language,
            "text_file": s.text_file,
            "notes": notes_cell(s.notes),
        }


def sections(d: Dataset) -> Iterator[Row]:
    for s in d.sections:
        yield {
            "id": s.id,
            **text_cells("title", s.title),
            "source": s.source,
            "stated_expert_count": s.stated_expert_count,
            "stated_countries": " ".join(c.code for c in s.stated_countries),
            **text_cells("summary", s.summary),
            "notes": notes_cell(s.notes),
            "conference_start": (
                s.conference_start.isoformat() if s.conference_start is not None else None
            ),
            **text_cells("goal", s.goal),
            **text_cells("method", s.method),
            **text_cells("context", s.context),
        }


def questions(d: Dataset) -> Iterator[Row]:
    for s in d.sections:
        for q in s.questions:
            yield {"id": q.id, "section": s.id, **text_cells("wording", q.wording)}


def experts(d: Dataset) -> Iterator[Row]:
    for e in d.experts:
        yield {
            "id": e.id,
            **text_cells("name", e.name),
            **text_cells("family_name", e.family_name),
            "honorific": e.honorific.value if e.honorific is not None else None,
            "country_code": e.country.code,
            "country_basis": e.country.basis.value,
            "country_evidence": e.country.evidence,
            "country_external_source": e.country.external_source,
            "advisory_board": e.advisory_board.value,
            "section": e.section,
            "coverage": e.coverage.value,
            "comment_count": len(e.comments),
            "notes": notes_cell(e.notes),
        }


def positions(d: Dataset) -> Iterator[Row]:
    for e in d.experts:
        for n, p in enumerate(e.positions):
            yield {
                "expert": e.id,
                "item": n,
                "position": n + 1,  # deprecated: from 1, removed in the next release
                **text_cells("title", p.title),
                "source": p.source,
                "as_of": p.as_of.isoformat(),
            }


def name_variants(d: Dataset) -> Iterator[Row]:
    for e in d.experts:
        for n, v in enumerate(e.name_variants):
            yield {
                "expert": e.id,
                "item": n,
                "variant": n + 1,  # deprecated: from 1, removed in the next release
                "value": v.value,
                "lang": v.lang,
                "source": v.source,
                **text_cells("note", v.note),
                "note": v.note.en.value,  # deprecated: the note_en column's old name
            }


def comments(d: Dataset) -> Iterator[Row]:
    for e in d.experts:
        for c in e.comments:
            yield {
                "id": c.id,
                "expert": c.expert,
                "question": c.question,
                "source": c.source,
                **text_cells("body", c.body),
                "span_start": c.span.start if c.span is not None else None,
                "span_end": c.span.end if c.span is not None else None,
                **text_cells("context", c.context),
                "notes": notes_cell(c.notes),
                **text_cells("text", c.body),  # deprecated: the body_* columns' old names
            }


def notes(d: Dataset) -> Iterator[Row]:
    for n in d.notes:
        yield {
            "id": n.id,
            "topic": n.topic.value,
            **text_cells("body", n.body),
            "source": n.source,
        }


def keywords(d: Dataset) -> Iterator[Row]:
    for s in d.sources:
        for n, k in enumerate(s.keywords):
            # "keyword" (from 1) is deprecated: "item" counts from 0, as everywhere
            yield {"source": s.id, "item": n, "keyword": n + 1, **text_cells("keyword", k)}


def record_notes(d: Dataset) -> Iterator[Row]:
    def rows(kind: str, record: str, notes: tuple[Note, ...]) -> Iterator[Row]:
        for n, note in enumerate(notes):
            yield {"record_type": kind, "record": record, "item": n, **text_cells("body", note)}

    for s in d.sources:
        yield from rows("source", s.id, s.notes)
    for sec in d.sections:
        yield from rows("section", sec.id, sec.notes)
    for e in d.experts:
        yield from rows("expert", e.id, e.notes)
        for c in e.comments:
            yield from rows("comment", c.id, c.notes)


def _bilingual_notes(notes: tuple[Text, ...]) -> dict[str, Cell]:
    return {
        "notes_en": "\n".join(n.en.value for n in notes) or None,
        "notes_ru": "\n".join(n.ru.value for n in notes) or None,
    }


def events(d: Dataset) -> Iterator[Row]:
    for e in d.events:
        yield {
            "id": e.id,
            **text_cells("name", e.name),
            "start": e.start.isoformat(),
            "end": e.end.isoformat(),
            **text_cells("place", e.place),
            **text_cells("president", e.president),
            **text_cells("president_post", e.president_post),
            "outcome": e.outcome.value,
            "name_from": " ".join(e.name_from),
            "dates_from": " ".join(e.dates_from),
            "place_from": " ".join(e.place_from),
            "president_from": " ".join(e.president_from),
            "outcome_from": " ".join(e.outcome_from),
            **_bilingual_notes(e.notes),
        }


def event_sources(d: Dataset) -> Iterator[Row]:
    for e in d.events:
        for i, s in enumerate(e.sources):
            yield {
                "id": s.id,
                "event": e.id,
                "item": i,
                **text_cells("publisher", s.publisher),
                "url": s.url,
                "read_on": s.read_on.isoformat(),
                **text_cells("summary", s.summary),
                **text_cells("issue", s.issue),
            }


def expectations(d: Dataset) -> Iterator[Row]:
    for x in d.expectations:
        yield {
            "id": x.id,
            "event": x.event,
            "stated_in": x.stated_in,
            "place": x.place.value,
            "expert": x.expert,
            "source": x.source,
            "span_start": x.span.start,
            "span_end": x.span.end,
            **text_cells("quote", x.quote),
            **text_cells("expected", x.expected),
            "conditional": int(x.conditional),
            **text_cells("condition", x.condition),
            "resolution": x.resolution.value,
            **text_cells("reasoning", x.reasoning),
            "judged_by": x.judged_by.value,
            **_bilingual_notes(x.notes),
        }
