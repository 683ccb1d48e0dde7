"""The project's claims about itself match what CI does."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


def test_the_classifiers_name_exactly_the_python_versions_ci_tests() -> None:
    ci = ROOT / ".ci" / "run"
    if not ci.is_file():  # an sdist ships the tests but not CI
        pytest.skip("no .ci/run here")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    claimed = {
        c.rsplit("::", 1)[1].strip()
        for c in project["classifiers"]
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    }
    # CI runs the suite on the lowest version the package accepts, then on each
    # version of its loop.
    lowest = re.fullmatch(r">=\s*(3\.\d+)", project["requires-python"])
    assert lowest, project["requires-python"]
    loop = re.search(r"^for version in ([\d. ]+); do$", ci.read_text(encoding="utf-8"), re.M)
    assert loop, "no loop over Python versions in .ci/run"
    assert claimed == {lowest[1], *loop[1].split()}


def test_ci_s_ruff_is_the_version_the_pre_commit_hooks_pin() -> None:
    """CI runs the lint extra's ruff, contributors the hooks' one: the same version, or a
    new ruff could pass in one and fail in the other."""
    hooks = ROOT / ".pre-commit-config.yaml"
    if not hooks.is_file():
        pytest.skip("no .pre-commit-config.yaml here")
    pinned = set(re.findall(r'"ruff==([^"]+)"', hooks.read_text(encoding="utf-8")))
    assert len(pinned) == 1, pinned
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lint = [r for r in extras["optional-dependencies"]["lint"] if r.startswith("ruff")]
    assert lint == [f"ruff=={pinned.pop()}"]
