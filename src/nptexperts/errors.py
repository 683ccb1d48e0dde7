"""The exceptions nptexperts raises; all derive from :class:`NptExpertsError`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

__all__ = [
    "DataError",
    "Fault",
    "NptExpertsError",
    "UnknownCountryError",
    "UnknownExpertError",
    "UnsupportedLanguageError",
]


class NptExpertsError(Exception):
    """The base of every error this package raises on purpose."""


class UnsupportedLanguageError(NptExpertsError, ValueError):
    """A language other than the dataset's (English and Russian) was asked for."""

    def __init__(self, lang: object, supported: Sequence[str]) -> None:
        self.lang = lang
        self.supported = tuple(supported)
        names = ", ".join(repr(s) for s in self.supported)
        super().__init__(f"unsupported language {lang!r}: use one of {names}")


class UnknownCountryError(NptExpertsError, LookupError):
    """A string that names no country (by ISO code, English or Russian name)."""

    def __init__(self, query: object) -> None:
        self.query = query
        super().__init__(
            f"{query!r} names no country: give an ISO 3166-1 alpha-2 or alpha-3 code"
            " or the country's English or Russian name"
        )

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownExpertError(NptExpertsError, LookupError):
    """No expert (or record) has the id asked for."""

    def __init__(self, record_id: object, kind: str = "expert") -> None:
        self.id = record_id
        self.kind = kind
        super().__init__(f"no {kind} has the id {record_id!r}")

    def __str__(self) -> str:
        return str(self.args[0])


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


class DataError(NptExpertsError, ValueError):
    """The records are not valid: every fault found, each with file, place and field path."""

    def __init__(self, faults: Iterable[Fault]) -> None:
        self.faults: tuple[Fault, ...] = tuple(faults)
        if not self.faults:
            raise ValueError("DataError needs at least one fault")
        first = self.faults[0]
        self.file = first.file
        self.line = first.line
        self.path = first.path
        lines = [str(f) for f in self.faults]
        if len(lines) > 1:
            lines.insert(0, f"{len(lines)} faults in the data:")
        super().__init__("\n".join(lines))

    def __str__(self) -> str:
        return str(self.args[0])
