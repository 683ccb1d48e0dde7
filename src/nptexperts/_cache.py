"""The package's one cache idiom: a lazy loader under one lock, as pycountry's.

Everything the package reads or derives from its own files (the releases'
catalogue, each loaded release, the shipped stems, the Snowball stemmers, the
country names) never changes while the process runs. Each is a function decorated
with :func:`cached`: the first call with some arguments runs it under the package's
one lock (:data:`LOCK`, re-entrant, since one loader calls another), and every later
call returns the same object without taking the lock. :func:`clear` forgets them all;
it is the one hook the tests use to read the files again.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Generic, ParamSpec, TypeVar

__all__ = ["LOCK", "Cached", "cached", "clear"]

_P = ParamSpec("_P")
_T = TypeVar("_T")

#: The one lock of every cache (and of what an :class:`~nptexperts.Index` derives).
LOCK = threading.RLock()

_caches: list[dict[Hashable, object]] = []


class Cached(Generic[_P, _T]):
    """A function whose result, per arguments, is computed once (see :func:`cached`)."""

    def __init__(self, fn: Callable[_P, _T]) -> None:
        self.__wrapped__ = fn
        self.__doc__ = fn.__doc__
        #: The results so far, by arguments.
        self.results: dict[Hashable, _T] = {}
        _caches.append(self.results)  # type: ignore[arg-type]

    def __call__(self, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        key = (args, tuple(sorted(kwargs.items()))) if kwargs else args
        try:
            return self.results[key]
        except KeyError:
            pass
        with LOCK:
            if key not in self.results:
                self.results[key] = self.__wrapped__(*args, **kwargs)
            return self.results[key]


def cached(fn: Callable[_P, _T]) -> Cached[_P, _T]:
    """``fn``, computed once per arguments (which must be hashable), under :data:`LOCK`."""
    return Cached(fn)


def clear() -> None:
    """Forget every cached result: the next call reads the package's files again (for tests)."""
    with LOCK:
        for results in _caches:
            results.clear()
