"""The interface's message catalogues: extracted, merged and compiled with Babel.

English is the source language; the Russian lives in gettext catalogues under
``src/nptexperts/locale/``:

- ``nptexperts.pot``: the template, every message Babel's extractor finds in the
  package's code (the ``N_``, ``C_`` and ``Nn_`` markers of ``nptexperts._words``
  and of the command line's help texts);
- ``ru/LC_MESSAGES/nptexperts.po``: their Russian;
- ``ru/LC_MESSAGES/click.po``: the Russian of click's own messages (usage errors,
  "Usage:", "Show this message and exit."), which click looks up with gettext.

The ``.mo`` files are compiled from the ``.po`` files by the build (this file is
hatchling's build hook, so every wheel and editable install has them) and are not
kept in git. By hand::

    python hatch_build.py update    # extract the template, merge it into the .po files
    python hatch_build.py compile   # compile the .po files to .mo (after editing them)
    python hatch_build.py adopt     # words.py entries still written {"en": …, "ru": …}
                                    # (a branch made before the catalogues): into the .po

``tests/test_catalogues.py`` fails when the template differs from a fresh
extraction, when a message lacks its Russian, or when a ``.mo`` is not what its
``.po`` compiles to.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
PACKAGE = ROOT / "src" / "nptexperts"
LOCALE = PACKAGE / "locale"
TEMPLATE = LOCALE / "nptexperts.pot"
LANGUAGES = ("ru",)
DOMAINS = ("nptexperts", "click")

#: The markers Babel's extractor reads: ``N_("English")``, ``C_("context", "English")``,
#: ``Nn_("{n} expert", "{n} experts")``.
KEYWORDS: dict[str, Any] = {"N_": None, "C_": ((1, "c"), 2), "Nn_": (1, 2)}

#: click's own gettext calls.
CLICK_KEYWORDS: dict[str, Any] = {"_": None, "ngettext": (1, 2)}


def po_path(lang: str, domain: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{domain}.po"


def mo_path(lang: str, domain: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{domain}.mo"


def _extract(
    directory: Path,
    keywords: dict[str, Any],
    relative_to: Path,
    directory_filter: Callable[[str], bool] | None = None,
) -> Any:
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_dir

    catalog = Catalog(project="nptexperts", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(directory),
        keywords=keywords,
        comment_tags=("Translators:",),
        directory_filter=directory_filter,
    ):
        path = (directory / filename).relative_to(relative_to).as_posix()
        catalog.add(message, None, [(path, lineno)], auto_comments=comments, context=context)
    return catalog


def _package_folder(path: str) -> bool:
    """Whether Babel's extractor reads the package's folder ``path``: every one, the private
    ones too (``_words``: Babel's default skips a folder whose name begins with ``_``)."""
    name = Path(path).name
    return not name.startswith(".") and name != "__pycache__"


def template() -> Any:
    """The package's messages, as Babel's extractor finds them in ``src/nptexperts``."""
    return _extract(PACKAGE, KEYWORDS, ROOT / "src", _package_folder)


def click_template() -> Any:
    """click's messages, as Babel's extractor finds them in the installed click."""
    import click

    directory = Path(click.__file__).parent
    return _extract(directory, CLICK_KEYWORDS, directory.parent)


def template_text() -> bytes:
    """The template as written to ``nptexperts.pot``: no header, no locations, sorted (so
    that it changes only when a message does, not when code moves)."""
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, template(), omit_header=True, sort_output=True, no_location=True)
    return out.getvalue()


def read_po(lang: str, domain: str) -> Any:
    from babel.messages.pofile import read_po

    with po_path(lang, domain).open("rb") as stream:
        return read_po(stream, locale=lang, domain=domain)


def write_po_file(catalog: Any, lang: str, domain: str) -> None:
    from babel.messages.pofile import write_po

    out = io.BytesIO()
    write_po(out, catalog, sort_output=True, no_location=True, ignore_obsolete=True)
    po_path(lang, domain).write_bytes(out.getvalue())


def mo_bytes(lang: str, domain: str) -> bytes:
    """What ``lang``'s ``.po`` of ``domain`` compiles to."""
    from babel.messages.mofile import write_mo

    out = io.BytesIO()
    write_mo(out, read_po(lang, domain))
    return out.getvalue()


def update() -> None:
    """Write the template from a fresh extraction and merge it (and click's) into the .po files."""
    TEMPLATE.write_bytes(template_text())
    for lang in LANGUAGES:
        for domain, fresh in (("nptexperts", template()), ("click", click_template())):
            catalog = read_po(lang, domain)
            catalog.update(fresh, no_fuzzy_matching=True, update_creation_date=False)
            write_po_file(catalog, lang, domain)


def compile_all() -> list[Path]:
    """Compile every ``.po`` to its ``.mo`` (only when the bytes differ); the ``.mo`` paths."""
    written = []
    for lang in LANGUAGES:
        for domain in DOMAINS:
            target, data = mo_path(lang, domain), mo_bytes(lang, domain)
            if not target.exists() or target.read_bytes() != data:
                target.write_bytes(data)
            written.append(target)
    return written


#: The modules of the interface's words (the package ``_words``, found by name wherever
#: the package keeps it).
WORDS_FILES = sorted(min(PACKAGE.rglob("_words")).glob("*.py"))


def _literal(node: Any) -> Any:
    import ast

    return ast.literal_eval(node)


def _adopt_in(
    words_file: Path, russian: dict[tuple[str | None, Any], Any], adopted: list[str]
) -> None:
    """Rewrite the old-way words of one module of ``_words`` (see :func:`adopt`), noting
    each Russian in ``russian`` and each key in ``adopted``."""
    import ast

    source = words_file.read_text(encoding="utf-8")
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def span(node: Any) -> tuple[int, int]:
        start = offsets[node.lineno - 1] + len(
            lines[node.lineno - 1].encode()[: node.col_offset].decode()
        )
        end = offsets[node.end_lineno - 1] + len(
            lines[node.end_lineno - 1].encode()[: node.end_col_offset].decode()
        )
        return start, end

    edits: list[tuple[int, int, str]] = []

    def visit_table(table: Any, context: str | None) -> None:
        for key, value in zip(table.keys, table.values, strict=True):
            if not isinstance(value, ast.Dict):
                continue
            both = _literal(value)
            if not (isinstance(both, dict) and set(both) == {"en", "ru"}):
                continue
            english = json_string(both["en"])
            text = f"C_({json_string(context)}, {english})" if context else f"N_({english})"
            edits.append((*span(value), text))
            russian[(context, both["en"])] = both["ru"]
            adopted.append(_literal(key))

    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.AnnAssign) or not isinstance(node.target, ast.Name):
            continue
        name, value = node.target.id, node.value
        if name.endswith("WORDS") and isinstance(value, ast.Call):
            visit_table(value.args[0], None)
        elif name == "ENUM_WORDS" and isinstance(value, ast.Dict):
            for enum_key, table in zip(value.keys, value.values, strict=True):
                if isinstance(table, ast.Call):
                    visit_table(table.args[0], _literal(enum_key))
        elif name == "COUNT_NOUNS" and isinstance(value, ast.Dict):
            for key, entry in zip(value.keys, value.values, strict=True):
                if isinstance(entry, ast.Tuple) and len(entry.elts) == 2:
                    (one, many), forms = _literal(entry)
                    msgid = (f"{{n}} {one}", f"{{n}} {many}")
                    text = f"Nn_({json_string(msgid[0])}, {json_string(msgid[1])})"
                    edits.append((*span(entry), text))
                    russian[(None, msgid)] = tuple(f"{{n}} {form}" for form in forms)
                    adopted.append(_literal(key))
    for start, end, text in sorted(edits, reverse=True):
        source = source[:start] + text + source[end:]
    if edits:
        words_file.write_text(source, encoding="utf-8")


def adopt() -> list[str]:
    """Move words still written the old way in the ``_words`` modules into the catalogue.

    A branch made before the catalogues adds a word as ``"key": {"en": E, "ru": R}`` (in
    ``WORDS`` or an ``ENUM_WORDS`` table) or a counted noun as ``"noun": ((E1, E2), (R1,
    R2, R3))``. This rewrites each as ``N_(E)``, ``C_("Enum", E)`` or ``Nn_("{n} E1",
    "{n} E2")``, extracts the template again and writes each Russian into the ``.po``,
    then compiles. Returns the keys it adopted.
    """
    russian: dict[tuple[str | None, Any], Any] = {}
    adopted: list[str] = []
    for words_file in WORDS_FILES:
        _adopt_in(words_file, russian, adopted)
    update()
    for lang in LANGUAGES:
        catalog = read_po(lang, "nptexperts")
        for message in catalog:
            found = russian.get((message.context, message.id))
            if found is not None:
                message.string = found
        write_po_file(catalog, lang, "nptexperts")
    compile_all()
    return adopted


def json_string(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run by hand, without hatchling
    BuildHookInterface = object  # type: ignore[assignment,misc]


class CatalogueBuildHook(BuildHookInterface):  # type: ignore[misc,valid-type]
    """Compiles the ``.po`` catalogues into ``.mo`` files in every wheel (and editable install)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        mos = compile_all()
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the .mo files beside the .po files
        for mo in mos:
            relative = mo.relative_to(ROOT / "src").as_posix()
            build_data["force_include"][str(mo)] = relative


def main(argv: list[str]) -> int:
    commands = {"update": update, "compile": compile_all, "adopt": adopt}
    if len(argv) != 1 or argv[0] not in commands:
        print("usage: python hatch_build.py update|compile|adopt", file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
