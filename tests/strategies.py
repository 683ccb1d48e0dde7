"""The tests' shared Hypothesis strategies: records of every type, and the characters of words.

Import them as ``from strategies import experts`` (``tests/`` is on the tests' path:
``pythonpath`` in ``pyproject.toml``).
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from nptexperts._records.models import (
    AdvisoryBoard,
    Comment,
    CommentCoverage,
    CountryAttribution,
    CountryBasis,
    Expert,
    Honorific,
    LocalizedText,
    NameVariant,
    Note,
    Origin,
    Position,
    Provenance,
    Question,
    Section,
    Source,
    SourceCountry,
    Span,
    Text,
)

#: Any non-blank text: every character a str can hold in UTF-8, except the three that
#: YAML 1.1 reads as line breaks (NEL, LS, PS): PyYAML's dumper can leave them unescaped,
#: and a line break in a scalar is folded to a space when read back.
words = st.text(
    st.characters(exclude_categories=("Cs",), exclude_characters="\x85\u2028\u2029"),
    min_size=1,
    max_size=30,
).filter(str.strip)
#: Texts that look like other YAML types when unquoted: the dumper must quote them.
tricky = st.sampled_from(
    ["yes", "no", "on", "Off", "~", "null", "0755", "1.5", "2025-07-02", "2025-02-30", "12:30"]
)
texts_of_any_kind = words | tricky
ids = st.from_regex(r"\A[a-z0-9]+(?:[-.][a-z0-9]+){0,3}\Z")
optional_words = st.none() | texts_of_any_kind


def tuples(
    strategy: st.SearchStrategy[Any], max_size: int = 3
) -> st.SearchStrategy[tuple[Any, ...]]:
    return st.lists(strategy, max_size=max_size).map(tuple)


provenances = st.builds(Provenance, source=ids, origin=st.sampled_from(Origin))
localized = st.builds(LocalizedText, value=texts_of_any_kind, provenance=provenances)
bilingual = st.builds(Text, en=localized, ru=localized)
#: An editors' note: bilingual, or in English only (as data 2026.1 and 2026.2 have them).
notes_of_any_kind = st.builds(Note, en=localized, ru=st.none() | localized)
comments = st.builds(
    Comment,
    id=ids,
    expert=ids,
    question=ids,
    source=ids,
    body=bilingual,
    span=st.none() | st.builds(Span, start=st.integers(), end=st.integers()),
    context=st.none() | bilingual,
    notes=tuples(notes_of_any_kind),
)
experts = st.builds(
    Expert,
    id=ids,
    name=bilingual,
    family_name=bilingual,
    honorific=st.none() | st.sampled_from(Honorific),
    country=st.builds(
        CountryAttribution,
        code=optional_words,
        basis=st.sampled_from(CountryBasis),
        evidence=texts_of_any_kind,
        external_source=optional_words,
    ),
    positions=tuples(st.builds(Position, title=bilingual, source=ids, as_of=st.dates())),
    advisory_board=st.sampled_from(AdvisoryBoard),
    section=ids,
    coverage=st.sampled_from(CommentCoverage),
    comments=tuples(comments),
    name_variants=tuples(
        st.builds(
            NameVariant,
            value=texts_of_any_kind,
            lang=st.sampled_from(["en", "ru"]),
            source=ids,
            note=notes_of_any_kind,
        )
    ),
    notes=tuples(notes_of_any_kind),
)
sections = st.builds(
    Section,
    id=ids,
    title=bilingual,
    source=ids,
    questions=tuples(st.builds(Question, id=ids, wording=bilingual)),
    stated_expert_count=st.integers(),
    stated_countries=tuples(
        st.builds(SourceCountry, code=texts_of_any_kind, name=bilingual, aliases=tuples(words))
    ),
    summary=st.none() | bilingual,
    notes=tuples(notes_of_any_kind),
)
sources = st.builds(
    Source,
    id=ids,
    title=bilingual,
    publisher=bilingual,
    number=texts_of_any_kind,
    date=st.dates(),
    url=texts_of_any_kind,
    language=st.sampled_from(["en", "ru"]),
    text_file=optional_words,
    notes=tuples(notes_of_any_kind),
)

#: The characters of search words, by script, for the stemmer's properties.
LATIN_WORD_CHARACTERS = st.sampled_from("abcdefghijklmnopqrstuvwxyz'0123456789")
CYRILLIC_WORD_CHARACTERS = st.sampled_from("абвгдежзийклмнопрстуфхцчшщъыьэюя0123456789")
OTHER_WORD_CHARACTERS = st.sampled_from("0123456789_αβγδεζηθλμνξπρστφχψωßøæþðłđħıçğşřžšč中文日本")
