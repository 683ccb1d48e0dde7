"""One table of the records as a pandas DataFrame, in one call (``nptexperts[pandas]``).

>>> import nptexperts
>>> experts = nptexperts.load_frame("experts")
>>> experts.index.name
'id'
>>> len(experts) == len(nptexperts.load_experts())
True
>>> nptexperts.load_frame("comments", data_version="2026.1")["body_ru_origin"].unique().tolist()
['editorial_translation']
>>> nptexperts.load_frame("penguins")
Traceback (most recent call last):
...
nptexperts.errors.UnknownTableError: no table is called 'penguins': use one of sources, keywords, sections, questions, experts, positions, name_variants, comments, notes

pandas is imported by this call, never by ``import nptexperts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

__all__ = ["load_frame"]


def load_frame(name: str, data_version: str | None = None) -> pd.DataFrame:
    """The table ``name`` of a data release (default: the latest) as a pandas DataFrame.

    ``name`` is one of the tables of the CSV export: ``experts``, ``comments``,
    ``positions``, ``name_variants``, ``questions``, ``sections``, ``sources``,
    ``notes``. The columns are the CSV columns, typed (strings, nullable
    integers, dates); the primary key is the index. An unknown name raises
    :class:`~nptexperts.UnknownTableError`, which names the tables; without pandas,
    :class:`ImportError` says how to install it.
    """
    from nptexperts.api import load_dataset
    from nptexperts.export.frame import table_frame
    from nptexperts.export.tables import TABLES

    if name not in {t.name for t in TABLES}:
        from nptexperts.errors import UnknownTableError

        raise UnknownTableError(name, [t.name for t in TABLES])
    return table_frame(name, load_dataset(data_version=data_version))
