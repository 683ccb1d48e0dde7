"""The rules that span records: unique ids, references, countries, spans, languages.

Each rule returns :class:`~nptexperts.errors.Fault` s placed in the file and at the
field path where the fault stands, so that ``nptexperts validate`` can list them all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

from nptexperts.countries import is_alpha2
from nptexperts.curate.directory import Loaded, SourceDir
from nptexperts.curate.yamlfile import Path, format_path
from nptexperts.errors import Fault
from nptexperts.models import (
    CommentCoverage,
    CountryBasis,
    Expert,
    Origin,
    Section,
    Source,
    Text,
)

__all__ = ["check"]

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_ID = re.compile(r"^[a-z0-9]+(?:[-.][a-z0-9]+)*$")


def _texts(value: Any, path: Path) -> Iterator[tuple[Path, Text]]:
    """Every :class:`Text` inside a record, with its path."""
    if isinstance(value, Text):
        yield path, value
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _texts(getattr(value, field.name), (*path, field.name))
    elif isinstance(value, tuple):
        for i, item in enumerate(value):
            yield from _texts(item, (*path, i))


def check(src: SourceDir) -> list[Fault]:
    """Every cross-record fault in ``src``."""
    return _Checker(src).run()


class _Checker:
    def __init__(self, src: SourceDir) -> None:
        self.src = src
        self.faults: list[Fault] = []
        self.sources: dict[str, Source] = {lo.record.id: lo.record for lo in src.records["sources"]}
        self.sections: dict[str, Section] = {
            lo.record.id: lo.record for lo in src.records["sections"]
        }
        self.questions = {q.id for s in self.sections.values() for q in s.questions}
        self.experts = {lo.record.id for lo in src.records["experts"]}
        self.seen: dict[str, str] = {}

    def claim(self, record_id: str, lo: Loaded, path: Path) -> None:
        """Record that ``record_id`` is used at ``path``: it must be a unique slug."""
        where = f"{lo.file.name} ({format_path(path)})"
        if not _ID.match(record_id):
            self.faults.append(
                lo.file.fault(
                    path,
                    f"the id {record_id!r} is not a slug: expected lower-case letters, digits, '-' and '.'",
                )
            )
        if record_id in self.seen:
            self.faults.append(
                lo.file.fault(
                    path,
                    f"the id {record_id!r} is already used in {self.seen[record_id]}: ids must be unique",
                )
            )
        else:
            self.seen[record_id] = where

    def ref(
        self,
        lo: Loaded,
        path: Path,
        value: str,
        known: dict[str, Any] | set[str],
        kind: str,
    ) -> None:
        """``value`` at ``path`` must be the id of a known record of ``kind``."""
        if value not in known:
            choices = ", ".join(sorted(known)) or "none defined"
            self.faults.append(
                lo.file.fault(path, f"no {kind} has the id {value!r} (known: {choices})")
            )

    def run(self) -> list[Fault]:
        src, faults = self.src, self.faults
        sources, claim, ref = self.sources, self.claim, self.ref

        header = src.header
        ref(header, ("default_source",), header.record.default_source, sources, "source")
        for i, note in enumerate(header.record.notes):
            claim(note.id, header, ("notes", i, "id"))
            ref(header, ("notes", i, "source"), note.source, sources, "source")
        for path, text in _texts(header.record, ()):
            faults += _text_faults(header, path, text, sources)

        for entries in src.records.values():
            for lo in entries:
                record = lo.record
                stem = lo.file.name.rsplit("/", 1)[-1].removesuffix(".yaml")
                claim(record.id, lo, ("id",))
                if record.id != stem:
                    faults.append(
                        lo.file.fault(
                            ("id",),
                            f"the id {record.id!r} differs from the file name: expected {stem!r} (or rename the file)",
                        )
                    )
                for path, text in _texts(record, ()):
                    faults += _text_faults(lo, path, text, sources)
                if isinstance(record, Source):
                    faults += _source_faults(lo, record, src.source_texts)
                elif isinstance(record, Section):
                    ref(lo, ("source",), record.source, sources, "source")
                    for qi, question in enumerate(record.questions):
                        claim(question.id, lo, ("questions", qi, "id"))
                    for ci, country in enumerate(record.stated_countries):
                        if not is_alpha2(country.code):
                            faults.append(
                                lo.file.fault(
                                    ("stated_countries", ci, "code"),
                                    f"{country.code!r} is not an ISO 3166-1 alpha-2 code: expected two capital letters such as 'KZ'",
                                )
                            )
                elif isinstance(record, Expert):
                    self.expert(lo, record)
        return faults

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
                    f"{country.code!r} is not an ISO 3166-1 alpha-2 code: expected two capital letters such as 'KZ'",
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
            claim(comment.id, lo, (*base, "id"))
            if comment.expert != expert.id:
                known = comment.expert in self.experts
                what = (
                    f"names the expert {comment.expert!r}"
                    if known
                    else f"names the expert {comment.expert!r}, and no expert has that id"
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
                            f"the span {span.start}..{span.end} does not hold the English text: it holds {text[span.start : span.start + 40]!r}…",
                        )
                    )


def _text_faults(lo: Loaded, path: Path, text: Text, sources: dict[str, Source]) -> list[Fault]:
    out: list[Fault] = []
    for lang in ("en", "ru"):
        local = getattr(text, lang)
        where = (*path, lang)
        if local.provenance.source not in sources:
            out.append(
                lo.file.fault(
                    (*where, "provenance", "source"),
                    f"no source has the id {local.provenance.source!r}",
                )
            )
        has_cyrillic = bool(_CYRILLIC.search(local.value))
        if lang == "ru" and not has_cyrillic:
            out.append(
                lo.file.fault(
                    where,
                    "the Russian text has no Cyrillic letters: expected the text in Russian",
                )
            )
        if lang == "en" and has_cyrillic and local.provenance.origin is Origin.PUBLISHED:
            out.append(
                lo.file.fault(
                    where,
                    "the English text has Cyrillic letters: expected the text in English",
                )
            )
        source = sources.get(local.provenance.source)
        if (
            source is not None
            and local.provenance.origin is Origin.PUBLISHED
            and source.language != lang
        ):
            out.append(
                lo.file.fault(
                    where,
                    f"marked published, but source {source.id!r} publishes in {source.language!r}: expected origin editorial_translation",
                )
            )
    return out


def _source_faults(lo: Loaded, source: Source, texts: dict[str, str]) -> list[Fault]:
    if source.text_file is not None and source.text_file not in texts:
        return [
            lo.file.fault(
                ("text_file",),
                f"no file {source.text_file!r} beside it in sources/: expected the source's text there",
            )
        ]
    return []
