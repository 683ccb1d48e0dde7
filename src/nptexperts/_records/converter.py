"""The curators' strict cattrs converter: plain data (YAML or JSON) to the record types.

It is strict where cattrs is lenient by default: a string field takes only a
non-blank string (not ``False``, ``1.9`` or a YAML date), an integer only an
integer, a list only a list, a record only a mapping with exactly its fields.
The messages name what was expected, so that a curator can fix the file.

Bilingual texts have a short form in the YAML source, ``{en: ..., ru: ...}``:
the English is the published wording of the dataset's default source and the
Russian an editorial translation of it. An editors' note (:class:`~nptexperts.Note`)
takes the same short form, but its English is the editors' own wording
(``editorial``), not the source's. :func:`make_converter` expands it; the
compiled bundle and every export always carry the long form, which
:func:`nptexperts._records.plain.to_plain` writes (records to plain data is one
way, there; this module reads).
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Callable, Mapping
from typing import Any, Literal, get_args, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.gen import make_dict_structure_fn

from nptexperts._fault import shown
from nptexperts._records.lang import LANGUAGES
from nptexperts._records.models import LocalizedText, Note, Origin, Text

__all__ = ["FieldTypeError", "make_converter"]


class FieldTypeError(ValueError):
    """A value of the wrong kind for its field (the message says what was expected)."""


def _describe(value: object) -> str:
    """How a value read from YAML or JSON looks to someone who wrote it."""
    if value is None:
        return "an empty value (null: YAML reads an empty value and ~ as null)"
    if isinstance(value, bool):
        return (
            f"the boolean {str(value).lower()} (YAML 1.1 reads unquoted yes/no/on/off/"
            "true/false as booleans)"
        )
    if isinstance(value, int):
        return f"the number {shown(value)} (YAML reads unquoted digits, and 0-prefixed octal, as numbers)"
    if isinstance(value, float):
        return f"the number {shown(value)}"
    if isinstance(value, datetime.date):
        return f"the date {value.isoformat()} (YAML reads unquoted YYYY-MM-DD as a date)"
    if isinstance(value, str):
        return f"the text {shown(value)}"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a {type(value).__name__}"


def _fail(expected: str, value: object) -> FieldTypeError:
    hint = ""
    if isinstance(value, bool | int | float | datetime.date) and "text" in expected:
        hint = "; put the value in quotes to keep it as text"
    return FieldTypeError(f"expected {expected}, got {_describe(value)}{hint}")


def _structure_str(value: object, _: object) -> str:
    if type(value) is not str:
        raise _fail("a text (a string)", value)
    if not value.strip():
        raise FieldTypeError("expected a non-blank text, got an empty or whitespace-only string")
    return value


def _structure_int(value: object, _: object) -> int:
    if type(value) is not int:
        raise _fail("a whole number", value)
    return value


def _structure_bool(value: object, _: object) -> bool:
    if type(value) is not bool:
        raise _fail("true or false", value)
    return value


_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _structure_date(value: object, _: object) -> datetime.date:
    if type(value) is datetime.date:
        return value
    if type(value) is str and _DATE.match(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError as exc:
            raise FieldTypeError(
                f"expected a real date as YYYY-MM-DD, got the text {shown(value)}, which is not"
                f" a valid date ({exc})"
            ) from None
    raise _fail("a date as YYYY-MM-DD", value)


def _enum_hook(cl: type[enum.Enum]) -> Callable[[object, object], enum.Enum]:
    values = {member.value: member for member in cl}
    allowed = ", ".join(repr(v) for v in values)

    def structure(value: object, _: object) -> enum.Enum:
        if isinstance(value, str) and value in values:
            return values[value]
        raise _fail(f"one of {allowed}", value)

    return structure


def _literal_hook(tp: Any) -> Callable[[object, object], object]:
    choices = get_args(tp)
    allowed = ", ".join(repr(c) for c in choices)

    def structure(value: object, _: object) -> object:
        if isinstance(value, str) and value in choices:
            return value
        raise _fail(f"one of {allowed}", value)

    return structure


def _is_literal(tp: Any) -> bool:
    return get_origin(tp) is Literal


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = get_args(tp)
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def make_converter(*, default_source: str | None = None, detailed: bool = True) -> cattrs.Converter:
    """A strict converter for the record types.

    ``default_source`` is the source id that short-form texts take; without it,
    only the long form is accepted. ``detailed`` keeps cattrs' per-field error
    paths (for validation); the shipped bundle, checked in CI, loads without them.
    """
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(datetime.date, _structure_date)
    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, enum.Enum), _enum_hook
    )
    conv.register_structure_hook_factory(_is_literal, _literal_hook)

    tuple_factory = homogenous_tuple_structure_factory

    def strict_tuple(tp: Any, c: cattrs.Converter) -> Callable[[object, object], object]:
        inner = tuple_factory(tp, c)

        def structure(value: object, t: object) -> object:
            if not isinstance(value, list | tuple):
                raise _fail("a list", value)
            return inner(value, t)

        return structure

    conv.register_structure_hook_factory(_is_homogeneous_tuple, strict_tuple)

    def record(cl: type, c: cattrs.Converter) -> Callable[[object, object], object]:
        inner: Callable[[Any, Any], object] = make_dict_structure_fn(cl, c)
        names = ", ".join(a.name for a in attrs.fields(cl))
        expected = f"a mapping with the keys {names}"
        if cl is LocalizedText:
            expected = f"a text, or {expected}"
        elif cl is Text:
            expected = (
                "a bilingual text: a mapping with the languages en and ru ({en: ..., ru: ...})"
            )
        elif cl is Note:
            expected = (
                "an editors' note in English and Russian: a mapping with the languages en and ru"
                " ({en: ..., ru: ...})"
            )
        expand = None
        if cl is Text:
            expand = _short_form_expander(default_source, Origin.PUBLISHED)
        elif cl is Note:
            expand = _short_form_expander(default_source, Origin.EDITORIAL)

        def structure(value: object, t: object) -> object:
            if not isinstance(value, Mapping):
                raise _fail(expected, value)
            if expand is not None:
                value = expand(value)
            return inner(value, t)

        return structure

    conv.register_structure_hook_factory(attrs.has, record)
    return conv


def _short_form_expander(
    default_source: str | None, english: Origin
) -> Callable[[Mapping[str, object]], Mapping[str, object]]:
    def expand(value: Mapping[str, object]) -> Mapping[str, object]:
        out = dict(value)
        for lang in LANGUAGES:
            text = out.get(lang)
            if isinstance(text, str):
                if default_source is None:
                    raise FieldTypeError(
                        f"{lang}: expected the long form {{value: ..., provenance: ...}}"
                        " (no default source is set for the short form)"
                    )
                origin = english if lang == "en" else Origin.EDITORIAL_TRANSLATION
                out[lang] = {
                    "value": text,
                    "provenance": {"source": default_source, "origin": origin.value},
                }
        return out

    return expand
