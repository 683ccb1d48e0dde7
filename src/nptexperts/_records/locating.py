"""Turning cattrs' structuring errors into located :class:`~nptexperts._errors.Fault` s.

Each fault names the field path and says what was expected: the valid keys (and
the nearest one) for an unknown key, the missing field's name, the languages of
a bilingual text, and, for a value YAML read as something other than text, how
it was written in the file.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from nptexperts._errors import Fault
from nptexperts._fault import SHOWN_LENGTH, Path, YamlFile, clipped, shown
from nptexperts._records.converter import FieldTypeError
from nptexperts._records.lang import LANGUAGES
from nptexperts._records.models import Text

__all__ = ["structure", "structure_faults"]

T = TypeVar("T")

_LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}
_LANGS = " and ".join(LANGUAGES)


@attrs.frozen
class _Found:
    path: Path
    message: str
    #: For an unknown key: the valid key it most likely stands for.
    meant: str | None = None
    #: For a missing field: its name.
    missing: str | None = None


def structure(conv: cattrs.Converter, file: YamlFile, cl: type[T]) -> tuple[T | None, list[Fault]]:
    """``file``'s data as a ``cl``, or ``None`` and every fault in it, each placed in ``file``."""
    if file.faults:
        return None, list(file.faults)
    try:
        return conv.structure(file.data, cl), []
    except Exception as exc:  # cattrs raises groups of many kinds; all become faults
        return None, structure_faults(exc, file)


def structure_faults(exc: BaseException, file: YamlFile, base: Path = ()) -> list[Fault]:
    """Every fault inside a cattrs structuring error, placed in ``file``.

    A missing field is left out when an unknown key beside it is most likely
    that field misspelt: the unknown-key fault already says so.
    """
    found = list(_walk(exc, base, None))
    meant = {(f.path[:-1], f.meant) for f in found if f.meant is not None}
    faults = []
    for f in found:
        if f.missing is not None and (f.path[:-1], f.missing) in meant:
            continue
        message = f.message
        written = file.written.get(f.path)
        if written is not None and message.startswith("expected ") and _worth_showing(written):
            if len(written) > SHOWN_LENGTH:
                written = f"{written[:SHOWN_LENGTH]}… ({len(written):,} characters)"
            message += f" (written {written} in the file)"
        faults.append(file.fault(f.path, message))
    # In the order of the file, as a curator reads it.
    return sorted(faults, key=lambda f: (f.line or 0, f.column or 0))


def _worth_showing(written: str) -> bool:
    """Whether the text as written says more than the message's own words."""
    return written.strip() not in {"", "~", "null", "Null", "NULL"}


def _walk(exc: BaseException, path: Path, cl: type | None) -> Iterator[_Found]:
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            yield from _walk(
                sub,
                (*path, note.name) if isinstance(note, AttributeValidationNote) else path,
                exc.cl,
            )
        for sub in without:
            yield from _walk(sub, path, exc.cl)
    elif isinstance(exc, IterableValidationError):
        with_notes_i, without_i = exc.group_exceptions()
        for sub, inote in with_notes_i:
            step = inote.index if isinstance(inote, IterableValidationNote) else None
            yield from _walk(sub, (*path, step) if isinstance(step, int | str) else path, None)
        for sub in without_i:
            yield from _walk(sub, path, None)
    elif isinstance(exc, ForbiddenExtraKeysError):
        yield from _unknown_keys(exc, path)
    elif isinstance(exc, KeyError):
        # cattrs has already put the missing field's name on the path.
        yield _missing(path, cl)
    elif isinstance(exc, BaseExceptionGroup):
        for inner in exc.exceptions:
            yield from _walk(inner, path, cl)
    elif isinstance(exc, FieldTypeError):
        yield _Found(path, str(exc))
    else:
        yield _Found(path, f"{clipped(str(exc))} ({type(exc).__name__})")


def _unknown_keys(exc: ForbiddenExtraKeysError, path: Path) -> Iterator[_Found]:
    valid = [a.name for a in attrs.fields(exc.cl)] if attrs.has(exc.cl) else []
    for key in sorted(exc.extra_fields):
        if exc.cl is Text:
            primary = key.strip().replace("_", "-").split("-", 1)[0].lower()
            near = [primary] if primary in LANGUAGES else []
            hint = f"; did you mean {near[0]!r}?" if near else ""
            message = (
                f"unknown language {shown(key)}{hint} (a bilingual text has exactly two"
                f" languages, {_LANGS}: keep only those keys)"
            )
        else:
            near = difflib.get_close_matches(key, valid, n=1)
            hint = f"; did you mean {near[0]!r}?" if near else ""
            message = f"unknown key {shown(key)}{hint} (expected only: {', '.join(valid)})"
        yield _Found((*path, key), message, meant=near[0] if near else None)


def _missing(path: Path, cl: type | None) -> _Found:
    name = path[-1] if path else None
    if cl is Text and isinstance(name, str):
        language = _LANGUAGE_NAMES.get(name, name)
        message = (
            f"the {language} text is missing: a bilingual text needs both languages,"
            f" {_LANGS} (add {name}: ... to this mapping)"
        )
    elif isinstance(name, str):
        message = f"the required field {name!r} is missing from this mapping: add {name}: ..."
    else:
        message = "a required field is missing"
    return _Found(path, message, missing=name if isinstance(name, str) else None)
