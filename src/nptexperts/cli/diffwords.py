"""What changed between two releases, in words on the terminal (``nptexperts diff``): each
field's path and value as a reader reads them, in the interface's language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nptexperts.cli.output import (
    clean,
    echo,
    style,
    wrap,
)

if TYPE_CHECKING:
    from nptexperts._records.lang import Lang
    from nptexperts._releases.changes import RecordChange, RecordRef, ReleaseDiff

__all__: list[str] = []


_ENUM_FIELDS = {
    "basis": "CountryBasis",
    "advisory_board": "AdvisoryBoard",
    "coverage": "CommentCoverage",
    "honorific": "Honorific",
    "topic": "NoteTopic",
}


#: The fields whose values are dates (``YYYY-MM-DD``), shown as dates in words.
_DATES = frozenset({"conference_start", "as_of", "date"})
#: The fields that exist in English only (the evidence of a country), labelled so. The
#: editors' notes are bilingual texts (data 2026.3), each change in its language.
_ENGLISH_ONLY = frozenset({"evidence"})


def _value_words(path: str, text: str | None, ui: Lang) -> str:
    """A field's value as the reader reads it: closed values and provenance in words."""
    import datetime

    from nptexperts._records import vocabularies
    from nptexperts._words import date, enum_word, word

    if text is None:
        return word("diff_none", ui)
    last = path.rsplit(".", 1)[-1].split("[", 1)[0]
    if ui != "en" and last in _ENGLISH_ONLY:
        return f"({word('english_only', ui)}) {text}"
    try:
        if last in _DATES:
            return date(datetime.date.fromisoformat(text), ui)
        if last == "provenance":
            origin, _, source = text.partition(", ")
            return f"{enum_word(vocabularies.Origin(origin), ui)}, {source}"
        if last in _ENUM_FIELDS:
            return enum_word(getattr(vocabularies, _ENUM_FIELDS[last])(text), ui)
    except ValueError:  # a value the vocabulary does not know: shown as it is
        pass
    return text


def _path_words(path: str, lang: Lang | None, ui: Lang) -> str:
    """A field's path in words (``positions[0].title`` [ru] → «должность [0] › название, по-русски»).

    In English the path is the one ``--field`` takes; in Russian, words with the
    path after them, so that a reader can still pass it to ``--field``.
    """
    from nptexperts._words import WORDS, word

    where = f" [{lang}]" if lang else ""
    if ui == "en":
        return path + where
    parts = []
    for part in path.split("."):
        name, bracket, rest = part.partition("[")
        label = WORDS.get(f"field_{name}", {}).get(ui, name)
        parts.append(label + (f" [{rest}" if bracket else ""))
    in_lang = f", {word(f'in_lang_{lang}', ui)}" if lang else ""
    return f"{' › '.join(parts)}{in_lang} ({path}{where})"


def _print_diff(result: ReleaseDiff, ui: Lang) -> None:
    from nptexperts._words import count, word

    def record(label: str, ref: RecordRef | RecordChange) -> str:
        return clean(word(label, ui, kind=word(f"kind_{ref.kind.value}", ui), id=ref.id))

    echo(style(word("diff_heading", ui, old=result.old, new=result.new), bold=True))
    if result.is_empty:
        echo(word("diff_same", ui))
        return
    # the summary first: the counts per kind, then the records
    for kind, (added, removed, changed) in result.counts().items():
        echo(
            "  "
            + word(
                "diff_kind_counts",
                ui,
                kind=word(f"kinds_{kind.value}", ui),
                added=added,
                removed=removed,
                changed=changed,
            )
        )
    n = len(result.added) + len(result.removed) + len(result.changed)
    echo(
        word(
            "diff_summary",
            ui,
            added=len(result.added),
            removed=len(result.removed),
            changed=len(result.changed),
            records=count(n, "record", ui),
        )
    )
    echo()
    for ref in result.added:
        echo(record("diff_added_record", ref))
    for ref in result.removed:
        echo(record("diff_removed_record", ref))
    for change in result.changed:
        echo(style(record("diff_changed_record", change), bold=True))
        for field in change.fields:
            echo(clean(f"  {_path_words(field.path, field.lang, ui)}"))
            echo(wrap(f"- {_value_words(field.path, field.old, ui)}", "      "))
            echo(wrap(f"+ {_value_words(field.path, field.new, ui)}", "      "))
