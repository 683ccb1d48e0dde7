"""Turning cattrs' structuring errors into located :class:`~nptexperts.errors.Fault` s."""

from __future__ import annotations

import difflib
from collections.abc import Iterator

import attrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from nptexperts.errors import Fault
from nptexperts.yamlfile import Path, YamlFile

__all__ = ["structure_faults"]


def structure_faults(exc: BaseException, file: YamlFile, base: Path = ()) -> list[Fault]:
    """Every fault inside a cattrs structuring error, placed in ``file``."""
    return [file.fault(path, message) for path, message in _walk(exc, base)]


def _walk(exc: BaseException, path: Path) -> Iterator[tuple[Path, str]]:
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            yield from _walk(
                sub,
                (*path, note.name) if isinstance(note, AttributeValidationNote) else path,
            )
        for sub in without:
            yield from _walk(sub, path)
    elif isinstance(exc, IterableValidationError):
        with_notes_i, without_i = exc.group_exceptions()
        for sub, inote in with_notes_i:
            step = inote.index if isinstance(inote, IterableValidationNote) else None
            yield from _walk(sub, (*path, step) if isinstance(step, int | str) else path)
        for sub in without_i:
            yield from _walk(sub, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        valid = [a.name for a in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
        for key in sorted(exc.extra_fields):
            near = difflib.get_close_matches(key, valid, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            yield (
                (*path, key),
                (f"unknown key {key!r}{hint} (expected only: {', '.join(valid)})"),
            )
    elif isinstance(exc, KeyError):
        # cattrs has already put the missing field's name on the path.
        yield path, "required field missing"
    elif isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            yield from _walk(inner, path)
    else:
        yield path, str(exc)
