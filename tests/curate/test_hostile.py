"""A hostile corpus: data directories built to attack the curators' tools and the exports.

Each case damages a copy of the shipped YAML source the way an attacker (or a
careless tool) could, and requires a located fault: the file, and where the fault
is in it (line, column and field path) when it is inside a YAML file. The cases
that could hang or exhaust the machine if the reader were careless (a link to
``/dev/zero``, a FIFO, an oversized file) run in one child process with a memory
limit and a timeout, so a regression fails the test instead of the machine.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from nptexperts import DataError, load_experts
from nptexperts._errors import Fault
from nptexperts.cli import main
from nptexperts.curate import index_directory, load_directory
from nptexperts.curate.directory import MAX_FILE_SIZE
from nptexperts.export.csv import table_csv
from nptexperts.export.json import from_json, to_json
from nptexperts.export.tables import TABLES

# -- helpers ------------------------------------------------------------------------------


def faults_of(root: Path) -> list[Fault]:
    with pytest.raises(DataError) as caught:
        load_directory(root)
    return list(caught.value.faults)


def expert_file(root: Path, with_comments: bool = False) -> Path:
    for path in sorted((root / "experts").glob("*.yaml")):
        if ("\ncomments:\n" in path.read_text(encoding="utf-8")) == with_comments:
            return path
    raise AssertionError("no such expert file")


def replace_line(path: Path, pattern: str, new: str) -> int:
    """Replace the first line matching ``pattern`` by ``new``; return its 1-based number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        if re.search(pattern, line):
            lines[i] = new
            path.write_text("\n".join(lines), encoding="utf-8")
            return i + 1
    raise AssertionError(f"{pattern!r} not in {path}")


def one_fault(root: Path, path: Path) -> Fault:
    faults = faults_of(root)
    assert len(faults) == 1, "\n".join(map(str, faults))
    assert faults[0].file == str(path)
    return faults[0]


# -- files that are not plain files: run in a child process, bounded -----------------------

_CHILD = textwrap.dedent(
    """
    import json, resource, sys
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
    from nptexperts import DataError
    from nptexperts.curate import load_directory
    out = {}
    for root in sys.argv[1:]:
        try:
            load_directory(root)
            out[root] = []
        except DataError as exc:
            out[root] = [[f.file, f.message] for f in exc.faults]
    print(json.dumps(out))
    """
)


def _hostile_dirs(base: Path, data_dir: Path) -> dict[str, tuple[Path, Path]]:
    """Copies of the data, each with one hostile entry: name -> (root, the entry)."""
    import shutil

    cases: dict[str, tuple[Path, Path]] = {}

    def copy(name: str) -> Path:
        root = base / name
        shutil.copytree(data_dir, root)
        return root

    root = copy("passwd")
    entry = root / "experts" / "passwd.yaml"
    entry.symlink_to("/etc/passwd")
    cases["passwd"] = (root, entry)

    root = copy("zero")
    entry = root / "sources" / "zero.txt"
    entry.symlink_to("/dev/zero")
    cases["zero"] = (root, entry)

    root = copy("fifo")
    entry = root / "experts" / "fifo.yaml"
    os.mkfifo(entry)
    cases["fifo"] = (root, entry)

    root = copy("linked-folder")
    entry = root / "sections"
    shutil.rmtree(entry)
    entry.symlink_to(data_dir / "sections", target_is_directory=True)
    cases["linked-folder"] = (root, entry)

    root = copy("oversized")
    entry = expert_file(root)
    # A valid file, with a 50 MB value: refused for its size, before it is parsed.
    with entry.open("a", encoding="utf-8") as out:
        out.write('notes:\n  - "' + "a" * 50_000_000 + '"\n')
    cases["oversized"] = (root, entry)
    return cases


@pytest.fixture(scope="module")
def bounded_faults(
    tmp_path_factory: pytest.TempPathFactory, data_dir: Path
) -> dict[str, tuple[Path, list[list[str]]]]:
    cases = _hostile_dirs(tmp_path_factory.mktemp("hostile"), data_dir)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, *(str(root) for root, _ in cases.values())],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout)
    return {name: (entry, found[str(root)]) for name, (root, entry) in cases.items()}


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("passwd", "a symbolic link: expected a regular file"),
        ("zero", "a symbolic link: expected a regular file"),
        ("fifo", "a named pipe (FIFO): expected a regular file"),
        ("linked-folder", "a symbolic link: expected the folder sections/ itself"),
        ("oversized", f"the file is larger than {MAX_FILE_SIZE:,} bytes"),
    ],
)
def test_only_plain_files_are_read(
    bounded_faults: dict[str, tuple[Path, list[list[str]]]], case: str, expected: str
) -> None:
    entry, faults = bounded_faults[case]
    mine = [message for file, message in faults if file == str(entry)]
    assert mine, faults
    assert expected in mine[0]
    # Nothing of what the link points to reaches a message.
    assert not any("root:" in message for _, message in faults)
    assert all(len(message) < 2_000 for _, message in faults)


def test_a_link_inside_is_refused_even_to_a_valid_file(data_copy: Path) -> None:
    plain = expert_file(data_copy)
    moved = data_copy.parent / plain.name
    plain.rename(moved)
    plain.symlink_to(moved)
    fault = one_fault(data_copy, plain)
    assert "a symbolic link" in fault.message


# -- the text rules -------------------------------------------------------------------------

#: One character of each forbidden class, as a YAML double-quoted escape.
FORBIDDEN = {
    "C0 control (ESC, an OSC/CSI lead)": ("\\e", "a C0 control character (U+001B)"),
    "C0 control (NUL)": ("\\0", "a C0 control character (U+0000)"),
    "DEL": ("\\x7f", "a C0 control character (U+007F)"),
    "C1 control (CSI)": ("\\x9b", "a C1 control character (U+009B)"),
    "bidi override": ("\\u202e", "a bidi control character (U+202E RIGHT-TO-LEFT OVERRIDE)"),
    "bidi isolate": ("\\u2066", "a bidi control character (U+2066 LEFT-TO-RIGHT ISOLATE)"),
    "zero-width space": ("\\u200b", "a zero-width character (U+200B ZERO WIDTH SPACE)"),
    "right-to-left mark": ("\\u200f", "a bidi control character (U+200F RIGHT-TO-LEFT MARK)"),
    "byte-order mark": ("\\ufeff", "a zero-width character (U+FEFF ZERO WIDTH NO-BREAK SPACE)"),
    "tab": ("\\t", "a C0 control character (U+0009)"),
    # Issue 20: invisible formatting characters that 0.2.0 let through.
    "Arabic letter mark": ("\\u061c", "a bidi control character (U+061C ARABIC LETTER MARK)"),
    "word joiner": ("\\u2060", "a zero-width character (U+2060 WORD JOINER)"),
    "soft hyphen": ("\\xad", "an invisible formatting character (U+00AD SOFT HYPHEN)"),
    "variation selector": ("\\ufe0f", "a variation selector (U+FE0F VARIATION SELECTOR-16)"),
    "Hangul filler": ("\\u3164", "a Hangul filler (U+3164 HANGUL FILLER)"),
    "tag character": ("\\U000E0041", "a tag character (U+E0041 TAG LATIN CAPITAL LETTER A)"),
    "zero-width joiner": ("\\u200d", "a zero-width character (U+200D ZERO WIDTH JOINER)"),
    "Mongolian vowel separator": (
        "\\u180e",
        "an invisible formatting character (U+180E MONGOLIAN VOWEL SEPARATOR)",
    ),
}


@pytest.mark.parametrize("kind", sorted(FORBIDDEN))
def test_forbidden_characters_in_a_name(data_copy: Path, kind: str) -> None:
    escape, expected = FORBIDDEN[kind]
    plain = expert_file(data_copy)
    line = replace_line(plain, r"^  en: ", f'  en: "Jane{escape}Doe"')
    fault = one_fault(data_copy, plain)
    assert (fault.line, fault.column, fault.path) == (line, 3, "name.en")
    assert expected in fault.message


def test_a_raw_bidi_override_in_a_comment_body(data_copy: Path) -> None:
    quoted = expert_file(data_copy, with_comments=True)
    text = quoted.read_text(encoding="utf-8")
    start = text.index("\n    body:\n      en: ") + len("\n    body:\n      en: ")
    # The body stays the span's text, except for the added character.
    quoted.write_text(text[:start] + '"\u202e' + text[start + 1 :], encoding="utf-8")
    faults = faults_of(data_copy)
    assert any(
        f.path == "comments[0].body.en"
        and "a bidi control character (U+202E RIGHT-TO-LEFT OVERRIDE)" in f.message
        for f in faults
    ), faults


def test_a_line_break_in_a_one_line_field(data_copy: Path) -> None:
    plain = expert_file(data_copy)
    line = replace_line(plain, r"^  en: ", '  en: "Jane\\nDoe"')
    fault = one_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "name.en")
    assert "a line break at character 4: this field is one line" in fault.message


def test_a_line_break_in_a_note_is_allowed(data_copy: Path) -> None:
    plain = expert_file(data_copy)
    text = plain.read_text(encoding="utf-8")
    assert "\nnotes:\n  - " in text
    plain.write_text(
        text.replace(
            "\nnotes:\n  - ",
            '\nnotes:\n  - {en: "First line.\\nSecond line.", ru: "Строка."}\n  - ',
            1,
        ),
        encoding="utf-8",
    )
    assert len(index_directory(data_copy).experts) == len(load_experts())


def test_the_no_break_space_is_allowed(data_copy: Path) -> None:
    plain = expert_file(data_copy)
    replace_line(plain, r"^  en: ", '  en: "Jane\\u00a0Doe"')
    assert len(index_directory(data_copy).experts) == len(load_experts())


def test_a_text_not_in_nfc(data_copy: Path) -> None:
    plain = expert_file(data_copy)
    line = replace_line(plain, r"^  en: ", '  en: "Jose\\u0301 Doe"')
    fault = one_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "name.en")
    assert "NFC" in fault.message


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\\t", "\\r"])
def test_a_formula_leading_text(data_copy: Path, start: str) -> None:
    plain = expert_file(data_copy)
    line = replace_line(plain, r"^  evidence: ", f'  evidence: "{start}HYPERLINK(1)"')
    faults = faults_of(data_copy)
    assert [(f.file, f.line, f.path) for f in faults] == [(str(plain), line, "country.evidence")]
    assert "a spreadsheet would read it as a formula" in faults[0].message or (
        "control character" in faults[0].message
    )


# -- ids, URLs, file names ------------------------------------------------------------------


def test_an_id_with_a_trailing_newline(data_copy: Path) -> None:
    plain = expert_file(data_copy)
    stem = plain.stem
    line = replace_line(plain, r"^id: ", f'id: "{stem}\\n"')
    faults = faults_of(data_copy)
    assert any(
        (f.file, f.line, f.path) == (str(plain), line, "id") and "is not a slug" in f.message
        for f in faults
    ), faults


def test_an_over_long_id(data_copy: Path) -> None:
    plain = expert_file(data_copy)
    long_id = "a" * 101
    renamed = plain.with_name(f"{long_id}.yaml")
    plain.rename(renamed)
    line = replace_line(renamed, r"^id: ", f"id: {long_id}")
    faults = faults_of(data_copy)
    assert any(
        (f.line, f.path) == (line, "id") and "too long: expected at most 100" in f.message
        for f in faults
    ), faults


def test_a_comment_id_not_in_the_documented_form(data_copy: Path) -> None:
    quoted = expert_file(data_copy, with_comments=True)
    line = replace_line(quoted, r"^  - id: ", "  - id: some-other-form")
    fault = one_fault(data_copy, quoted)
    assert (fault.line, fault.path) == (line, "comments[0].id")
    assert "is not <expert-id>.<question-id>.<n>" in fault.message


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "https://"]
)
def test_only_web_urls(data_copy: Path, url: str) -> None:
    source = sorted((data_copy / "sources").glob("*.yaml"))[0]
    line = replace_line(source, r"^url: ", f'url: "{url}"')
    fault = one_fault(data_copy, source)
    assert (fault.line, fault.path) == (line, "url")
    assert "expected https://… or http://…" in fault.message


@pytest.mark.parametrize("name", ["../../etc/hostname", "/etc/hostname", "..", "sub\\\\file.txt"])
def test_a_text_file_outside_the_folder(data_copy: Path, name: str) -> None:
    source = sorted((data_copy / "sources").glob("*.yaml"))[0]
    line = replace_line(source, r"^text_file: ", f'text_file: "{name}"')
    faults = faults_of(data_copy)
    assert any(
        (f.file, f.line, f.path) == (str(source), line, "text_file")
        and "expected a plain file name (no folders, no '..')" in f.message
        for f in faults
    ), faults


def test_a_data_version_that_is_a_path(data_copy: Path) -> None:
    header = data_copy / "dataset.yaml"
    line = replace_line(header, r"^data_version: ", 'data_version: "../../escape"')
    fault = one_fault(data_copy, header)
    assert (fault.line, fault.path) == (line, "data_version")


# -- messages and the terminal --------------------------------------------------------------


def test_a_long_value_is_cut_in_its_message(data_copy: Path) -> None:
    plain = expert_file(data_copy)
    value = "x" * 500_000  # under the size cap: read, then refused as a value
    line = replace_line(plain, r"^coverage: ", f"coverage: {value}")
    fault = one_fault(data_copy, plain)
    assert (fault.line, fault.path) == (line, "coverage")
    assert "(500,000 characters)" in fault.message
    assert len(str(fault)) < len(str(plain)) + 400


def test_a_50_mb_value_in_a_bundle_gives_a_short_message() -> None:
    plain = json.loads(to_json())
    plain["experts"][0]["comments"] = []
    plain["experts"][0]["coverage"] = "z" * 50_000_000
    with pytest.raises(DataError) as caught:
        from_json(json.dumps(plain).encode("utf-8"))
    message = str(caught.value)
    assert "(50,000,000 characters)" in message
    assert len(message) < 1_000


def test_validate_never_prints_control_characters(data_copy: Path) -> None:
    plain = expert_file(data_copy)
    # An OSC sequence that would set the terminal's title, and a key with ESC in it.
    replace_line(plain, r"^  en: ", '  en: "Jane\\e]0;pwned\\aDoe"')
    (data_copy / "experts" / "clear\x1b[2J.yml").write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(data_copy)])
    assert result.exit_code == 1
    assert "\x1b" not in result.output
    assert "\x07" not in result.output
    assert "\\x1b]0;pwned" in result.stderr
    assert "clear\\x1b[2J.yml" in result.stderr


def test_the_quote_hint_says_where_the_text_is(data_copy: Path) -> None:
    quoted = expert_file(data_copy, with_comments=True)
    text = quoted.read_text(encoding="utf-8")
    found = re.search(r"span: \{start: (\d+), end: (\d+)\}", text)
    assert found is not None
    start, end = int(found[1]), int(found[2])
    quoted.write_text(
        text.replace(found[0], f"span: {{start: {start + 1}, end: {end + 1}}}", 1),
        encoding="utf-8",
    )
    faults = faults_of(data_copy)
    assert any(f"the text is found at {start}–{end}" in f.message for f in faults), faults


# -- the exports ----------------------------------------------------------------------------


def test_csv_cells_never_start_a_formula(data_copy: Path) -> None:
    from nptexperts import load_dataset

    dataset = load_dataset()
    expert = dataset.experts[0]
    import attrs

    evil = attrs.evolve(
        expert, country=attrs.evolve(expert.country, evidence='=HYPERLINK("http://x")')
    )
    bad = attrs.evolve(dataset, experts=(evil, *dataset.experts[1:]))
    experts = next(t for t in TABLES if t.name == "experts")
    raw = table_csv(experts, bad).decode("utf-8")
    assert "'=HYPERLINK" in raw
    assert re.search(r'(^|,)"?=HYPERLINK', raw, flags=re.MULTILINE) is None


def test_export_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "records.json"
    target.write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "-o", str(target)])
    assert result.exit_code == 1
    assert "it exists: give another name, or ask to overwrite it (--force)" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"
    assert CliRunner().invoke(main, ["export", "-o", str(target), "--force"]).exit_code == 0
    assert target.read_bytes() == to_json()


def test_export_csv_force_replaces_only_its_own_files(tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "mine.txt").write_text("a file of the user's", encoding="utf-8")
    (folder / "experts.csv").write_text("stale", encoding="utf-8")
    refused = CliRunner().invoke(main, ["export", "-f", "csv", "-o", str(folder)])
    assert refused.exit_code == 1
    assert "is not empty: give --force" in refused.stderr
    assert (folder / "experts.csv").read_text(encoding="utf-8") == "stale"
    done = CliRunner().invoke(main, ["export", "-f", "csv", "-o", str(folder), "--force"])
    assert done.exit_code == 0, done.output
    assert (folder / "mine.txt").read_text(encoding="utf-8") == "a file of the user's"
    assert (folder / "experts.csv").read_text(encoding="utf-8") != "stale"
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


def test_an_unwritable_target_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", "-o", str(blocker / "records.json")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {blocker / 'records.json'}: Not a directory\n"


def test_a_stopped_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nptexperts.curate import compiling

    target = tmp_path / "bundle.json"
    target.write_bytes(b"the old release")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        compiling.write_atomic(target, b"x" * 1000)
    assert target.read_bytes() == b"the old release"
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.json"]


# -- where the commands act -----------------------------------------------------------------


def test_nothing_is_written_into_an_installed_package(tmp_path: Path) -> None:
    from nptexperts.curate.checkout import CheckoutError, refuse_installed

    site = tmp_path / "lib" / "python3" / "site-packages" / "nptexperts"
    site.mkdir(parents=True)
    with pytest.raises(CheckoutError, match="inside an installed package"):
        refuse_installed(site)


def test_compile_outside_a_checkout_needs_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["compile"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: no source checkout of nptexperts in {tmp_path}")
    result = CliRunner().invoke(main, ["schema", "--write"])
    assert result.exit_code == 1
    assert "no source checkout" in result.stderr


def test_validate_in_a_checkout_checks_that_checkout(
    tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    clone = tmp_path / "clone"
    data = clone / "src" / "nptexperts" / "data"
    shutil.copytree(data_dir, data)
    (clone / "pyproject.toml").write_text('[project]\nname = "nptexperts"\n', encoding="utf-8")
    (clone / "docs").mkdir()
    monkeypatch.chdir(clone / "docs")
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"{data}: valid")
    plain = expert_file(data)
    replace_line(plain, r"^coverage: ", "coverrage: quoted")
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{plain}:")


def test_atomic_writes_keep_ordinary_permissions(tmp_path: Path) -> None:
    """A written file is readable as any new file is (not the temporary file's 0600)."""
    import os
    import stat

    from nptexperts.curate.compiling import write_atomic

    old = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        write_atomic(fresh, b"{}")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.json"
        kept.write_bytes(b"old")
        kept.chmod(0o640)
        write_atomic(kept, b"new")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
        assert kept.read_bytes() == b"new"
    finally:
        os.umask(old)


# -- issue 20: hardening ---------------------------------------------------------------------
#
# Each test below failed on 0.2.0.

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "nptexperts"


def _site(tmp_path: Path) -> Path:
    """A copy of the package to damage; returns the folder to put on sys.path."""
    import shutil

    site = tmp_path / "site"
    shutil.copytree(PACKAGE, site / "nptexperts", ignore=shutil.ignore_patterns("__pycache__"))
    return site


def _run(site: Path, code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site), "PATH": os.environ.get("PATH", "")},
        timeout=timeout,
        check=False,
    )


_LOAD = (
    "import sys, nptexperts\n"
    "try:\n"
    "    nptexperts.load_experts(data_version={version!r})\n"
    "except nptexperts.DataError as e:\n"
    "    print(e.file); print(e); sys.exit(3)\n"
)


@pytest.mark.parametrize("fmt", ["sqlite", "json"])
@pytest.mark.parametrize("how", ["fifo", "link to a fifo", "folder"])
def test_export_never_replaces_a_special_file(tmp_path: Path, fmt: str, how: str) -> None:
    import stat

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    target = {"fifo": fifo, "link to a fifo": tmp_path / "link", "folder": tmp_path / "dir"}[how]
    if how == "link to a fifo":
        target.symlink_to(fifo)
    if how == "folder":
        target.mkdir()
    for force in ([], ["--force"]):
        result = CliRunner().invoke(main, ["export", "-f", fmt, "-o", str(target), *force])
        assert result.exit_code == 1, result.output
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert str(target) in result.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO
    assert os.path.islink(target) == (how == "link to a fifo")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted({"fifo", target.name})


def test_the_api_refuses_a_fifo_too(tmp_path: Path) -> None:
    from nptexperts import OutputExistsError
    from nptexperts.export.sqlite import write_sqlite

    fifo = tmp_path / "out.db"
    os.mkfifo(fifo)
    with pytest.raises(OutputExistsError, match="is a FIFO"):
        write_sqlite(fifo, force=True)


def test_refused_unless_force_holds_when_the_file_appears_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another writer creates the target after the check: the link into place fails."""
    from nptexperts import OutputExistsError, _atomic

    target = tmp_path / "same.db"
    real = _atomic._write_temp

    def racing(tmp: Path, data: bytes, mode: int) -> None:
        real(tmp, data, mode)
        target.write_bytes(b"the other writer's")

    monkeypatch.setattr(_atomic, "_write_temp", racing)
    with pytest.raises(OutputExistsError):
        _atomic.write_file(target, b"mine", replace=False)
    assert target.read_bytes() == b"the other writer's"
    assert [p.name for p in tmp_path.iterdir()] == ["same.db"]


def test_a_fifo_that_appears_meanwhile_is_not_replaced_either(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stat

    from nptexperts import OutputExistsError, _atomic

    target = tmp_path / "records.db"
    target.write_bytes(b"old")
    real = _atomic._write_temp

    def swap(tmp: Path, data: bytes, mode: int) -> None:
        real(tmp, data, mode)
        target.unlink()
        os.mkfifo(target)

    monkeypatch.setattr(_atomic, "_write_temp", swap)
    with pytest.raises(OutputExistsError, match="is a FIFO"):
        _atomic.write_file(target, b"new", replace=True)
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["records.db"]


def test_simultaneous_exports_without_force_write_once(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from nptexperts import OutputExistsError
    from nptexperts._atomic import write_file

    target = tmp_path / "same.db"

    def attempt(n: int) -> bool:
        try:
            write_file(target, b"writer %d" % n, replace=False)
        except OutputExistsError:
            return False
        return True

    with ThreadPoolExecutor(8) as pool:
        wrote = list(pool.map(attempt, range(16)))
    assert wrote.count(True) == 1
    assert target.read_bytes() == b"writer %d" % wrote.index(True)
    assert [p.name for p in tmp_path.iterdir()] == ["same.db"]


def _dead_pid() -> int:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], **_OUT)
    return int(child.stdout)


_OUT: dict[str, object] = {"capture_output": True, "text": True, "check": True}


def test_stale_temporaries_are_removed_by_the_next_write(tmp_path: Path) -> None:
    from nptexperts._atomic import TEMP_PREFIX

    dead = _dead_pid()
    stale_file = tmp_path / f"{TEMP_PREFIX}records.json.{dead}.0a1b2c3d"
    stale_file.write_bytes(b"half")
    stale_dir = tmp_path / f"{TEMP_PREFIX}csv.{dead}.0a1b2c3d"
    stale_dir.mkdir()
    (stale_dir / "experts.csv").write_bytes(b"half")
    live = tmp_path / f"{TEMP_PREFIX}records.json.{os.getpid()}.0a1b2c3d"
    live.write_bytes(b"a write in progress")
    other = tmp_path / f"{TEMP_PREFIX}other.json.{dead}.0a1b2c3d"
    other.write_bytes(b"not this target's")
    assert CliRunner().invoke(main, ["export", "-o", str(tmp_path / "records.json")]).exit_code == 0
    assert not stale_file.exists()
    assert live.exists()
    assert other.exists()
    done = CliRunner().invoke(main, ["export", "-f", "csv", "-o", str(tmp_path / "csv")])
    assert done.exit_code == 0, done.output
    assert not stale_dir.exists()
    assert (tmp_path / "csv" / "experts.csv").is_file()


def test_every_temporary_has_the_one_pattern(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nptexperts import _atomic

    seen: list[str] = []
    real = _atomic._write_temp

    def spy(tmp: Path, data: bytes, mode: int) -> None:
        seen.append(tmp.name if tmp.parent == tmp_path else tmp.parent.name)
        real(tmp, data, mode)

    monkeypatch.setattr(_atomic, "_write_temp", spy)
    runner = CliRunner()
    assert runner.invoke(main, ["export", "-o", str(tmp_path / "a.json")]).exit_code == 0
    assert (
        runner.invoke(main, ["export", "-f", "sqlite", "-o", str(tmp_path / "a.db")]).exit_code == 0
    )
    assert runner.invoke(main, ["export", "-f", "csv", "-o", str(tmp_path / "c")]).exit_code == 0
    assert seen
    assert all(re.fullmatch(r"\.nptexperts-tmp-.+\.\d+\.[0-9a-f]{8}", n) for n in seen)
    gitignore = (PACKAGE.parents[1] / ".gitignore").read_text(encoding="utf-8")
    assert ".nptexperts-tmp-*" in gitignore.splitlines()


@pytest.mark.parametrize("fmt", ["csv", "datapackage"])
def test_a_set_of_files_is_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """A stop after three files leaves the old set (or none), never a mix."""
    from nptexperts import _atomic

    folder = tmp_path / "out"
    first = CliRunner().invoke(
        main, ["export", "-f", fmt, "-o", str(folder), "--data-version", "2026.1"]
    )
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real = _atomic._write_temp
    calls = []

    def stop_after_three(tmp: Path, data: bytes, mode: int) -> None:
        calls.append(tmp)
        if len(calls) > 3:
            raise KeyboardInterrupt
        real(tmp, data, mode)

    from nptexperts._api import load_dataset
    from nptexperts.export import write_csv, write_datapackage

    write = write_csv if fmt == "csv" else write_datapackage
    monkeypatch.setattr(_atomic, "_write_temp", stop_after_three)
    with pytest.raises(KeyboardInterrupt):
        write(folder, load_dataset(data_version="2026.2"), force=True)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    fresh = tmp_path / "fresh"
    calls.clear()
    with pytest.raises(KeyboardInterrupt):
        write(fresh, load_dataset(data_version="2026.2"))
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_killed_csv_export_does_not_block_the_retry(tmp_path: Path) -> None:
    from nptexperts._atomic import TEMP_PREFIX

    folder = tmp_path / "csv"
    left = tmp_path / f"{TEMP_PREFIX}csv.{_dead_pid()}.00000000"
    left.mkdir()
    (left / "experts.csv").write_bytes(b"half")
    done = CliRunner().invoke(main, ["export", "-f", "csv", "-o", str(folder)])
    assert done.exit_code == 0, done.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["csv"]


def test_force_keeps_the_users_files_but_not_a_folder_inside(tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "sub").mkdir()
    result = CliRunner().invoke(main, ["export", "-f", "csv", "-o", str(folder), "--force"])
    assert result.exit_code == 1
    assert "'sub', which is not a regular file" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["sub"]


# -- integrity -------------------------------------------------------------------------------


def _catalogue(site: Path) -> dict[str, object]:
    loaded: dict[str, object] = json.loads(
        (site / "nptexperts" / "compiled" / "releases.json").read_bytes()
    )
    return loaded


def _write_catalogue(site: Path, plain: object) -> None:
    (site / "nptexperts" / "compiled" / "releases.json").write_text(json.dumps(plain))


def test_swapped_catalogue_entries_are_caught(tmp_path: Path) -> None:
    site = _site(tmp_path)
    plain = _catalogue(site)
    releases = plain["releases"]
    assert isinstance(releases, list)
    first, second = releases[0], releases[1]
    for key in ("data_version", "first_package_version", "date"):
        first[key], second[key] = second[key], first[key]
    _write_catalogue(site, plain)
    run = _run(site, _LOAD.format(version="2026.2"))
    assert run.returncode == 3, run.stderr
    assert run.stdout.startswith("nptexperts/compiled/releases.json")
    assert "nptexperts/_digests.py" in run.stdout


def test_an_edited_bundle_with_its_new_digest_in_the_catalogue_is_caught(tmp_path: Path) -> None:
    import gzip
    import hashlib

    site = _site(tmp_path)
    bundle = site / "nptexperts" / "compiled" / "2026.2.json.gz"
    raw = gzip.decompress(bundle.read_bytes()).replace(b"Lysenko", b"Lysenka")
    bundle.write_bytes(gzip.compress(raw, mtime=0))
    plain = _catalogue(site)
    entry = next(e for e in plain["releases"] if e["data_version"] == "2026.2")  # type: ignore[index, union-attr]
    entry["digest"] = hashlib.sha256(raw).hexdigest()
    _write_catalogue(site, plain)
    run = _run(site, _LOAD.format(version="2026.2"))
    assert run.returncode == 3, run.stderr
    assert "does not: the data files were changed after the release" in run.stdout
    assert _run(site, _LOAD.format(version="2026.1")).returncode == 0  # the other one loads
    info = _run(site, "from nptexperts.cli import main; main(['info', '--data-version', '2026.2'])")
    assert info.returncode == 1
    assert "Traceback" not in info.stderr


def test_a_bundle_must_hold_the_release_its_entry_names() -> None:
    from nptexperts._releases.bundle import decode_bundle
    from nptexperts._releases.store import read_release, release_entry

    raw = read_release(release_entry("2026.1"))
    assert decode_bundle(raw, expected=("2026.1", 1)).data_version == "2026.1"
    with pytest.raises(DataError, match=r"catalogue entry that names it is data 2026\.2"):
        decode_bundle(raw, "b.json", expected=("2026.2", 2))
    with pytest.raises(DataError, match="in format 1"):
        decode_bundle(raw, "b.json", expected=("2026.1", 2))


def test_the_digests_in_the_code_are_those_of_the_catalogue() -> None:
    from nptexperts._digests import RELEASES, SEARCH_STEMS, SOURCE_TEXTS
    from nptexperts._releases.store import catalogue, search_stems

    assert {r.data_version: (r.digest, r.size) for r in catalogue()} == RELEASES
    assert {n: d for r in catalogue() for n, d in r.source_texts.items()} == SOURCE_TEXTS
    stems = search_stems()
    assert stems is not None
    assert (stems.digest,) == SEARCH_STEMS


def test_a_gzip_bomb_is_refused_before_it_inflates(tmp_path: Path) -> None:
    import gzip

    from nptexperts._releases.files import inflate as _inflate

    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100_000
    with pytest.raises(DataError, match="inflates past 92,861 bytes"):
        _inflate(bomb, 92_861, "bomb.json.gz")
    site = _site(tmp_path)
    (site / "nptexperts" / "compiled" / "2026.2.json.gz").write_bytes(bomb)
    run = _run(site, _LOAD.format(version="2026.2"))
    assert run.returncode == 3, run.stderr
    assert "inflates past" in run.stdout or "more than the" in run.stdout


def test_a_fifo_in_place_of_a_data_file_is_a_data_error_not_a_hang(tmp_path: Path) -> None:
    site = _site(tmp_path)
    bundle = site / "nptexperts" / "compiled" / "2026.2.json.gz"
    bundle.unlink()
    os.mkfifo(bundle)
    run = _run(site, _LOAD.format(version="2026.2"), timeout=30)
    assert run.returncode == 3, run.stderr
    assert "not a regular file" in run.stdout
    stems = next((site / "nptexperts" / "compiled").glob("stems-*.json"))
    stems.unlink()
    os.mkfifo(stems)
    search = _run(site, "import nptexperts; nptexperts.search('states', data_version='2026.1')")
    assert search.returncode == 1
    assert "not a regular file" in search.stderr


@pytest.mark.parametrize(
    ("damage", "where"),
    [
        (lambda raw: raw[: len(raw) // 2], "not JSON"),
        (lambda raw: b"[]", "expected an object, got list"),
        (lambda raw: raw.replace(b'"digest"', b'"digets"', 1), "releases[0].digest: missing"),
        (lambda raw: raw.replace(b'"size": 85802', b'"size": "big"'), "releases[0].size"),
        (lambda raw: raw.replace(b'"experts": 17', b'"experts": "17"', 1), "counts.experts"),
    ],
)
def test_a_damaged_catalogue_is_one_data_error_and_one_line(
    tmp_path: Path, damage: Callable[[bytes], bytes], where: str
) -> None:
    site = _site(tmp_path)
    path = site / "nptexperts" / "compiled" / "releases.json"
    path.write_bytes(damage(path.read_bytes()))
    run = _run(site, _LOAD.format(version="2026.2"))
    assert run.returncode == 3, run.stderr
    assert run.stdout.startswith("nptexperts/compiled/releases.json")
    assert where in run.stdout
    cli = _run(site, "from nptexperts.cli import main; main(['list'])")
    assert cli.returncode == 1
    assert "Traceback" not in cli.stderr
    assert len(cli.stderr.strip().splitlines()) == 1, cli.stderr
    assert "releases.json" in cli.stderr


# -- bounded work and argument types ---------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        "search(None)",
        "search('x', limit='5')",
        "search('x', limit=2.5)",
        "search('x', limit=True)",
        "search('x', limit=-1)",
        "load_dataset(123)",
        "search('the ' * 100_000)",
        "search('a' * 10**6)",
        "search(' '.join(['nuclear'] * 33))",
        "get_expert('a' * 10**7)",
        "get_comment('a' * 10**7)",
        "by_country('a' * 10**6)",
        "search('x', index='an index')",
    ],
)
def test_bad_arguments_raise_the_packages_error_at_once(call: str) -> None:
    import nptexperts

    with pytest.raises(nptexperts.InvalidArgumentError):
        eval(call, {n: getattr(nptexperts, n) for n in nptexperts.__all__})


@pytest.mark.parametrize("name", ["write_csv", "write_datapackage", "write_sqlite"])
def test_an_export_path_of_the_wrong_type_is_the_packages_error(name: str) -> None:
    import nptexperts
    import nptexperts.export

    with pytest.raises(nptexperts.InvalidArgumentError, match=r"must be a str or an os\.PathLike"):
        getattr(nptexperts.export, name)(5)


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b"", "not JSON"),
        (b"{}", "releases: missing"),
        (b'{"releases": {}}', "releases: expected list, got dict"),
        (b'{"releases": [[]]}', "releases[0]: expected an object, got list"),
        (b'{"releases": [{"data_version": 2026}]}', "releases[0].data_version: expected str"),
        (b'{"releases": [], "search_stems": {"file": "s.json"}}', "search_stems.digest: missing"),
    ],
)
def test_the_catalogue_parser_names_the_place(raw: bytes, where: str) -> None:
    from nptexperts._releases.store import parse_catalogue

    with pytest.raises(DataError) as caught:
        parse_catalogue(raw, "releases.json")
    assert caught.value.file == "releases.json"
    assert where in str(caught.value)
    assert len(caught.value.faults) == 1


def test_a_whole_catalogue_parses_into_typed_records() -> None:
    import datetime

    from nptexperts import DataRelease, ReleaseCounts, WithdrawnId
    from nptexperts._releases.store import parse_catalogue

    plain = json.loads((PACKAGE / "compiled" / "releases.json").read_bytes())
    plain["releases"][-1]["withdrawn"] = [
        {"id": "old-id", "kind": "expert", "reason": "merged", "replacement": "new-id"}
    ]
    parsed = parse_catalogue(json.dumps(plain).encode())
    last = parsed.releases[-1]
    assert isinstance(last, DataRelease)
    assert isinstance(last.counts, ReleaseCounts)
    assert isinstance(last.date, datetime.date)
    assert last.withdrawn == (
        WithdrawnId("old-id", "expert", "merged", "new-id", last.data_version),
    )
    assert parsed.search_stems is not None
    assert parsed.search_stems.file.startswith("stems-")


def test_the_old_names_are_kept_as_aliases() -> None:
    from nptexperts import ReleaseCounts, WithdrawnId
    from nptexperts._releases.info import Counts
    from nptexperts._releases.store import Withdrawal
    from nptexperts.curate.compiling import write_atomic

    assert Counts is ReleaseCounts
    assert Withdrawal is WithdrawnId
    from nptexperts._atomic import write_file

    assert write_atomic is write_file


def test_the_caps_leave_room_for_real_input() -> None:
    import nptexperts
    from nptexperts._args import MAX_QUERY_LENGTH, MAX_QUERY_PARTS

    assert MAX_QUERY_LENGTH >= 200
    assert MAX_QUERY_PARTS >= 16
    assert nptexperts.search(" ".join(["nuclear"] * MAX_QUERY_PARTS), limit=1)
    assert nptexperts.search("nuclear", limit=0) == ()
    with pytest.raises(nptexperts.UnknownExpertError, match="did you mean"):
        nptexperts.get_expert("lysenko")


def test_an_over_long_query_is_one_line_on_the_command_line() -> None:
    result = CliRunner().invoke(main, ["search", "x" * 10_000])
    assert result.exit_code != 0
    assert len(result.stderr.splitlines()) == 1
    assert "at most 500" in result.stderr


# -- one rule for invisible characters, and the formula guard ------------------------------


def test_the_unsafe_set_holds_every_format_character() -> None:
    import unicodedata

    from nptexperts._unsafe import UNSAFE

    cf = {c for c in range(0x110000) if unicodedata.category(chr(c)) == "Cf"}
    assert cf <= UNSAFE
    assert {0x115F, 0x1160, 0x3164, 0xFFA0, 0xFE0F, 0xE0100, 0xE01EF, 0x2028} <= UNSAFE
    assert 0xA0 not in UNSAFE
    assert 0x20 not in UNSAFE


@pytest.mark.parametrize(
    "char", ["\x1b", "\u061c", "\u2060", "\u00ad", "\ufe0f", "\u3164", "\U000e0041", "\u200b"]
)
def test_the_terminal_the_notebook_and_the_rule_agree(char: str) -> None:
    from nptexperts.cli.output import clean
    from nptexperts.curate.text import escape_controls, text_problem
    from nptexperts.display._html import escape

    text = f"Jane{char}Doe"
    assert char not in clean(text)
    assert char not in escape(text)
    assert char not in escape_controls(text)
    assert clean(text) == escape_controls(text)
    problem = text_problem(text, one_line=True)
    assert problem is not None
    assert "at character 4" in problem


@pytest.mark.parametrize("start", ["\uff1d", "\uff0b", "\uff0d", "\uff20", " =", "\u00a0=", "  @"])
def test_full_width_and_space_led_formulas_are_guarded(start: str) -> None:
    from nptexperts.curate.text import text_problem
    from nptexperts.export.csv import safe_cell

    cell = f"{start}HYPERLINK(1)"
    assert safe_cell(cell) == "'" + cell
    assert text_problem(cell, one_line=True) is not None
    assert safe_cell("1 = 1") == "1 = 1"


# -- compile, stopped at each write ----------------------------------------------------------

_SEARCH_EVERY_RELEASE = (
    "import nptexperts\n"
    "for r in nptexperts.data_releases():\n"
    "    experts = nptexperts.load_experts(data_version=r.data_version)\n"
    "    assert experts, r.data_version\n"
    "    found = nptexperts.search('zyzzyva fellow', data_version=r.data_version)\n"
    "    assert nptexperts.search('states', data_version=r.data_version), r.data_version\n"
    "    print(r.data_version, len(found))\n"
)


class _Stop(Exception):
    """The stand-in for a kill: nothing after it runs, nothing cleans up."""


def _compile_new_release(
    site: Path, data: Path, monkeypatch: pytest.MonkeyPatch, stop_at: int | None
) -> int:
    """Compile ``data`` (a new release) into ``site``, stopping before write ``stop_at``."""
    from nptexperts._atomic import write_file as real
    from nptexperts.curate import compiling, load_directory, publishing, stemsfile

    calls = []

    def write(path: Path, raw: bytes, **kwargs: bool) -> Path:
        calls.append(path)
        if stop_at is not None and len(calls) > stop_at:
            raise _Stop
        return real(path, raw, **kwargs)

    for module in (compiling, publishing, stemsfile):  # each module that writes a file
        monkeypatch.setattr(module, "write_file", write)
    package = site / "nptexperts"
    try:
        compiling.compile_release(load_directory(data), package, package_version="9.9.9")
        compiling.compile_search_stems(package)
    except _Stop:
        pass
    return len(calls)


def test_compile_stopped_at_any_write_leaves_every_release_loading_and_searching(
    tmp_path: Path, data_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expert = data_copy / "experts" / "adlan-margoev.yaml"
    text = expert.read_text(encoding="utf-8")
    expert.write_text(text.replace('en: "Research Fellow', 'en: "Research Zyzzyva Fellow'))
    settings = data_copy / "dataset.yaml"
    replace_line(settings, r"^data_version: ", 'data_version: "2099.1"')
    writes = _compile_new_release(_site(tmp_path / "whole"), data_copy, monkeypatch, None)
    assert writes >= 6  # bundle, digests, catalogue; stems, digests, catalogue(, digests)
    whole = _run(tmp_path / "whole" / "site", _SEARCH_EVERY_RELEASE)
    assert whole.returncode == 0, whole.stderr
    assert whole.stdout.splitlines()[-1] == "2099.1 1"  # the new release, with its new word
    for stop_at in range(writes):
        site = _site(tmp_path / str(stop_at))
        _compile_new_release(site, data_copy, monkeypatch, stop_at)
        run = _run(site, _SEARCH_EVERY_RELEASE)
        assert run.returncode == 0, (stop_at, run.stderr)
        versions = [line.split()[0] for line in run.stdout.splitlines()]
        assert versions[:2] == ["2026.1", "2026.2"], stop_at
        _compile_new_release(site, data_copy, monkeypatch, None)  # the next compile completes
        again = _run(site, _SEARCH_EVERY_RELEASE)
        assert again.returncode == 0, (stop_at, again.stderr)
        assert again.stdout == whole.stdout, stop_at
        stems = sorted(p.name for p in (site / "nptexperts" / "compiled").glob("stems*.json"))
        assert len(stems) == 1, (stop_at, stems)


def test_the_exports_write_without_the_curators_modules(tmp_path: Path) -> None:
    """Atomic writing lives in ``nptexperts._atomic``, which the exports and the compiler share."""
    code = (
        "import sys\n"
        "from nptexperts.export import write_csv, write_datapackage, write_sqlite\n"
        "from nptexperts.cli import main\n"
        "write_csv('c'); write_datapackage('p'); write_sqlite('d.db')\n"
        "try:\n"
        "    main(['export', '-o', 'r.json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('nptexperts.curate')))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert run.stdout.strip() == "[]"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "d.db", "p", "r.json"]
    for module in ("csv", "datapackage", "sqlite"):
        source = (PACKAGE / "export" / f"{module}.py").read_text(encoding="utf-8")
        assert "nptexperts.curate" not in source
