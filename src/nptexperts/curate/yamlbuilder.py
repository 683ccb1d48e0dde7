"""Building plain data from a stream of YAML events, value by value: tags that would build an
object, anchors, aliases, nesting deeper than :data:`MAX_DEPTH` and keys given twice are
faults, and every key and list item keeps its line and column.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import yaml

from nptexperts._fault import Fault, Path, clipped, format_path, shown

__all__ = ["MAX_DEPTH"]


_SAFE_TAGS = {
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:str",
}
_SEQ_TAG = "tag:yaml.org,2002:seq"
_STANDARD_PREFIX = "tag:yaml.org,2002:"
#: How deep lists and mappings may nest in one file (records nest about six deep).
MAX_DEPTH = 64
_MAP_TAG = "tag:yaml.org,2002:map"


class _Stop(Exception):
    """Parsing this file cannot go on."""


def _show_tag(tag: str) -> str:
    """A tag as a curator writes it: ``!!python/object`` rather than its long form."""
    if tag.startswith(_STANDARD_PREFIX):
        return "!!" + tag.removeprefix(_STANDARD_PREFIX)
    return tag


class _Builder:
    """Builds plain data from a stream of YAML events."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.marks: dict[Path, tuple[int, int]] = {(): (1, 1)}
        self.written: dict[Path, str] = {}
        self.faults: list[Fault] = []
        self._resolver = yaml.resolver.Resolver()
        self._constructor = yaml.constructor.SafeConstructor()

    def _fault(self, event: Any, path: Path, message: str) -> None:
        mark = event.start_mark
        self.faults.append(
            Fault(self.name, format_path(path), message, mark.line + 1, mark.column + 1)
        )

    def build(self, events: Iterator[Any]) -> Any:
        data: Any = None
        documents = 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self._fault(
                        event,
                        (),
                        "a second YAML document: expected one document per file",
                    )
                    raise _Stop
                root = next(events)
                self.marks[()] = (root.start_mark.line + 1, root.start_mark.column + 1)
                data = self._node(root, events, ())
        return data

    def _check_anchor(self, event: Any, path: Path) -> None:
        if getattr(event, "anchor", None) is not None:
            self._fault(
                event,
                path,
                f"anchor &{event.anchor}: anchors and aliases are not allowed; write the value out",
            )

    def _check_tag(self, event: Any, path: Path, allowed: set[str]) -> bool:
        tag = getattr(event, "tag", None)
        if tag is None or tag == "!" or tag in allowed:
            return True
        self._fault(
            event,
            path,
            f"the tag {_show_tag(tag)} is not allowed (it would make YAML build an object):"
            " expected plain data, with no tags",
        )
        return False

    def _node(self, event: Any, events: Iterator[Any], path: Path) -> Any:
        if isinstance(event, yaml.AliasEvent):
            # Stop at the first alias: nothing is ever expanded, so an alias bomb
            # costs no more than reading up to its first alias.
            self._fault(
                event,
                path,
                f"alias *{event.anchor}: anchors and aliases are not allowed; write the value"
                " out (the rest of the file is not read)",
            )
            raise _Stop
        self._check_anchor(event, path)
        if len(path) > MAX_DEPTH and isinstance(
            event, yaml.SequenceStartEvent | yaml.MappingStartEvent
        ):
            self._fault(
                event,
                path,
                f"lists and mappings nested more than {MAX_DEPTH} deep: expected a record's"
                " fields (the rest of the file is not read)",
            )
            raise _Stop
        if isinstance(event, yaml.ScalarEvent):
            return self._scalar(event, path)
        if isinstance(event, yaml.SequenceStartEvent):
            self._check_tag(event, path, {_SEQ_TAG})
            items: list[Any] = []
            for item in events:
                if isinstance(item, yaml.SequenceEndEvent):
                    return items
                here = (*path, len(items))
                self.marks[here] = (
                    item.start_mark.line + 1,
                    item.start_mark.column + 1,
                )
                items.append(self._node(item, events, here))
            raise _Stop
        if isinstance(event, yaml.MappingStartEvent):
            self._check_tag(event, path, {_MAP_TAG})
            mapping: dict[str, Any] = {}
            for key_event in events:
                if isinstance(key_event, yaml.MappingEndEvent):
                    return mapping
                key = self._key(key_event, events, path)
                here = (*path, key) if key is not None else path
                value_event = next(events)
                if key is None:
                    self._node(value_event, events, path)
                    continue
                if key in mapping:
                    first = self.marks.get(here)
                    where = f" (first given on line {first[0]})" if first else ""
                    self._fault(
                        key_event,
                        here,
                        f"the key {shown(key)} is given twice in this mapping{where}: keep one",
                    )
                    self._node(value_event, events, here)
                    continue
                self.marks[here] = (
                    key_event.start_mark.line + 1,
                    key_event.start_mark.column + 1,
                )
                mapping[key] = self._node(value_event, events, here)
            raise _Stop
        raise _Stop

    def _key(self, event: Any, events: Iterator[Any], path: Path) -> str | None:
        if isinstance(event, yaml.ScalarEvent):
            self._check_anchor(event, path)
            return str(event.value)
        self._fault(event, path, "a key that is not plain text: expected a field name")
        self._node(event, events, path)
        return None

    def _scalar(self, event: Any, path: Path) -> Any:
        if not self._check_tag(event, path, _SAFE_TAGS):
            return None
        tag = event.tag
        if tag is None or tag == "!":
            implicit = event.implicit if tag is None else (False, True)
            tag = self._resolver.resolve(  # type: ignore[no-untyped-call]
                yaml.ScalarNode, event.value, implicit
            )
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = self._constructor.yaml_constructors[tag](self._constructor, node)
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
            if tag == "tag:yaml.org,2002:timestamp":
                message = (
                    f"{shown(event.value)} is not a valid date ({exc}): expected a real date as"
                    " YYYY-MM-DD, or quotes around the value if it is meant as text"
                )
            else:
                message = (
                    f"cannot read {shown(event.value)} as {_show_tag(tag)}: {clipped(str(exc))}"
                )
            self._fault(event, path, message)
            return None
        if isinstance(value, datetime.datetime):
            self._fault(
                event,
                path,
                f"{shown(event.value)} is a timestamp: expected a date as YYYY-MM-DD, or quotes"
                " around the value if it is meant as text",
            )
            return None
        if not isinstance(value, str) and event.tag is None:
            self.written[path] = event.value
        return value
