"""Metadata the ecosystem reads (Data Package, Croissant, citation) and the Parquet export."""

from __future__ import annotations

import datetime
import hashlib
import json
import socket
from pathlib import Path

import pytest

import nptexperts
from nptexperts._releases.info import HOMEPAGE
from nptexperts.export.metadata import LICENSES, TITLE, prefixed_digest
from nptexperts.export.tables import TABLES

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("package")
    nptexperts.export.write_datapackage(root)
    return root


def test_datapackage_names_licences_dates_and_both_languages(package: Path) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    assert [lic["name"] for lic in descriptor["licenses"]] == [
        "MIT",
        "LicenseRef-PIR-Center-published-words",
    ]
    assert "reproduced with attribution" in descriptor["licenses"][1]["title"]
    release = next(
        r for r in nptexperts.data_releases() if r.data_version == nptexperts.DATA_VERSION
    )
    assert descriptor["created"] == f"{release.date.isoformat()}T00:00:00Z"
    assert descriptor["homepage"] == HOMEPAGE
    assert {"NPT", "RevCon"} <= set(descriptor["keywords"])
    assert {c["title"] for c in descriptor["contributors"]} == {
        "nptexperts developers",
        "PIR Center",
    }
    own = descriptor["nptexperts"]
    assert own["title"]["ru"] == TITLE["ru"]
    assert "ДНЯО" in own["title"]["ru"]
    assert set(own["description"]) == {"en", "ru"}
    assert own["digest"] == "sha256:" + nptexperts.dataset_info().digest
    sources = next(r for r in descriptor["resources"] if r["name"] == "sources")
    url = next(f for f in sources["schema"]["fields"] if f["name"] == "url")
    assert url["format"] == "uri"


def test_every_metadata_file_names_a_digest_as_sha256_colon_hex(package: Path) -> None:
    descriptor = json.loads((package / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        raw = (package / resource["path"]).read_bytes()
        assert resource["hash"] == prefixed_digest(hashlib.sha256(raw).hexdigest())
    croissant = json.loads((package / "croissant.json").read_text(encoding="utf-8"))
    assert croissant["identifier"] == descriptor["nptexperts"]["digest"]
    for obj in croissant["distribution"]:  # Croissant's sha256 is the bare hex, as its spec says
        assert (
            obj["sha256"] == hashlib.sha256((package / obj["contentUrl"]).read_bytes()).hexdigest()
        )


def test_croissant_describes_every_table_and_its_provenance(package: Path) -> None:
    croissant = json.loads((package / "croissant.json").read_text(encoding="utf-8"))
    dataset = nptexperts.load_dataset()
    assert croissant["conformsTo"] == "http://mlcommons.org/croissant/1.0"
    assert croissant["version"] == f"{dataset.data_version}.0"
    assert croissant["isBasedOn"]["url"] == dataset.sources[0].url
    assert croissant["license"] == [lic["path"] for lic in LICENSES]
    assert [r["@id"] for r in croissant["recordSet"]] == [t.name for t in TABLES]
    for record_set, table in zip(croissant["recordSet"], TABLES, strict=True):
        assert [f["name"] for f in record_set["field"]] == list(table.column_names)


# rdflib, which mlcroissant uses, warns of its own deprecated classes.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_mlcroissant_validates_the_description_offline(
    package: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mlc = pytest.importorskip("mlcroissant")

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("mlcroissant tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.chdir(package)
    dataset = mlc.Dataset(jsonld=str(package / "croissant.json"))
    assert dataset.metadata.name == "nptexperts"
    experts = list(dataset.records("experts"))
    assert len(experts) == len(nptexperts.load_experts())
    assert experts[0]["experts/id"].decode() == nptexperts.load_experts()[0].id
    comments = {r["comments/id"].decode() for r in dataset.records("comments")}
    assert comments == {c.id for c in nptexperts.load_index().comments}


def test_a_changed_file_fails_the_croissant_digest(package: Path, tmp_path: Path) -> None:
    croissant = json.loads((package / "croissant.json").read_text(encoding="utf-8"))
    entry = next(o for o in croissant["distribution"] if o["name"] == "experts.csv")
    changed = (package / "experts.csv").read_bytes().replace(b"Lysenko", b"Lysenk0")
    assert hashlib.sha256(changed).hexdigest() != entry["sha256"]


# --- the citation -----------------------------------------------------------------------------


def test_the_shipped_citation_is_the_repositorys() -> None:
    shipped = nptexperts.dataset_info().citation_cff
    assert shipped == (ROOT / "CITATION.cff").read_text(encoding="utf-8")
    assert f"version: {nptexperts.__version__}" in shipped
    assert f"Data release {nptexperts.DATA_VERSION}." in shipped


def test_info_cite_prints_the_cff() -> None:
    from click.testing import CliRunner

    from nptexperts.cli import main

    result = CliRunner().invoke(main, ["info", "--cite"])
    assert result.exit_code == 0, result.output
    assert result.stdout == nptexperts.dataset_info().citation_cff
    assert "CITATION.cff in the source distribution" not in nptexperts.dataset_info().citation


# --- Parquet ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def parquet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pyarrow")
    root = tmp_path_factory.mktemp("parquet")
    nptexperts.export.write_parquet(root)
    return root


def test_parquet_has_typed_columns(parquet: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    for table in TABLES:
        schema = pq.read_schema(parquet / f"{table.name}.parquet")
        assert schema.names == list(table.column_names)
        assert schema.metadata[b"nptexperts.data_version"] == nptexperts.DATA_VERSION.encode()
        for col in table.columns:
            field = schema.field(col.name)
            assert field.nullable == (not col.required), (table.name, col.name)
            if col.type == "date":
                assert field.type == pa.date32()
            elif col.type == "integer":
                assert field.type == pa.int64()
            elif col.enum is not None:
                assert pa.types.is_dictionary(field.type), (table.name, col.name)
            else:
                assert field.type == pa.string()
    experts = pq.read_table(parquet / "experts.parquet")
    origin = experts.column("name_ru_origin").combine_chunks()
    assert origin.dictionary.to_pylist() == [o.value for o in nptexperts.Origin]
    assert set(origin.to_pylist()) == {"editorial_translation"}


def test_duckdb_reads_the_parquet_files(parquet: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    rows = con.execute(
        "SELECT e.id, count(p.position) FROM read_parquet(?) e"
        " JOIN read_parquet(?) p ON p.expert = e.id GROUP BY e.id ORDER BY e.id",
        [str(parquet / "experts.parquet"), str(parquet / "positions.parquet")],
    ).fetchall()
    expected = sorted((e.id, len(e.positions)) for e in nptexperts.load_experts())
    assert rows == expected
    (as_of,) = con.execute(
        "SELECT DISTINCT as_of FROM read_parquet(?)", [str(parquet / "positions.parquet")]
    ).fetchone()
    assert isinstance(as_of, datetime.date)
    con.close()


def test_polars_reads_the_parquet_files(parquet: Path) -> None:
    pl = pytest.importorskip("polars")
    experts = pl.read_parquet(parquet / "experts.parquet")
    assert experts["id"].to_list() == [e.id for e in nptexperts.load_experts()]
    assert experts.schema["country_basis"] == pl.Categorical
    sources = pl.read_parquet(parquet / "sources.parquet")
    assert sources["date"].to_list() == [s.date for s in nptexperts.load_dataset().sources]


def test_parquet_export_refuses_to_overwrite_and_the_command_writes_it(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    from click.testing import CliRunner

    from nptexperts.cli import main

    out = tmp_path / "pq"
    result = CliRunner().invoke(main, ["export", "-f", "parquet", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t.name}.parquet" for t in TABLES)
    again = CliRunner().invoke(main, ["export", "-f", "parquet", "-o", str(out)])
    assert again.exit_code == 1
    assert "not empty" in again.stderr
    with pytest.raises(nptexperts.OutputExistsError):
        nptexperts.export.write_parquet(out)


def test_parquet_without_pyarrow_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"nptexperts\[parquet\]"):
        nptexperts.export.write_parquet(tmp_path / "pq")
    assert not (tmp_path / "pq").exists(), "nothing written"


def test_the_wheels_project_urls_agree_with_the_one_homepage() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    urls = project.get("urls")
    if not urls:
        pytest.skip("pyproject.toml has no [project.urls] yet")
    homepage = HOMEPAGE.rstrip("/")
    assert homepage in {str(u).rstrip("/") for u in urls.values()}, (
        "nptexperts HOMEPAGE (the exports' and the docs' home page) must be one of the Project-URLs"
    )
