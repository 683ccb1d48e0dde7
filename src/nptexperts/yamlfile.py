"""Reading one curated YAML file safely, with the line of every value.

The file is parsed to YAML events (libyaml's C parser where PyYAML has it) and
built up here, so that:

- only plain data comes out: mappings, lists, strings, numbers, booleans, dates
  and null; a tag that would construct anything else is refused, never run;
- anchors and aliases are refused where they stand, so an alias bomb cannot
  expand;
- a key given twice in one mapping is a fault (PyYAML would keep the last);
- every key and list item has its line and column, for error messages.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import Any

import attrs
import yaml

from nptexperts.errors import Fault

__all__ = ["Path", "YamlFile", "read_yaml"]

#: A place in a file's data: mapping keys and list indices, from the top.
Path = tuple[str | int, ...]

_Parser: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SAFE_TAGS = {
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:str",
}
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"


@attrs.frozen
class YamlFile:
    """A file's data and where each part of it stands."""

    name: str
    data: Any
    #: 1-based (line, column) of each key or list item, by path.
    marks: dict[Path, tuple[int, int]]
    faults: tuple[Fault, ...] = ()

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


class _Stop(Exception):
    """Parsing this file cannot go on."""


def read_yaml(raw: bytes, name: str) -> YamlFile:
    """Parse ``raw`` (the bytes of the file called ``name``) into plain data.

    Never raises for bad content: a file that cannot be read is returned with
    ``data`` None and its faults.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return YamlFile(
            name,
            None,
            {},
            (
                Fault(
                    name,
                    "",
                    f"the file is not UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
                    line,
                    column,
                ),
            ),
        )
    text = text.removeprefix("\ufeff")
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return YamlFile(
            name,
            None,
            {},
            (Fault(name, "", "the file is empty: expected a mapping of fields", 1, 1),),
        )
    builder = _Builder(name)
    try:
        data = builder.build(yaml.parse(text, Loader=_Parser))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        builder.faults.append(
            Fault(
                name,
                "",
                f"YAML syntax error: {message}",
                mark.line + 1 if mark else None,
                mark.column + 1 if mark else None,
            )
        )
        data = None
    except yaml.YAMLError as exc:
        builder.faults.append(Fault(name, "", f"YAML error: {exc}"))
        data = None
    except _Stop:
        data = None
    return YamlFile(name, data, builder.marks, tuple(builder.faults))


class _Builder:
    """Builds plain data from a stream of YAML events."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.marks: dict[Path, tuple[int, int]] = {(): (1, 1)}
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
                data = self._node(next(events), events, ())
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
            f"the tag {tag} is not allowed: expected plain data (no YAML tags)",
        )
        return False

    def _node(self, event: Any, events: Iterator[Any], path: Path) -> Any:
        if isinstance(event, yaml.AliasEvent):
            self._fault(
                event,
                path,
                f"alias *{event.anchor}: anchors and aliases are not allowed; write the value out",
            )
            return None
        self._check_anchor(event, path)
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
                        f"the key {key!r} is given twice in this mapping{where}: keep one",
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
            self._fault(
                event,
                path,
                f"cannot read {event.value!r} as {tag.rsplit(':', 1)[-1]}: {exc}",
            )
            return None
        if isinstance(value, datetime.datetime):
            self._fault(
                event,
                path,
                f"{event.value!r} is a timestamp: expected a date as YYYY-MM-DD",
            )
            return None
        return value
