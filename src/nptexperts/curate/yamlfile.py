"""Reading one curated YAML file safely, with the line of every value.

The file is parsed to YAML events (libyaml's C parser where PyYAML has it) and
built up here, so that:

- only plain data comes out: mappings, lists, strings, numbers, booleans, dates
  and null; a tag that would construct anything else is refused, never run;
- anchors and aliases are refused where they stand, and reading stops at the
  first alias, so an alias bomb ("billion laughs") is never expanded;
- nesting deeper than :data:`MAX_DEPTH` is refused (no record is that deep);
- a key given twice in one mapping is a fault (PyYAML would keep the last);
- every key and list item has its line and column, for error messages.
"""

from __future__ import annotations

from typing import Any

import yaml

from nptexperts._fault import Fault, Path, YamlFile, format_path
from nptexperts.curate.yamlbuilder import MAX_DEPTH, _Builder, _Stop

__all__ = ["MAX_DEPTH", "Path", "YamlFile", "format_path", "read_yaml"]


_Parser: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    except yaml.reader.ReaderError as exc:
        char = exc.character
        code = ord(char) if isinstance(char, str) else int(char)
        # The reader stops at the first such character; its position may count
        # bytes (libyaml) or characters, so find the character itself.
        found = text.find(chr(code))
        line, column = _place(text, found if found >= 0 else exc.position)
        shown = f"U+{code:04X}"
        builder.faults.append(
            Fault(
                name,
                "",
                f"the character {shown} cannot stand in a YAML file ({exc.reason}): remove it",
                line,
                column,
            )
        )
        data = None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = str(exc.problem or exc.context or "the file is not valid YAML")
        if exc.context:
            message = f"{message} ({exc.context}"
            start = exc.context_mark
            if start is not None and mark is not None and start.line != mark.line:
                message += f" that starts on line {start.line + 1}"
            message += ")"
        if mark is not None and text[mark.index : mark.index + 1] == "\t":
            message += "; YAML does not allow tabs for indentation: indent with spaces"
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
    return YamlFile(name, data, builder.marks, tuple(builder.faults), builder.written)


def _place(text: str, position: int) -> tuple[int, int]:
    """The 1-based line and column of the character at ``position`` in ``text``."""
    position = max(0, min(position, len(text)))
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1
