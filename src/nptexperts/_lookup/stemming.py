"""Word stems for the search: shipped for the records' words, Snowball for any other.

The search compares words by their Snowball stems (``snowballstemmer``), with the
stemmer of the text's language. Stemming needs that package, whose import (about
12 ms: it imports all its 30-odd languages) costs more than loading the records, so:

1. **The records' words are stemmed when a release is compiled.** Every word of every
   shipped release, in the language of its text, is in ``compiled/stems-<digest>.json``
   with its stem; the catalogue (``compiled/releases.json``) records the file's SHA-256,
   checked when the file is first read, and the stemmer that made it. A query made of
   the records' own words does not import the stemmer at all.
2. **A word with none of the language's letters is its own stem.** The English
   stemmer changes only words with a Latin letter, the Russian one only words with a
   Cyrillic letter (the Snowball algorithms change nothing else; a test checks it on
   generated words), so "nuclear" searched in the Russian texts needs no stemmer.
3. **Any other word** (a query word that no record has) is stemmed by
   ``snowballstemmer`` when the query is made; PyStemmer, when installed
   (``pip install "nptexperts[stemmer]"``), makes that import cheap.

Words are stemmed as :func:`stem_input` gives them: folded
(:func:`nptexperts._lookup.folding.fold`), but with й kept, which the Russian stemmer needs.

The shipped stems are the stemmer's own at compile time, so a search finds what
stemming at run time would find (a test compares the two on every word, and the
results of a set of queries). The package pins ``snowballstemmer`` to the version
that made them, and the catalogue records it (``"stemmer": "snowballstemmer 3.1.1"``).
The shipped stems are used only when that very version is the installed stemmer
(:func:`installed_stemmer`); any other (another version, or PyStemmer's algorithms,
which ``snowballstemmer`` uses when PyStemmer is installed) stems every word live:
slower to start, never a different result.

>>> stem("en", "states"), stem("ru", stem_input("Ядерного"))
('state', 'ядерн')
>>> stem("ru", "nuclear")  # no Cyrillic letter: the Russian stemmer would not change it
'nuclear'
"""

from __future__ import annotations

import json
import os
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from nptexperts._cache import LOCK, cached
from nptexperts._errors import data_error
from nptexperts._lookup.folding import fold
from nptexperts._records.lang import LANGUAGES, Lang

__all__ = [
    "STEMS_FILE",
    "alphabet",
    "encode_table",
    "installed_stemmer",
    "snowball",
    "stem",
    "stem_input",
    "stem_table",
    "stemmer_name",
    "stems_file",
]

#: The name of the shipped stems' file before 0.3 (now :func:`stems_file`).
STEMS_FILE = "stems.json"
#: The catalogue's key for the stems file's entry (file, SHA-256, stemmer).
CATALOGUE_KEY = "search_stems"

#: Stands for й while a word is folded, so that the Russian stemmer sees й (not и).
_SHORT_I = "\ue000"

#: The letters each language's stemmer changes words by: a word with none of them
#: is its own stem.
_ALPHABETS: dict[str, frozenset[str]] = {
    "en": frozenset("abcdefghijklmnopqrstuvwxyz"),
    "ru": frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя"),
}


def stems_file(digest: str) -> str:
    """The name of the shipped stems' file in ``compiled/``, by its SHA-256 (hex).

    >>> stems_file("b884629883fc793cb0f5dc3924ce65a79db00a2d32d0bf19d319af53f0a18896")
    'stems-b884629883fc793c.json'
    """
    return f"stems-{digest[:16]}.json"


def alphabet(lang: Lang) -> frozenset[str]:
    """The lower-case letters of ``lang``'s alphabet (the only ones its stemmer changes)."""
    return _ALPHABETS[lang]


def stem_input(token: str) -> str:
    """A word as the stemmer takes it: folded, but with й kept.

    >>> stem_input("Ё́жик"), stem_input("Ядерный")
    ('ежик', 'ядерный')
    """
    kept = unicodedata.normalize("NFC", token).casefold().replace("й", _SHORT_I)
    return fold(kept).replace(_SHORT_I, "й")


@cached
def _stemmer(lang: Lang) -> Any:
    """The Snowball stemmer of ``lang`` (made once)."""
    import snowballstemmer  # type: ignore[import-untyped,unused-ignore]

    return snowballstemmer.stemmer("english" if lang == "en" else "russian")


def snowball(lang: Lang, word: str) -> str:
    """``word``'s stem from the Snowball stemmer of ``lang`` itself (no shipped stems)."""
    stemmer = _stemmer(lang)
    with LOCK:  # a stemmer keeps its state in the object while it stems
        return str(stemmer.stemWord(word))


def stemmer_name() -> str:
    """Which stemmer :func:`snowball` uses, with its version (``"snowballstemmer 3.1.1"``)."""
    from importlib.metadata import version

    import snowballstemmer

    if type(snowballstemmer.stemmer("english")).__module__.startswith("Stemmer"):
        return f"PyStemmer {version('PyStemmer')}"
    return f"snowballstemmer {version('snowballstemmer')}"


# -- the shipped stems ---------------------------------------------------------


def installed_stemmer(expected: str) -> bool:
    """Whether ``expected`` (``"snowballstemmer 3.1.1"``) is the stemmer :func:`snowball` would use.

    Found without importing the stemmer, nor :mod:`importlib.metadata` (each costs as
    much as the shipped stems save, benchmarks/README.md): snowballstemmer, without
    PyStemmer, installed with the metadata folder of that version beside it.
    """
    import importlib.util

    name, _, version = expected.partition(" ")
    if name != "snowballstemmer" or importlib.util.find_spec("Stemmer") is not None:
        return False
    spec = importlib.util.find_spec("snowballstemmer")
    folders = list(spec.submodule_search_locations or ()) if spec is not None else []
    return any(
        os.path.isdir(os.path.join(os.path.dirname(f), f"snowballstemmer-{version}.dist-info"))
        for f in folders
    )


#: No shipped stems: every word is stemmed live.
_LIVE: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}


@cached
def _table() -> dict[str, dict[str, str]]:
    """The shipped stems, checked against the catalogue's digest; none when the installed
    stemmer is not the one that made them (:func:`installed_stemmer`)."""
    from nptexperts._releases.store import COMPILED_DIR, plain_name, read_verified, search_stems

    where = f"nptexperts/{COMPILED_DIR}/releases.json"
    entry = search_stems()
    if entry is None:
        raise data_error(where, CATALOGUE_KEY, "expected the stems file's entry (file, digest)")
    if not installed_stemmer(entry.stemmer):
        return _LIVE
    name = plain_name(entry.file, f"{CATALOGUE_KEY}.file", where)
    raw = read_verified(f"{COMPILED_DIR}/{name}", entry.digest, "the search's stems file")
    plain = json.loads(raw)
    table = {lang: plain.get(lang) for lang in LANGUAGES}
    if not all(isinstance(words, dict) for words in table.values()):
        raise data_error(f"nptexperts/{COMPILED_DIR}/{name}", "", "expected the keys en and ru")
    return table  # type: ignore[return-value]


def stem(lang: Lang, word: str) -> str:
    """The Snowball stem of ``word`` (as :func:`stem_input` gives it) in ``lang``.

    From the shipped stems when a record has the word; the word itself when it has
    none of the language's letters; else from the stemmer.
    """
    # The shipped stems keep snowballstemmer's import (about a fifth of `search`) out.
    found = _table()[lang].get(word)
    if found is not None:
        return found
    if _ALPHABETS[lang].isdisjoint(word):
        return word
    return snowball(lang, word)


def stem_table(words: Mapping[Lang, Iterable[str]]) -> dict[str, dict[str, str]]:
    """Each word (as :func:`stem_input` gives it) with its stem, per language, from the stemmer."""
    return {lang: {w: snowball(lang, w) for w in sorted(set(words[lang]))} for lang in LANGUAGES}


def encode_table(table: Mapping[str, Mapping[str, str]]) -> bytes:
    """The bytes of ``compiled/stems.json``: sorted, one word a line, UTF-8.

    >>> encode_table({"en": {"weapons": "weapon"}, "ru": {}})
    b'{\\n"en": {\\n"weapons": "weapon"\\n},\\n"ru": {}\\n}\\n'
    """
    text = json.dumps(table, ensure_ascii=False, sort_keys=True, indent=0)
    return (text + "\n").encode("utf-8")
