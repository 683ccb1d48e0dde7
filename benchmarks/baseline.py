"""The floor the benchmarks compare against: plain JSON data to the attrs records, by hand.

A straightforward recursive constructor with no checks, one function per record
type: the least work that turns the bundle's JSON into the same objects. The
benchmark checks that it gives objects equal to the library's.
"""

from __future__ import annotations

import datetime
from typing import Any

from nptexperts._records.models import (
    AdvisoryBoard,
    Comment,
    CommentCoverage,
    CountryAttribution,
    CountryBasis,
    Dataset,
    DatasetNote,
    Expert,
    Honorific,
    LocalizedText,
    NameVariant,
    Note,
    NoteTopic,
    Origin,
    Position,
    Provenance,
    Question,
    Section,
    Source,
    SourceCountry,
    Span,
    Text,
)

D = dict[str, Any]


def text(d: D) -> Text:
    en, ru = d["en"], d["ru"]
    return Text(
        en=LocalizedText(
            en["value"],
            Provenance(en["provenance"]["source"], Origin(en["provenance"]["origin"])),
        ),
        ru=LocalizedText(
            ru["value"],
            Provenance(ru["provenance"]["source"], Origin(ru["provenance"]["origin"])),
        ),
    )


def localized(d: D | None) -> LocalizedText | None:
    if d is None:
        return None
    p = d["provenance"]
    return LocalizedText(d["value"], Provenance(p["source"], Origin(p["origin"])))


def note(d: D) -> Note:
    en = localized(d["en"])
    assert en is not None
    return Note(en, localized(d["ru"]))


def opt_text(d: D | None) -> Text | None:
    return None if d is None else text(d)


def source(d: D) -> Source:
    return Source(
        id=d["id"],
        title=text(d["title"]),
        publisher=text(d["publisher"]),
        number=d["number"],
        date=datetime.date.fromisoformat(d["date"]),
        url=d["url"],
        language=d["language"],
        text_file=d["text_file"],
        notes=tuple(note(n) for n in d["notes"]),
        keywords=tuple(text(k) for k in d["keywords"]),
    )


def section(d: D) -> Section:
    return Section(
        id=d["id"],
        title=text(d["title"]),
        source=d["source"],
        questions=tuple(Question(q["id"], text(q["wording"])) for q in d["questions"]),
        stated_expert_count=d["stated_expert_count"],
        stated_countries=tuple(
            SourceCountry(c["code"], text(c["name"]), tuple(c["aliases"]))
            for c in d["stated_countries"]
        ),
        summary=opt_text(d["summary"]),
        notes=tuple(note(n) for n in d["notes"]),
        conference_start=(
            None
            if d["conference_start"] is None
            else datetime.date.fromisoformat(d["conference_start"])
        ),
        goal=opt_text(d["goal"]),
        method=opt_text(d["method"]),
        context=opt_text(d["context"]),
    )


def comment(d: D) -> Comment:
    span = d["span"]
    return Comment(
        id=d["id"],
        expert=d["expert"],
        question=d["question"],
        source=d["source"],
        body=text(d["body"]),
        span=None if span is None else Span(span["start"], span["end"]),
        context=opt_text(d["context"]),
        notes=tuple(note(n) for n in d["notes"]),
    )


def expert(d: D) -> Expert:
    c = d["country"]
    honorific = d["honorific"]
    return Expert(
        id=d["id"],
        name=text(d["name"]),
        family_name=text(d["family_name"]),
        honorific=None if honorific is None else Honorific(honorific),
        country=CountryAttribution(
            c["code"], CountryBasis(c["basis"]), c["evidence"], c["external_source"]
        ),
        positions=tuple(
            Position(text(p["title"]), p["source"], datetime.date.fromisoformat(p["as_of"]))
            for p in d["positions"]
        ),
        advisory_board=AdvisoryBoard(d["advisory_board"]),
        section=d["section"],
        coverage=CommentCoverage(d["coverage"]),
        comments=tuple(comment(x) for x in d["comments"]),
        name_variants=tuple(
            NameVariant(v["value"], v["lang"], v["source"], note(v["note"]))
            for v in d["name_variants"]
        ),
        notes=tuple(note(n) for n in d["notes"]),
    )


def dataset(d: D) -> Dataset:
    """The :class:`Dataset` of the bundle's plain JSON data."""
    return Dataset(
        data_version=d["data_version"],
        sources=tuple(source(x) for x in d["sources"]),
        sections=tuple(section(x) for x in d["sections"]),
        experts=tuple(expert(x) for x in d["experts"]),
        notes=tuple(
            DatasetNote(n["id"], NoteTopic(n["topic"]), text(n["body"]), n["source"])
            for n in d["notes"]
        ),
    )
