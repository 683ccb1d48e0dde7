"""DATASET.md, the Hugging Face-style dataset card, is true to the records it describes."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

import nptexperts
from nptexperts.export.tables import TABLES

CARD = Path(__file__).resolve().parents[2] / "DATASET.md"


def _card() -> tuple[dict[str, object], str]:
    text = CARD.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    meta = yaml.safe_load(front)
    assert isinstance(meta, dict)
    return meta, body


def test_the_card_has_the_front_matter_and_sections_hugging_face_reads() -> None:
    meta, body = _card()
    assert meta["language"] == ["en", "ru"]
    assert meta["license"] == "other"
    assert (CARD.parent / str(meta["license_link"])).is_file()
    assert meta["size_categories"] == ["n<1K"]
    rows = sum(len(list(t.rows(nptexperts.load_dataset()))) for t in TABLES)
    assert rows < 1000
    assert meta["pretty_name"]
    headings = re.findall(r"^## (.+)$", body, flags=re.MULTILINE)
    assert {"Sources", "Curation", "Structure", "Limitations", "Citation"} <= set(headings)


def test_the_card_states_the_latest_release_its_digest_and_counts() -> None:
    _, body = _card()
    info = nptexperts.dataset_info()
    assert f"data release **{info.data_version}**" in body
    assert f"sha256:{info.digest}" in body
    assert f"shipped by package {nptexperts.__version__}" in body
    dataset = nptexperts.load_dataset()
    for table in TABLES:
        n = len(list(table.rows(dataset)))
        assert re.search(rf"^\| `{table.name}` \| {n} \|", body, flags=re.MULTILINE), table.name
    by_country = ", ".join(
        f"{code} {n}"
        for code, n in sorted(info.counts.by_country.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    assert f"Experts by country (ISO 3166-1 alpha-2): {by_country}." in body
    quoted = len({c.expert for c in nptexperts.load_index().comments})
    assert quoted == 6
    assert "Six of the seventeen experts are quoted" in body
