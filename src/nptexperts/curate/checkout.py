"""Which copy of the data a curator's command acts on: a source checkout, never an installed package.

``nptexperts validate``, ``compile`` and ``schema --write`` act on the source
checkout they are run in: the nearest folder, from the working directory upwards,
that has a ``pyproject.toml`` naming the project ``nptexperts`` and a
``src/nptexperts/data`` folder. Elsewhere they need to be told which directory;
and nothing is ever written into an installed package (``site-packages``).

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as tmp:
...     root = pathlib.Path(tmp)
...     _ = (root / "pyproject.toml").write_text('[project]\\nname = "nptexperts"\\n')
...     (root / "src" / "nptexperts" / "data").mkdir(parents=True)
...     (root / "docs").mkdir()
...     find_checkout(root / "docs") == root.resolve()
True
"""

from __future__ import annotations

import sys
import sysconfig
import tomllib
from pathlib import Path

from nptexperts._errors import NptExpertsError

__all__ = [
    "CheckoutError",
    "checkout_package_dir",
    "find_checkout",
    "is_checkout",
    "refuse_installed",
]

#: The package folder inside a checkout.
PACKAGE_IN_CHECKOUT = Path("src", "nptexperts")


class CheckoutError(NptExpertsError):
    """No checkout to act on, or a folder that must not be written (the message says which)."""


def is_checkout(folder: Path) -> bool:
    """Whether ``folder`` is a source checkout of nptexperts."""
    project = folder / "pyproject.toml"
    if not project.is_file() or not (folder / PACKAGE_IN_CHECKOUT / "data").is_dir():
        return False
    try:
        with project.open("rb") as stream:
            name = tomllib.load(stream).get("project", {}).get("name")
    except (OSError, tomllib.TOMLDecodeError, AttributeError):
        return False
    return isinstance(name, str) and name.lower().replace("_", "-") == "nptexperts"


def find_checkout(start: Path | None = None) -> Path | None:
    """The nearest checkout of nptexperts from ``start`` (default: the working directory) upwards."""
    here = (start if start is not None else Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if is_checkout(folder):
            return folder
    return None


def _installed_roots() -> list[Path]:
    roots = set()
    for key in ("purelib", "platlib"):
        path = sysconfig.get_paths().get(key)
        if path:
            roots.add(Path(path).resolve())
    for path in sys.path:
        if path.endswith(("site-packages", "dist-packages")):
            roots.add(Path(path).resolve())
    return sorted(roots)


def refuse_installed(folder: Path) -> Path:
    """``folder``, resolved; a :class:`CheckoutError` if it is inside an installed package."""
    resolved = folder.resolve()
    inside = any(part in {"site-packages", "dist-packages"} for part in resolved.parts) or any(
        resolved.is_relative_to(root) for root in _installed_roots()
    )
    if inside:
        error = CheckoutError(
            f"{resolved} is inside an installed package: curators' commands never write"
            " there; run them in a source checkout (pip install -e .)"
        )
        error.words = ("checkout_installed", {"path": resolved})  # type: ignore[attr-defined]
        raise error
    return resolved


def checkout_package_dir(checkout: Path | None, start: Path | None = None) -> Path:
    """The package folder (``src/nptexperts``) of ``checkout``, or of the checkout around ``start``.

    Raises :class:`CheckoutError` when ``checkout`` is not a checkout of nptexperts,
    when none is found around the working directory, or when it would be inside an
    installed package.
    """
    if checkout is not None:
        root = checkout.resolve()
        if not is_checkout(root):
            error = CheckoutError(
                f"{root} is not a source checkout of nptexperts: expected a pyproject.toml"
                " naming nptexperts and a src/nptexperts/data folder there"
            )
            error.words = ("checkout_not", {"path": root})  # type: ignore[attr-defined]
            raise error
    else:
        found = find_checkout(start)
        if found is None:
            where = (start if start is not None else Path.cwd()).resolve()
            error = CheckoutError(
                f"no source checkout of nptexperts in {where} or above it (a folder with a"
                " pyproject.toml naming nptexperts and src/nptexperts/data): run the command"
                " in a clone, or give --checkout DIR"
            )
            error.words = ("checkout_none", {"path": where})  # type: ignore[attr-defined]
            raise error
        root = found
    return refuse_installed(root / PACKAGE_IN_CHECKOUT)
