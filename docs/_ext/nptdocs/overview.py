"""The reader pages around the expert pages, in each language.

* ``experts/index``: a table of every expert (name linked to the expert's page,
  country, Advisory Board membership, number of comments);
* ``dataset/source``: the source, its section, the questions and PIR's summary;
* ``dataset/notes``: the dataset editors' notes, after the experts.
"""

from __future__ import annotations

from nptexperts import Lang
from nptexperts._records.models import AdvisoryBoard, Dataset, Expert, Source
from nptexperts._words import count, date, enum_word, word

from .experts import GENERATED
from .rst import ROLE, esc, heading, link, safe_id
from .texts import country_name, labelled, note_text, prose, provenance_label, source_ref

__all__ = ["experts_index_rst", "notes_rst", "sorted_experts", "source_rst"]


def sorted_experts(dataset: Dataset, lang: Lang) -> list[Expert]:
    """The experts in the order a reader of ``lang`` expects: by family name, with the
    collation of the command line's lists (:func:`nptexperts.sort_key`)."""
    from nptexperts import sort_key

    return sorted(dataset.experts, key=lambda e: sort_key(e, lang))


def _top(title: str) -> list[str]:
    # The link to the same page in the other language is the theme's (nptdocs.switch).
    return [GENERATED, "", *ROLE, *heading(title, "=")]


def experts_index_rst(dataset: Dataset, lang: Lang) -> str:
    """The overview: a table of every expert, each name linking to the expert's page.

    >>> import nptexperts
    >>> dataset = nptexperts.load_dataset()
    >>> rst = experts_index_rst(dataset, "en")
    >>> all(f":doc:`" in rst and f"<{e.id}>`" in rst for e in dataset.experts)
    True
    """
    out = _top(word("experts", lang))
    out += [esc(word("site_experts_intro", lang, version=dataset.data_version)), ""]
    out += [word("site_labels_intro", lang), ""]
    out += [
        ".. list-table::",
        "   :header-rows: 1",
        "   :class: experts-overview",
        "",
        f"   * - {word('name', lang)}",
        f"     - {word('country', lang)}",
        f"     - {word('advisory_board', lang)}",
        f"     - {word('comments', lang)}",
    ]
    experts = sorted_experts(dataset, lang)
    for expert in experts:
        member = expert.advisory_board is AdvisoryBoard.MEMBER
        board = word("site_board_member" if member else "site_board_unknown", lang)
        page = safe_id(expert.id, "expert id")
        out += [
            f"   * - :doc:`{esc(expert.display_name(lang))} <{page}>`",
            f"     - {country_name(dataset, expert.country.code, lang)}",
            f"     - {esc(board)}",
            f"     - {len(expert.comments)}",
        ]
    out += ["", ".. toctree::", "   :hidden:", ""]
    out += [f"   {expert.id}" for expert in experts]
    return "\n".join(out) + "\n"


def _source(source: Source, lang: Lang) -> list[str]:
    out = [f".. _{source_ref(source.id)}:", "", *heading(source.title.text(lang), "-")]
    out += [
        f":{word('publisher', lang)}: {labelled(source.publisher, lang)}",
        f":{word('number', lang)}: {esc(source.number)}",
        f":{word('date', lang)}: {esc(date(source.date, lang))}",
        f":{word('site_address', lang)}: {link(source.url, source.url)}",
        f":{word('record_id', lang)}: ``{safe_id(source.id, 'source id')}``",
        "",
    ]
    if source.keywords:
        keywords = "; ".join(k.text(lang) for k in source.keywords)
        out += [f"**{word('keywords', lang)}:** {esc(keywords)}", ""]
    if source.notes:
        out += [f"**{word('site_source_notes', lang)}**", ""]
        out += [f"- {note_text(note, lang)}" for note in source.notes]
        out.append("")
    return out


def source_rst(dataset: Dataset, lang: Lang) -> str:
    """The source page: every source, and every section with its questions and summary."""
    out = _top(word("sources" if len(dataset.sources) > 1 else "source", lang))
    out += [word("site_labels_intro", lang), ""]
    for source in dataset.sources:
        out += _source(source, lang)
    for section in dataset.sections:
        out += heading(f"{word('section', lang)}: {section.title.text(lang)}", "-")
        out += [labelled(section.title, lang), ""]
        names = ", ".join(esc(c.name.text(lang)) for c in section.stated_countries)
        experts = count(section.stated_expert_count, "expert", lang)
        # The countries are escaped one by one; the words around them keep their spaces.
        before, after = word("site_stated", lang, experts=experts, countries="\ue000").split(
            "\ue000"
        )
        out += [f"{esc(before)} {names}{esc(after)}", ""]
        if section.conference_start is not None:
            start = date(section.conference_start, lang)
            out += [f"**{word('conference_start', lang)}:** {esc(start)}", ""]
        for key, text in (
            ("project_goal", section.goal),
            ("project_method", section.method),
            ("project_context", section.context),
        ):
            if text is not None:
                out += [f"**{word(key, lang)}:** {labelled(text, lang)}", ""]
        out += [f"**{word('questions', lang)}**", ""]
        out += [f"- {labelled(q.wording, lang)}" for q in section.questions]
        out.append("")
        if section.summary is not None:
            out += [f"**{word('summary', lang)}:** {labelled(section.summary, lang)}", ""]
    return "\n".join(out) + "\n"


def notes_rst(dataset: Dataset, lang: Lang) -> str:
    """The dataset notes page: each note with its topic in words, as the records give it
    (the English as published by the editors, typos quoted from the source included)."""
    out = _top(word("dataset_notes", lang))
    out += [esc(word("site_notes_intro", lang)), ""]
    for note in dataset.notes:
        out += [f".. _note-{safe_id(note.id, 'note id')}:", ""]
        label = provenance_label(note.body.provenance(lang), lang)
        body = prose(note.body.text(lang), lang)
        out += [f"**{esc(enum_word(note.topic, lang))}.** {body} {label}", ""]
    return "\n".join(out) + "\n"
