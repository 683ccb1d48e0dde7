"""Curators' validation: every fault in a copy of the YAML source is caught, placed and explained.

Each test copies the shipped data directory (the ``data_copy`` fixture), damages
one file the way a hand edit could, and checks the fault: the file, the line, the
field path and what was expected. Lines are found in the damaged file itself,
never copied from the data.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import nptexperts
from nptexperts import DataError, load_experts
from nptexperts._errors import Fault
from nptexperts.cli import main
from nptexperts.curate import index_directory, load_directory

#: How ``nptexperts validate`` prints a located fault.
FAULT_LINE = re.compile(
    r"^(?P<file>\S+\.yaml):(?P<line>\d+):(?P<col>\d+): (?P<path>\S+): (?P<msg>.+)$"
)


# -- helpers -------------------------------------------------------------------------


def experts_with_comments(root: Path) -> list[Path]:
    return [
        p for p in sorted((root / "experts").glob("*.yaml")) if "\ncomments:\n" in p.read_text()
    ]


def experts_without_comments(root: Path) -> list[Path]:
    return [
        p for p in sorted((root / "experts").glob("*.yaml")) if "\ncomments:\n" not in p.read_text()
    ]


@pytest.fixture
def quoted(data_copy: Path) -> Path:
    """An expert file (in the copy) with at least one comment."""
    return experts_with_comments(data_copy)[0]


@pytest.fixture
def plain(data_copy: Path) -> Path:
    """An expert file (in the copy) without comments."""
    return experts_without_comments(data_copy)[0]


def damage(path: Path, pattern: str, replacement: str, after: str | None = None) -> int:
    """Replace the first match of the regex ``pattern`` (multi-line; after the first match
    of ``after``, if given) by ``replacement`` (with ``\\1`` groups); return its 1-based line.
    """
    text = path.read_text(encoding="utf-8")
    start = 0
    if after is not None:
        found = re.search(after, text, flags=re.MULTILINE)
        assert found is not None, f"{after!r} not in {path.name}"
        start = found.end()
    match = re.compile(pattern, flags=re.MULTILINE).search(text, start)
    assert match is not None, f"{pattern!r} not in {path.name}"
    new = text[: match.start()] + match.expand(replacement) + text[match.end() :]
    path.write_text(new, encoding="utf-8")
    return text.count("\n", 0, match.start()) + 1


def line_of(path: Path, pattern: str, after: int = 0) -> int:
    """The 1-based line of the first match of ``pattern`` on or after line ``after``."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if number >= after and re.search(pattern, line):
            return number
    raise AssertionError(f"{pattern!r} not in {path.name}")


def faults_of(root: Path) -> list[Fault]:
    with pytest.raises(DataError) as caught:
        load_directory(root)
    return list(caught.value.faults)


def only_fault(root: Path, path: Path) -> Fault:
    """The one fault of the damaged directory, which must be in ``path``."""
    faults = faults_of(root)
    assert len(faults) == 1, "\n".join(map(str, faults))
    assert faults[0].file == str(path)
    return faults[0]


# -- the shipped source is clean -------------------------------------------------------


def test_shipped_source_is_valid(data_dir: Path) -> None:
    assert len(index_directory(data_dir).experts) == len(load_experts())


# -- faults of one file ------------------------------------------------------------------


def test_yaml_syntax_error(data_copy: Path, quoted: Path) -> None:
    line = damage(quoted, r"^name:\n", "name: [\n")
    fault = only_fault(data_copy, quoted)
    assert fault.message.startswith("YAML syntax error")
    assert f"starts on line {line}" in fault.message
    assert fault.line is not None
    assert fault.line > line


def test_not_utf8(data_copy: Path, quoted: Path) -> None:
    raw = quoted.read_bytes()
    at = raw.index(b"\nname:")
    quoted.write_bytes(raw[:at] + b"\n# caf\xe9" + raw[at:])
    fault = only_fault(data_copy, quoted)
    assert "not UTF-8" in fault.message
    assert "save it as UTF-8" in fault.message
    assert (fault.line, fault.column) == (raw.count(b"\n", 0, at) + 2, 6)


@pytest.mark.parametrize("content", ["", "\n\n", "# emptied by mistake\n"])
def test_empty_file(data_copy: Path, plain: Path, content: str) -> None:
    plain.write_text(content, encoding="utf-8")
    fault = only_fault(data_copy, plain)
    assert fault.line == 1
    assert "empty" in fault.message
    assert "expected a mapping" in fault.message


def test_file_that_is_a_list(data_copy: Path, plain: Path) -> None:
    plain.write_text("- id: x\n", encoding="utf-8")
    fault = only_fault(data_copy, plain)
    assert fault.path == ""
    assert "expected a mapping with the keys id, name" in fault.message
    assert "got a list" in fault.message


def test_unknown_key_suggests_the_nearest(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^advisory_board:", "advisary_board:")
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.column) == (line, 1)
    assert fault.path == "advisary_board"
    assert "unknown key 'advisary_board'; did you mean 'advisory_board'?" in fault.message
    assert "expected only: id, name" in fault.message


def test_unknown_key_far_from_any(data_copy: Path, plain: Path) -> None:
    damage(plain, r"^advisory_board:", "zzz: 1\nadvisory_board:")
    fault = only_fault(data_copy, plain)
    assert fault.path == "zzz"
    assert "did you mean" not in fault.message


def test_missing_top_level_field_points_at_the_mapping(data_copy: Path, plain: Path) -> None:
    damage(plain, r"^section: .*\n", "")
    fault = only_fault(data_copy, plain)
    assert fault.path == "section"
    assert fault.line == line_of(plain, r"^[a-z_]+:")
    assert "the required field 'section' is missing" in fault.message


def test_missing_field_of_a_list_item_points_at_the_item(data_copy: Path, quoted: Path) -> None:
    damage(quoted, r"^    question: .*\n", "")
    item = line_of(quoted, r"^  - id: ", after=line_of(quoted, r"^comments:"))
    fault = only_fault(data_copy, quoted)
    assert fault.path == "comments[0].question"
    assert (fault.line, fault.column) == (item, 5)
    assert "'question' is missing" in fault.message


@pytest.mark.parametrize(
    ("written", "described"),
    [
        ("yes", "the boolean true"),
        ("no", "the boolean false"),
        ("on", "the boolean true"),
        ("Off", "the boolean false"),
        ("2025-07-02", "the date 2025-07-02"),
        ("0755", "the number 493"),
        ("1.5", "the number 1.5"),
        ("~", "an empty value"),
        ("", "an empty value"),
    ],
)
def test_yaml_implicit_conversions_in_a_text_field(
    data_copy: Path, plain: Path, written: str, described: str
) -> None:
    line = damage(plain, r"^  evidence: .*$", f"  evidence: {written}".rstrip())
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "country.evidence")
    assert fault.message.startswith(f"expected a text (a string), got {described}")
    if written not in ("", "~"):
        assert "put the value in quotes" in fault.message
        assert f"written {written} in the file" in fault.message


def test_unquoted_version_number(data_copy: Path) -> None:
    header = data_copy / "dataset.yaml"
    line = damage(header, r"^data_version: .*$", "data_version: 2026.1")
    fault = only_fault(data_copy, header)
    assert (fault.line, fault.path) == (line, "data_version")
    assert "got the number 2026.1" in fault.message
    assert "quotes" in fault.message


def test_boolean_in_a_choice_field_lists_the_choices(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^coverage: .*$", "coverage: on")
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "coverage")
    assert "expected one of 'quoted', 'not_quoted', got the boolean true" in fault.message
    assert "yes/no/on/off" in fault.message


def test_duplicate_key(data_copy: Path, plain: Path) -> None:
    first = damage(plain, r"^(coverage: .*)$", r"coverage: quoted\ncoverage: not_quoted")
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.column, fault.path) == (first + 1, 1, "coverage")
    assert f"given twice in this mapping (first given on line {first})" in fault.message


@pytest.mark.parametrize("blank", ['""', '"   "', "' \t '"])
def test_blank_short_form_text(data_copy: Path, plain: Path, blank: str) -> None:
    damage(plain, r"^name:\n  en: .*$", f"name:\n  en: {blank}")
    line = line_of(plain, r"^  en: ")
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "name.en.value")
    assert "expected a non-blank text" in fault.message


def test_blank_note_in_a_list(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^notes:\n", 'notes:\n  - {en: "  ", ru: "Примечание."}\n') + 1
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "notes[0].en.value")
    assert "non-blank" in fault.message


def test_a_note_as_a_bare_string_is_refused(data_copy: Path, plain: Path) -> None:
    """From data 2026.3 a note is bilingual: a bare string says what is expected."""
    line = damage(plain, r"^notes:\n", 'notes:\n  - "Only English."\n') + 1
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.column, fault.path) == (line, 5, "notes[0]")
    assert "an editors' note in English and Russian" in fault.message


@pytest.mark.parametrize(("key", "hint"), [("de", None), ("EN", "en"), ("ru-RU", "ru")])
def test_language_other_than_en_and_ru(data_copy: Path, plain: Path, key: str, hint: str) -> None:
    line = damage(plain, r"^name:\n", f'name:\n  {key}: "x"\n') + 1
    faults = faults_of(data_copy)
    fault = next(f for f in faults if f.path == f"name.{key}")
    assert (fault.file, fault.line) == (str(plain), line)
    assert f"unknown language {key!r}" in fault.message
    assert "exactly two languages, en and ru" in fault.message
    if hint:
        assert f"did you mean {hint!r}" in fault.message


def test_bilingual_text_missing_a_language(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^family_name:\n(  en: .*\n)  ru: .*\n", r"family_name:\n\1")
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "family_name.ru")
    assert "the Russian text is missing" in fault.message
    assert "both languages, en and ru" in fault.message


def test_bilingual_text_given_as_plain_text(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^family_name:\n  en: .*\n  ru: .*\n", "family_name: Someone\n")
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "family_name")
    assert "a bilingual text: a mapping with the languages en and ru" in fault.message


@pytest.mark.parametrize("code", ["XX", "ae", "USA", "1"])
def test_invalid_country_code_of_an_expert(data_copy: Path, plain: Path, code: str) -> None:
    line = damage(plain, r'^  code: "[A-Z]{2}"$', f'  code: "{code}"')
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "country.code")
    assert f"{code!r} is not an ISO 3166-1 alpha-2 code" in fault.message


def test_invalid_country_code_of_a_section(data_copy: Path) -> None:
    section = sorted((data_copy / "sections").glob("*.yaml"))[0]
    line = damage(section, r"^  - code: [A-Z]{2}$", "  - code: ZZ")
    fault = only_fault(data_copy, section)
    assert (fault.line, fault.path) == (line, "stated_countries[0].code")
    assert "'ZZ' is not an ISO 3166-1 alpha-2 code" in fault.message


def test_invalid_unquoted_date(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^    as_of: .*$", "    as_of: 2025-02-30")
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "positions[0].as_of")
    assert "'2025-02-30' is not a valid date" in fault.message
    assert "expected a real date as YYYY-MM-DD" in fault.message


def test_invalid_quoted_date(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^    as_of: .*$", '    as_of: "2025-02-30"')
    fault = only_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "positions[0].as_of")
    assert "expected a real date as YYYY-MM-DD, got the text '2025-02-30'" in fault.message
    assert "not a valid date (day is out of range for month)" in fault.message


def test_bad_value_in_a_later_list_item(data_copy: Path) -> None:
    expert = next(
        p for p in experts_without_comments(data_copy) if p.read_text().count("\n  - title:") >= 2
    )
    second = line_of(expert, r"^  - title:", after=line_of(expert, r"^  - title:") + 1)
    line = line_of(expert, r"^    as_of: ", after=second)
    text = expert.read_text(encoding="utf-8").splitlines(keepends=True)
    text[line - 1] = "    as_of: soon\n"
    expert.write_text("".join(text), encoding="utf-8")
    fault = only_fault(data_copy, expert)
    assert (fault.line, fault.column, fault.path) == (line, 5, "positions[1].as_of")
    assert "expected a date as YYYY-MM-DD, got the text 'soon'" in fault.message


# -- faults across records ----------------------------------------------------------------


def test_duplicate_id_across_files(data_copy: Path) -> None:
    first, second = experts_without_comments(data_copy)[:2]
    taken = first.stem
    line = damage(second, r"^id: .*$", f"id: {taken}")
    faults = [f for f in faults_of(data_copy) if "already used" in f.message]
    assert len(faults) == 1
    assert (faults[0].file, faults[0].line, faults[0].path) == (str(second), line, "id")
    assert f"the id {taken!r} is already used in {first}" in faults[0].message


def test_duplicate_comment_id_across_files(data_copy: Path) -> None:
    first, second = experts_with_comments(data_copy)[:2]
    taken = re.search(r"^  - id: (\S+)$", first.read_text(), flags=re.MULTILINE)
    assert taken is not None
    line = damage(second, r"^  - id: .*$", f"  - id: {taken[1]}")
    fault = only_fault(data_copy, second)
    assert (fault.line, fault.path) == (line, "comments[0].id")
    assert "ids must be unique" in fault.message


@pytest.mark.parametrize(
    ("field", "kind"), [("expert", "expert"), ("question", "question"), ("source", "source")]
)
def test_comment_pointing_at_nothing(data_copy: Path, quoted: Path, field: str, kind: str) -> None:
    line = damage(quoted, rf"^    {field}: .*$", f"    {field}: nobody-such", after="^comments:")
    fault = only_fault(data_copy, quoted)
    assert (fault.line, fault.path) == (line, f"comments[0].{field}")
    assert f"no {kind} has the id 'nobody-such'" in fault.message or (
        f"names the {kind} 'nobody-such', and no {kind} has that id" in fault.message
    )


def test_every_fault_is_listed_not_only_the_first(data_copy: Path, plain: Path) -> None:
    other = experts_without_comments(data_copy)[1]
    damage(plain, r"^advisory_board:", "advisary_board:")
    damage(plain, r"^coverage: .*$", "coverage: yes")
    damage(other, r"^    as_of: .*$", "    as_of: 2025-02-30")
    faults = faults_of(data_copy)
    assert [(f.file, f.path) for f in faults] == [
        (str(plain), "advisary_board"),
        (str(plain), "coverage"),
        (str(other), "positions[0].as_of"),
    ]


# -- refused YAML features -------------------------------------------------------------------


def test_python_object_tag_is_refused_without_running(
    data_copy: Path, plain: Path, tmp_path: Path
) -> None:
    marker = tmp_path / "pwned"
    line = damage(
        plain,
        r"^advisory_board: .*$",
        f'advisory_board: !!python/object/apply:os.system ["echo pwned > {marker}"]',
    )
    fault = only_fault(data_copy, plain)
    assert not marker.exists()
    assert (fault.line, fault.path) == (line, "advisory_board")
    assert "the tag !!python/object/apply:os.system is not allowed" in fault.message


def test_anchor_and_alias_are_refused(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^section: (.*)$", r"section: &s \1\nextra: *s")
    faults = faults_of(data_copy)
    assert [(f.file, f.line, f.path) for f in faults] == [
        (str(plain), line, "section"),
        (str(plain), line + 1, "extra"),
    ]
    assert "anchors and aliases are not allowed" in faults[1].message


def test_alias_bomb_is_refused_at_its_first_alias(data_copy: Path, plain: Path) -> None:
    rows = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    rows += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]" for n in range(1, 30)]
    plain.write_text("\n".join(rows) + "\n", encoding="utf-8")
    faults = faults_of(data_copy)
    assert all(f.file == str(plain) for f in faults)
    # Two anchors, then the first alias ends the reading: nothing was expanded.
    assert [(f.line, f.path) for f in faults] == [(1, "a0"), (2, "a1"), (2, "a1[0]")]
    assert faults[-1].message.startswith("alias *a0")


# -- directories and files that are not as expected ---------------------------------------------


def test_directory_that_is_not_a_data_directory(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    faults = faults_of(tmp_path)
    assert len(faults) == 1
    assert faults[0].file.endswith("dataset.yaml")
    assert "every data directory needs a dataset.yaml" in faults[0].message


def test_path_that_does_not_exist(tmp_path: Path) -> None:
    faults = faults_of(tmp_path / "nowhere")
    assert "not a directory" in faults[0].message


def test_missing_folder(data_copy: Path) -> None:
    for p in (data_copy / "sections").iterdir():
        p.unlink()
    (data_copy / "sections").rmdir()
    faults = faults_of(data_copy)
    assert any(
        f.file == f"{data_copy}/sections" and "expected a folder sections/" in f.message
        for f in faults
    )


def test_dangling_link_is_a_fault(data_copy: Path) -> None:
    ghost = data_copy / "experts" / "ghost.yaml"
    ghost.symlink_to(data_copy / "nowhere.yaml")
    fault = only_fault(data_copy, ghost)
    assert "a symbolic link: expected a regular file" in fault.message


def test_file_with_the_wrong_ending(data_copy: Path, plain: Path) -> None:
    renamed = plain.with_suffix(".yml")
    plain.rename(renamed)
    faults = faults_of(data_copy)
    assert any(f.file == str(renamed) and "with the .yaml ending" in f.message for f in faults)


def test_broken_default_source_does_not_flood(data_copy: Path) -> None:
    header = data_copy / "dataset.yaml"
    damage(header, r"^default_source: .*\n", "")
    faults = faults_of(data_copy)
    assert [(f.file, f.path) for f in faults] == [(str(header), "default_source")]


# -- DataError and the shipped records -----------------------------------------------------------


def test_data_error_names_file_line_and_path(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^coverage: .*$", "coverage: maybe")
    with pytest.raises(DataError) as caught:
        load_directory(data_copy)
    error = caught.value
    assert (error.file, error.line, error.path) == (str(plain), line, "coverage")
    assert str(error).startswith(f"{plain}:{line}:1: coverage: expected one of")
    assert isinstance(error, ValueError)


def _digest(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_failed_load_leaves_the_shipped_records_alone(
    data_copy: Path, plain: Path, data_dir: Path
) -> None:
    package = data_dir.parent
    files_before = _digest(package / "data"), _digest(package / "compiled")
    index = nptexperts.load_index()
    dataset, experts = nptexperts.load_dataset(), nptexperts.load_experts()
    damage(plain, r"^coverage: .*$", "coverage: maybe")
    with pytest.raises(DataError):
        load_directory(data_copy)
    with pytest.raises(DataError):
        index_directory(data_copy)
    # The cache holds the same objects, with the same records...
    assert nptexperts.load_index() is index
    assert nptexperts.load_experts() is experts
    assert nptexperts.load_dataset() is dataset
    # ...equal to a fresh load of the shipped files, which are unchanged.
    fresh = nptexperts._api._load_release.__wrapped__(nptexperts.DATA_VERSION)
    assert fresh is not index
    assert fresh.dataset == dataset
    assert (_digest(package / "data"), _digest(package / "compiled")) == files_before


# -- the command -----------------------------------------------------------------------------


def test_validate_clean_directory(data_copy: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(data_copy)])
    assert result.exit_code == 0, result.output
    assert "valid" in result.stdout
    assert result.stderr == ""


def test_validate_checks_the_checkout_by_default(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Run inside the checkout (its tests folder): validate checks the checkout's YAML.
    monkeypatch.chdir(Path(__file__).parent)
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{data_dir}: valid")
    assert f"{len(load_experts())} experts" in result.stdout


def test_the_source_schemas_accept_the_shipped_files(data_dir: Path) -> None:
    import json

    import jsonschema
    import yaml

    from nptexperts.curate.directory import KINDS

    for kind in ["dataset", *KINDS]:
        result = CliRunner().invoke(main, ["schema", "--source", kind])
        assert result.exit_code == 0, result.output
        schema = json.loads(result.stdout)
        paths = (
            [data_dir / "dataset.yaml"] if kind == "dataset" else (data_dir / kind).glob("*.yaml")
        )
        for path in paths:
            # As the YAML language server reads it (YAML 1.2: dates are strings).
            document = json.loads(json.dumps(yaml.safe_load(path.read_bytes()), default=str))
            jsonschema.validate(document, schema)
        if kind == "experts":
            with pytest.raises(jsonschema.ValidationError, match="advisary_board"):
                jsonschema.validate({**document, "advisary_board": "unknown"}, schema)


def test_pre_commit_hook_runs_validate() -> None:
    import yaml

    root = Path(__file__).resolve().parents[2]
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = [h for h in hooks if h["id"] == "nptexperts-validate"]
    assert hook["entry"] == "nptexperts validate"
    assert (hook["language"], hook["pass_filenames"]) == ("python", False)
    assert re.search(hook["files"], "src/nptexperts/data/experts/x.yaml")
    assert not re.search(hook["files"], "src/nptexperts/_api.py")


def test_validate_prints_every_fault_located(data_copy: Path, plain: Path) -> None:
    line1 = damage(plain, r"^advisory_board:", "advisary_board:")
    line2 = damage(plain, r"^coverage: .*$", "coverage: yes")
    result = CliRunner().invoke(main, ["validate", str(data_copy)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    located = [FAULT_LINE.match(line) for line in lines[:-1]]
    assert all(located), lines
    assert [(m["file"], int(m["line"]), m["path"]) for m in located if m] == [
        (str(plain), line1, "advisary_board"),
        (str(plain), line2, "coverage"),
    ]
    assert lines[-1] == f"2 faults found in {data_copy}"
    assert "Traceback" not in result.output


def test_validate_not_a_data_directory(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "dataset.yaml" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("name", ["missing-dir", "a-file.txt"])
def test_validate_path_that_is_no_directory(tmp_path: Path, name: str) -> None:
    (tmp_path / "a-file.txt").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path / name)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


def test_python_m_validate(data_copy: Path, plain: Path) -> None:
    line = damage(plain, r"^coverage: .*$", "coverage: 2025-07-02")
    done = subprocess.run(
        [sys.executable, "-m", "nptexperts", "validate", str(data_copy)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.startswith(f"{plain}:{line}:1: coverage: expected one of")
    assert "Traceback" not in done.stderr
