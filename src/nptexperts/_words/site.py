"""The documentation site's words: its reader pages, and the theme's own words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from nptexperts._records.lang import Lang
from nptexperts._words.catalogues import N_, _table

__all__ = ["SITE_WORDS"]

#: The documentation site's words, by key (part of :data:`nptexperts._words.WORDS`).
SITE_WORDS: Final[Mapping[str, Mapping[Lang, str]]] = _table(
    {
        # -- the documentation site: its reader pages
        "site_experts_intro": N_(
            "Every expert in the dataset (data version {version}), with the country, membership of "
            "PIR Center's Advisory Board as the source states it, and the number of comments the "
            "dataset holds. Each name links to the expert's page, whose address stays the same."
        ),
        "site_labels_intro": N_(
            "Every text is labelled with where its words come from: *published* is the source's own "
            "wording, *editorial translation* a translation made for this dataset, *editorial "
            "wording* the dataset editors' own words."
        ),
        "site_other_language": N_("This page in Russian"),
        "site_all_experts": N_("All experts"),
        "site_board_member": N_("member"),
        "site_board_unknown": N_("not stated"),
        "site_published_original": N_("Published original"),
        "site_quoted_from": N_("Quoted from"),
        "site_address": N_("Address"),
        "site_source_notes": N_("Notes on the source"),
        "site_stated": N_("The source says the section holds {experts}, from: {countries}."),
        "site_read_on": N_("read on {date}"),
        "site_expectations_intro": N_(
            "Every expectation the records state about the conference: who stated it, the"
            " quote, what was expected (in the editors' words), and what came of it. The"
            " resolutions are the dataset editors' judgements against the facts above, never"
            " the experts' or PIR Center's; where those facts do not decide one, it is marked"
            " as not resolvable."
        ),
        "site_notes_intro": N_(
            "The dataset editors' notes on the source: what it says, what it leaves out, and how "
            "the records keep it."
        ),
        # -- the documentation site: the theme's own words (the English is what the theme
        # prints; the Russian pages show the Russian)
        "site_next": N_("Next"),
        "site_previous": N_("Previous"),
        "site_on_this_page": N_("On this page"),
        "site_back_to_top": N_("Back to top"),
        "site_made_with": N_("Made with "),
        "site_skip": N_("Skip to content"),
        "site_toggle_navigation": N_("Toggle site navigation sidebar"),
        "site_toggle_contents": N_("Toggle table of contents sidebar"),
        "site_toggle_theme": N_("Toggle Light / Dark / Auto color theme"),
        "site_home": N_("Home"),
        "site_search": N_("Search"),
        "site_copyright": N_("Copyright &#169; %(copyright)s"),
        "site_authors": N_("nptexperts developers"),
    }
)
