"""The safe YAML reader: plain data only, every fault placed at its line and column."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from nptexperts.curate.yamlfile import MAX_DEPTH, format_path, read_yaml


def read(text: str) -> tuple[object, list[tuple[int | None, int | None, str, str]]]:
    """The data of ``text`` and its faults as (line, column, path, message)."""
    file = read_yaml(text.encode("utf-8"), "f.yaml")
    return file.data, [(f.line, f.column, f.path, f.message) for f in file.faults]


def test_plain_data_is_read_with_yaml_types() -> None:
    data, faults = read("a: 1\nb: [x, 2.5]\nc: 2025-07-02\nd: ~\ne: yes\nf: 'yes'\n")
    assert faults == []
    assert data == {
        "a": 1,
        "b": ["x", 2.5],
        "c": datetime.date(2025, 7, 2),
        "d": None,
        "e": True,
        "f": "yes",
    }


def test_marks_of_keys_and_nested_list_items() -> None:
    text = (
        "# a comment line first\n"
        "top: 1\n"
        "items:\n"
        "  - id: one\n"
        "    body:\n"
        "      en: x\n"
        "  - id: two\n"
        "    tags: [p, q]\n"
        "flow: {k: v}\n"
    )
    file = read_yaml(text.encode(), "f.yaml")
    assert file.faults == ()
    # The root mapping starts on line 2, after the comment.
    assert file.marks[()] == (2, 1)
    assert file.marks[("top",)] == (2, 1)
    assert file.marks[("items", 0)] == (4, 5)
    assert file.marks[("items", 0, "id")] == (4, 5)
    assert file.marks[("items", 0, "body", "en")] == (6, 7)
    assert file.marks[("items", 1)] == (7, 5)
    assert file.marks[("items", 1, "tags", 1)] == (8, 15)
    assert file.marks[("flow", "k")] == (9, 8)
    # A path with no mark of its own takes its nearest enclosing mark.
    assert file.mark(("items", 1, "missing")) == (7, 5)
    assert file.fault(("items", 1, "missing"), "m").line == 7


def test_format_path() -> None:
    assert format_path(("comments", 0, "body", "en")) == "comments[0].body.en"
    assert format_path(()) == ""
    assert format_path((2, "x")) == "[2].x"


def test_python_tag_is_refused_and_never_run(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = (
        "id: x\n"
        f'honorific: !!python/object/apply:os.system ["touch {marker}"]\n'
        f"other: !!python/object/new:os.system [touch {marker}]\n"
        "name: !!python/name:os.system\n"
    )
    data, faults = read(text)
    assert not marker.exists()
    assert [(line, path) for line, _, path, _ in faults] == [
        (2, "honorific"),
        (3, "other"),
        (4, "name"),
    ]
    assert "!!python/object/apply:os.system is not allowed" in faults[0][3]
    assert "no tags" in faults[0][3]
    # Nothing but plain data comes out.
    assert isinstance(data, dict)
    assert data["name"] is None


@pytest.mark.parametrize(
    "text", ["a: !custom x\n", "a: !!set {x}\n", "a: !!binary aGk=\n", "a: !<tag:x.org,1:y> z\n"]
)
def test_other_tags_are_refused(text: str) -> None:
    _, faults = read(text)
    assert len(faults) == 1
    assert faults[0][:3] == (1, 4, "a")
    assert "is not allowed" in faults[0][3]


def test_standard_string_tag_is_plain_data() -> None:
    data, faults = read("a: !!str 2025-07-02\n")
    assert faults == []
    assert data == {"a": "2025-07-02"}


def test_anchor_and_alias_are_refused() -> None:
    data, faults = read("a: &x hello\nb: *x\nc: &y later\n")
    assert data is None
    assert [(line, col, path) for line, col, path, _ in faults] == [(1, 4, "a"), (2, 4, "b")]
    assert "anchor &x" in faults[0][3]
    assert "alias *x" in faults[1][3]
    assert "not allowed" in faults[1][3]


def test_alias_bomb_stops_at_the_first_alias() -> None:
    # Fully expanded this would be 10**40 strings; it is never expanded: reading
    # stops at the first alias, so only what comes before it is looked at.
    levels = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, 40):
        refs = ", ".join([f"*l{n - 1}"] * 10)
        levels.append(f"l{n}: &l{n} [{refs}]")
    data, faults = read("\n".join(levels) + "\n")
    assert data is None
    aliases = [f for f in faults if "alias" in f[3] and f[3].startswith("alias")]
    assert len(aliases) == 1
    assert aliases[0][:3] == (2, 10, "l1[0]")
    # Only the two anchors read before the first alias are reported.
    assert len(faults) == 3


def test_duplicate_key_names_both_lines() -> None:
    data, faults = read("a: 1\nb:\n  x: 1\n  y: 2\n  x: 3\n")
    assert faults == [
        (
            5,
            3,
            "b.x",
            "the key 'x' is given twice in this mapping (first given on line 3): keep one",
        )
    ]
    assert data == {"a": 1, "b": {"x": 1, "y": 2}}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(b"", "empty"), (b"\n  \n", "empty"), (b"# only a comment\n", "empty")],
)
def test_empty_file(raw: bytes, expected: str) -> None:
    file = read_yaml(raw, "f.yaml")
    assert file.data is None
    assert len(file.faults) == 1
    assert expected in file.faults[0].message
    assert "expected a mapping" in file.faults[0].message


def test_not_utf8_names_the_byte_and_its_place() -> None:
    file = read_yaml(b"a: ok\nb: caf" + b"\xe9\n", "f.yaml")
    assert file.data is None
    (fault,) = file.faults
    assert (fault.line, fault.column) == (2, 7)
    assert "not UTF-8" in fault.message
    assert "0xe9" in fault.message


def test_byte_order_mark_is_allowed() -> None:
    file = read_yaml(b"\xef\xbb\xbfa: 1\n", "f.yaml")
    assert file.faults == ()
    assert file.data == {"a": 1}


def test_control_character_is_placed_by_character() -> None:
    # Cyrillic letters before it take two bytes each in UTF-8: the column counts characters.
    _, faults = read('a: Привет\nb: "x\x01"\n')
    assert len(faults) == 1
    assert faults[0][:2] == (2, 6)
    assert "U+0001" in faults[0][3]


def test_syntax_error_line_and_context() -> None:
    _, faults = read('a: 1\nb: [x, y\nc: "z"\n')
    assert len(faults) == 1
    line, _, path, message = faults[0]
    assert path == ""
    assert line == 3
    assert message.startswith("YAML syntax error")
    assert "starts on line 2" in message


def test_tab_indentation_gets_a_hint() -> None:
    _, faults = read("a:\n\tb: 1\n")
    assert faults[0][0] == 2
    assert "indent with spaces" in faults[0][3]


def test_second_document_is_refused() -> None:
    data, faults = read("a: 1\n---\nb: 2\n")
    assert data is None
    assert faults[0][0] == 2
    assert "one document per file" in faults[0][3]


def test_invalid_unquoted_date_is_explained() -> None:
    _, faults = read("as_of: 2025-02-30\n")
    assert faults == [
        (
            1,
            8,
            "as_of",
            "'2025-02-30' is not a valid date (day is out of range for month): expected a"
            " real date as YYYY-MM-DD, or quotes around the value if it is meant as text",
        )
    ]


def test_timestamp_is_refused() -> None:
    _, faults = read("as_of: 2025-07-02 10:00:00\n")
    assert "timestamp" in faults[0][3]
    assert "YYYY-MM-DD" in faults[0][3]


def test_written_text_is_kept_for_implicit_conversions() -> None:
    file = read_yaml(b"a: 0755\nb: on\nc: '0755'\nd: 12:30\n", "f.yaml")
    assert file.data == {"a": 493, "b": True, "c": "0755", "d": 750}
    assert file.written == {("a",): "0755", ("b",): "on", ("d",): "12:30"}


def test_deep_nesting_is_refused() -> None:
    depth = MAX_DEPTH + 5
    data, faults = read("a: " + "[" * depth + "]" * depth + "\n")
    assert data is None
    assert len(faults) == 1
    assert f"nested more than {MAX_DEPTH} deep" in faults[0][3]


def test_key_that_is_not_plain_text() -> None:
    _, faults = read("? [a, b]\n: c\nd: 1\n")
    assert faults[0][:2] == (1, 3)
    assert "expected a field name" in faults[0][3]
