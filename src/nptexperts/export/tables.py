"""The records as flat tables: the columns, keys and rows shared by the CSV files,
the Data Package, the SQLite database and the pandas DataFrames.

Every closed set of values a column allows is read from its Enum, and every row
is built by column name (a dict keyed by the column, in ``nptexperts.export._rows``),
so that a column and its cell cannot drift apart; the columns' parts are in
``nptexperts.export._columns``.

>>> experts = next(t for t in TABLES if t.name == "experts")
>>> experts.column("coverage").enum == tuple(c.value for c in CommentCoverage)
True
"""

from __future__ import annotations

import nptexperts.export._rows as rows  # the module itself, not an attribute of the package
from nptexperts._records.models import (
    AdvisoryBoard,
    CommentCoverage,
    CountryBasis,
    EventOutcome,
    Honorific,
    NoteTopic,
    Resolution,
    StatementPlace,
)
from nptexperts.export._columns import (
    ID,
    LANGS,
    NOTES,
    Cell,
    Column,
    ForeignKey,
    Row,
    Table,
    deprecated_place,
    deprecated_text_columns,
    fk,
    item_column,
    text_columns,
    values,
)

#: A record's bilingual notes (events and expectations), one per line in each language.
BILINGUAL_NOTES = (
    Column("notes_en", "string", "Editorial notes, in English, one per line", required=False),
    Column("notes_ru", "string", "Editorial notes, in Russian, one per line", required=False),
)

__all__ = ["TABLES", "Cell", "Column", "ForeignKey", "Row", "Table", "table", "values"]

#: Every table, in an order where a table comes after those its foreign keys point to.
TABLES: tuple[Table, ...] = (
    Table(
        "sources",
        "The publications the records come from",
        (
            ID,
            *text_columns("title", "Title"),
            *text_columns("publisher", "Publisher"),
            Column("number", "string", "The publisher's own number for it, as printed"),
            Column("date", "date", "The date of publication"),
            Column("url", "string", "Where it is published", format="uri"),
            Column("language", "string", "The language it is published in", enum=LANGS),
            Column(
                "text_file",
                "string",
                "The file of its text shipped with the package (the anchor of spans)",
                required=False,
            ),
            NOTES,
        ),
        ("id",),
        (),
        rows.sources,
    ),
    Table(
        "keywords",
        "The keywords each source gives itself, in its order",
        (
            Column("source", "string", "The id of the source"),
            item_column("keyword", "source"),
            deprecated_place("keyword"),
            *text_columns("keyword", "Keyword"),
        ),
        ("source", "item"),
        (fk("source", "sources"),),
        rows.keywords,
    ),
    Table(
        "sections",
        "The collections of expert comments that the sources announce",
        (
            ID,
            *text_columns("title", "Title"),
            Column("source", "string", "The id of the source that describes the section"),
            Column("stated_expert_count", "integer", "How many experts the source says it holds"),
            Column(
                "stated_countries",
                "string",
                "The experts' countries as the source lists them (ISO 3166-1 alpha-2, "
                "space-separated, in the source's order)",
            ),
            *text_columns("summary", "Summary", required=False),
            NOTES,
            Column(
                "conference_start",
                "date",
                "The day the Review Conference starts, as the source states it",
                required=False,
            ),
            *text_columns("goal", "The project's goal, in the source's words", required=False),
            *text_columns("method", "How the comments were gathered", required=False),
            *text_columns("context", "The circumstances the source gives", required=False),
        ),
        ("id",),
        (fk("source", "sources"),),
        rows.sections,
    ),
    Table(
        "questions",
        "The questions or topics the experts answered",
        (
            ID,
            Column("section", "string", "The id of the section"),
            *text_columns("wording", "Question"),
        ),
        ("id",),
        (fk("section", "sections"),),
        rows.questions,
    ),
    Table(
        "experts",
        "The experts, one row each, sorted by family name",
        (
            ID,
            *text_columns("name", "Name"),
            *text_columns("family_name", "Family name"),
            Column(
                "honorific",
                "string",
                "The honorific the source puts before the name",
                required=False,
                enum=values(Honorific),
            ),
            Column(
                "country_code",
                "string",
                "ISO 3166-1 alpha-2 code of the expert's country; empty when unknown",
                required=False,
            ),
            Column(
                "country_basis",
                "string",
                "Why the expert is attributed to the country",
                enum=values(CountryBasis),
            ),
            Column("country_evidence", "string", "What the country attribution rests on"),
            Column(
                "country_external_source",
                "string",
                "The outside source, for an external attribution",
                required=False,
            ),
            Column(
                "advisory_board",
                "string",
                "PIR Center Advisory Board membership as the source states it",
                enum=values(AdvisoryBoard),
            ),
            Column("section", "string", "The id of the section with the expert's full comments"),
            Column(
                "coverage",
                "string",
                "Whether the source quotes the expert's comments",
                enum=values(CommentCoverage),
            ),
            Column("comment_count", "integer", "How many of the expert's comments are here"),
            NOTES,
        ),
        ("id",),
        (fk("section", "sections"),),
        rows.experts,
    ),
    Table(
        "positions",
        "The experts' positions as of the source, in the source's order",
        (
            Column("expert", "string", "The id of the expert"),
            item_column("position", "expert"),
            deprecated_place("position"),
            *text_columns("title", "Position"),
            Column("source", "string", "The id of the source that states it"),
            Column("as_of", "date", "The date the position is stated as of"),
        ),
        ("expert", "item"),
        (fk("expert", "experts"), fk("source", "sources")),
        rows.positions,
    ),
    Table(
        "name_variants",
        "Other spellings of the experts' names found in the sources",
        (
            Column("expert", "string", "The id of the expert"),
            item_column("variant", "expert"),
            deprecated_place("variant"),
            Column("value", "string", "The spelling as found"),
            Column("lang", "string", "Its language", enum=LANGS),
            Column("source", "string", "The id of the source it is found in"),
            *text_columns("note", "Where and how it differs (the editors' note)")[:3],
            *text_columns("note", "Where and how it differs (the editors' note)", required=False)[
                3:
            ],
            Column(
                "note",
                "string",
                "Deprecated since 0.3.0, removed in 0.4.0: the same as note_en",
                deprecated=True,
            ),
        ),
        ("expert", "item"),
        (fk("expert", "experts"), fk("source", "sources")),
        rows.name_variants,
    ),
    Table(
        "comments",
        "The quoted comments, one row per comment with both languages",
        (
            ID,
            Column("expert", "string", "The id of the expert who said it"),
            Column("question", "string", "The id of the question it answers"),
            Column("source", "string", "The id of the source it is quoted from"),
            *text_columns("body", "Comment"),
            Column(
                "span_start",
                "integer",
                "Where the English text starts in the source's shipped text (str index)",
                required=False,
            ),
            Column(
                "span_end",
                "integer",
                "Where it ends (exclusive)",
                required=False,
            ),
            *text_columns("context", "The source's words around the quote", required=False),
            NOTES,
            *deprecated_text_columns("text", "body"),
        ),
        ("id",),
        (
            fk("expert", "experts"),
            fk("question", "questions"),
            fk("source", "sources"),
        ),
        rows.comments,
    ),
    Table(
        "notes",
        "Dataset-level notes: what the source leaves open or contradicts",
        (
            ID,
            Column(
                "topic",
                "string",
                "What kind of note",
                enum=values(NoteTopic),
            ),
            *text_columns("body", "Note"),
            Column("source", "string", "The id of the source it is about"),
        ),
        ("id",),
        (fk("source", "sources"),),
        rows.notes,
    ),
    Table(
        "record_notes",
        "The editors' notes on the records, in English and Russian, one row per note",
        (
            Column(
                "record_type",
                "string",
                "The kind of record the note is on: source, section, expert or comment",
            ),
            Column("record", "string", "The id of the record (in the table of its kind)"),
            item_column("note", "record"),
            # the Russian is absent from the English-only notes of data 2026.1 and 2026.2
            *text_columns("body", "Note")[:3],
            *text_columns("body", "Note", required=False)[3:],
        ),
        ("record_type", "record", "item"),
        (),
        rows.record_notes,
    ),
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


def table(name: str) -> Table:
    """The table called ``name`` (one of :data:`TABLES`); :class:`KeyError` if none is."""
    for t in TABLES:
        if t.name == name:
            return t
    raise KeyError(name)
