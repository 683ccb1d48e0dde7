"""Shared fixtures: the shipped YAML source, and copies of it to damage."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import nptexperts
from nptexperts._cache import clear as clear_caches
from nptexperts.curate.directory import shipped_source_dir


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The shipped YAML source directory (read-only: copy it before changing anything)."""
    return Path(str(shipped_source_dir()))


@pytest.fixture
def data_copy(tmp_path: Path, data_dir: Path) -> Path:
    """A writable copy of the shipped YAML source."""
    target = tmp_path / "data"
    shutil.copytree(data_dir, target)
    return target


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Forget the cached shipped records before and after the test."""
    clear_caches()
    yield
    clear_caches()


@pytest.fixture(scope="session")
def index() -> nptexperts.Index:
    """The shipped records with their lookups."""
    return nptexperts.load_index()


# The typing consumer is checked by mypy (test_typing.py), never imported.
collect_ignore_glob = ["typing_consumer/*"]

# The Hypothesis profile is chosen explicitly: `HYPOTHESIS_PROFILE=ci` (set by .ci/run)
# runs derandomized, so a run is repeatable; without it, examples vary from run to run.
# (Without Hypothesis installed, the tests that use it skip.)
try:
    from hypothesis import settings as hypothesis_settings
except ImportError:  # pragma: no cover - only with pytest alone installed
    pass
else:
    hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
    hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _english_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks English unless a test asks for Russian, whatever the
    machine's locale (a test of the language choice sets the variables itself)."""
    monkeypatch.setenv("NPTEXPERTS_LANG", "en")
