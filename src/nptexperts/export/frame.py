"""Deprecated since 0.3.0 (removed in 0.4.0): use :func:`nptexperts.load_frame`.

The frames of the CSV tables have one entry point, :func:`nptexperts.load_frame`
(``load_frame(name, dataset=...)`` for a loaded :class:`~nptexperts.Dataset`);
these three names call it, with a :class:`DeprecationWarning`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nptexperts._deprecation import deprecated
from nptexperts._records.models import Dataset

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]

__all__ = ["comments_frame", "experts_frame", "table_frame"]


@deprecated(
    "nptexperts.export.table_frame is deprecated since nptexperts 0.3.0 and will be removed in"
    " 0.4.0: use nptexperts.load_frame(name, dataset=dataset)"
)
def table_frame(name: str, dataset: Dataset | None = None) -> pd.DataFrame:
    """Deprecated: :func:`nptexperts.load_frame` (``load_frame(name, dataset=dataset)``)."""
    from nptexperts._frames import load_frame

    return load_frame(name, dataset=dataset)


@deprecated(
    "nptexperts.export.experts_frame is deprecated since nptexperts 0.3.0 and will be removed in"
    " 0.4.0: use nptexperts.load_frame('experts')"
)
def experts_frame(dataset: Dataset | None = None) -> pd.DataFrame:
    """Deprecated: ``nptexperts.load_frame("experts")``."""
    from nptexperts._frames import load_frame

    return load_frame("experts", dataset=dataset)


@deprecated(
    "nptexperts.export.comments_frame is deprecated since nptexperts 0.3.0 and will be removed in"
    " 0.4.0: use nptexperts.load_frame('comments')"
)
def comments_frame(dataset: Dataset | None = None) -> pd.DataFrame:
    """Deprecated: ``nptexperts.load_frame("comments")``."""
    from nptexperts._frames import load_frame

    return load_frame("comments", dataset=dataset)
