"""Reading a directory of curated YAML files into a validated :class:`~nptexperts._records.models.Dataset`.

The layout (the shipped one is ``nptexperts/data/``)::

    dataset.yaml          data_version, default_source, dataset notes
    sources/<id>.yaml     one Source each, and beside it the source's text (<id>.txt)
    sections/<id>.yaml    one Section each, with its questions
    experts/<id>.yaml     one Expert each, with the expert's comments
    events/<id>.yaml      one Event each, with its outside sources (optional folder)
    expectations/<id>.yaml one Expectation each (optional folder)

Every fault in every file is collected before anything is returned: the result
is a whole, valid dataset or a :class:`~nptexperts._errors.DataError` listing them all.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from nptexperts._errors import Fault
from nptexperts._records.converter import make_converter
from nptexperts._records.locating import structure
from nptexperts._records.models import (
    Dataset,
    DatasetNote,
    Event,
    Expectation,
    Expert,
    Section,
    Source,
)
from nptexperts.curate.plainfile import (
    MAX_FILE_SIZE,
    _is_file,
    _is_folder,
    _NotPlain,
    read_plain_file,
)
from nptexperts.curate.yamlfile import YamlFile, read_yaml

__all__ = ["MAX_FILE_SIZE", "DatasetFile", "Loaded", "read_plain_file", "read_source_dir"]


#: The record kinds, by subdirectory.
KINDS: dict[str, type[Any]] = {
    "sources": Source,
    "sections": Section,
    "experts": Expert,
    "events": Event,
    "expectations": Expectation,
}

#: The kinds whose folder may be absent (added in data 2026.4: a folder without them is valid).
OPTIONAL_KINDS = frozenset({"events", "expectations"})


@attrs.frozen
class DatasetFile:
    """The contents of ``dataset.yaml``."""

    data_version: str
    #: The source id that short-form texts ``{en: ..., ru: ...}`` take.
    default_source: str
    notes: tuple[DatasetNote, ...] = ()


@attrs.frozen
class Loaded:
    """A record and the file it was read from (for placing later faults)."""

    record: Any
    file: YamlFile


@attrs.frozen
class SourceDir:
    """Everything read from a source directory, before the cross-record checks."""

    root: Traversable
    header: Loaded
    records: dict[str, tuple[Loaded, ...]]
    source_texts: dict[str, str]
    #: The ids (file names without ``.yaml``) of the files of each kind that could not be
    #: read as records: their own faults say why, and references to them are not faulted again.
    unreadable: frozenset[tuple[str, str]] = frozenset()


def _name(root: Traversable, *parts: str) -> str:
    return "/".join([str(root), *parts])


#: The default source while dataset.yaml gives none (never a valid id, so never a record's).
_UNREADABLE_DEFAULT = "<the default_source of dataset.yaml>"


def _unreadable(name: str, exc: OSError) -> Fault:
    reason = exc.strerror or type(exc).__name__
    return Fault(name, "", f"the file cannot be read ({reason}): expected a readable file")


def _read(entry: Traversable, name: str) -> YamlFile:
    """Read one YAML file; a file that cannot be read becomes a fault, never an exception."""
    try:
        raw = read_plain_file(entry)
    except _NotPlain as exc:
        return YamlFile(name, None, {}, (Fault(name, "", str(exc)),))
    except OSError as exc:
        return YamlFile(name, None, {}, (_unreadable(name, exc),))
    return read_yaml(raw, name)


def read_source_dir(root: Traversable) -> tuple[SourceDir | None, list[Fault]]:
    """Read and structure every file under ``root``; return them with all faults found."""
    faults: list[Fault] = []
    if not root.is_dir():
        return None, [
            Fault(
                str(root),
                "",
                "not a directory: expected a data directory laid out like nptexperts/data",
            )
        ]
    header_path = root / "dataset.yaml"
    if not _is_file(header_path):
        return None, [
            Fault(
                _name(root, "dataset.yaml"),
                "",
                "missing: every data directory needs a dataset.yaml",
            )
        ]
    header_file = _read(header_path, _name(root, "dataset.yaml"))
    # Short-form texts take the default source. When dataset.yaml does not give
    # a usable one, its own fault says so; the other files are still read (with a
    # stand-in that no record can name) so that their faults are listed too.
    default_source = _UNREADABLE_DEFAULT
    if isinstance(header_file.data, dict) and isinstance(
        header_file.data.get("default_source"), str
    ):
        default_source = header_file.data["default_source"]
    conv = make_converter(default_source=default_source)
    header, header_faults = structure(conv, header_file, DatasetFile)
    faults += header_faults

    records: dict[str, tuple[Loaded, ...]] = {}
    source_texts: dict[str, str] = {}
    unreadable: set[tuple[str, str]] = set()
    for kind, cl in KINDS.items():
        folder = root / kind
        loaded: list[Loaded] = []
        if kind in OPTIONAL_KINDS and not (
            _is_folder(folder) or (isinstance(folder, Path) and os.path.lexists(folder))
        ):
            records[kind] = ()
            continue
        if not _is_folder(folder):
            linked = isinstance(folder, Path) and folder.is_symlink()
            faults.append(
                Fault(
                    _name(root, kind),
                    "",
                    f"a symbolic link: expected the folder {kind}/ itself"
                    if linked
                    else f"missing: expected a folder {kind}/ of YAML files",
                )
            )
            records[kind] = ()
            continue
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            name = _name(root, kind, entry.name)
            if entry.name.startswith(".") or _is_folder(entry):
                continue
            if kind == "sources" and entry.name.endswith(".txt"):
                try:
                    source_texts[entry.name] = read_plain_file(entry).decode("utf-8")
                except UnicodeDecodeError:
                    faults.append(Fault(name, "", "the source text is not UTF-8: save it as UTF-8"))
                except _NotPlain as exc:
                    faults.append(Fault(name, "", str(exc)))
                except OSError as exc:
                    faults.append(_unreadable(name, exc))
                continue
            if not entry.name.endswith(".yaml"):
                faults.append(
                    Fault(
                        name,
                        "",
                        "unexpected file: expected <id>.yaml (with the .yaml ending)",
                    )
                )
                continue
            file = _read(entry, name)
            record, file_faults = structure(conv, file, cl)
            faults += file_faults
            if record is not None:
                loaded.append(Loaded(record, file))
            else:
                unreadable.add((kind, entry.name.removesuffix(".yaml")))
        records[kind] = tuple(loaded)
    if header is None:
        return None, faults
    return SourceDir(
        root, Loaded(header, header_file), records, source_texts, frozenset(unreadable)
    ), faults


def assemble(src: SourceDir) -> Dataset:
    """The :class:`Dataset` of a source directory, in the dataset's stable order."""
    header: DatasetFile = src.header.record

    def records(kind: str) -> list[Any]:
        return [loaded.record for loaded in src.records[kind]]

    sources: list[Source] = records("sources")
    sources.sort(key=lambda s: (s.date, s.id))
    experts: list[Expert] = records("experts")
    experts.sort(key=lambda e: (e.family_name.en.value.casefold(), e.id))
    sections: Sequence[Section] = sorted(records("sections"), key=lambda s: s.id)
    events: Sequence[Event] = sorted(records("events"), key=lambda e: (e.start, e.id))
    return Dataset(
        data_version=header.data_version,
        sources=tuple(sources),
        sections=tuple(sections),
        experts=tuple(experts),
        notes=header.notes,
        events=tuple(events),
        expectations=tuple(sorted(records("expectations"), key=_expectation_order(src))),
    )


def _expectation_order(src: SourceDir) -> Any:
    """The order of expectations: by where their words stand in their source's text."""

    def key(expectation: Expectation) -> tuple[str, int, int, str]:
        return (expectation.source, expectation.span.start, expectation.span.end, expectation.id)

    return key


def shipped_source_dir() -> Traversable:
    """The YAML source shipped inside the package (``nptexperts/data``)."""
    from importlib.resources import files

    return files("nptexperts").joinpath("data")
