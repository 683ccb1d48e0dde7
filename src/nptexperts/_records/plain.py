"""Records to plain data, one way for every output: :func:`to_plain`.

Plain data is what JSON holds: a record is a mapping of its field names, in the
order of the record type's fields, to their values; a tuple is a list; an Enum is
its value; a date is ``YYYY-MM-DD``; a bilingual text (:class:`~nptexperts.Text`,
:class:`~nptexperts.Note`) is its long form, a mapping of the languages to the
words and their provenance. It is the canonical form of a bundle
(:mod:`nptexperts._releases.encoding` writes it with sorted keys), of the
commands' ``--json`` output (:mod:`nptexperts.cli.shapes`) and of what
:func:`nptexperts.diff` compares (:mod:`nptexperts._releases.changes`).

cattrs does the walk (its unstructuring keeps the fields' order, which the
``--json`` output shows; msgspec's ``to_builtins`` gives the same values with the
keys of an attrs class in another order). The way back is msgspec's decoder for a
bundle (:mod:`nptexperts._releases.bundle`) and the curators' strict converter for
their YAML files (:mod:`nptexperts._records.converter`). The shipped load never
imports this module: it is imported where records are written out.
"""

from __future__ import annotations

import datetime
from typing import Any

import cattrs

__all__ = ["to_plain"]

_CONVERTER = cattrs.Converter()
_CONVERTER.register_unstructure_hook(datetime.date, datetime.date.isoformat)


def to_plain(value: object) -> Any:
    """The plain data of ``value``: a record, a tuple of records, or any value a record holds.

    >>> import datetime
    >>> from nptexperts._records.texts import Span
    >>> to_plain((Span(3, 7), datetime.date(2025, 7, 2)))
    [{'start': 3, 'end': 7}, '2025-07-02']
    """
    return _CONVERTER.unstructure(value)
