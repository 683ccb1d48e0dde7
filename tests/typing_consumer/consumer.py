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
