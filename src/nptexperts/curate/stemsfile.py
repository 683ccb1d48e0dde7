"""The search's shipped stems (``compiled/stems-<digest>.json``): every word of every
release stemmed, written anew whenever the releases or the stemmer's stems change.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from nptexperts._atomic import write_file
from nptexperts._releases.bundle import decode_bundle
from nptexperts._releases.store import CATALOGUE_PATH, COMPILED_DIR, sha256_hex
from nptexperts.curate.publishing import DIGESTS_MODULE, _publish, _with_sizes, digests_module

__all__ = ["compile_search_stems", "stems_path"]


def stems_path(package_dir: Path) -> Path:
    """The search's stems file that the catalogue of ``package_dir`` names."""
    plain = json.loads((package_dir / CATALOGUE_PATH).read_bytes())
    name: str = plain["search_stems"]["file"]
    return package_dir / COMPILED_DIR / name


def _remove_old_stems(package_dir: Path, current: str) -> None:
    from nptexperts._lookup.stemming import STEMS_FILE

    for path in (package_dir / COMPILED_DIR).iterdir():
        old = path.name == STEMS_FILE or (
            path.name.startswith("stems-") and path.name.endswith(".json")
        )
        if old and path.name != current:
            path.unlink(missing_ok=True)


def compile_search_stems(package_dir: Path, *, check: bool = False) -> str:
    """Bring the search's shipped stems (``compiled/stems-<digest>.json``) up to date.

    They cover every word of every release in the catalogue (see
    :mod:`nptexperts._lookup.stemming`); the catalogue records the file's SHA-256 and the
    stemmer that made it, and ``_digests.py`` the SHA-256. Returns ``"up to date"``,
    ``"written"``, or, with ``check``, ``"out of date"`` (nothing written) when the
    stems, the catalogue or ``_digests.py`` is not what ``compile`` would write.
    """
    from nptexperts._lookup.searched import search_words
    from nptexperts._lookup.stemming import (
        CATALOGUE_KEY,
        encode_table,
        stem_table,
        stemmer_name,
        stems_file,
    )
    from nptexperts._records.lang import LANGUAGES, Lang

    catalogue_file = package_dir / CATALOGUE_PATH
    plain = json.loads(catalogue_file.read_bytes())
    words: dict[Lang, set[str]] = {lang: set() for lang in LANGUAGES}
    for entry in plain["releases"]:
        bundle = package_dir / COMPILED_DIR / entry["file"]
        dataset = decode_bundle(gzip.decompress(bundle.read_bytes()), str(bundle))
        found_words = search_words(dataset.experts, dataset.events, dataset.expectations)
        for lang, found in found_words.items():
            words[lang] |= found
    raw = encode_table(stem_table(words))
    digest = sha256_hex(raw)
    target = package_dir / COMPILED_DIR / stems_file(digest)
    recorded = plain.get(CATALOGUE_KEY) or {}
    current = target.read_bytes() if target.is_file() else None
    digests = package_dir / DIGESTS_MODULE
    sized = _with_sizes(package_dir, plain)
    fresh = digests_module(sized, sized)
    if (
        current == raw
        and recorded.get("digest") == digest
        and recorded.get("file") == target.name
        and sized == plain
        and digests.is_file()
        and digests.read_bytes() == fresh
    ):
        if not check:
            _remove_old_stems(package_dir, target.name)
        return "up to date"
    if check:
        return "out of date"
    if current != raw:
        write_file(target, raw)
    new = dict(plain)
    new[CATALOGUE_KEY] = {
        "digest": digest,
        "file": target.name,
        "stemmer": stemmer_name(),
        "words": {lang: len(words[lang]) for lang in LANGUAGES},
    }
    _publish(package_dir, plain, new)
    _remove_old_stems(package_dir, target.name)
    return "written"
