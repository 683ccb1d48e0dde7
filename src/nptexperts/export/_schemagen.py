"""The parts of generating a JSON Schema: the type each shipped schema describes, msgspec's
schema of it closed to a record's fields, and the W3C selectors that ``list --json`` and
``show --json`` add to the records.
"""

from __future__ import annotations

from typing import Any

from nptexperts._records.models import Dataset

__all__ = ["closed_schema"]


def _shape_type(name: str) -> Any:
    if name == "records":
        return Dataset
    if name == "list":
        from nptexperts._records.models import Expert

        return list[Expert]
    if name == "show":
        from nptexperts._records.models import Expert

        return Expert
    if name == "diff":
        from nptexperts._releases.changes import ReleaseDiff

        return ReleaseDiff
    if name == "releases":
        from nptexperts._releases.releases import DataRelease

        return list[DataRelease]
    if name == "info":
        from nptexperts._releases.info import DatasetInfo

        return DatasetInfo
    if name == "expectations":
        from nptexperts._records.models import Expectation

        return list[Expectation]
    raise KeyError(name)


def _tidy(description: str) -> str:
    """A docstring without its doctest examples, on one line."""
    prose = description.split(">>>", 1)[0]
    return " ".join(prose.split())


def closed_schema(tp: Any) -> dict[str, Any]:
    """The JSON Schema msgspec generates for the type ``tp``, with no keys beyond a
    record's fields and each description on one line, without its examples.

    Needs msgspec, a development dependency (a :class:`RuntimeError` says so).
    """
    try:
        import msgspec
    except ImportError:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            "generating the schema needs msgspec: pip install 'nptexperts[test]'"
        ) from None
    schema: dict[str, Any] = msgspec.json.schema(tp)
    for definition in schema.get("$defs", {}).values():
        if "description" in definition:
            definition["description"] = _tidy(definition["description"])
        if definition.get("type") == "object":
            definition["additionalProperties"] = False
    return schema


def _add_selectors(defs: dict[str, Any]) -> None:
    """``list --json`` and ``show --json`` give each comment its W3C Web Annotation
    selectors (:func:`nptexperts._lookup.quotes.quote_selectors`), which the records lack."""
    defs["TextPositionSelector"] = {
        "title": "TextPositionSelector",
        "description": "W3C Web Annotation TextPositionSelector: the quote's characters in the"
        " source's shipped text (Unicode code points, end exclusive).",
        "type": "object",
        "properties": {
            "type": {"const": "TextPositionSelector"},
            "start": {"type": "integer", "minimum": 0},
            "end": {"type": "integer", "minimum": 0},
        },
        "required": ["type", "start", "end"],
        "additionalProperties": False,
    }
    defs["TextQuoteSelector"] = {
        "title": "TextQuoteSelector",
        "description": "W3C Web Annotation TextQuoteSelector: the quote's exact words in the"
        " source, with up to 32 characters before (prefix) and after (suffix).",
        "type": "object",
        "properties": {
            "type": {"const": "TextQuoteSelector"},
            "exact": {"type": "string"},
            "prefix": {"type": "string"},
            "suffix": {"type": "string"},
        },
        "required": ["type", "exact", "prefix", "suffix"],
        "additionalProperties": False,
    }
    defs["Comment"]["properties"]["selectors"] = {
        "description": "The comment's place in the source, as W3C Web Annotation selectors"
        " (present when the comment has a span).",
        "type": "array",
        "prefixItems": [
            {"$ref": "#/$defs/TextPositionSelector"},
            {"$ref": "#/$defs/TextQuoteSelector"},
        ],
        "items": False,
        "minItems": 2,
    }
