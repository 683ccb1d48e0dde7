"""The cross-record rules of an expert's record and its comments: country, references,
coverage, comment ids and spans in the source.
"""

from __future__ import annotations

import re

from nptexperts._lookup.countries import is_alpha2
from nptexperts._records.models import (
    CommentCoverage,
    CountryBasis,
    Expert,
)
from nptexperts.curate.crosscheck import _Base
from nptexperts.curate.directory import Loaded
from nptexperts.curate.fields import (
    where_found,
)
from nptexperts.curate.text import shown
from nptexperts.curate.yamlfile import Path

__all__: list[str] = []

#: A comment's id: ``<expert-id>.<question-id>.<n>``.
_COMMENT_NUMBER = re.compile(r"[1-9][0-9]*")


class _ExpertRules(_Base):
    def expert(self, lo: Loaded, expert: Expert) -> None:
        """The rules of one expert's record and comments."""
        out, sources, src, claim, ref = (
            self.faults,
            self.sources,
            self.src,
            self.claim,
            self.ref,
        )
        country = expert.country
        if country.code is None and country.basis is not CountryBasis.UNKNOWN:
            out.append(
                lo.file.fault(
                    ("country", "code"),
                    "no code, but the basis is not 'unknown': give an ISO 3166-1 alpha-2 code or basis unknown",
                )
            )
        if country.code is not None and country.basis is CountryBasis.UNKNOWN:
            out.append(
                lo.file.fault(
                    ("country", "basis"),
                    "basis 'unknown' with a country code: give the basis of the attribution, or no code",
                )
            )
        if country.code is not None and not is_alpha2(country.code):
            out.append(
                lo.file.fault(
                    ("country", "code"),
                    f"{shown(country.code)} is not an ISO 3166-1 alpha-2 code: expected two"
                    " capital letters such as 'KZ'",
                )
            )
        if (country.basis is CountryBasis.EXTERNAL) != (country.external_source is not None):
            out.append(
                lo.file.fault(
                    ("country", "external_source"),
                    "external_source goes with basis 'external', and only with it",
                )
            )
        ref(lo, ("section",), expert.section, self.sections, "section")
        for pi, position in enumerate(expert.positions):
            ref(lo, ("positions", pi, "source"), position.source, sources, "source")
        for vi, variant in enumerate(expert.name_variants):
            ref(lo, ("name_variants", vi, "source"), variant.source, sources, "source")
        if (expert.coverage is CommentCoverage.NOT_QUOTED) == bool(expert.comments):
            out.append(
                lo.file.fault(
                    ("coverage",),
                    "coverage 'not_quoted' goes with no comments, 'quoted' with at least one",
                )
            )
        for ci, comment in enumerate(expert.comments):
            base: Path = ("comments", ci)
            duplicate = comment.id in self.seen
            claim(comment.id, lo, (*base, "id"))
            if not duplicate and comment.question in self.questions:
                self.comment_id(lo, expert, ci)
            if comment.expert != expert.id:
                known = comment.expert in self.experts
                what = (
                    f"names the expert {shown(comment.expert)}"
                    if known
                    else f"names the expert {shown(comment.expert)}, and no expert has that id"
                )
                out.append(
                    lo.file.fault(
                        (*base, "expert"),
                        f"the comment {what}; a comment stands in its expert's file,"
                        f" so expected {expert.id!r}",
                    )
                )
            ref(lo, (*base, "question"), comment.question, self.questions, "question")
            ref(lo, (*base, "source"), comment.source, sources, "source")
            source = sources.get(comment.source)
            if comment.span is not None and source is not None:
                text = src.source_texts.get(source.text_file or "")
                span = comment.span
                if text is None:
                    out.append(
                        lo.file.fault(
                            (*base, "span"),
                            f"a span, but source {source.id!r} ships no text to point into",
                        )
                    )
                elif not 0 <= span.start < span.end <= len(text):
                    out.append(
                        lo.file.fault(
                            (*base, "span"),
                            f"the span {span.start}..{span.end} is outside the source text (0..{len(text)})",
                        )
                    )
                elif text[span.start : span.end] != comment.body.en.value:
                    out.append(
                        lo.file.fault(
                            (*base, "span"),
                            f"the span {span.start}..{span.end} does not hold the English text:"
                            f" it holds {text[span.start : span.start + 40]!r}…; "
                            + where_found(text, comment.body.en.value),
                        )
                    )

    def comment_id(self, lo: Loaded, expert: Expert, ci: int) -> None:
        """A comment's id is ``<expert-id>.<question-id>.<n>``."""
        comment = expert.comments[ci]
        prefix = f"{expert.id}.{comment.question}."
        number = comment.id.removeprefix(prefix)
        if comment.id.startswith(prefix) and _COMMENT_NUMBER.fullmatch(number):
            return
        self.faults.append(
            lo.file.fault(
                ("comments", ci, "id"),
                f"the comment id {shown(comment.id)} is not <expert-id>.<question-id>.<n>:"
                f" expected {shown(prefix + 'N')}, N a number from 1",
            )
        )
