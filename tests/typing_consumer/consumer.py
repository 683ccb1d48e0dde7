"""A consumer's code: must pass ``mypy --strict`` (see test_typing.py)."""

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

# mypy must reject these; the ignores are checked by --warn-unused-ignores (part of --strict).
wrong_name: int = first.name  # type: ignore[assignment]
first.id = "other"  # type: ignore[misc]
