"""The texts of a release a quote is looked for in: experts' comments, PIR's words in
Russian, and the source's paragraphs, each folded once.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

import attrs

from nptexperts._lookup.index import Index
from nptexperts._lookup.quotefolding import _words, fold_with_offsets
from nptexperts._lookup.quotematch import Field
from nptexperts._records.lang import Lang, normalize_lang
from nptexperts._records.texts import Provenance, Span

__all__: list[str] = []


@attrs.frozen
class _Unit:
    record_id: str
    expert_id: str | None
    field: Field
    lang: Lang
    text: str
    provenance: Provenance
    #: Where ``text`` starts in the source's text (published English only).
    source_offset: int | None
    folded: str
    where: list[int] | None = attrs.field(eq=False)
    #: Spans of ``text`` that belong to other units (the quotes inside the source's text).
    taken: tuple[Span, ...] = ()
    #: For a paragraph of a source: the source's whole text (the record's text).
    whole: str | None = attrs.field(default=None, eq=False, repr=False)
    #: The folded words alone, a space between them and around them (what near matches
    #: are found in).
    bare: str = attrs.field(default="", eq=False, repr=False)

    def at(self, i: int) -> int:
        """The index in ``text`` of the folded character ``i``."""
        return i if self.where is None else self.where[i]


def _units(index: Index) -> Iterator[_Unit]:
    def unit(
        record_id: str,
        expert_id: str | None,
        field: Field,
        lang: Lang,
        text: str,
        provenance: Provenance,
        offset: int | None = None,
        taken: tuple[Span, ...] = (),
        whole: str | None = None,
    ) -> _Unit:
        folded, where = fold_with_offsets(text)
        bare = " " + " ".join(_words(folded)) + " "
        return _Unit(
            record_id,
            expert_id,
            field,
            lang,
            text,
            provenance,
            offset,
            folded,
            where,
            taken,
            whole,
            bare,
        )

    spans: dict[str, list[Span]] = {}
    for expert in index.experts:
        for c in expert.comments:
            for lang in ("en", "ru"):
                local = c.body.localized(lang)
                offset = c.span.start if lang == "en" and c.span is not None else None
                yield unit(c.id, expert.id, "comment", lang, local.value, local.provenance, offset)
            if c.span is not None:
                spans.setdefault(c.source, []).append(c.span)
            if c.context is not None:
                local = c.context.ru
                yield unit(c.id, None, "context", "ru", local.value, local.provenance)
    for section in index.sections:
        for text in (section.goal, section.method, section.context, section.summary):
            if text is not None:
                local = text.ru
                yield unit(section.id, None, "section", "ru", local.value, local.provenance)
    from nptexperts._records.models import Origin

    for source in index.sources:
        if source.text_file is None:
            continue
        provenance = Provenance(source.id, Origin.PUBLISHED)
        source_lang = normalize_lang(source.language)
        taken = sorted(spans.get(source.id, ()), key=lambda s: s.start)
        starts = [t.start for t in taken]
        whole = index.source_text(source.id)
        # One unit per paragraph: a near match is scored against a paragraph, not the
        # whole source, and no quote runs across paragraphs.
        start = 0
        for paragraph in whole.split("\n\n"):
            end = start + len(paragraph)
            if paragraph.strip():
                first = max(0, bisect.bisect_right(starts, start) - 1)
                last = bisect.bisect_left(starts, end)
                inside = tuple(
                    Span(t.start - start, t.end - start)
                    for t in taken[first:last]
                    if t.start < end and t.end > start
                )
                yield unit(
                    source.id,
                    None,
                    "source",
                    source_lang,
                    paragraph,
                    provenance,
                    start,
                    inside,
                    whole,
                )
            start = end + 2
