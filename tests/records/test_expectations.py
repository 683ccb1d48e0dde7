"""The 2026 Review Conference as an event, the experts' expectations, and their resolution
(data 2026.4, issue 24)."""

from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import nptexperts
from nptexperts import (
    DataError,
    EventOutcome,
    Judge,
    Resolution,
    StatementPlace,
    UnknownEventError,
)
from nptexperts.cli import main
from nptexperts.curate import load_directory
from nptexperts.export.schema import shipped_schema

#: The sources issue 24 gives, and the day they were read: the only outside facts allowed.
ISSUE_URLS = {
    "https://meetings.unoda.org/meeting/76801",
    "https://www.nti.org/?p=50791",
    "https://www.iunwatch.org/npt-review-conference-fails-again-amid-iran-u-s-rift/",
    "https://www.armscontrol.org/node/15346",
}
READ_ON = datetime.date(2026, 12, 7)


@pytest.fixture(scope="module")
def dataset() -> nptexperts.Dataset:
    return nptexperts.load_dataset(data_version="2026.4")


def test_every_span_slices_its_quote_out_of_the_published_english(
    dataset: nptexperts.Dataset,
) -> None:
    assert dataset.expectations
    for expectation in dataset.expectations:
        text = nptexperts.load_index(data_version="2026.4").source_text(expectation.source)
        span = expectation.span
        assert text[span.start : span.end] == expectation.quote.en.value, expectation.id
        assert expectation.quote.provenance("en").is_published
        assert expectation.quote.provenance("ru").is_translation


def test_every_quote_stands_in_the_record_it_is_attributed_to(
    dataset: nptexperts.Dataset,
) -> None:
    sections = {s.id: s for s in dataset.sections}
    comments = {c.id: c for e in dataset.experts for c in e.comments}
    for x in dataset.expectations:
        if x.place is StatementPlace.SECTION_SUMMARY:
            summary = sections[x.stated_in].summary
            assert summary is not None
            assert x.quote.en.value in summary.en.value
            assert x.expert is None
        else:
            comment = comments[x.stated_in]
            where = comment.body if x.place is StatementPlace.COMMENT else comment.context
            assert where is not None, x.id
            assert x.quote.en.value in where.en.value, x.id
            assert x.expert == comment.expert


def test_the_judgements_are_the_editors(dataset: nptexperts.Dataset) -> None:
    for x in dataset.expectations:
        assert x.judged_by is Judge.EDITORS
        assert x.expected.provenance("en").origin is nptexperts.Origin.EDITORIAL
        assert x.reasoning.provenance("en").origin is nptexperts.Origin.EDITORIAL
        assert x.conditional == (x.condition is not None)
        if x.resolution is Resolution.CONDITION_NOT_MET:
            assert x.conditional


def test_the_resolutions(dataset: nptexperts.Dataset) -> None:
    """The editors' judgements, as recorded (a change to one is a data change to review)."""
    got = {x.id: x.resolution for x in dataset.expectations}
    assert got == {
        "npt-2026-prospects.expectation-1": Resolution.CAME_TRUE,
        "npt-2026-prospects.expectation-2": Resolution.NOT_RESOLVABLE,
        "vladimir-kuchinov.prospects-2026.1.expectation-1": Resolution.DID_NOT_COME_TRUE,
        "igor-vishnevetskiy.prospects-2026.1.expectation-1": Resolution.NOT_RESOLVABLE,
        "igor-vishnevetskiy.prospects-2026.1.expectation-2": Resolution.CONDITION_NOT_MET,
        "igor-vishnevetskiy.prospects-2026.1.expectation-3": Resolution.NOT_RESOLVABLE,
        "victor-vasiliev.prospects-2026.1.expectation-1": Resolution.CAME_TRUE,
        "zacharie-gross.prospects-2026.1.expectation-1": Resolution.NOT_RESOLVABLE,
        "zacharie-gross.prospects-2026.1.expectation-2": Resolution.NOT_RESOLVABLE,
        "zacharie-gross.prospects-2026.1.expectation-3": Resolution.NOT_RESOLVABLE,
        "zacharie-gross.prospects-2026.1.expectation-4": Resolution.NOT_RESOLVABLE,
        "hamad-alkaabi.prospects-2026.1.expectation-1": Resolution.NOT_RESOLVABLE,
        "mikhail-lysenko.prospects-2026.1.expectation-1": Resolution.NOT_RESOLVABLE,
    }
    # "Back to common sense and reason" is a recommendation: no expectation quotes it.
    assert not any("common sense" in x.quote.en.value for x in dataset.expectations)


def test_the_event_s_facts_trace_to_the_issue_s_sources(dataset: nptexperts.Dataset) -> None:
    event = nptexperts.get_event("npt-revcon-2026", data_version="2026.4")
    assert event in dataset.events
    assert {s.url for s in event.sources} == ISSUE_URLS
    assert {s.read_on for s in event.sources} == {READ_ON}
    assert (event.start, event.end) == (datetime.date(2026, 4, 27), datetime.date(2026, 5, 22))
    assert event.outcome is EventOutcome.NO_CONSENSUS_FINAL_DOCUMENT
    ids = {s.id for s in event.sources}
    for fact in ("name", "dates", "place", "president", "outcome"):
        cited = getattr(event, f"{fact}_from")
        assert cited, fact
        assert set(cited) <= ids, fact
    # Arms Control Today's differing start date is kept as a note, not as the date.
    act = next(s for s in event.sources if "armscontrol" in s.url)
    assert act.id not in event.dates_from
    assert any("29 April" in n.en.value for n in event.notes)
    # Every text is the editors' own words, with one of the event's sources as provenance.
    from nptexperts.curate.fields import record_texts

    for path, text in record_texts(event, ()):
        for lang in ("en", "ru"):
            assert not text.provenance(lang).is_published, path
            assert text.provenance(lang).source in ids, path


def test_older_releases_have_neither_and_still_decode() -> None:
    for version in ("2026.1", "2026.2", "2026.3"):
        assert nptexperts.expectations(data_version=version) == ()
        with pytest.raises(UnknownEventError):
            nptexperts.get_event("npt-revcon-2026", data_version=version)
    with pytest.raises(UnknownEventError, match="npt-revcon-2026"):
        nptexperts.get_event("npt-revcon-2025", data_version="2026.4")


def _run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    return result.output


def test_the_command_in_russian_lists_every_expectation_with_its_resolution() -> None:
    from nptexperts._words import enum_word

    out = _run("expectations", "--lang", "ru", "--data-version", "2026.4")
    found = nptexperts.expectations(data_version="2026.4")
    for x in found:
        assert f"({x.id})" in out
        assert f"[{enum_word(x.resolution, 'ru')}]" in out
    assert out.count("Оценка: ") == len(found)
    # Wholly Russian: no Latin word but ids, addresses and the outside sources' own names.
    ids = {x.id for x in found} | {x.stated_in for x in found} | {"npt-revcon-2026"}
    rest = re.sub(r"https?://\S+", " ", out)
    for record_id in sorted(ids, key=len, reverse=True):
        rest = rest.replace(record_id, " ")
    # (and the Roman numeral of the Treaty's Article VI, «статья VI»)
    allowed = {"NTI", "IUN", "Watch", "Arms", "Control", "Today", "VI"}
    latin = set(re.findall(r"[A-Za-z]+", rest)) - allowed
    assert not latin, sorted(latin)


def test_the_command_in_english_and_an_older_release() -> None:
    out = _run("expectations", "--lang", "en")
    assert "[came true]" in out
    assert "Judged by: the dataset's editors" in out
    old = _run("expectations", "--lang", "ru", "--data-version", "2026.3")
    assert "В версии данных 2026.3 ожиданий нет" in old


def test_the_json_follows_its_shipped_schema() -> None:
    plain = json.loads(_run("expectations", "--json"))
    assert len(plain) == len(nptexperts.expectations())
    jsonschema.validate(plain, shipped_schema("expectations"))
    assert plain[0]["quote"]["ru"]["provenance"]["origin"] == "editorial_translation"


def _damage(root: Path, name: str, old: str, new: str) -> None:
    path = root / "expectations" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _faults(root: Path) -> str:
    with pytest.raises(DataError) as caught:
        load_directory(root)
    return str(caught.value)


def test_a_span_that_misses_its_quote_is_a_fault(data_copy: Path) -> None:
    name = "vladimir-kuchinov.prospects-2026.1.expectation-1.yaml"
    x = next(e for e in nptexperts.expectations() if e.id == name.removesuffix(".yaml"))
    _damage(data_copy, name, f"start: {x.span.start},", f"start: {x.span.start + 1},")
    message = _faults(data_copy)
    assert name in message
    assert "does not hold the quote" in message
    assert f"found at {x.span.start}–{x.span.end}" in message


def test_a_condition_without_conditional_and_a_bad_source_are_faults(data_copy: Path) -> None:
    _damage(
        data_copy,
        "hamad-alkaabi.prospects-2026.1.expectation-1.yaml",
        "conditional: true",
        "conditional: false",
    )
    event = data_copy / "events" / "npt-revcon-2026.yaml"
    event.write_text(
        event.read_text(encoding="utf-8").replace(
            "outcome_from: [nti-50791", "outcome_from: [nowhere", 1
        ),
        encoding="utf-8",
    )
    message = _faults(data_copy)
    assert "a condition goes with conditional: true" in message
    assert "no source of this event has the id 'nowhere'" in message


def test_a_folder_without_events_and_expectations_is_valid(data_copy: Path) -> None:
    shutil.rmtree(data_copy / "events")
    shutil.rmtree(data_copy / "expectations")
    dataset = load_directory(data_copy).dataset
    assert dataset.events == ()
    assert dataset.expectations == ()


def test_the_exports_hold_the_new_tables_and_their_full_text(tmp_path: Path) -> None:
    import sqlite3

    from nptexperts.export.sqlite import write_sqlite

    path = write_sqlite(tmp_path / "records.db", data_version="2026.4")
    db = sqlite3.connect(path)
    try:
        rows = db.execute("SELECT id, resolution FROM expectations").fetchall()
        assert dict(rows) == {
            x.id: x.resolution.value for x in nptexperts.expectations(data_version="2026.4")
        }
        assert db.execute("SELECT count(*) FROM event_sources").fetchone()[0] == 4
        found = db.execute(
            "SELECT DISTINCT kind, id FROM texts WHERE texts MATCH 'пессимистичными'"
            " AND field = 'quote'"
        ).fetchall()
        assert found == [("expectation", "victor-vasiliev.prospects-2026.1.expectation-1")]
    finally:
        db.close()


def test_the_event_s_title_line_has_one_space_before_its_id() -> None:
    event = nptexperts.get_event("npt-revcon-2026", data_version="2026.4")
    for ui in ("en", "ru"):
        title = _run("expectations", "--lang", ui, "--data-version", "2026.4").splitlines()[0]
        assert title == f"{event.name.text(ui)} (npt-revcon-2026)"
        assert "  " not in title
