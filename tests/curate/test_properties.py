"""Properties of the YAML path: valid records round-trip; damaged files fail only with DataError.

The round trip is the curator's path in reverse: a record, in its plain form
(``to_plain``, as every output writes it), written with ``yaml.safe_dump``, read back by the safe reader and
structured again, must come back equal. The fuzz cases damage one shipped file at
a time with stacked mutations (seeded, so a failure can be replayed), read and
structure only that file, and require that every outcome is a record or located
faults, never an exception.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from nptexperts._records.converter import make_converter
from nptexperts._records.locating import structure
from nptexperts._records.models import (
    Expert,
    LocalizedText,
    Origin,
    Provenance,
    Section,
    Source,
    Text,
)
from nptexperts._records.plain import to_plain
from nptexperts.curate.directory import KINDS, DatasetFile
from nptexperts.curate.yamlfile import read_yaml

# A development tool (the `test` dependency group): without it, these tests skip.
pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings

from strategies import (
    experts,
    ids,
    sections,
    sources,
    texts_of_any_kind,
)

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def through_yaml(record: Any, *, default_source: str | None = None, short: bool = False) -> Any:
    """``record`` written as a curator's YAML file and read back."""
    converter = make_converter(default_source=default_source)
    plain = to_plain(record)
    if short:
        plain = {k: v["value"] for k, v in plain.items()}
    raw = yaml.safe_dump(plain, allow_unicode=True, sort_keys=False).encode("utf-8")
    file = read_yaml(raw, "record.yaml")
    assert file.faults == ()
    return converter.structure(file.data, type(record))


# -- round trips ---------------------------------------------------------------------------


@SETTINGS
@given(experts)
def test_expert_round_trips_through_yaml(expert: Expert) -> None:
    assert through_yaml(expert) == expert


@SETTINGS
@given(sections)
def test_section_round_trips_through_yaml(section: Section) -> None:
    assert through_yaml(section) == section


@SETTINGS
@given(sources)
def test_source_round_trips_through_yaml(source: Source) -> None:
    assert through_yaml(source) == source


@SETTINGS
@given(en=texts_of_any_kind, ru=texts_of_any_kind, source=ids)
def test_short_form_means_published_english_and_translated_russian(
    en: str, ru: str, source: str
) -> None:
    text = Text(
        en=LocalizedText(en, Provenance(source, Origin.PUBLISHED)),
        ru=LocalizedText(ru, Provenance(source, Origin.EDITORIAL_TRANSLATION)),
    )
    assert through_yaml(text, default_source=source, short=True) == text


# -- fuzzing the shipped files ---------------------------------------------------------------

FUZZ_CASES = 300
FUZZ_SEED = 20260427
_KEY = re.compile(r"^(\s*(?:- )?)([A-Za-z_]+):(.*)$")
_SNIPPETS = [
    "x: &a 1",
    "y: *a",
    "z: !!python/object/apply:os.system [true]",
    "  - [",
    "\t",
    "? [a]",
    "---",
    "en: yes",
    "'",
    "{",
    "ru: ~",
]

Mutation = Callable[[random.Random, bytes], bytes]


def _lines(raw: bytes) -> list[bytes]:
    return raw.splitlines(keepends=True) or [b""]


def flip_byte(rng: random.Random, raw: bytes) -> bytes:
    if not raw:
        return b"\xff"
    at = rng.randrange(len(raw))
    return raw[:at] + bytes([raw[at] ^ rng.randrange(1, 256)]) + raw[at + 1 :]


def delete_line(rng: random.Random, raw: bytes) -> bytes:
    lines = _lines(raw)
    del lines[rng.randrange(len(lines))]
    return b"".join(lines)


def duplicate_line(rng: random.Random, raw: bytes) -> bytes:
    lines = _lines(raw)
    at = rng.randrange(len(lines))
    lines.insert(at, lines[at])
    return b"".join(lines)


def _text_lines(raw: bytes) -> list[str]:
    return raw.decode("utf-8", "surrogateescape").splitlines(keepends=True)


def _join(lines: list[str]) -> bytes:
    return "".join(lines).encode("utf-8", "surrogateescape")


def rename_key(rng: random.Random, raw: bytes) -> bytes:
    lines = _text_lines(raw)
    keyed = [i for i, line in enumerate(lines) if _KEY.match(line)]
    if not keyed:
        return raw
    keys = sorted({m[2] for line in lines if (m := _KEY.match(line))})
    at = rng.choice(keyed)
    m = _KEY.match(lines[at])
    assert m is not None
    new = rng.choice([*keys, m[2] + "s", m[2][:-1], m[2].upper(), "de"])
    lines[at] = f"{m[1]}{new}:{m[3]}" + ("\n" if lines[at].endswith("\n") else "")
    return _join(lines)


def swap_values(rng: random.Random, raw: bytes) -> bytes:
    lines = _text_lines(raw)
    keyed = [i for i, line in enumerate(lines) if (m := _KEY.match(line)) and m[3].strip()]
    if len(keyed) < 2:
        return raw
    a, b = rng.sample(keyed, 2)
    ma, mb = _KEY.match(lines[a]), _KEY.match(lines[b])
    assert ma is not None
    assert mb is not None
    lines[a] = f"{ma[1]}{ma[2]}:{mb[3]}\n"
    lines[b] = f"{mb[1]}{mb[2]}:{ma[3]}\n"
    return _join(lines)


def insert_snippet(rng: random.Random, raw: bytes) -> bytes:
    lines = _lines(raw)
    indent = b" " * rng.choice([0, 2, 4, 6])
    lines.insert(rng.randrange(len(lines) + 1), indent + rng.choice(_SNIPPETS).encode() + b"\n")
    return b"".join(lines)


MUTATIONS: list[Mutation] = [
    flip_byte,
    delete_line,
    duplicate_line,
    rename_key,
    swap_values,
    insert_snippet,
]


def _converter_and_kinds(data_dir: Path) -> tuple[Any, dict[str, type[Any]]]:
    header = read_yaml((data_dir / "dataset.yaml").read_bytes(), "dataset.yaml")
    converter = make_converter(default_source=header.data["default_source"])
    return converter, {"dataset": DatasetFile, **KINDS}


def test_damaged_files_fail_only_with_located_faults(data_dir: Path) -> None:
    """Stacked damage to one file at a time: only that file is read and structured."""
    rng = random.Random(FUZZ_SEED)
    files = sorted(data_dir.rglob("*.yaml"))
    originals = {path: path.read_bytes() for path in files}
    converter, kinds = _converter_and_kinds(data_dir)
    outcomes = {"loaded": 0, "refused": 0}
    stacked = 0
    for case in range(FUZZ_CASES):
        target = rng.choice(files)
        kind = "dataset" if target.parent == data_dir else target.parent.name
        damaged = originals[target]
        applied = []
        for _ in range(rng.choice([1, 1, 2, 3])):
            mutate = rng.choice(MUTATIONS)
            damaged = mutate(rng, damaged)
            applied.append(mutate.__name__)
        stacked += len(applied) > 1
        where = f"case {case}: {' + '.join(applied)} on {target.name}"
        try:
            file = read_yaml(damaged, target.name)
            record, faults = structure(converter, file, kinds[kind])
        except Exception as exc:  # pragma: no cover - the failure being looked for
            pytest.fail(f"{where}: {type(exc).__name__}: {exc}")
        if faults:
            outcomes["refused"] += 1
            assert record is None, where
            for fault in faults:
                assert fault.message, where
                assert fault.file == target.name, where
                if fault.line is not None:
                    assert 1 <= fault.line <= damaged.count(b"\n") + 1, where
        else:
            outcomes["loaded"] += 1
            assert record is not None, where
    # Most damage is refused, and the damages were really stacked.
    assert outcomes["refused"] > FUZZ_CASES // 2, outcomes
    assert stacked > FUZZ_CASES // 4, stacked


def test_stacked_mutations_build_on_each_other(data_dir: Path) -> None:
    raw = sorted(data_dir.rglob("*.yaml"))[0].read_bytes()
    rng = random.Random(1)
    once = delete_line(rng, raw)
    twice = delete_line(rng, once)
    assert len(_lines(twice)) == len(_lines(raw)) - 2
