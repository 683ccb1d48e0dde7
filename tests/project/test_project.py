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
    """CI runs the lint group's ruff, contributors the hooks' one: the same version, or a
    new ruff could pass in one and fail in the other."""
    hooks = ROOT / ".pre-commit-config.yaml"
    if not hooks.is_file():
        pytest.skip("no .pre-commit-config.yaml here")
    pinned = set(re.findall(r'"ruff==([^"]+)"', hooks.read_text(encoding="utf-8")))
    assert len(pinned) == 1, pinned
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    lint = [r for r in groups["dependency-groups"]["lint"] if r.startswith("ruff")]
    assert lint == [f"ruff=={pinned.pop()}"]


def test_the_development_tools_are_groups_and_the_user_extras_stay_extras() -> None:
    """PEP 735: the tools a contributor needs are dependency groups, never published as
    extras; the extras are the users' own (pandas, parquet, stemmer, cite)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert set(pyproject["project"]["optional-dependencies"]) == {
        "pandas",
        "parquet",
        "stemmer",
        "cite",
    }
    groups = pyproject["dependency-groups"]
    assert {"test", "lint", "docs", "dev"} <= set(groups)
    included = {g["include-group"] for g in groups["dev"] if isinstance(g, dict)}
    assert included == {"test", "lint", "docs"}
    # The README's set-up command and CI install the group the same way.
    command = ".venv/bin/pip install -e . --group dev"
    assert command in (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.count("install --quiet -e . --group dev") == 2
    assert "HYPOTHESIS_PROFILE=ci" in ci
