"""The tables of what the records look ahead to: events, their outside sources, and
expectations.
"""

from __future__ import annotations

import nptexperts.export._rows as rows  # the module itself, not an attribute of the package
from nptexperts._records.models import (
    EventOutcome,
    Resolution,
    StatementPlace,
)
from nptexperts.export._columns import (
    ID,
    Column,
    Table,
    fk,
    item_column,
    text_columns,
    values,
)

__all__ = ["EVENT_TABLES"]

#: A record's bilingual notes (events and expectations), one per line in each language.
BILINGUAL_NOTES = (
    Column("notes_en", "string", "Editorial notes, in English, one per line", required=False),
    Column("notes_ru", "string", "Editorial notes, in Russian, one per line", required=False),
)

#: The events' tables, in :data:`~nptexperts.export.tables.TABLES` order.
EVENT_TABLES: tuple[Table, ...] = (
    Table(
        "events",
        "The events the records look ahead to, with facts from outside the release",
        (
            ID,
            *text_columns("name", "Name"),
            Column("start", "date", "The first day, as scheduled"),
            Column("end", "date", "The last day"),
            *text_columns("place", "Place"),
            *text_columns("president", "President"),
            *text_columns("president_post", "The President's post"),
            Column(
                "outcome",
                "string",
                "How the event ended, as its sources report it",
                enum=values(EventOutcome),
            ),
            *(
                Column(
                    f"{fact}_from",
                    "string",
                    f"The ids of the outside sources of the {fact.replace('_', ' ')},"
                    " space-separated",
                )
                for fact in ("name", "dates", "place", "president", "outcome")
            ),
            *BILINGUAL_NOTES,
        ),
        ("id",),
        (),
        rows.events,
    ),
    Table(
        "event_sources",
        "The sources outside the release that the events' facts come from (web pages,"
        " with the day they were read)",
        (
            ID,
            Column("event", "string", "The id of the event"),
            item_column("source", "event"),
            *text_columns("publisher", "Publisher"),
            Column("url", "string", "The page's address"),
            Column("read_on", "date", "The day the editors read the page"),
            *text_columns("summary", "What the editors took from it, in their words"),
            *text_columns("issue", "The issue or date the page gives itself", required=False),
        ),
        ("id",),
        (fk("event", "events"),),
        rows.event_sources,
    ),
    Table(
        "expectations",
        "The expectations about the events that the records state, and what came of them"
        " (the editors' judgements)",
        (
            ID,
            Column("event", "string", "The id of the event it is about"),
            Column(
                "stated_in",
                "string",
                "The id of the record whose text states it (a section or a comment)",
            ),
            Column(
                "place",
                "string",
                "Where in that record the words stand",
                enum=values(StatementPlace),
            ),
            Column(
                "expert",
                "string",
                "The id of the expert; empty for the source's own summary",
                required=False,
            ),
            Column("source", "string", "The id of the source whose text the span points into"),
            Column("span_start", "integer", "Where the quote starts in the source's shipped text"),
            Column("span_end", "integer", "Where it ends (exclusive)"),
            *text_columns("quote", "Quote"),
            *text_columns("expected", "What is expected, in the editors' words"),
            Column("conditional", "integer", "1 when the expectation is stated on a condition"),
            *text_columns("condition", "The condition", required=False),
            Column(
                "resolution",
                "string",
                "What came of it, judged against the event's recorded facts",
                enum=values(Resolution),
            ),
            *text_columns("reasoning", "Why the editors judged so"),
            Column("judged_by", "string", "Who judged it: always the editors"),
            *BILINGUAL_NOTES,
        ),
        ("id",),
        (fk("event", "events"), fk("expert", "experts"), fk("source", "sources")),
        rows.expectations,
    ),
)
