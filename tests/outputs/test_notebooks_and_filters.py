"""What a notebook user and a dependent tool meet: the HTML displays, the frames, the
narrowed ``affects``, the deprecated names, one numbering and the tables' column names."""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Callable

import pytest
from click.testing import CliRunner

import nptexperts
from nptexperts import RecordKind
from nptexperts.cli import main
from nptexperts.display import experts_html, info_html, search_html, set_language
from nptexperts.export.tables import TABLES, table

HOSTILE = '<script>alert("x")</script> & \x1b[31m'

# --- the notebook displays ---------------------------------------------------------------------


def test_search_results_show_as_a_table_with_every_hit_highlighted() -> None:
    matches = nptexperts.search('"ядерного оружия"', lang="ru")
    assert isinstance(matches, nptexperts.SearchResults)
    shown = matches._repr_html_()
    assert shown == search_html(matches)
    marked = re.findall(r"<mark[^>]*>(.*?)</mark>", shown)
    assert marked == [html.escape(m.value[a:b]) for m in matches for a, b in m.hits]
    assert "editorial translation" in shown  # each text's provenance
    assert html.escape(matches[0].expert_name) in shown
    assert "no_matches" not in shown
    assert nptexperts.search("zzzzqqq")._repr_html_() == "<div>No results</div>"


def test_lists_of_experts_show_as_a_table() -> None:
    kz = nptexperts.by_country("KZ")
    assert isinstance(kz, nptexperts.Experts)
    assert kz == tuple(kz)  # a tuple in every other way
    assert nptexperts.load_experts() is nptexperts.load_experts()
    shown = kz._repr_html_()
    assert shown.count("<tr>") == 1 + len(kz)
    for expert in kz:
        assert html.escape(expert.display_name("en")) in shown
        assert html.escape(expert.positions[0].title.text("en")) in shown
    set_language("ru")
    try:
        russian = nptexperts.by_country("KZ")._repr_html_()
    finally:
        set_language("en")
    assert "Экспертный совет ПИР-Центра" in russian
    assert all(html.escape(e.display_name("ru")) in russian for e in kz)
    assert nptexperts.by_country("US") == ()


def test_dataset_info_shows_as_a_table() -> None:
    info = nptexperts.dataset_info(data_version="2026.1")
    shown = info._repr_html_()
    assert shown == info_html(info)
    assert info.digest in shown
    assert "2026.1" in shown
    from nptexperts._words import word

    assert html.escape(word("verified", "en")) in shown
    assert html.escape(info.citation) in shown
    assert "sha256:" not in shown  # bare hex, as the Python values


def test_dataset_info_in_russian_is_as_russian_as_the_cli() -> None:
    """The Russian table names countries, titles the source and gives the rights and
    citation in Russian, as ``nptexperts info --lang ru`` does."""
    import re

    from nptexperts._words import word

    info = nptexperts.dataset_info(data_version="2026.1")
    russian = info_html(info, "ru")
    assert "Казахстан (2)" in russian
    assert not re.search(r"\b(AE|CA|CN|FR|KZ|RU) \d", russian)  # no Latin code list
    assert html.escape(word("rights_text", "ru")) in russian
    assert word("rights_text", "ru") != info.rights
    assert html.escape(info.rights) not in russian
    assert "только на английском" not in russian
    assert "выпуск данных 2026.1" in russian  # the Russian citation
    title = nptexperts.load_dataset(data_version="2026.1").sources[0].title
    assert html.escape(title.text("ru")) in russian
    assert f"<code>{info.digest}</code>" in russian
    assert "sha256:" not in russian


def test_record_texts_are_escaped_in_every_display() -> None:
    import attrs

    expert = nptexperts.get_expert("zacharie-gross")
    name = attrs.evolve(expert.name, en=attrs.evolve(expert.name.en, value=HOSTILE))
    hostile = attrs.evolve(expert, name=name, id="x<y>")
    shown = experts_html([hostile])
    assert "<script>" not in shown
    assert "x&lt;y&gt;" in shown
    match = nptexperts.search("Gross", lang="en")[0]
    evil = attrs.evolve(
        match, value=HOSTILE + " Gross", hits=(nptexperts.Hit(len(HOSTILE) + 1, len(HOSTILE) + 6),)
    )
    shown = search_html([evil])
    assert "<script>" not in shown
    assert "&lt;script&gt;" in shown
    assert '<mark style="background:#fff3a3;color:inherit;padding:0 1px">Gross</mark>' in shown


# --- one frame entry point ---------------------------------------------------------------------


def test_frames_give_closed_values_as_categoricals() -> None:
    pd = pytest.importorskip("pandas")
    experts = nptexperts.load_frame("experts")
    basis = experts["country_basis"]
    assert isinstance(basis.dtype, pd.CategoricalDtype)
    assert list(basis.cat.categories) == [b.value for b in nptexperts.CountryBasis]
    assert str(experts["name_en"].dtype) == "string"
    for t in TABLES:
        frame = nptexperts.load_frame(t.name)
        for col in t.columns:
            if col.enum is not None:
                assert list(frame[col.name].cat.categories) == list(col.enum), (t.name, col.name)


def test_the_reading_view_keeps_one_languages_texts() -> None:
    comments = nptexperts.load_frame("comments", lang="ru")
    assert list(comments.columns) == [
        "expert", "question", "source", "body_ru", "body_ru_origin", "span_start",
        "span_end", "context_ru", "context_ru_origin", "notes",
    ]  # fmt: skip
    first = nptexperts.load_index().comments[0]
    assert comments.loc[first.id, "body_ru"] == first.text("ru")
    english = nptexperts.load_frame("experts", lang="EN")
    assert "name_en" in english.columns
    assert not [c for c in english.columns if "_ru" in c or c.startswith("name_en_source")]
    assert "country_external_source" in english.columns  # not a text's column
    with pytest.raises(nptexperts.UnsupportedLanguageError):
        nptexperts.load_frame("experts", lang="de")  # type: ignore[arg-type]


def test_a_loaded_dataset_makes_frames_too() -> None:
    old = nptexperts.load_dataset(data_version="2026.1")
    frame = nptexperts.load_frame("experts", dataset=old)
    assert frame.loc["zacharie-gross", "name_ru"] == "Закари Гросс"
    with pytest.raises(nptexperts.InvalidArgumentError):
        nptexperts.load_frame("experts", "2026.1", dataset=old)


# --- the deprecated names: each warns, and is marked for type checkers (PEP 702) -------------------


def _frame_call(name: str) -> Callable[[], object]:
    import nptexperts.export as export

    if name == "table_frame":
        return lambda: export.table_frame("experts")
    return getattr(export, name)  # type: ignore[no-any-return]


DEPRECATED: list[tuple[str, Callable[[], object], Callable[[], object], str]] = [
    (
        "Question.text",
        lambda: nptexperts.load_dataset().sections[0].questions[0].text,
        lambda: nptexperts.load_dataset().sections[0].questions[0].wording,
        "Question.wording",
    ),
    (
        "Position.text",
        lambda: nptexperts.load_experts()[0].positions[0].text,
        lambda: nptexperts.load_experts()[0].positions[0].title,
        "Position.title",
    ),
    (
        "DatasetNote.text",
        lambda: nptexperts.load_dataset().notes[0].text,
        lambda: nptexperts.load_dataset().notes[0].body,
        "DatasetNote.body",
    ),
    ("SearchMatch.text", lambda: nptexperts.search("Gross")[0].text, lambda: nptexperts.search("Gross")[0].value, "value"),
    ("SearchMatch.start", lambda: nptexperts.search("Gross")[0].start, lambda: nptexperts.search("Gross")[0].hits[0].start, "hits"),
    ("SearchMatch.end", lambda: nptexperts.search("Gross")[0].end, lambda: nptexperts.search("Gross")[0].hits[0].end, "hits"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "old", "new", "instead"), DEPRECATED, ids=[d[0] for d in DEPRECATED]
)
def test_each_deprecated_name_warns_and_gives_the_new_value(
    name: str, old: Callable[[], object], new: Callable[[], object], instead: str
) -> None:
    with pytest.warns(
        DeprecationWarning, match=rf"{re.escape(name)} is deprecated .*{re.escape(instead)}"
    ):
        value = old()
    assert value == new()
    cls_name, attr = name.split(".")
    cls = {
        "Question": nptexperts.Question,
        "Position": nptexperts.Position,
        "DatasetNote": nptexperts.DatasetNote,
        "SearchMatch": nptexperts.SearchMatch,
    }[cls_name]
    getter = getattr(cls, attr).fget
    assert name in getter.__deprecated__  # the PEP 702 marker type checkers read


@pytest.mark.parametrize("name", ["table_frame", "experts_frame", "comments_frame"])
def test_the_old_frame_functions_warn_and_give_load_frames_frame(name: str) -> None:
    pytest.importorskip("pandas")
    import nptexperts.export as export

    with pytest.warns(DeprecationWarning, match=rf"export\.{name} is deprecated .*load_frame"):
        frame = _frame_call(name)()
    expected = "comments" if name == "comments_frame" else "experts"
    assert frame.equals(nptexperts.load_frame(expected))  # type: ignore[attr-defined]
    assert "load_frame" in getattr(export, name).__deprecated__


def test_the_new_names_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        expert = nptexperts.load_experts()[0]
        assert expert.positions[0].title
        assert nptexperts.search("Gross")[0].value


# --- the narrowed affects --------------------------------------------------------------------------


def test_affects_narrows_by_kind_field_and_language() -> None:
    d = nptexperts.diff("2026.1", "2026.2")
    assert d.affects(["zacharie-gross"])
    # his comment changed in Russian; his name changed in Russian only
    assert d.affects(["zacharie-gross"], kinds=[RecordKind.COMMENT])
    assert d.affects(["zacharie-gross"], kinds=["expert"], fields=["name"], langs=["ru"])
    assert not d.affects(["zacharie-gross"], kinds=["expert"], fields=["name"], langs=["en"])
    assert not d.affects(["zacharie-gross"], kinds=["expert"], fields=["positions"])
    # a change with no language (his notes) counts for every language
    assert d.affects(["zacharie-gross"], kinds=["expert"], fields=["notes"], langs=["en"])
    # Rauf's Russian position changed: "positions" covers positions[0].title, and so does the path
    assert d.affects(["tariq-rauf"], fields=["positions"], langs=["ru"])
    assert d.affects(["tariq-rauf"], fields=["positions[].title"], langs=["ru"])
    assert not d.affects(["tariq-rauf"], fields=["positions[].source"])
    assert not d.affects(["tariq-rauf"], fields=["name"])
    # "name" is not a prefix of "name_variants"
    assert not d.filter(fields=["name"]).filter(fields=["name_variants"]).changed
    assert not d.affects(["li-sikui", "dastan-eleukenov"])
    assert not d.affects([], kinds=["expert"])


def test_filter_keeps_the_matching_changes_only() -> None:
    d = nptexperts.diff("2026.1", "2026.2")
    ru = d.filter(langs=["ru-RU"])
    assert all(f.lang in ("ru", None) for c in ru.changed for f in c.fields)
    assert sum(len(c.fields) for c in ru.changed) < sum(len(c.fields) for c in d.changed)
    comments = d.filter(kinds=["comment"])
    assert {c.kind for c in comments.changed} == {RecordKind.COMMENT}
    assert comments.counts() == {RecordKind.COMMENT: (0, 0, len(comments.changed))}
    with pytest.raises(ValueError, match="penguin"):
        d.filter(kinds=["penguin"])
    with pytest.raises(nptexperts.UnsupportedLanguageError):
        d.filter(langs=["de"])


def test_record_kinds_are_strings() -> None:
    d = nptexperts.diff("2026.1", "2026.2")
    kinds = {c.kind for c in d.changed}
    assert "comment" in kinds
    assert RecordKind.COMMENT == "comment"
    assert isinstance(RecordKind.COMMENT, str)
    from nptexperts.cli.release import _KINDS

    assert tuple(k.value for k in RecordKind) == _KINDS


def test_diff_command_exit_code_filters_and_usage() -> None:
    runner = CliRunner()
    changed = runner.invoke(main, ["diff", "2026.1", "2026.2", "--exit-code"])
    assert changed.exit_code == 1
    assert runner.invoke(main, ["diff", "2026.1", "2026.2"]).exit_code == 0
    same = runner.invoke(main, ["diff", nptexperts.DATA_VERSION, "--exit-code"])
    assert same.exit_code == 0
    untouched = runner.invoke(main, ["diff", "2026.1", "2026.2", "--exit-code", "--id", "li-sikui"])
    assert untouched.exit_code == 0, untouched.output
    narrowed = runner.invoke(
        main,
        [
            "diff",
            "2026.1",
            "2026.2",
            "--exit-code",
            "--kind",
            "expert",
            "--field",
            "name",
            "--text-lang",
            "ru",
        ],
    )
    assert narrowed.exit_code == 1
    assert "zacharie-gross" in narrowed.stdout
    assert "hamad-alkaabi" not in narrowed.stdout
    none_in_english = runner.invoke(
        main,
        [
            "diff",
            "2026.1",
            "2026.2",
            "--exit-code",
            "--kind",
            "expert",
            "--field",
            "name",
            "--text-lang",
            "en",
        ],
    )
    assert none_in_english.exit_code == 0
    usage = runner.invoke(main, ["diff", "--help"]).stdout
    assert "OLD [NEW]" in usage
    for option in ("--exit-code", "--kind", "--field", "--text-lang", "--id"):
        assert option in usage
    bad = runner.invoke(main, ["diff", "2026.1", "--kind", "penguin"])
    assert bad.exit_code == 2


def test_diff_shows_the_summary_first() -> None:
    out = CliRunner().invoke(main, ["diff", "2026.1", "2026.2", "--no-color"]).stdout
    lines = out.splitlines()
    counts = nptexperts.diff("2026.1", "2026.2").counts()
    assert lines[1].strip() == "sources: 0 added, 0 removed, 1 changed"
    assert lines[1 + len(counts)].startswith("0 added, 0 removed, 15 changed")
    assert out.index("15 records") < out.index("Changed: ")


# --- one numbering, and the columns named after the fields -----------------------------------------


def test_positions_and_variants_are_counted_from_0_everywhere() -> None:
    dataset = nptexperts.load_dataset()
    rauf = nptexperts.get_expert("tariq-rauf")
    rows = [r for r in table("positions").rows(dataset) if r["expert"] == "tariq-rauf"]
    assert [r["item"] for r in rows] == list(range(len(rauf.positions)))
    assert [r["position"] for r in rows] == [r["item"] + 1 for r in rows]  # type: ignore[operator]
    for row in rows:
        assert row["title_en"] == rauf.positions[row["item"]].title.text("en")  # type: ignore[index]
    # search's item joins the tables' item
    for m in nptexperts.search("Director", lang="en"):
        if m.field == "position":
            joined = [
                r
                for r in table("positions").rows(dataset)
                if (r["expert"], r["item"]) == (m.expert_id, m.item)
            ]
            assert joined[0]["title_en"] == m.value
    variants = list(table("name_variants").rows(dataset))
    assert variants
    assert min(r["item"] for r in variants) == 0  # type: ignore[type-var]
    # the diff's paths count from 0 too
    d = nptexperts.diff("2026.1", "2026.2")
    paths = [f.path for c in d.changed if c.id == "tariq-rauf" for f in c.fields]
    assert any(p.startswith("positions[0]") for p in paths)
    assert table("positions").primary_key == ("expert", "item")
    assert table("name_variants").primary_key == ("expert", "item")
    assert table("keywords").primary_key == ("source", "item")


def test_comment_columns_follow_the_field_name_and_the_old_names_stay_one_release() -> None:
    comments = table("comments")
    dataset = nptexperts.load_dataset()
    for row in comments.rows(dataset):
        for suffix in ("en", "en_origin", "en_source", "ru", "ru_origin", "ru_source"):
            assert row[f"text_{suffix}"] == row[f"body_{suffix}"]
        assert comments.column("text_en").deprecated
        assert not comments.column("body_en").deprecated
        assert "body_en" in comments.column("text_en").description
    deprecated = {c.name for t in TABLES for c in t.columns if c.deprecated}
    assert deprecated == {
        "text_en", "text_en_origin", "text_en_source", "text_ru", "text_ru_origin",
        "text_ru_source", "position", "variant", "keyword", "note",
    }  # fmt: skip


def test_the_russian_diff_shows_values_in_words() -> None:
    out = (
        CliRunner().invoke(main, ["diff", "2026.1", "2026.2", "--lang", "ru", "--no-color"]).stdout
    )
    assert "начало конференции (conference_start)" in out
    assert "+ 27 апреля 2026 г." in out  # a date in words
    assert "+ редакционный перевод, pir-press-2025-23" in out  # an origin in words
    assert "имя, по-русски (name [ru])" in out
    assert "Изменения в записи: эксперт zacharie-gross" in out
    assert "(только на английском языке)" not in out  # the notes of 2026.2 are labelled by language
    assert not re.search(r"[-+] (published|editorial_translation|editorial|member|unknown)\b", out)
