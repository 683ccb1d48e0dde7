"""``Index.derived``: what is derived from an index is built once and kept with it."""

from __future__ import annotations

import nptexperts


def test_derived_is_built_once_per_index_and_name() -> None:
    index = nptexperts.load_index(data_version="2026.1")
    calls: list[nptexperts.Index] = []

    def build(built_from: nptexperts.Index) -> tuple[str, ...]:
        calls.append(built_from)
        return tuple(e.id for e in built_from.experts)

    first = index.derived("test-expert-ids", build)
    assert index.derived("test-expert-ids", build) is first
    assert calls == [index]
    assert first == tuple(e.id for e in index.experts)
    # Another name is another thing derived; what is derived is not part of equality.
    index.derived("test-other", lambda i: len(i.experts))
    assert len(calls) == 1
    assert index == nptexperts.load_index(data_version="2026.1")


def test_the_search_index_is_the_one_kept_with_the_index() -> None:
    index = nptexperts.load_index()
    assert nptexperts.SearchIndex.of(index) is index.derived("search", nptexperts.SearchIndex.build)
