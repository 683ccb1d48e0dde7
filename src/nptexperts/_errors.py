"""The exceptions nptexperts raises; all derive from :class:`NptExpertsError`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nptexperts._fault import Fault


__all__ = [
    "DataError",
    "Fault",
    "InvalidArgumentError",
    "NptExpertsError",
    "OutputExistsError",
    "UnknownCommentError",
    "UnknownCountryError",
    "UnknownDataVersionError",
    "UnknownEventError",
    "UnknownExpertError",
    "UnknownIdError",
    "UnknownSourceError",
    "UnknownTableError",
    "UnsupportedLanguageError",
    "WithdrawnIdError",
]


class NptExpertsError(Exception):
    """The base of every error this package raises on purpose."""


class InvalidArgumentError(NptExpertsError, ValueError):
    """A call was given arguments that do not go together (a path and a data version)."""


class UnsupportedLanguageError(NptExpertsError, ValueError):
    """A language other than the dataset's (English and Russian) was asked for."""

    def __init__(self, lang: object, supported: Sequence[str]) -> None:
        self.lang = lang
        self.supported = tuple(supported)
        names = ", ".join(repr(s) for s in self.supported)
        super().__init__(f"unsupported language {lang!r}: use one of {names}")


class UnknownCountryError(NptExpertsError, LookupError):
    """A string that names no country (by ISO code, English or Russian name)."""

    def __init__(self, query: object, suggestions: Sequence[str] = ()) -> None:
        self.query = query
        #: Up to three country names or codes close to the query, closest first.
        self.suggestions = tuple(suggestions)
        message = f"{query!r} names no country"
        if self.suggestions:
            message += ": did you mean " + " or ".join(self.suggestions) + "?"
        else:
            message += (
                ": give an ISO 3166-1 alpha-2 or alpha-3 code or the country's English or"
                " Russian name"
            )
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class OutputExistsError(NptExpertsError, FileExistsError):
    """An export would overwrite a file that exists, and overwriting was not asked for."""

    def __init__(
        self,
        path: object,
        reason: str | None = None,
        words: tuple[str, dict[str, object]] | None = None,
    ) -> None:
        self.path = path
        said = reason or "it exists: give another name, or ask to overwrite it (--force)"
        #: The interface's words for it: a key of ``nptexperts._words.WORDS`` and its
        #: fields (``nptexperts.cli.output`` says it in the interface's language).
        self.words = words or ("output_exists", {"path": path})
        super().__init__(f"{path}: {said}")

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownTableError(NptExpertsError, LookupError, ValueError):
    """No table of the exports has the name asked for; ``tables`` names those that do."""

    def __init__(self, name: object, tables: Sequence[str]) -> None:
        self.name = name
        self.tables = tuple(tables)
        super().__init__(f"no table is called {name!r}: use one of {', '.join(self.tables)}")

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownIdError(NptExpertsError, LookupError):
    """No record of the kind asked for has the id (the base of every unknown-id error).

    ``suggestions`` holds up to three ids close to the one asked for.
    """

    #: What kind of record was looked up (``"expert"``, ``"comment"``…).
    kind = "record"

    def __init__(self, record_id: object, suggestions: Sequence[str] = ()) -> None:
        self.id = record_id
        self.suggestions = tuple(suggestions)
        message = f"no {self.kind} has the id {record_id!r}"
        if self.suggestions:
            message += ": did you mean " + " or ".join(self.suggestions) + "?"
        super().__init__(message)

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownEventError(UnknownIdError):
    """No event has the id asked for."""

    kind = "event"


class UnknownExpertError(UnknownIdError):
    """No expert has the id asked for."""

    kind = "expert"


class UnknownCommentError(UnknownIdError):
    """No comment has the id asked for."""

    kind = "comment"


class UnknownSourceError(UnknownIdError):
    """No source (with a shipped text) has the id asked for."""

    kind = "source"


class UnknownDataVersionError(UnknownIdError):
    """No shipped data release has the version asked for; ``releases`` names those that do."""

    kind = "data release"

    def __init__(self, version: object, releases: Sequence[str]) -> None:
        self.releases = tuple(releases)
        super().__init__(version)
        self.args = (
            f"no data release has the version {version!r}: the releases are "
            + ", ".join(self.releases),
        )


class WithdrawnIdError(UnknownIdError):
    """The id was released once and then withdrawn; the message gives the reason and any replacement."""

    def __init__(
        self, record_id: str, kind: str, since: str, reason: str, replacement: str | None
    ) -> None:
        self.kind = kind
        self.since = since
        self.reason = reason
        self.replacement = replacement
        super().__init__(record_id)
        message = f"the {kind} id {record_id!r} was withdrawn in data {since}: {reason}"
        if replacement is not None:
            message += f"; use {replacement!r}"
        self.args = (message,)


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


def data_error(
    file: str, path: str, message: str, line: int | None = None, column: int | None = None
) -> DataError:
    """A :class:`DataError` with one :class:`~nptexperts.Fault` (to raise)."""
    from nptexperts._fault import Fault

    return DataError([Fault(file, path, message, line, column)])


def __getattr__(name: str) -> object:
    # Fault is defined in nptexperts._fault, imported only when a fault is made: the
    # shipped load, which makes none, does not pay for its class (benchmarks/).
    if name == "Fault":
        from nptexperts._fault import Fault

        return Fault
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
