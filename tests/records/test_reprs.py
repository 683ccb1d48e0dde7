"""Reprs are one short line that names the record: ≤ 200 characters, whatever the data."""

from __future__ import annotations

import attrs

import nptexperts
from nptexperts._records.models import LocalizedText, Origin, Provenance, Text
from nptexperts._records.reprs import REPR_MAX


def _records() -> list[object]:
    """Every shipped record, of every kind, with the Texts in them."""
    index = nptexperts.load_index()
    dataset = index.dataset
    found: list[object] = [index, dataset]
    stack: list[object] = [dataset]
    while stack:
        value = stack.pop()
        if attrs.has(type(value)):
            if value is not dataset:
                found.append(value)
            stack.extend(getattr(value, f.name) for f in attrs.fields(type(value)))
        elif isinstance(value, tuple):
            stack.extend(value)
    return found


def test_every_shipped_record_has_a_short_repr_that_names_it() -> None:
    records = _records()
    kinds = {type(r).__name__ for r in records}
    for wanted in ("Expert", "Comment", "Position", "Source", "Section", "Question", "Text"):
        assert wanted in kinds
    for record in records:
        shown = repr(record)
        assert len(shown) <= REPR_MAX, shown
        assert "\n" not in shown
        name = type(record).__name__
        assert shown.startswith((f"<{name} ", f"{name}(")), shown
        record_id = getattr(record, "id", None)
        if isinstance(record_id, str):
            assert record_id in shown


def test_the_expert_repr_says_who_where_and_how_much() -> None:
    for expert in nptexperts.load_experts():
        shown = repr(expert)
        assert expert.name.en.value in shown
        assert f"({expert.country.code})" in shown if expert.country.code else True
        assert f"{len(expert.positions)} position" in shown
        assert f"{len(expert.comments)} comment" in shown


def test_a_list_of_experts_is_short_per_element() -> None:
    experts = nptexperts.load_experts()
    assert len(repr(experts)) <= len(experts) * (REPR_MAX + 2)


def test_long_and_hostile_texts_stay_within_the_limit() -> None:
    prov = Provenance("s", Origin.PUBLISHED)
    long = "x" * 5000 + "\x1b[31m\n"
    text = Text(en=LocalizedText(long, prov), ru=LocalizedText(long, prov))
    assert len(repr(text)) <= REPR_MAX
    assert "\x1b" not in repr(text)
    expert = nptexperts.load_experts()[0]
    odd = attrs.evolve(expert, id="e" * 400, name=text)
    assert len(repr(odd)) <= REPR_MAX
    assert repr(odd).endswith(">")


def test_equality_and_notebook_html_are_untouched() -> None:
    expert = nptexperts.load_experts()[0]
    assert expert == attrs.evolve(expert)
    assert expert != attrs.evolve(expert, id=expert.id + "-other")
    assert expert.name.en.value in expert._repr_html_()
