"""Data releases side by side: each ships frozen, loads by version, verifies itself, diffs."""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import nptexperts
from nptexperts._cache import clear as clear_caches
from nptexperts._releases import store
from nptexperts._releases.bundle import BUNDLE_FORMAT, FORMAT_KEY, MIGRATIONS
from nptexperts.cli import main
from nptexperts.curate import load_directory
from nptexperts.curate.compiling import compile_release
from nptexperts.export.json import to_json
from nptexperts.export.schema import shipped_schema

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "nptexperts"
RELEASES = nptexperts.data_releases()
VERSIONS = [r.data_version for r in RELEASES]

#: Published releases and the digests their users pinned: these must never change.
#: (2026.1 was published with nptexperts 0.1.0; its digest is in CHANGELOG.md.)
PUBLISHED = {
    "2026.1": "d96bc75b1cc584b47557504a9a0fd33f12962a511c9acf2807be9d5ee449d8be",
    "2026.2": "7f1c91c2ff38a34d0a0cff672ae792a44500a3c952dd4fdd4e8577af54d729e5",
}


def test_every_published_release_still_ships_with_its_digest() -> None:
    shipped = {r.data_version: r.digest for r in RELEASES}
    for version, digest in PUBLISHED.items():
        assert shipped.get(version) == digest
        raw = to_json(data_version=version)
        assert hashlib.sha256(raw).hexdigest() == digest
        assert nptexperts.dataset_info(data_version=version).digest == digest


def test_releases_are_oldest_first_and_the_last_is_the_latest() -> None:
    keys = [tuple(int(p) for p in v.split(".")) for v in VERSIONS]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)
    assert VERSIONS[-1] == nptexperts.DATA_VERSION
    assert nptexperts.load_dataset().data_version == nptexperts.DATA_VERSION
    for release in RELEASES:
        dataset = nptexperts.load_dataset(data_version=release.data_version)
        assert dataset.data_version == release.data_version
        assert release.counts.experts == len(dataset.experts)
        assert release.counts.comments == sum(len(e.comments) for e in dataset.experts)
        assert release.counts.sources == len(dataset.sources)
        assert release.counts.sections == len(dataset.sections)
        assert release.bundle_format <= BUNDLE_FORMAT


@pytest.mark.parametrize("version", VERSIONS)
def test_each_release_is_stored_compressed_and_says_its_format(version: str) -> None:
    entry = store.release_entry(version)
    stored = (PACKAGE / "compiled" / entry.file).read_bytes()
    raw = gzip.decompress(stored)
    assert hashlib.sha256(raw).hexdigest() == entry.digest
    plain = json.loads(raw)
    assert plain.get(FORMAT_KEY, 1) == entry.bundle_format
    assert len(stored) < len(raw) / 3


def test_an_older_format_loads_into_todays_types() -> None:
    old = [r for r in RELEASES if r.bundle_format < BUNDLE_FORMAT]
    assert old, "data 2026.1 is in bundle format 1, before the 0.2.0 renames"
    assert set(MIGRATIONS) == set(range(1, BUNDLE_FORMAT))
    assert {r.data_version: r.bundle_format for r in old} == {"2026.1": 1, "2026.2": 2}
    for release in old:
        index = nptexperts.load_index(data_version=release.data_version)
        plain = json.loads(to_json(data_version=release.data_version))
        # format 1 and 2: the editors' notes are English strings; they load as Notes
        # in English only, whose provenance is the record's source
        for e, expert in zip(plain["experts"], index.experts, strict=True):
            assert [str(n) for n in expert.notes] == e["notes"]
            assert all(n.english_only and n.text("ru") is None for n in expert.notes)
            section = next(s for s in index.sections if s.id == expert.section)
            assert all(n.en.provenance.source == section.source for n in expert.notes)
            assert all(n.en.provenance.origin is nptexperts.Origin.EDITORIAL for n in expert.notes)
            for c, comment in zip(e["comments"], expert.comments, strict=True):
                assert [str(n) for n in comment.notes] == c["notes"]
            for v, variant in zip(e["name_variants"], expert.name_variants, strict=True):
                assert variant.note.en.value == v["note"]
                assert variant.note.en.provenance.source == v["source"]
        assert [list(map(str, s.notes)) for s in index.sources] == [
            s["notes"] for s in plain["sources"]
        ]
        if release.bundle_format > 1:
            continue
        first = plain["experts"][0]["positions"][0]
        assert "text" in first
        assert "title" not in first
        position = index.experts[0].positions[0]
        assert position.title.en.value == first["text"]["en"]["value"]
        assert [n.body.en.value for n in index.dataset.notes] == [
            n["text"]["en"]["value"] for n in plain["notes"]
        ]


def test_format_2_notes_become_english_only_notes() -> None:
    """The translation step from format 2 to 3, on a small bundle: each note string becomes
    a note in English only, from the source of the record it is on."""
    from nptexperts._releases.bundle import _format_2_to_3

    expert = {
        "id": "x",
        "section": "sec",
        "notes": ["On the expert."],
        "comments": [{"id": "x.q.1", "source": "src-c", "notes": ["On the comment."]}],
        "name_variants": [{"value": "X", "source": "src-v", "note": "On the spelling."}],
    }
    plain = {
        "data_version": "2026.2",
        "sources": [{"id": "src", "notes": ["On the source."]}],
        "sections": [{"id": "sec", "source": "src-s", "notes": []}],
        "experts": [expert],
        "notes": [],
    }
    out = _format_2_to_3(plain)

    def note(value: str, source: str) -> dict[str, object]:
        return {
            "en": {"value": value, "provenance": {"source": source, "origin": "editorial"}},
            "ru": None,
        }

    assert out["sources"][0]["notes"] == [note("On the source.", "src")]
    assert out["sections"][0]["notes"] == []
    got = out["experts"][0]
    assert got["notes"] == [note("On the expert.", "src-s")]
    assert got["comments"][0]["notes"] == [note("On the comment.", "src-c")]
    assert got["name_variants"][0]["note"] == note("On the spelling.", "src-v")
    assert plain["experts"][0]["notes"] == ["On the expert."]  # the input is left alone


def test_releases_load_side_by_side_each_with_its_lookups() -> None:
    first, latest = (nptexperts.load_index(data_version=v) for v in (VERSIONS[0], VERSIONS[-1]))
    assert first is nptexperts.load_index(data_version=VERSIONS[0])
    assert latest is nptexperts.load_index()
    for index in (first, latest):
        expert = index.experts[0]
        assert index.get_expert(expert.id) is expert
        code = next(e.country.code for e in index.experts if e.country.code)
        assert all(e.country.code == code for e in index.by_country(code))


def test_an_unknown_version_names_the_releases() -> None:
    with pytest.raises(nptexperts.UnknownDataVersionError) as caught:
        nptexperts.load_experts(data_version="1999.1")
    assert isinstance(caught.value, LookupError)
    assert isinstance(caught.value, nptexperts.NptExpertsError)
    for version in VERSIONS:
        assert version in str(caught.value)
    result = CliRunner().invoke(main, ["info", "--data-version", "1999.1"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "1999.1" in result.stderr


def test_a_path_and_a_version_together_are_refused(data_dir: Path) -> None:
    with pytest.raises(nptexperts.InvalidArgumentError):
        nptexperts.load_experts(data_dir, data_version=VERSIONS[0])


def installed_copy(tmp_path: Path) -> Path:
    """A copy of the package to damage; returns the folder to put on sys.path."""
    target = tmp_path / "site"
    shutil.copytree(PACKAGE, target / "nptexperts", ignore=shutil.ignore_patterns("__pycache__"))
    return target


def flip_a_byte(path: Path, compressed: bool) -> None:
    raw = gzip.decompress(path.read_bytes()) if compressed else path.read_bytes()
    at = raw.index(b'"id"') + 10
    damaged = raw[:at] + bytes([raw[at] ^ 0x01]) + raw[at + 1 :]
    path.write_bytes(gzip.compress(damaged, mtime=0) if compressed else damaged)


@pytest.mark.parametrize("version", sorted({VERSIONS[0], VERSIONS[-1]}))
def test_a_flipped_byte_in_a_release_is_caught_cleanly(tmp_path: Path, version: str) -> None:
    site = installed_copy(tmp_path)
    entry = store.release_entry(version)
    flip_a_byte(site / "nptexperts" / "compiled" / entry.file, compressed=True)
    code = (
        "import sys, nptexperts\n"
        "try:\n"
        f"    nptexperts.load_experts(data_version={version!r})\n"
        "except nptexperts.DataError as e:\n"
        "    print(e.file); print(e); sys.exit(3)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site)},
        check=False,
    )
    assert run.returncode == 3, run.stderr
    file, message = run.stdout.split("\n", 1)
    assert file.endswith(entry.file)
    assert entry.digest in message
    others = [v for v in VERSIONS if v != version]
    for other in others:  # the other releases still load
        check = f"import nptexperts; nptexperts.load_experts(data_version={other!r})"
        subprocess.run([sys.executable, "-c", check], env={"PYTHONPATH": str(site)}, check=True)
    cli = subprocess.run(
        [sys.executable, "-m", "nptexperts", "info", "--data-version", version],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site)},
        check=False,
    )
    assert cli.returncode == 1
    assert "Traceback" not in cli.stderr
    assert entry.digest in cli.stderr


def test_a_changed_source_text_is_caught(tmp_path: Path) -> None:
    site = installed_copy(tmp_path)
    text = next((site / "nptexperts" / "data" / "sources").glob("*.txt"))
    text.write_text(text.read_text(encoding="utf-8") + " ", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-c", "import nptexperts; nptexperts.load_experts()"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site)},
        check=False,
    )
    assert run.returncode != 0
    assert "DataError" in run.stderr
    assert text.name in run.stderr


def test_ids_released_once_exist_in_every_later_release_or_are_withdrawn() -> None:
    withdrawn: dict[str, nptexperts.WithdrawnId] = {}
    for earlier, later in itertools.pairwise(RELEASES):
        withdrawn.update({w.id: w for w in later.withdrawn})
        before = _ids(earlier.data_version)
        after = _ids(later.data_version)
        for record_id in before - after:
            assert record_id in withdrawn, f"{record_id} vanished in {later.data_version}"
            replacement = withdrawn[record_id].replacement
            assert replacement is None or replacement in after


def _ids(version: str) -> set[str]:
    dataset = nptexperts.load_dataset(data_version=version)
    ids = {e.id for e in dataset.experts} | {c.id for e in dataset.experts for c in e.comments}
    ids |= {s.id for s in dataset.sources} | {s.id for s in dataset.sections}
    ids |= {q.id for s in dataset.sections for q in s.questions} | {n.id for n in dataset.notes}
    return ids


def test_a_withdrawn_id_names_its_replacement() -> None:
    dataset = nptexperts.load_dataset()
    expert = dataset.experts[0]
    gone = store.WithdrawnId(
        "an-old-id", "expert", "merged", replacement=expert.id, since=VERSIONS[-1]
    )
    index = nptexperts.Index.build(dataset, {}, {"an-old-id": gone})
    with pytest.raises(nptexperts.WithdrawnIdError, match=expert.id) as caught:
        index.get_expert("an-old-id")
    assert isinstance(caught.value, nptexperts.UnknownIdError)
    assert caught.value.replacement == expert.id


def test_diff_lists_exactly_the_records_that_differ() -> None:
    old, new = VERSIONS[0], VERSIONS[-1]
    result = nptexperts.diff(old, new)
    before = {(k, r): f for k, r, f in _flat_records(old)}
    after = {(k, r): f for k, r, f in _flat_records(new)}
    assert {(r.kind, r.id) for r in result.added} == after.keys() - before.keys()
    assert {(r.kind, r.id) for r in result.removed} == before.keys() - after.keys()
    changed = {k for k in before.keys() & after.keys() if before[k] != after[k]}
    assert {(c.kind, c.id) for c in result.changed} == changed
    assert nptexperts.diff(new, new).is_empty


def _flat_records(version: str) -> list[tuple[str, str, object]]:
    import attrs

    dataset = nptexperts.load_dataset(data_version=version)
    out: list[tuple[str, str, object]] = []
    for e in dataset.experts:
        out.append(("expert", e.id, attrs.evolve(e, comments=())))
        out += [("comment", c.id, c) for c in e.comments]
    for s in dataset.sections:
        out.append(("section", s.id, attrs.evolve(s, questions=())))
        out += [("question", q.id, q) for q in s.questions]
    out += [("source", s.id, s) for s in dataset.sources]
    out += [("note", n.id, n) for n in dataset.notes]
    out += [("event", e.id, e) for e in dataset.events]
    out += [("expectation", x.id, x) for x in dataset.expectations]
    return out


def test_diff_of_two_datasets_gives_field_paths_and_languages() -> None:
    import attrs

    from nptexperts._releases.changes import diff_datasets

    old = nptexperts.load_dataset()
    expert = old.experts[0]
    name = attrs.evolve(expert.name, ru=attrs.evolve(expert.name.ru, value="Новое имя"))
    new = attrs.evolve(old, experts=(attrs.evolve(expert, name=name), *old.experts[1:]))
    result = diff_datasets(old, new)
    assert [(c.kind, c.id) for c in result.changed] == [("expert", expert.id)]
    (field,) = result.changed[0].fields
    assert (field.path, field.lang, field.old, field.new) == (
        "name",
        "ru",
        expert.name.ru.value,
        "Новое имя",
    )
    assert result.affects([expert.id])
    assert not result.affects(["nobody"])


def test_diff_and_releases_json_follow_their_shipped_schemas() -> None:
    import jsonschema

    runner = CliRunner()
    shown = runner.invoke(main, ["diff", VERSIONS[0], VERSIONS[-1], "--json"])
    assert shown.exit_code == 0, shown.output
    jsonschema.validate(json.loads(shown.stdout), shipped_schema("diff"))
    listed = runner.invoke(main, ["releases", "--json"])
    releases = json.loads(listed.stdout)
    jsonschema.validate(releases, shipped_schema("releases"))
    assert [r["data_version"] for r in releases] == VERSIONS
    info = runner.invoke(main, ["info", "--json", "--data-version", VERSIONS[0]])
    jsonschema.validate(json.loads(info.stdout), shipped_schema("info"))
    assert json.loads(info.stdout)["verified"] is True


def test_compile_refuses_to_change_a_released_version(tmp_path: Path, data_copy: Path) -> None:
    package = tmp_path / "pkg"
    shutil.copytree(PACKAGE / "compiled", package / "compiled")
    expert = next((data_copy / "experts").glob("*.yaml"))
    text = expert.read_text(encoding="utf-8")
    expert.write_text(
        text.replace("notes:", "notes:\n  - {en: A new note., ru: Новое примечание.}", 1),
        encoding="utf-8",
    )
    curated = load_directory(data_copy)
    with pytest.raises(nptexperts.DataError, match="released and frozen"):
        compile_release(curated, package, package_version="9.9.9")
    before = sorted(p.name for p in (package / "compiled").iterdir())
    settings = data_copy / "dataset.yaml"
    settings.write_text(
        settings.read_text(encoding="utf-8").replace(
            f'data_version: "{VERSIONS[-1]}"', 'data_version: "2099.1"'
        ),
        encoding="utf-8",
    )
    result = compile_release(load_directory(data_copy), package, package_version="9.9.9")
    assert result.status == "written"
    after = sorted(p.name for p in (package / "compiled").iterdir())
    assert set(after) - set(before) == {"2099.1.json.gz"}
    assert '"2099.1": (' in (package / "_digests.py").read_text(encoding="utf-8")
    catalogue = json.loads((package / "compiled" / "releases.json").read_bytes())["releases"]
    assert [r["data_version"] for r in catalogue] == [*VERSIONS, "2099.1"]
    shipped = json.loads((PACKAGE / "compiled" / "releases.json").read_bytes())["releases"]
    for old, kept in zip(shipped, catalogue, strict=False):
        assert old == kept  # earlier releases untouched
    assert catalogue[-1]["first_package_version"] == "9.9.9"


def test_compile_check_passes_on_the_shipped_source() -> None:
    result = CliRunner().invoke(main, ["compile", "--check"])
    assert result.exit_code == 0, result.output
    assert "up to date" in result.output


@pytest.fixture(autouse=True)
def _forget_loaded_releases() -> None:
    clear_caches()


def test_the_human_forms_of_releases_and_diff() -> None:
    import re

    from nptexperts._words import count, word

    runner = CliRunner()
    listed = runner.invoke(main, ["releases", "--no-color"])
    assert listed.exit_code == 0
    for release in RELEASES:
        assert f"data {release.data_version}" in listed.stdout
        assert release.digest in listed.stdout
    old, new = VERSIONS[0], VERSIONS[-1]
    result = nptexperts.diff(old, new)
    for lang in ("en", "ru"):
        shown = runner.invoke(main, ["diff", old, new, "--no-color", "--lang", lang])
        assert shown.exit_code == 0
        out = shown.stdout
        headings = []
        for change in result.changed:
            kind = word(f"kind_{change.kind}", lang)
            heading = word("diff_changed_record", lang, kind=kind, id=change.id)
            found = re.search(rf"^{re.escape(heading)}$", out, re.M)
            assert found is not None, (lang, change.id)
            headings.append(found.start())
            for field in change.fields:
                where = field.path + (f" [{field.lang}]" if field.lang else "")
                assert where in out
        # Grouped per record: each record's fields follow its heading, before the next one.
        assert headings == sorted(headings)
        # The summary comes first: a line of counts per kind, then the total, then the records.
        total = len(result.added) + len(result.removed) + len(result.changed)
        lines = out.splitlines()
        kinds = result.counts()
        assert lines[1 + len(kinds)].endswith(f"({count(total, 'record', lang)})")
        assert headings[0] > out.index(count(total, "record", lang))
    russian_diff = runner.invoke(main, ["diff", old, new, "--lang", "ru"]).stdout
    assert "изменено" in russian_diff
    # Values in words, in Russian: no raw enumeration values, no English labels.
    assert not re.search(
        r"^\s+[-+] (published|editorial_translation|editorial),", russian_diff, re.M
    )
    assert not re.search(r"^(Changed|Added|Removed):", russian_diff, re.M)
    assert "редакционный перевод" in russian_diff
    same = runner.invoke(main, ["diff", new, new])
    assert word("diff_same", "en") in same.stdout
    unknown = runner.invoke(main, ["diff", "1999.1"])
    assert unknown.exit_code == 1
    assert "1999.1" in unknown.stderr
    russian = runner.invoke(main, ["releases", "--lang", "ru"])
    assert all(f"данные {v}" in russian.stdout for v in VERSIONS)
    info = runner.invoke(main, ["info", "--lang", "ru"])
    assert word("data_version", "ru") in info.stdout
    assert word("verified", "ru") in " ".join(info.stdout.split())  # wrapped
