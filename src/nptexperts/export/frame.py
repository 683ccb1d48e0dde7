"""pandas DataFrames of the records (the optional extra ``nptexperts[pandas]``).

The frames have the columns of the CSV tables (see :mod:`nptexperts.export.tables`):
one row per expert, one row per comment with both languages and their
provenance. pandas is imported when a frame is asked for, never before.

>>> comments = comments_frame()
>>> comments.index.name
'id'
>>> set(comments["body_en_origin"]) <= {"published", "editorial_translation", "editorial"}
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from nptexperts.api import load_dataset
from nptexperts.export.tables import TABLES
from nptexperts.models import Dataset

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

__all__ = ["comments_frame", "experts_frame", "table_frame"]


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import-untyped,unused-ignore]
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("DataFrames need pandas: pip install 'nptexperts[pandas]'") from None
    return pandas


def table_frame(name: str, dataset: Dataset | None = None) -> pd.DataFrame:
    """The table ``name`` (``"experts"``, ``"comments"``, ``"positions"``…) as a DataFrame.

    Text columns have pandas' ``string`` dtype, integer columns the nullable
    ``Int64``, dates ``datetime64``; the primary key is the index.
    """
    pd = _pandas()
    table = next((t for t in TABLES if t.name == name), None)
    if table is None:
        from nptexperts.errors import UnknownTableError

        raise UnknownTableError(name, [t.name for t in TABLES])
    data = dataset if dataset is not None else load_dataset()
    frame = pd.DataFrame.from_records(list(table.tuples(data)), columns=list(table.column_names))
    for col in table.columns:  # typed columns: nullable integers, strings, dates
        if col.type == "string":
            frame[col.name] = frame[col.name].astype("string")
        elif col.type == "integer":
            frame[col.name] = frame[col.name].astype("Int64")
        else:
            frame[col.name] = pd.to_datetime(frame[col.name], format="%Y-%m-%d")
    return frame.set_index(list(table.primary_key))


def experts_frame(dataset: Dataset | None = None) -> pd.DataFrame:
    """The experts, one row each, indexed by id."""
    return table_frame("experts", dataset)


def comments_frame(dataset: Dataset | None = None) -> pd.DataFrame:
    """The comments, one row each with both languages and their provenance, indexed by id."""
    return table_frame("comments", dataset)
