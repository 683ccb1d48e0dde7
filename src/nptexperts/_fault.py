"""One located fault in the data: :class:`Fault` (what :class:`~nptexperts.DataError` lists).

It is a module of its own so that the shipped load, which finds no fault, never
builds its class; ``nptexperts.Fault`` and ``nptexperts._errors.Fault`` are this class.
"""

from __future__ import annotations

import attrs

__all__ = ["Fault"]


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
