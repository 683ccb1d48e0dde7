"""One table of the records as a pandas DataFrame, in one call (``nptexperts[pandas]``).

The one way to a DataFrame: :func:`load_frame`. Its columns are the CSV tables'
(:mod:`nptexperts.export.tables`), typed: strings, nullable integers, dates, and every
column with a closed set of values (an origin, a country basis…) a pandas
``Categorical`` of exactly its Enum's values. ``lang="ru"`` (or ``"en"``) gives a
narrow view for reading: one language's texts with their origin, without the other
language, the texts' source ids and the deprecated columns.

>>> import nptexperts
>>> experts = nptexperts.load_frame("experts")
>>> experts.index.name
'id'
>>> len(experts) == len(nptexperts.load_experts())
True
>>> comments = nptexperts.load_frame("comments", data_version="2026.1")
>>> comments["body_ru_origin"].unique().tolist()
['editorial_translation']
>>> list(comments["body_ru_origin"].cat.categories)
['published', 'editorial_translation', 'editorial']
>>> list(nptexperts.load_frame("positions", lang="ru").columns)
['title_ru', 'title_ru_origin', 'source', 'as_of']
>>> nptexperts.load_frame("penguins")
Traceback (most recent call last):
...
nptexperts._errors.UnknownTableError: no table is called 'penguins': use one of sources, keywords, sections, questions, experts, positions, name_variants, comments, notes, record_notes, events, event_sources, expectations

pandas is imported by this call, never by ``import nptexperts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd  # type: ignore[import-untyped,unused-ignore]
    from pandas import DataFrame as _DataFrame  # type: ignore[import-untyped,unused-ignore]

    from nptexperts._records.lang import Lang
    from nptexperts._records.models import Dataset
    from nptexperts.export._columns import Column, Table

__all__ = ["load_frame"]


def _pandas() -> Any:
    try:
        import pandas  # type: ignore[import-untyped,unused-ignore]
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("DataFrames need pandas: pip install 'nptexperts[pandas]'") from None
    return pandas


def _read_in(col: Column, table: Table, lang: Lang) -> bool:
    """Whether the column belongs in the ``lang`` reading view of ``table``."""
    if col.deprecated:
        return False
    names = set(table.column_names)
    for other in ("en", "ru"):
        suffix = f"_{other}"
        for tail in ("", "_origin", "_source"):
            if col.name.endswith(suffix + tail):
                stem = col.name[: len(col.name) - len(suffix + tail)]
                if f"{stem}_{other}_origin" in names:  # one of a bilingual text's six columns
                    return other == lang and tail != "_source"
    return True


def load_frame(
    name: str,
    data_version: str | None = None,
    *,
    lang: Lang | None = None,
    dataset: Dataset | None = None,
) -> pd.DataFrame:
    """The table ``name`` of a data release (default: the latest) as a pandas DataFrame.

    ``name`` is one of the tables of the CSV export: ``experts``, ``comments``,
    ``positions``, ``name_variants``, ``questions``, ``sections``, ``sources``,
    ``keywords``, ``notes``. The columns are the CSV columns, typed (``string``,
    nullable ``Int64``, ``datetime64`` dates, and ``category`` for a closed set of
    values, with every value the Enum allows as a category); the primary key is the
    index. ``lang`` (``"en"`` or ``"ru"``) keeps one language's texts and their origin
    only. ``dataset`` gives the frame of a loaded :class:`~nptexperts.Dataset` (a
    curator's folder, :func:`~nptexperts.load_dataset`) instead of a shipped release.

    An unknown name raises :class:`~nptexperts.UnknownTableError`, which names the
    tables; without pandas, :class:`ImportError` says how to install it.
    """
    from nptexperts.export.tables import TABLES

    table = next((t for t in TABLES if t.name == name), None)
    if table is None:
        from nptexperts._errors import UnknownTableError

        raise UnknownTableError(name, [t.name for t in TABLES])
    code = None
    if lang is not None:
        from nptexperts._records.lang import normalize_lang

        code = normalize_lang(lang)
    if dataset is None:
        from nptexperts._api import load_dataset

        dataset = load_dataset(data_version=data_version)
    elif data_version is not None:
        from nptexperts._errors import InvalidArgumentError

        raise InvalidArgumentError("give data_version or dataset, not both")
    pd = _pandas()
    frame = pd.DataFrame.from_records(list(table.tuples(dataset)), columns=list(table.column_names))
    for col in table.columns:  # typed columns: categories, strings, nullable integers, dates
        if col.enum is not None:
            frame[col.name] = pd.Categorical(frame[col.name], categories=list(col.enum))
        elif col.type == "string":
            frame[col.name] = frame[col.name].astype("string")
        elif col.type == "integer":
            frame[col.name] = frame[col.name].astype("Int64")
        else:
            frame[col.name] = pd.to_datetime(frame[col.name], format="%Y-%m-%d")
    frame = frame.set_index(list(table.primary_key))
    if code is not None:
        keep = [
            c.name for c in table.columns if c.name in frame.columns and _read_in(c, table, code)
        ]
        frame = frame[keep]
    # Cast: with pandas-stubs installed (mlcroissant, a test dependency, brings them) the
    # return type is a class, and mypy refuses to return the untyped frame.
    return cast("_DataFrame", frame)
