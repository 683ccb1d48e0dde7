"""Records to a bundle: the canonical JSON of a :class:`~nptexperts.Dataset`.

The one writer of today's bundle format (:mod:`nptexperts._releases.bundle` reads
every format back): the records' plain form
(:func:`~nptexperts._records.plain.to_plain`, which the ``--json`` output and
:func:`~nptexperts.diff` use too) as sorted JSON. The compiler writes releases with
it; the JSON export and :func:`~nptexperts.dataset_info` use it for records that are
not a shipped release.
"""

from __future__ import annotations

import json

from nptexperts._records.models import Dataset
from nptexperts._releases.bundle import BUNDLE_FORMAT, FORMAT_KEY

__all__ = ["encode_bundle"]


def encode_bundle(dataset: Dataset) -> bytes:
    """The canonical JSON of ``dataset`` in today's bundle format.

    Sorted keys, UTF-8, one space indent, final newline: the same records always
    give the same bytes, so the bytes' SHA-256 is the records' content digest.
    """
    from nptexperts._records.plain import to_plain

    plain = to_plain(dataset)
    plain[FORMAT_KEY] = BUNDLE_FORMAT
    text = json.dumps(plain, ensure_ascii=False, sort_keys=True, indent=1)
    return (text + "\n").encode("utf-8")
