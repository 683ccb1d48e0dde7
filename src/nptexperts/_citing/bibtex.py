"""A BibTeX ``@misc`` entry for a record: :func:`bibtex` (biblatex's fields too)."""

from __future__ import annotations

from nptexperts._citing.csl import csl_item
from nptexperts._citing.reference import WORDS, Reference
from nptexperts._words import MONTHS_EN

__all__ = ["bibtex", "tex_escape"]

_TEX = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def tex_escape(text: str) -> str:
    return "".join(_TEX.get(ch, ch) for ch in text)


def bibtex(ref: Reference) -> str:
    """A BibTeX ``@misc`` entry for ``ref`` (biblatex's ``urldate`` and ``translator`` too)."""
    item = csl_item(ref)
    key = "".join(
        ch if ch.isascii() and (ch.isalnum() or ch in "-.:") else ":" for ch in ref.record_id
    )
    fields: list[tuple[str, str]] = []
    if ref.authors:
        fields.append(
            ("author", " and ".join(f"{tex_escape(f)}, {tex_escape(g)}" for f, g in ref.authors))
        )
    else:
        fields.append(("author", "{" + tex_escape(ref.source.publisher.text(ref.lang)) + "}"))
    fields.append(("title", "{" + tex_escape(item["title"]) + "}"))
    if "container-title" in item:
        fields.append(("howpublished", tex_escape(item["container-title"])))
    fields += [
        ("publisher", tex_escape(item["publisher"])),
        ("year", str(ref.source.date.year)),
        ("month", MONTHS_EN[ref.source.date.month - 1][:3].lower()),
        ("date", ref.source.date.isoformat()),
        ("url", ref.source.url),
        ("urldate", ref.accessed.isoformat()),
        ("language", "russian" if ref.lang == "ru" else "english"),
    ]
    if ref.translated:
        fields.append(("translator", "{" + tex_escape(WORDS["translation"][ref.lang]) + "}"))
    fields.append(("note", tex_escape(ref.note())))
    lines = [f"@misc{{{key},"]
    for name, value in fields:
        if name == "month":
            lines.append(f"  {name} = {value},")
        else:
            lines.append(f"  {name} = {{{value}}},")
    lines.append("}")
    return "\n".join(lines)
