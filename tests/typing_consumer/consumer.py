"""A consumer's code: must pass ``mypy --strict`` and pyright's strict mode (test_typing.py)."""

# pyright: strict

from __future__ import annotations

import datetime

import nptexperts
from nptexperts import Comment, Expert, Provenance

experts: tuple[Expert, ...] = nptexperts.load_experts()
kz: tuple[Expert, ...] = nptexperts.by_country("KZ")
first: Expert = nptexperts.get_expert(experts[0].id)
comments: list[Comment] = [c for e in experts for c in e.comments]
russian: str = comments[0].text("ru")
provenance: Provenance = comments[0].provenance("ru")
is_translation: bool = provenance.is_translation
code: str | None = first.country.code
as_of: datetime.date = first.positions[0].as_of
version: str = nptexperts.DATA_VERSION

# Both checkers must reject these: an ignore not needed is an error (mypy's --warn-unused-ignores,
# part of --strict; pyright's reportUnnecessaryTypeIgnoreComment, set in pyproject.toml).
wrong_name: int = first.name  # type: ignore[assignment]
first.id = "other"  # type: ignore[misc]

# The data version a tool pinned, compared with the package's (a str, not a Literal).
PINNED = "2026.1"
same_release: bool = nptexperts.DATA_VERSION == PINNED
# The public types, and precise return types.
from nptexperts import Counts, Hit, MatchDict, MatchField, RecordKind, SourceInfo

match_dict: MatchDict = nptexperts.search("nuclear")[0].as_dict()
match_field: MatchField = nptexperts.search("nuclear")[0].field
field_value: str = match_dict["field"]
item: int = match_dict["item"]
hit: Hit = nptexperts.search("nuclear")[0].hits[0]
# search() keeps an expert on every match; the expectations' search has its own type.
matched_expert: Expert = nptexperts.search("nuclear")[0].expert
expected_match: nptexperts.ExpectationMatch = nptexperts.search_expectations("document")[0]
expected_by: str | None = expected_match.expert_id
expected_event: nptexperts.Event = expected_match.event
expected_record: nptexperts.Expectation | None = expected_match.expectation
no_expert: str = expected_match.expert_id  # type: ignore[assignment]
counts: Counts = nptexperts.dataset_info().counts
sources: tuple[SourceInfo, ...] = nptexperts.dataset_info().sources
narrowed: bool = nptexperts.diff("2026.1").affects(
    ["li-sikui"], kinds=[RecordKind.EXPERT], fields=["name"], langs=["ru"]
)
kind: str = RecordKind.COMMENT  # a str enum
tag: str = "ru-RU"
from_outside: str = comments[0].text(nptexperts.normalize_lang(tag))

# Both checkers must reject these too: a language the records do not have, and the
# deprecated names (PEP 702 @deprecated).
german: str = comments[0].text("de")  # type: ignore[arg-type]
old_title = first.positions[0].text  # type: ignore[deprecated]
old_start = nptexperts.search("nuclear")[0].start  # type: ignore[deprecated]
dataset = nptexperts.load_dataset()
old_wording = dataset.sections[0].questions[0].text  # type: ignore[deprecated]
old_body = dataset.notes[0].text  # type: ignore[deprecated]
old_value = nptexperts.search("nuclear")[0].text  # type: ignore[deprecated]
old_end = nptexperts.search("nuclear")[0].end  # type: ignore[deprecated]
import nptexperts.export

nptexperts.export.experts_frame  # type: ignore[deprecated]  # noqa: B018
nptexperts.export.comments_frame  # type: ignore[deprecated]  # noqa: B018
nptexperts.export.table_frame  # type: ignore[deprecated]  # noqa: B018
