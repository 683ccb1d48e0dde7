"""The commands' JSON: --json, indented JSON on stdout, and JSON Lines with every unsafe
character escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

__all__ = ["echo_json", "json_line", "json_option"]

_F = TypeVar("_F", bound=Callable[..., Any])


def json_option(help_text: str) -> Callable[[_F], _F]:
    """``--json``: print the result as JSON (its shape: ``nptexperts schema --shape NAME``)."""
    return click.option("--json", "as_json", is_flag=True, help=help_text)


def echo_json(plain: object) -> None:
    """``plain`` as indented UTF-8 JSON on stdout (JSON escapes every control character)."""
    import json

    click.echo(json.dumps(plain, ensure_ascii=False, indent=2))


def json_line(plain: object) -> str:
    """``plain`` as one line of JSON (JSON Lines), UTF-8 text rather than ``\\u`` escapes,
    but with every character :func:`clean` escapes (C1 and bidirectional controls too,
    which JSON itself leaves as they are) written as a JSON escape: the value is unchanged."""
    import json

    return json.dumps(plain, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


def _json_escape(code: int) -> str:
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    high, low = divmod(code - 0x10000, 0x400)
    return f"\\u{0xD800 + high:04x}\\u{0xDC00 + low:04x}"


def _json_escapes() -> dict[int, str]:
    from nptexperts._unsafe import UNSAFE

    return {c: _json_escape(c) for c in UNSAFE if c not in (0x09, 0x0A)}


_JSON_ESCAPES = _json_escapes()
