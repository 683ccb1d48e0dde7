"""The JSON shapes of the commands' ``--json`` output, one function per shape.

Each shape is documented and stable: it is the plain form
(:func:`nptexperts._records.plain.to_plain`, the bundle's) of a public type
(:class:`~nptexperts.Expert`, :class:`~nptexperts.ReleaseDiff`,
:class:`~nptexperts.DataRelease`, :class:`~nptexperts.DatasetInfo`), dates as ``YYYY-MM-DD``, and its JSON Schema,
generated from that type, ships in ``nptexperts/schema/`` (``nptexperts schema
--shape NAME`` prints it); the tests check every output against it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from nptexperts._records.plain import to_plain

if TYPE_CHECKING:
    from nptexperts._lookup.index import Index
    from nptexperts._records.models import Expectation, Expert
    from nptexperts._releases.changes import ReleaseDiff
    from nptexperts._releases.info import DatasetInfo
    from nptexperts._releases.releases import DataRelease

__all__ = [
    "diff_plain",
    "expectations_plain",
    "info_plain",
    "list_plain",
    "releases_plain",
    "show_plain",
]


def diff_plain(result: ReleaseDiff) -> dict[str, Any]:
    """The ``diff --json`` shape: ``old``, ``new``, ``added``, ``removed``, ``changed``."""
    shape: dict[str, Any] = to_plain(result)
    return shape


def releases_plain(releases: Sequence[DataRelease]) -> list[dict[str, Any]]:
    """The ``releases --json`` shape: an array of releases, oldest first.

    As in 0.2.0: the catalogue's fields that :class:`~nptexperts.DataRelease` gained
    with the typed catalogue (``file``, ``size``, ``source_texts``, the counts'
    ``by_country`` and a withdrawn id's ``since``) are left out.
    """
    shown = []
    for release in releases:
        shape: dict[str, Any] = to_plain(release)
        for key in ("file", "size", "source_texts"):
            del shape[key]
        del shape["counts"]["by_country"]
        for withdrawn in shape["withdrawn"]:
            del withdrawn["since"]
        shown.append(shape)
    return shown


def info_plain(data: DatasetInfo) -> dict[str, Any]:
    """The ``info --json`` shape: the fields of :class:`~nptexperts.DatasetInfo` and ``citation``."""
    shape: dict[str, Any] = to_plain(data)
    shape["citation"] = data.citation
    return shape


def list_plain(experts: Sequence[Expert], index: Index | None = None) -> list[dict[str, Any]]:
    """The ``list --json`` shape: an array of experts, each as in the JSON export, in list order.

    Every field is there, in both languages with provenance, whatever ``--lang`` says;
    with ``index``, each comment also has its ``selectors`` (see :func:`show_plain`).
    """
    return [show_plain(e, index) for e in experts]


def show_plain(expert: Expert, index: Index | None = None) -> dict[str, Any]:
    """The ``show --json`` shape: one expert, as in the JSON export (both languages).

    With ``index`` (the release the expert is from), each comment with a span also has
    ``selectors``: its place in the source's shipped text as W3C Web Annotation
    selectors (a ``TextPositionSelector`` and a ``TextQuoteSelector``), for annotation
    tools. They are derived at output time; the JSON export (whose bytes the release's
    digest is taken over) does not carry them.
    """
    shape: dict[str, Any] = to_plain(expert)
    if index is not None:
        from nptexperts._lookup.quotes import quote_selectors

        for comment, out in zip(expert.comments, shape["comments"], strict=True):
            if comment.span is not None:
                text = index.source_text(comment.source)
                out["selectors"] = quote_selectors(comment.span, text)
    return shape


def expectations_plain(found: Sequence[Expectation]) -> list[dict[str, Any]]:
    """The ``expectations --json`` shape: an array of expectations, each as in the JSON
    export (every field, both languages with provenance), in the records' order."""
    return [to_plain(e) for e in found]
