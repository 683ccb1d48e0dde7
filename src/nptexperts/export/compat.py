"""Whether a new version of a JSON Schema would break a consumer of the old one.

The shapes the package publishes (the JSON export, each command's ``--json``)
keep their schemas frozen in ``tests/schemas/``; a test compares today's
generated schemas with them through :func:`schema_changes`. A change is
*breaking* when a document or a program written against the old schema could fail
with the new one:

- a field that the old schema names is gone (removed, or renamed);
- a field's values are narrowed: a type, an enumeration value or a constant the old
  schema allowed is no longer allowed, or a new bound or format is imposed;
- a new required field, or an optional field made required;
- a mapping that allowed other keys no longer does.

Anything else that changes what is allowed is *additive* (a new optional field, a
new enumeration value, a type widened to allow ``null``): compatible, but a
consumer may meet values it has not seen, so it too is made on purpose.
Descriptions and titles are not compared.

>>> old = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
>>> new = {"type": "object", "properties": {"b": {"type": "string"}}, "required": ["b"]}
>>> [str(c) for c in schema_changes(old, new)]
['breaking: $.a: removed', 'breaking: $.b: new required field']
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

__all__ = ["SchemaChange", "breaking_changes", "schema_changes"]

#: Keywords that bound a value: a new one, or a changed value, narrows (compared as equal only).
_BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
           "maxLength", "pattern", "format", "minItems", "maxItems", "prefixItems")  # fmt: skip


@attrs.frozen
class SchemaChange:
    """One difference between two schemas, at a place in the documents they describe."""

    #: Where in a document: ``$`` the whole, ``$.experts[].name`` a field of every entry.
    path: str
    #: True when a consumer of the old schema could break.
    breaking: bool
    #: What changed, in a few words.
    what: str

    def __str__(self) -> str:
        return f"{'breaking' if self.breaking else 'additive'}: {self.path}: {self.what}"


def schema_changes(old: dict[str, Any], new: dict[str, Any]) -> list[SchemaChange]:
    """Every difference in what the schemas ``old`` and ``new`` allow, breaking ones and not.

    Both are JSON Schemas in the style the package writes: ``$ref`` into ``$defs``,
    ``anyOf``, ``type`` (a name or a list), ``enum``, ``const``, ``properties``,
    ``required``, ``additionalProperties``, ``items``.
    """
    return list(_compare(_Node(old, old), _Node(new, new), "$", frozenset()))


def breaking_changes(old: dict[str, Any], new: dict[str, Any]) -> list[SchemaChange]:
    """The changes from ``old`` to ``new`` that would break a consumer of ``old``.

    >>> breaking_changes({"type": "string"}, {"type": ["string", "null"]})
    []
    >>> [str(c) for c in breaking_changes({"enum": ["a", "b"]}, {"enum": ["a"]})]
    ["breaking: $: no longer allows 'b'"]
    """
    return [c for c in schema_changes(old, new) if c.breaking]


def _as_object(schema: dict[str, Any] | bool) -> dict[str, Any]:
    """A boolean schema as the object schema it means: ``true`` allows anything (``{}``),
    ``false`` nothing (``{"not": {}}``, as in ``"items": false`` after ``prefixItems``)."""
    if schema is True:
        return {}
    if schema is False:
        return {"not": {}}
    return schema


@attrs.frozen
class _Node:
    """A schema node and the document whose ``$defs`` its references point into."""

    schema: dict[str, Any] = attrs.field(converter=_as_object)
    root: dict[str, Any]

    def resolved(self) -> tuple[_Node, str | None]:
        """The node with its ``$ref`` followed (and the definition's name)."""
        node, name = self, None
        seen = 0
        while "$ref" in node.schema:
            ref = node.schema["$ref"]
            if not ref.startswith("#/$defs/") or seen > 50:
                raise ValueError(f"unsupported $ref {ref!r}")
            name = ref.removeprefix("#/$defs/")
            node = _Node(self.root["$defs"][name], self.root)
            seen += 1
        return node, name

    def alternatives(self) -> list[_Node]:
        """The node as a list of alternatives of one type each (``anyOf`` and type lists split)."""
        node, _ = self.resolved()
        s = node.schema
        if "anyOf" in s or "oneOf" in s:
            return [
                alt
                for branch in s.get("anyOf") or s.get("oneOf") or ()
                for alt in _Node(branch, self.root).alternatives()
            ]
        types = s.get("type")
        if isinstance(types, list):
            return [_Node({**s, "type": t}, self.root) for t in types]
        return [node]


def _kind(node: _Node) -> str:
    """The JSON type of a one-type alternative (``any`` when the schema names none)."""
    s = node.schema
    if "type" in s:
        return str(s["type"])
    values = s["enum"] if "enum" in s else [s["const"]] if "const" in s else None
    if values:
        kinds = {_json_type(v) for v in values}
        if len(kinds) == 1:
            return kinds.pop()
    if "properties" in s:
        return "object"
    return "any"


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _values(s: dict[str, Any]) -> list[Any] | None:
    """The values an alternative is limited to (``enum``, ``const``), or ``None`` for any."""
    if "enum" in s:
        return list(s["enum"])
    if "const" in s:
        return [s["const"]]
    return None


def _compare(old: _Node, new: _Node, path: str, seen: frozenset[str]) -> Iterator[SchemaChange]:
    (old_r, old_name), (new_r, new_name) = old.resolved(), new.resolved()
    key = f"{old_name}>{new_name}"
    if old_name and new_name and key in seen:  # a recursive definition: compared once
        return
    seen = seen | {key}
    olds, news = old_r.alternatives(), new_r.alternatives()
    by_kind: dict[str, list[_Node]] = {}
    for alt in news:
        by_kind.setdefault(_kind(alt), []).append(alt)
    old_kinds = {_kind(a) for a in olds}
    if "any" in by_kind:  # the new schema allows anything here
        if "any" not in old_kinds:
            yield SchemaChange(path, False, "now allows any value")
        return
    for alt in olds:
        kind = _kind(alt)
        matches = by_kind.get(kind, [])
        if not matches:
            yield SchemaChange(path, True, f"no longer allows {kind}")
            continue
        yield from _compare_one(alt, matches[0], kind, path, seen)
    for kind in by_kind:
        if kind not in old_kinds and "any" not in old_kinds:
            yield SchemaChange(path, False, f"now also allows {kind}")


def _compare_one(
    old: _Node, new: _Node, kind: str, path: str, seen: frozenset[str]
) -> Iterator[SchemaChange]:
    o, n = old.schema, new.schema
    old_values, new_values = _values(o), _values(n)
    if new_values is not None and old_values is None:
        yield SchemaChange(path, True, f"now limited to {', '.join(map(repr, new_values))}")
    elif new_values is not None and old_values is not None:
        for value in old_values:
            if value not in new_values:
                yield SchemaChange(path, True, f"no longer allows {value!r}")
    if old_values is not None:
        added = [v for v in (new_values or []) if v not in old_values]
        if new_values is None:
            yield SchemaChange(path, False, "now allows any value")
        elif added:
            yield SchemaChange(path, False, f"now also allows {', '.join(map(repr, added))}")
    for bound in _BOUNDS:
        if bound in n and n.get(bound) != o.get(bound):
            yield SchemaChange(path, True, f"new or changed {bound} {n[bound]!r}")
        elif bound in o and bound not in n:
            yield SchemaChange(path, False, f"no {bound} any more")
    if kind == "object":
        yield from _compare_object(old, new, path, seen)
    elif kind == "array" and ("items" in o or "items" in n):
        yield from _compare(
            _Node(o.get("items", {}), old.root), _Node(n.get("items", {}), new.root),
            f"{path}[]", seen,
        )  # fmt: skip


def _compare_object(
    old: _Node, new: _Node, path: str, seen: frozenset[str]
) -> Iterator[SchemaChange]:
    o, n = old.schema, new.schema
    old_props, new_props = o.get("properties", {}), n.get("properties", {})
    old_req, new_req = set(o.get("required", ())), set(n.get("required", ()))
    for name, sub in old_props.items():
        where = f"{path}.{name}"
        if name not in new_props:
            yield SchemaChange(where, True, "removed")
            continue
        if name in new_req and name not in old_req:
            yield SchemaChange(where, True, "now required")
        elif name in old_req and name not in new_req:
            yield SchemaChange(where, False, "no longer required")
        yield from _compare(_Node(sub, old.root), _Node(new_props[name], new.root), where, seen)
    for name in new_props:
        if name not in old_props:
            required = name in new_req
            what = "new required field" if required else "new optional field"
            yield SchemaChange(f"{path}.{name}", required, what)
    if o.get("additionalProperties", True) is not False and n.get("additionalProperties") is False:
        yield SchemaChange(path, True, "no longer allows other keys")
