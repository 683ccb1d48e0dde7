"""``import nptexperts`` and the shipped load stay light: heavy libraries load only when used.

Each check runs a fresh interpreter and looks at ``sys.modules`` (no timing here:
the figures are in benchmarks/README.md).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

#: Imported only by the features that need them.
HEAVY = ("yaml", "pandas", "click", "pycountry", "cattrs")


def modules_after(code: str) -> set[str]:
    """The top-level packages imported by a fresh interpreter running ``code``."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return {name.split(".")[0] for name in json.loads(done.stdout.splitlines()[-1])}


@pytest.mark.parametrize(
    "code",
    [
        "import nptexperts",
        "import nptexperts; nptexperts.load_experts()",
        "import nptexperts; nptexperts.get_expert('tariq-rauf'); nptexperts.load_dataset()",
    ],
)
def test_the_shipped_load_imports_no_heavy_library(code: str) -> None:
    loaded = modules_after(code)
    assert "nptexperts" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_the_shipped_load_never_imports_curation() -> None:
    probe = (
        "import json, sys, nptexperts; nptexperts.load_experts();"
        " nptexperts.load_experts(data_version=nptexperts.data_releases()[0].data_version);"
        " print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    modules = set(json.loads(done.stdout))
    assert "nptexperts._releases.store" in modules
    assert not {m for m in modules if m.startswith("nptexperts.curate")}


def test_the_probe_sees_a_library_once_it_is_used() -> None:
    # An alpha-3 code is resolved through pycountry, imported on that first lookup.
    loaded = modules_after("import nptexperts; nptexperts.by_country('KAZ')")
    assert "pycountry" in loaded
    assert loaded.isdisjoint({"yaml", "pandas", "click", "cattrs"})


def test_a_country_the_records_know_is_resolved_without_pycountry() -> None:
    import nptexperts

    experts = nptexperts.load_experts()
    code = next(e.country.code for e in experts if e.country.code)
    section = nptexperts.load_dataset().sections[0]
    named = section.stated_countries[0]
    loaded = modules_after(
        "import nptexperts;"
        f"nptexperts.by_country({code!r}); nptexperts.by_country({code.lower()!r});"
        f"nptexperts.by_country({named.name.en.value!r});"
        f"nptexperts.by_country({named.name.ru.value!r})"
    )
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))
    # ...and a country outside the records still resolves, through pycountry
    assert modules_after("import nptexperts; nptexperts.by_country('Norway')") >= {"pycountry"}


def test_lazy_names_are_there_on_first_use() -> None:
    loaded = modules_after("from nptexperts import search, dataset_info; search; dataset_info")
    assert loaded.isdisjoint(HEAVY)
    import nptexperts

    assert set(nptexperts.__all__) <= set(dir(nptexperts))
    for name in nptexperts.__all__:
        assert getattr(nptexperts, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        nptexperts.nonexistent  # noqa: B018


def test_load_frame_imports_pandas_only_when_called() -> None:
    assert "pandas" not in modules_after("from nptexperts import load_frame; load_frame")
    assert "pandas" in modules_after("import nptexperts; nptexperts.load_frame('experts')")


def command_modules(*argv: str) -> tuple[set[str], str]:
    """The modules a fresh ``nptexperts ARGV`` (as the executable runs it) has imported, and
    what it printed."""
    probe = (
        "import json, sys\nfrom nptexperts.cli import run\n"
        f"sys.argv = ['nptexperts', *{list(argv)!r}]\n"
        "try:\n    run()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(sys.modules)), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(json.loads(done.stderr.splitlines()[-1])), done.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ("list",),
        ("show", "tariq-rauf"),
        ("search", "nuclear"),
        ("search", "ядерным оружием", "--lang", "ru"),
    ],
)
def test_the_everyday_commands_start_without_what_they_do_not_need(argv: tuple[str, ...]) -> None:
    """What the command-line's cold start was trimmed of (benchmarks/README.md): the
    stemmer for the records' own words, :mod:`locale` (click's gettext look-ups), the
    exports, curation, YAML and pycountry."""
    modules, out = command_modules(*argv)
    assert out.strip()  # the command printed its result
    assert "click" in modules
    unwanted = {"snowballstemmer", "Stemmer", "locale", "yaml", "cattrs", "pycountry"}
    assert modules.isdisjoint(unwanted), sorted(modules & unwanted)
    assert not {m for m in modules if m.startswith(("nptexperts.export", "nptexperts.curate"))}


def test_a_word_no_record_has_loads_the_stemmer() -> None:
    # «ядерному оружию»: no record writes these forms (the expectations' texts have
    # «ядерного оружия» since data 2026.4), so they are stemmed at run time
    modules, out = command_modules("search", "ядерному оружию", "--lang", "ru")
    assert out.strip()
    assert "snowballstemmer" in modules


def test_version_and_help_are_the_package_s_own_options() -> None:
    """--version prints the package's version without a gettext look-up (no locale);
    -h/--help is click's own, its words from the package's catalogue (English: as
    click writes them, with no look-up either)."""
    from nptexperts._version import __version__

    modules, out = command_modules("--version")
    assert out == f"nptexperts {__version__}\n"
    assert "locale" not in modules
    modules, out = command_modules("search", "-h")
    assert "Show this message and exit." in out
    assert "Usage: nptexperts search" in out
    assert "locale" not in modules
    # Russian reads the package's catalogues, through the package's loader
    modules, out = command_modules("list", "-l", "ru", "--bogus")
    assert "locale" not in modules
    assert "importlib.resources" not in modules


def test_the_executable_leaves_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """run() (the executable) is main() and nothing more: no garbage-collector switches
    (issue 25 removed them: they bought under a tenth of a command's time)."""
    import gc

    from nptexperts import cli

    def untouched() -> None:
        raise AssertionError("the command line changed the collector")

    for name in ("freeze", "disable", "enable"):
        monkeypatch.setattr(gc, name, untouched)
    calls: list[str] = []
    monkeypatch.setattr(cli, "main", lambda: calls.append("main"))
    cli.run()
    assert calls == ["main"]


#: The curators' own code: ``nptexperts.curate`` and the curators' commands.
CURATION = ("nptexperts.curate", "nptexperts.cli.curating")


def _runtime_modules() -> list[str]:
    import pkgutil

    import nptexperts

    names = ["nptexperts"]
    for found in pkgutil.walk_packages(nptexperts.__path__, "nptexperts."):
        if not found.name.startswith(CURATION) and found.name != "nptexperts.__main__":
            names.append(found.name)
    return sorted(names)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="forks one child per module")
def test_no_runtime_or_export_module_imports_curation() -> None:
    modules = _runtime_modules()
    # Every layer is there: a renamed or lost subpackage would make this check vacuous.
    for expected in ("nptexperts._records.models", "nptexperts._lookup.searching"):
        assert expected in modules
    assert "nptexperts.export.json" in modules
    assert "nptexperts.display" in modules
    # One fresh interpreter, forked once per module (cheaper than an interpreter each):
    # each child imports one module and exits 1 if nptexperts.curate came with it.
    probe = (
        "import importlib, json, os, sys\n"
        "found = []\n"
        "for name in json.loads(sys.argv[1]):\n"
        "    pid = os.fork()\n"
        "    if pid == 0:\n"
        "        importlib.import_module(name)\n"
        "        os._exit(1 if 'nptexperts.curate' in sys.modules else 0)\n"
        "    if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]):\n"
        "        found.append(name)\n"
        "print(json.dumps(found))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, json.dumps(modules)],
        capture_output=True,
        text=True,
        check=True,
    )
    imports_curation = set(json.loads(done.stdout))
    assert imports_curation == set()


def test_reading_and_writing_json_never_imports_the_curators_reader() -> None:
    # from_json checks strictly with the records' converter, and to_json encodes
    # records that are not a release: neither goes through nptexperts.curate.
    probe = (
        "import json, sys, nptexperts, attrs\n"
        "from nptexperts.export.json import from_json, to_json\n"
        "d = nptexperts.load_dataset()\n"
        "assert from_json(to_json()) == d\n"
        "to_json(attrs.evolve(d, experts=d.experts[1:]))\n"
        "nptexperts.search('nuclear'); nptexperts.diff('2026.1', '2026.2')\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    modules = set(json.loads(done.stdout.splitlines()[-1]))
    assert {"nptexperts._records.converter", "nptexperts._releases.encoding"} <= modules
    curation = {m for m in modules if m.startswith("nptexperts.curate")}
    # Only what write_atomic drags in until it moves (see WAITING_FOR_ATOMIC).
    assert curation <= {"nptexperts.curate", "nptexperts.curate.compiling"}, sorted(curation)
