"""The package is typed: a consumer's code passes mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest


def test_py_typed_ships() -> None:
    assert files("nptexperts").joinpath("py.typed").is_file()


def test_a_consumer_passes_mypy_strict(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    consumer = Path(__file__).parent / "typing_consumer" / "consumer.py"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(tmp_path),
            str(consumer),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
