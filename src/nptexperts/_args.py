"""The checks on the public calls' arguments: types, and the caps that bound the work.

A search query, an id and a country string are user input, maybe a whole file of
it: each has a length cap (and a query a cap on its words and phrases), checked
before any work is done, and over it the call raises
:class:`~nptexperts.InvalidArgumentError` at once. Suggestions ("did you mean …?")
are made only for input under the cap. A value of the wrong type raises the same
error, not a Python ``TypeError`` from deep inside.

>>> check_limit(5), check_limit(None)
(5, None)
>>> check_limit(True)
Traceback (most recent call last):
...
nptexperts._errors.InvalidArgumentError: limit must be an int (or None), not bool
"""

from __future__ import annotations

import os

from nptexperts._errors import InvalidArgumentError

__all__ = [
    "MAX_COUNTRY_LENGTH",
    "MAX_ID_LENGTH",
    "MAX_QUERY_LENGTH",
    "MAX_QUERY_PARTS",
    "check_limit",
    "check_path",
    "check_text",
    "too_many_parts",
]

#: The longest search query, in characters.
MAX_QUERY_LENGTH = 500
#: The most words and quoted phrases a search query may have.
MAX_QUERY_PARTS = 32
#: The longest record id looked up, in characters (the longest real one is far shorter).
MAX_ID_LENGTH = 200
#: The longest country string looked up, in characters.
MAX_COUNTRY_LENGTH = 200


def check_text(value: object, what: str, limit: int) -> str:
    """``value`` if it is a string of at most ``limit`` characters; else :class:`InvalidArgumentError`."""
    if not isinstance(value, str):
        raise InvalidArgumentError(f"{what} must be a string, not {type(value).__name__}")
    if len(value) > limit:
        error = InvalidArgumentError(
            f"{what} is {len(value):,} characters long: at most {limit:,} are allowed"
        )
        #: The interface's words for it (:mod:`nptexperts.cli.output` says it in Russian too).
        error.words = ("too_long", {"what": what, "length": len(value), "limit": limit})  # type: ignore[attr-defined]
        raise error
    return value


def too_many_parts(n: int) -> InvalidArgumentError:
    """The error for a query of ``n`` words and phrases, over :data:`MAX_QUERY_PARTS`."""
    error = InvalidArgumentError(
        f"the query has {n} words and phrases: at most {MAX_QUERY_PARTS} are allowed"
    )
    error.words = ("too_many_parts", {"n": n, "limit": MAX_QUERY_PARTS})  # type: ignore[attr-defined]
    return error


def check_limit(limit: object) -> int | None:
    """``limit`` if it is ``None`` or an ``int`` of 0 or more (not a ``bool``)."""
    if limit is None:
        return None
    if type(limit) is bool or not isinstance(limit, int):
        raise InvalidArgumentError(f"limit must be an int (or None), not {type(limit).__name__}")
    if limit < 0:
        raise InvalidArgumentError(f"limit must be 0 or more, not {limit}")
    return limit


def check_path(path: object) -> None:
    """Raise :class:`InvalidArgumentError` unless ``path`` is a path or a ``Traversable``."""
    if isinstance(path, str | os.PathLike) or (
        hasattr(path, "joinpath") and hasattr(path, "iterdir")
    ):
        return
    raise InvalidArgumentError(
        f"path must be a str, an os.PathLike or a Traversable, not {type(path).__name__}"
    )
