"""One located fault in the data: :class:`Fault` (what :class:`~nptexperts.DataError` lists).

It is a module of its own so that the shipped load, which finds no fault, never
builds its class; ``nptexperts.Fault`` and ``nptexperts._errors.Fault`` are this class.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["SHOWN_LENGTH", "Fault", "Path", "YamlFile", "clipped", "format_path", "shown"]

#: A place in a file's data: mapping keys and list indices, from the top.
Path = tuple[str | int, ...]
#: How many characters of a value a message shows.
SHOWN_LENGTH = 80


@attrs.frozen
class Fault:
    """One fault in the data: where it is, and what was expected."""

    #: The file, as given to the loader (a path, or a name inside the package).
    file: str
    #: The field path inside the file, dotted, with list indices (``comments[0].body.en``).
    path: str
    #: What is wrong and what was expected.
    message: str
    #: 1-based line and column, where the fault has a place in the file.
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        place = self.file
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        field = f" {self.path}:" if self.path else ""
        return f"{place}:{field} {self.message}"


@attrs.frozen
class YamlFile:
    """A file's data and where each part of it stands."""

    name: str
    data: Any
    #: 1-based (line, column) of each key or list item, by path.
    marks: dict[Path, tuple[int, int]]
    faults: tuple[Fault, ...] = ()
    #: The text as written of each plain scalar that YAML read as something other
    #: than a string (``0755``, ``yes``, ``2025-07-02``), by path, for messages.
    written: dict[Path, str] = attrs.field(factory=dict)

    def mark(self, path: Path) -> tuple[int, int] | None:
        """The place of ``path``, or of the nearest enclosing part that has one."""
        for end in range(len(path), -1, -1):
            found = self.marks.get(path[:end])
            if found is not None:
                return found
        return None

    def fault(self, path: Path, message: str) -> Fault:
        """A :class:`Fault` at ``path`` in this file."""
        place = self.mark(path)
        return Fault(
            file=self.name,
            path=format_path(path),
            message=message,
            line=place[0] if place else None,
            column=place[1] if place else None,
        )


def format_path(path: Path) -> str:
    """``("comments", 0, "body")`` as ``comments[0].body``."""
    out = ""
    for step in path:
        if isinstance(step, int):
            out += f"[{step}]"
        else:
            out += f".{step}" if out else step
    return out


def shown(value: object) -> str:
    """``repr(value)``, cut to :data:`SHOWN_LENGTH` characters with its full length."""
    if isinstance(value, str) and len(value) > SHOWN_LENGTH:
        cut = repr(value[:SHOWN_LENGTH])
        return f"{cut[:-1]}…{cut[-1]} ({len(value):,} characters)"
    text = repr(value)
    if len(text) > SHOWN_LENGTH * 2:
        return text[: SHOWN_LENGTH * 2] + f"… ({len(text):,} characters)"
    return text


def clipped(text: str, limit: int = 2 * SHOWN_LENGTH) -> str:
    """``text`` itself, or its first ``limit`` characters with its full length."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"
