"""The built wheel, installed in a fresh virtual environment outside the checkout, works."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

import nptexperts

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("build")
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("nptexperts-*.whl")
    return found


def test_wheel_holds_the_data(wheel: Path) -> None:
    import zipfile

    names = set(zipfile.ZipFile(wheel).namelist())
    assert "nptexperts/py.typed" in names
    assert "nptexperts/compiled/releases.json" in names
    for release in nptexperts.data_releases():
        assert f"nptexperts/compiled/{release.data_version}.json.gz" in names
    assert "nptexperts/data/dataset.yaml" in names
    assert "nptexperts/CITATION.cff" in names  # `nptexperts info --cite`
    assert any(n.startswith("nptexperts/data/experts/") and n.endswith(".yaml") for n in names)
    assert any(n.startswith("nptexperts/data/sources/") and n.endswith(".txt") for n in names)
    assert not any(n.startswith("tests/") for n in names)
    # the message catalogues, compiled by the build hook (the .mo files are not in git)
    for domain in ("nptexperts", "click"):
        assert f"nptexperts/locale/ru/LC_MESSAGES/{domain}.mo" in names


def test_wheel_installs_and_loads_outside_the_checkout(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    clean_env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=True,
        capture_output=True,
        env=clean_env,
    )
    script = (
        "import nptexperts, nptexperts.curate, pathlib, sys\n"
        "experts = nptexperts.load_experts()\n"
        "assert experts and all(e.id for e in experts)\n"
        "assert 'site-packages' in nptexperts.__file__, nptexperts.__file__\n"
        "assert nptexperts.curate.load_directory(pathlib.Path(nptexperts.__file__).parent / 'data').dataset == nptexperts.load_dataset()\n"
        "print(len(experts), nptexperts.DATA_VERSION)\n"
    )
    result = subprocess.run(
        [str(python), "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    count, data_version = result.stdout.split()
    import nptexperts

    assert int(count) == len(nptexperts.load_experts())
    assert data_version == nptexperts.DATA_VERSION

    def nptexperts_cli(*args: str, cwd: Path = tmp_path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(env_dir / "bin" / "nptexperts"), *args],
            capture_output=True,
            text=True,
            cwd=cwd,
            env=clean_env,
            check=False,
        )

    # Outside a checkout, the curators' commands need to be told which directory.
    cli = nptexperts_cli("validate")
    assert cli.returncode == 1
    assert cli.stderr.startswith(f"Error: {tmp_path.resolve()} is not inside a source checkout")
    compiled = nptexperts_cli("compile")
    assert compiled.returncode == 1
    assert "no source checkout of nptexperts in" in compiled.stderr
    installed_data = next(env_dir.glob("lib/python*/site-packages/nptexperts/data"))
    cli = nptexperts_cli("validate", str(installed_data))
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.startswith(f"{installed_data}: valid")
    # In a clone with a (non-editable) install, validate checks the clone's files, not
    # the installed copy: a misspelt key in the clone is found.
    clone = tmp_path / "clone"
    shutil.copytree(ROOT / "src" / "nptexperts" / "data", clone / "src" / "nptexperts" / "data")
    (clone / "pyproject.toml").write_text('[project]\nname = "nptexperts"\n', encoding="utf-8")
    expert = sorted((clone / "src" / "nptexperts" / "data" / "experts").glob("*.yaml"))[0]
    expert.write_text(
        expert.read_text(encoding="utf-8").replace("\ncoverage:", "\ncoverrage:"),
        encoding="utf-8",
    )
    cli = nptexperts_cli("validate", cwd=clone / "src")
    assert cli.returncode == 1
    assert f"{expert}:" in cli.stderr
    assert "'coverrage'" in cli.stderr
    assert cli.stderr.splitlines()[-1].endswith(f"found in {expert.parent.parent}")
    smoke_cli(env_dir / "bin" / "nptexperts", tmp_path, clean_env)
    # the installed wheel speaks Russian: its catalogues, and click's messages in them
    russian = nptexperts_cli("--lang", "ru", "list", "--bogus")
    assert "Ошибка: нет параметра «--bogus»." in russian.stderr
    assert nptexperts_cli("list", "--lang", "ru").stdout.startswith("Казахстан (KZ): 2 эксперта")


def smoke_cli(command: Path, where: Path, env: dict[str, str]) -> None:
    """Every command of the installed wheel's command line runs and says something true."""
    import hashlib

    import nptexperts

    latest = nptexperts.data_releases()[-1]
    expert = nptexperts.load_experts()[0]
    word = expert.positions[0].title.en.value.split()[0]
    data = where / "venv-data"
    export = where / "records.json"
    site = subprocess.run(
        [
            str(command.parent / "python"),
            "-c",
            "import nptexperts, os; print(os.path.dirname(nptexperts.__file__))",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.strip()
    import shutil

    shutil.copytree(Path(site) / "data", data)
    runs = {
        ("list",): expert.id,
        ("show", expert.id): expert.name.en.value,
        ("search", word): expert.id,
        ("info",): latest.digest,
        ("releases",): latest.digest,
        ("diff", nptexperts.data_releases()[0].data_version): "→",
        ("export", "--format", "json", "--output", str(export)): "",
        ("validate", str(data)): "valid",
    }
    for args, expected in runs.items():
        done = subprocess.run(
            [str(command), *args], capture_output=True, text=True, cwd=where, env=env, check=False
        )
        assert done.returncode == 0, (args, done.stderr)
        assert expected in done.stdout + done.stderr, (args, done.stdout[:500])
    assert hashlib.sha256(export.read_bytes()).hexdigest() == latest.digest


def test_temporary_files_never_ship(tmp_path: Path) -> None:
    """A temporary file left by a killed write (issue 20) is in neither the wheel nor the sdist.

    The build runs on a copy of the checkout, with a temporary file in ``compiled/``
    and one in a folder of its own; ``.gitignore`` is left out of the copy, so the
    exclusion tested is pyproject's own.
    """
    import tarfile
    import zipfile

    pytest.importorskip("build")
    tree = tmp_path / "tree"
    shutil.copytree(
        ROOT,
        tree,
        ignore=shutil.ignore_patterns(
            ".git", ".gitignore", ".venv*", "__pycache__", "dist", "build", "docs", "*.egg-info"
        ),
    )
    compiled = tree / "src" / "nptexperts" / "compiled"
    (compiled / ".nptexperts-tmp-releases.json.999999.0a1b2c3d").write_bytes(b"half")
    folder = tree / "src" / "nptexperts" / ".nptexperts-tmp-csv.999999.0a1b2c3d"
    folder.mkdir()
    (folder / "experts.csv").write_bytes(b"half")
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(tree)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    wheel_names = zipfile.ZipFile(wheel).namelist()
    with tarfile.open(sdist) as archive:
        sdist_names = archive.getnames()
    assert "nptexperts/compiled/releases.json" in wheel_names
    assert any(n.endswith("compiled/releases.json") for n in sdist_names)
    for names in (wheel_names, sdist_names):
        assert not [n for n in names if ".nptexperts-tmp-" in n]
