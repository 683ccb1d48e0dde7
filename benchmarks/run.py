"""Benchmarks of nptexperts: cold start, loading at scale, queries, imports and memory.

Run by hand (not in CI), from the repository root, in the dev environment::

    .venv/bin/python benchmarks/run.py            # everything (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # fewer runs, no pure-Python YAML at 10,000

Every figure is a median, and every target is a ratio against a baseline measured
in the same run, so that the targets hold on a slow machine as on a fast one.
The script prints a report (the figures in benchmarks/README.md come from it)
and exits 1 when a target is missed:

* cold start: a fresh ``import nptexperts; nptexperts.load_experts()`` within 1.5x
  of a fresh ``import attrs`` + ``json.load`` of the shipped bundle;
* scale: bundle bytes -> Dataset -> Index (what ``load_index()`` does for shipped
  data) within 2x of ``json.loads`` + a hand-written constructor of the same
  objects (benchmarks/baseline.py), at 1,000 and 10,000 synthetic experts;
* queries: ``get_expert``, ``by_country`` and search take about the same time
  per call at 10,000 experts as at 1,000 (O(1), or O(matches) for search);
* the search index builds in at most 1 ms per expert at 10,000 experts.

Informational, not targets (skipped when msgspec is not installed): the same cold
start and scale loads with ``msgspec.json.decode(raw, type=Dataset)`` in place of
the hand-written ``decode_bundle``, to decide whether msgspec could replace it.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: The latest release's bundle, uncompressed, for the baseline's ``json.load`` (written by main()).
SHIPPED_BUNDLE = Path(tempfile.gettempdir()) / "nptexperts-bench-latest.json"
PY = sys.executable

#: The cold-start case with msgspec in place of ``decode_bundle`` (informational): the
#: imports of ``import nptexperts`` (the models module imports the package), then the
#: shipped bundle decoded by msgspec and the Index built as ``api._index_from_bundle`` does.
MSGSPEC_COLD = """\
import msgspec, nptexperts._records.models
from nptexperts._version import DATA_VERSION
from nptexperts._lookup.index import Index
from nptexperts._releases.store import read_release, read_source_text, release_entry
entry = release_entry(DATA_VERSION)
dataset = msgspec.json.decode(read_release(entry), type=nptexperts._records.models.Dataset)
texts = {
    s.id: read_source_text(entry, s.text_file)
    for s in dataset.sources
    if s.text_file is not None
}
Index.build(dataset, texts)
"""
MSGSPEC_COLD_NAME = (
    "msgspec: import msgspec, nptexperts._records.models; decode(type=Dataset) + Index"
)

OLDEST_COLD = "import nptexperts; load_experts(data_version=<the oldest release>)"


def oldest_version() -> str:
    import nptexperts

    return nptexperts.data_releases()[0].data_version


def compile_bytecode() -> None:
    """Compile the package's bytecode, as pip does when it installs the wheel.

    Without it, a fresh process under ``PYTHONDONTWRITEBYTECODE`` (set on some machines)
    compiles every module of an editable install from source, while attrs and json (the
    floor) load their installed bytecode: about 10 ms of difference that no user sees.
    """
    import compileall

    import nptexperts

    compileall.compile_dir(Path(nptexperts.__file__).parent, quiet=1)


def write_latest_bundle() -> None:
    """The latest release's bundle, uncompressed, where the baseline ``json.load``s it."""
    import nptexperts
    from nptexperts.export.json import to_json

    SHIPPED_BUNDLE.write_bytes(to_json(data_version=nptexperts.DATA_VERSION))


#: The cold starts of issue 14, each against the same baseline (the floor).
BY_COUNTRY_COLD = 'import nptexperts; nptexperts.by_country("KZ")'
BY_COUNTRY_MAX = 1.3
CLI_MAX = 1.5


def cli_code(*args: str, entry: str = "run") -> str:
    """A fresh ``nptexperts ARGS`` run (output discarded): through ``run``, as the executable
    does it, or through ``main`` (what a Python caller gets: the collector left alone)."""
    return (
        f"import sys; sys.argv = {['nptexperts', *args]!r}\n"
        f"from nptexperts.cli import {entry}\n{entry}()"
    )


#: Informational: the command line without skipping the interpreter's final collection.
CLI_INFORMATIONAL = {
    "nptexperts list, through main() (with the final collection; informational)": cli_code(
        "list", entry="main"
    ),
    "nptexperts search nuclear, through main() (informational)": cli_code(
        "search", "nuclear", entry="main"
    ),
}


def cli_cases() -> dict[str, str]:
    import nptexperts

    expert = nptexperts.load_experts()[0].id
    return {
        "nptexperts list": cli_code("list"),
        f"nptexperts show {expert}": cli_code("show", expert),
        "nptexperts search nuclear": cli_code("search", "nuclear"),
    }


#: Loading the oldest shipped release, over loading the latest (cold start).
OLDER_RELEASE_MAX = 2.0
#: The targets (ratios against the same run's baselines).
COLD_START_MAX = 1.5
SCALE_MAX = 2.0
#: Per-call time at 10,000 experts over per-call time at 1,000: O(1) lookups stay near 1.
QUERY_GROWTH_MAX = 3.0
#: The search index's build, per expert, at 10,000 experts (an absolute bound, issue 14).
SEARCH_BUILD_MAX = 1e-3

failures: list[str] = []


def has_msgspec() -> bool:
    """Whether msgspec (a test extra, not a runtime dependency) can be imported."""
    import importlib.util

    return importlib.util.find_spec("msgspec") is not None


def target(ok: bool, what: str) -> str:
    if not ok:
        failures.append(what)
    return "ok" if ok else "MISSED"


def ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f} ms"


def us(seconds: float) -> str:
    return f"{seconds * 1e6:.2f} µs"


# -- the machine --------------------------------------------------------------


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    probe = "import yaml; print(yaml.__version__, yaml.__with_libyaml__)"
    yaml_version, libyaml = subprocess.run(
        [PY, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    from importlib.metadata import version

    return {
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version() + " " + platform.python_implementation(),
        "platform": platform.platform(),
        "attrs": version("attrs"),
        "cattrs": version("cattrs"),
        "pyyaml": yaml_version,
        "msgspec": version("msgspec") if has_msgspec() else "not installed",
        "libyaml": "yes" if libyaml == "True" else "no",
        "load average at start (other work on the machine)": " ".join(
            f"{x:.2f}" for x in os.getloadavg()
        ),
    }


# -- cold start ----------------------------------------------------------------


def fresh(code: str) -> float:
    """Wall time of a fresh interpreter running ``code`` (its output discarded)."""
    start = time.perf_counter()
    subprocess.run(
        [PY, "-c", code], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


#: The floor of every cold-start ratio.
BASELINE = "baseline: import attrs; json.load(bundle)"


class Cold(NamedTuple):
    """One cold-start case: its median time, and its ratio to the floor."""

    median: float
    #: The median of the per-round ratios (each round runs every case once, the floor
    #: too), and their quartiles: the drift of a noisy machine hits both sides of a
    #: ratio alike, so the ratio is steadier than the ratio of two medians.
    ratio: float
    low: float
    high: float


def cold_start(runs: int) -> dict[str, Cold]:
    cases = {
        "python -c pass": "pass",
        BASELINE: (
            f"import attrs, json\nwith open({str(SHIPPED_BUNDLE)!r}, 'rb') as f: json.load(f)"
        ),
        "import nptexperts": "import nptexperts",
        "import nptexperts; load_experts()": "import nptexperts; nptexperts.load_experts()",
        OLDEST_COLD: f"import nptexperts; nptexperts.load_experts(data_version={oldest_version()!r})",
        BY_COUNTRY_COLD: BY_COUNTRY_COLD,
        **cli_cases(),
        **CLI_INFORMATIONAL,
    }
    if has_msgspec():  # informational: msgspec in place of decode_bundle
        probe = subprocess.run([PY, "-c", MSGSPEC_COLD], capture_output=True, text=True)
        if probe.returncode == 0:  # it cannot decode a bundle of an older format
            cases[MSGSPEC_COLD_NAME] = MSGSPEC_COLD
    for code in cases.values():  # warm the caches (.pyc, page cache)
        fresh(code)
    times: dict[str, list[float]] = {name: [] for name in cases}
    order = list(cases)
    shuffle = random.Random(14).shuffle
    for _ in range(runs):  # every case once a round, in a new order each round
        shuffle(order)
        for name in order:
            times[name].append(fresh(cases[name]))
    out = {}
    for name, t in times.items():
        ratios = sorted(a / b for a, b in zip(t, times[BASELINE], strict=True))
        q1, _, q3 = statistics.quantiles(ratios, n=4)
        out[name] = Cold(statistics.median(t), statistics.median(ratios), q1, q3)
    return out


def importtime() -> list[tuple[str, int, int]]:
    """``python -X importtime -c 'import nptexperts'``: (module, self µs, cumulative µs)."""
    out = subprocess.run(
        [PY, "-X", "importtime", "-c", "import nptexperts; nptexperts.load_experts()"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    rows = []
    for line in out.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, cumulative, name = line.removeprefix("import time:").split("|")
        rows.append((name.rstrip(), int(self_us), int(cumulative)))
    return rows


# -- scale: workers run in their own process -----------------------------------


def median_time(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def per_call(fn: Callable[[], object], number: int = 2000, repeat: int = 7) -> float:
    """The best per-call time of ``fn`` over ``repeat`` batches (timeit's advice)."""
    return min(timeit.repeat(fn, number=number, repeat=repeat)) / number


def search_call(index: Any) -> Callable[[str], Any] | None:
    """The search API, if issue 5 has landed (``Index.search`` or ``nptexperts.search``)."""
    # TODO(issue 5): adjust here if the search API takes other arguments.
    method = getattr(index, "search", None)
    if callable(method):
        return method  # type: ignore[no-any-return]
    import nptexperts

    fn = getattr(nptexperts, "search", None)
    if callable(fn):
        return lambda q: fn(q, index=index) if "index" in _params(fn) else None
    return None


def _params(fn: Callable[..., Any]) -> set[str]:
    import inspect

    return set(inspect.signature(fn).parameters)


def scale_worker(data: Path, repeat: int) -> dict[str, Any]:
    """Time the shipped-form load, its baseline and the queries on one generated dataset."""
    import baseline  # type: ignore[import-not-found,unused-ignore]

    from nptexperts import _api as api
    from nptexperts._lookup.index import Index

    raw = (data / "records.json").read_bytes()
    sources = data / "data" / "sources"

    def read_text(name: str) -> str:
        return (sources / name).read_bytes().decode("utf-8")

    def shipped_form() -> Index:
        return api._index_from_bundle(raw, read_text)

    def floor() -> object:
        return baseline.dataset(json.loads(raw))

    index = shipped_form()
    if floor() != index.dataset:
        raise SystemExit(f"{data}: the baseline's objects differ from the library's")
    from nptexperts._records.converter import make_converter
    from nptexperts._records.models import Dataset
    from nptexperts._releases.bundle import plain_bundle

    if make_converter(detailed=False).structure(plain_bundle(raw), Dataset) != index.dataset:
        raise SystemExit(f"{data}: the cattrs converter's objects differ from the library's")
    from nptexperts._releases.bundle import decode_bundle

    def hand() -> Dataset:  # bytes -> Dataset alone, as the msgspec case
        return decode_bundle(raw)

    decoders: dict[str, Callable[[], object]] = {"hand": hand}
    if has_msgspec():  # informational: msgspec in place of decode_bundle
        import msgspec

        def with_msgspec() -> Dataset:
            return msgspec.json.decode(raw, type=Dataset)

        if with_msgspec() != index.dataset:
            raise SystemExit(f"{data}: msgspec's objects differ from the library's")
        decoders["msgspec"] = with_msgspec
    out: dict[str, Any] = {"experts": len(index.experts), "json_bytes": len(raw)}
    lib, base, plain = [], [], []
    decoded: dict[str, list[float]] = {name: [] for name in decoders}
    for _ in range(repeat):  # alternate
        lib.append(median_time(shipped_form, 1))
        base.append(median_time(floor, 1))
        plain.append(median_time(lambda: json.loads(raw), 1))
        for name, fn in decoders.items():
            decoded[name].append(median_time(fn, 1))
    out["load"] = statistics.median(lib)
    out["baseline"] = statistics.median(base)
    out["json_loads"] = statistics.median(plain)
    for name, times in decoded.items():
        out[f"decode_{name}"] = statistics.median(times)

    ids = [e.id for e in index.experts]
    picks = ids[:: max(1, len(ids) // 97)]
    it = iter(picks * 1000000)
    out["get_expert"] = per_call(lambda: index.get_expert(next(it)))
    start = time.perf_counter()
    index.by_country("KZ")  # the first lookup by code imports pycountry
    out["by_country_first"] = time.perf_counter() - start
    out["by_country_code"] = per_call(lambda: index.by_country("KZ"))
    out["by_country_name"] = per_call(lambda: index.by_country("Казахстан"))
    out["by_country_matches"] = len(index.by_country("KZ"))
    search = search_call(index)
    out["search"] = search is not None
    if search is not None:
        start = time.perf_counter()
        search("разоружения")  # the first search builds the search index
        out["search_first"] = time.perf_counter() - start
        from nptexperts._lookup.searching import SearchIndex

        builds = []
        for _ in range(2):  # the search index's build alone, best of two
            start = time.perf_counter()
            SearchIndex.build(index)
            builds.append(time.perf_counter() - start)
        out["search_build"] = min(builds)
        queries = {"rare": "Hiroshi Tanaka", "common": "disarmament", "none": "zzzyx"}
        for name, query in queries.items():
            found = search(query)
            count = len(found) if found is not None else 0
            out[f"search_{name}"] = (per_call(lambda q=query: search(q), 5, 3), count)  # type: ignore[misc]
    return out


def yaml_worker(data: Path, pure: bool) -> dict[str, Any]:
    """Time ``load_experts(path=)`` on the YAML source, once (it is slow)."""
    if pure:  # force PyYAML's pure-Python parser, as without libyaml
        import yaml

        for name in ("CSafeLoader", "CLoader", "CParser"):
            if hasattr(yaml, name):
                delattr(yaml, name)
        yaml.__with_libyaml__ = False
    import nptexperts
    from nptexperts.curate import yamlfile

    start = time.perf_counter()
    experts = nptexperts.load_experts(path=data / "data")
    elapsed = time.perf_counter() - start
    return {"yaml_load": elapsed, "experts": len(experts), "parser": yamlfile._Parser.__name__}


def memory_worker(data: Path, mode: str) -> dict[str, Any]:
    """Peak RSS of one way of loading the generated bundle."""
    import resource

    raw = (data / "records.json").read_bytes()
    kept: object = None
    if mode == "json":
        kept = json.loads(raw)
    elif mode == "baseline":
        import baseline  # type: ignore[import-not-found,unused-ignore]

        kept = baseline.dataset(json.loads(raw))
    elif mode == "library":
        from nptexperts import _api as api

        sources = data / "data" / "sources"
        kept = api._index_from_bundle(raw, lambda n: (sources / n).read_bytes().decode("utf-8"))
    else:  # "bytes": the imports and the bytes read, nothing decoded
        import attrs  # noqa: F401

        import nptexperts  # noqa: F401
    del raw
    gc.collect()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    status = {}  # the kernel's high-water mark (as a check) and the memory still held
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                status[key] = int(value.split()[0]) * 1024
    except OSError:
        pass
    assert kept is not None or mode == "bytes"
    return {"peak_rss": peak, "vm_hwm": status.get("VmHWM"), "rss_after": status.get("VmRSS")}


def in_subprocess(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [PY, str(Path(__file__).resolve()), "--worker", *args],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise SystemExit(f"worker {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# -- the report ------------------------------------------------------------------


def generate(n: int, out: Path) -> Path:
    """The folder of the synthetic dataset of ``n`` experts (generated in a subprocess,
    so that this process stays small: a child's ru_maxrss starts at its parent's)."""
    folder = out / f"experts-{n}"
    if not (folder / "records.json").is_file():
        script = HERE / "synth.py"
        subprocess.run(
            [PY, str(script), str(folder), "--experts", str(n)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return folder


def report(args: argparse.Namespace) -> int:
    print("# nptexperts benchmarks\n")
    for key, value in machine().items():
        print(f"- {key}: {value}")

    print(
        f"\n## Cold start ({args.runs} rounds of fresh processes, every case once a round;"
        " median time; ratio: median of the rounds' ratios to the floor, with quartiles)\n"
    )
    cold = cold_start(args.runs)
    for name, c in cold.items():
        print(f"- {name}: {ms(c.median)} ({c.ratio:.2f}x baseline, {c.low:.2f}–{c.high:.2f}x)")
    ratio = cold["import nptexperts; load_experts()"].ratio
    ok = target(ratio <= COLD_START_MAX, f"cold start {ratio:.2f}x > {COLD_START_MAX}x")
    print(f"- target load_experts() <= {COLD_START_MAX}x baseline: {ratio:.2f}x {ok}")
    older = cold[OLDEST_COLD].median / cold["import nptexperts; load_experts()"].median
    ok = target(older <= OLDER_RELEASE_MAX, f"oldest release {older:.2f}x > {OLDER_RELEASE_MAX}x")
    print(f"- target oldest release <= {OLDER_RELEASE_MAX}x the latest's load: {older:.2f}x {ok}")
    ratio = cold[BY_COUNTRY_COLD].ratio
    ok = target(ratio <= BY_COUNTRY_MAX, f"by_country cold {ratio:.2f}x > {BY_COUNTRY_MAX}x")
    print(f"- target {BY_COUNTRY_COLD} <= {BY_COUNTRY_MAX}x baseline: {ratio:.2f}x {ok}")
    for name in cli_cases():
        ratio = cold[name].ratio
        ok = target(ratio <= CLI_MAX, f"{name} cold {ratio:.2f}x > {CLI_MAX}x")
        print(f"- target {name} <= {CLI_MAX}x baseline: {ratio:.2f}x {ok}")
    if MSGSPEC_COLD_NAME in cold:
        ratio = cold[MSGSPEC_COLD_NAME].ratio
        holds = "would hold" if ratio <= COLD_START_MAX else "would miss"
        print(
            f"- msgspec in place of decode_bundle (informational): {ratio:.2f}x baseline;"
            f" it {holds} the {COLD_START_MAX}x target"
        )
    else:
        print(
            "- msgspec in place of decode_bundle: skipped (msgspec is not installed, or"
            " cannot decode the latest bundle's format)"
        )

    if args.cold_start_only:
        return verdict()

    rows = importtime()
    total = next(c for name, _, c in rows if name.strip() == "nptexperts")
    print("\n## python -X importtime (one run; import nptexperts; load_experts())\n")
    print(f"- nptexperts, cumulative: {total / 1000:.1f} ms")
    top = sorted(rows, key=lambda r: -r[1])[:12]
    for name, self_us, cumulative in top:
        print(
            f"  - {name.strip()}: self {self_us / 1000:.1f} ms, cumulative {cumulative / 1000:.1f} ms"
        )
    heavy = [
        n.strip()
        for n, _, _ in rows
        if n.strip() in ("yaml", "pandas", "click", "pycountry", "cattrs")
    ]
    print(f"- heavy modules imported: {', '.join(heavy) or 'none'}")

    sizes = [1000, 10000]
    scale: dict[int, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="nptexperts-bench-") as tmp:
        out = Path(args.data_dir) if args.data_dir else Path(tmp)
        folders = {n: generate(n, out) for n in sizes}
        print("\n## Loading at scale (synthetic experts, three comments each; median)\n")
        for n in sizes:
            repeat = args.repeat if n <= 1000 else max(3, args.repeat // 2)
            r = scale[n] = in_subprocess("scale", str(folders[n]), str(repeat))
            ratio = r["load"] / r["baseline"]
            ok = target(ratio <= SCALE_MAX, f"scale {n}: {ratio:.2f}x > {SCALE_MAX}x")
            print(f"### {n:,} experts (bundle {r['json_bytes'] / 1e6:.1f} MB, {repeat} runs)\n")
            print(f"- json.loads alone: {ms(r['json_loads'])}")
            print(f"- baseline, json.loads + hand-written constructor: {ms(r['baseline'])}")
            print(
                f"- shipped form, bytes -> Dataset -> Index: {ms(r['load'])} ({ratio:.2f}x baseline) {ok}"
            )
            hand = r["decode_hand"]
            print(
                f"- bytes -> Dataset, hand-written decode_bundle: {ms(hand)}"
                f" ({hand / r['baseline']:.2f}x baseline)"
            )
            if "decode_msgspec" in r:
                t = r["decode_msgspec"]
                print(
                    f"- bytes -> Dataset, msgspec.json.decode(type=Dataset) (informational):"
                    f" {ms(t)} ({t / r['baseline']:.2f}x baseline, {t / hand:.2f}x decode_bundle)"
                )
            else:
                print("- bytes -> Dataset with msgspec: skipped (msgspec is not installed)")
            from nptexperts.curate.directory import MAX_FILE_SIZE

            text = next((folders[n] / "data" / "sources").glob("*.txt"))
            if text.stat().st_size > MAX_FILE_SIZE:
                print(
                    f"- load_experts(path=) on the YAML source: skipped (the generated source"
                    f" text is {text.stat().st_size / 2**20:.1f} MiB, over the"
                    f" {MAX_FILE_SIZE / 2**20:.0f} MiB a data file may have)"
                )
                print()
                continue
            for pure in (False, True):
                if pure and n > 1000 and args.quick:
                    print(
                        "- load_experts(path=) with the pure-Python YAML parser: skipped (--quick)"
                    )
                    continue
                y = in_subprocess("yaml", str(folders[n]), "pure" if pure else "c")
                print(
                    f"- load_experts(path=) on the YAML source, parser {y['parser']}:"
                    f" {ms(y['yaml_load'])} ({y['yaml_load'] / r['baseline']:.1f}x baseline)"
                )
            print()
        print("## Queries (per call, after the first load)\n")
        print("| query | 1,000 experts | 10,000 experts | growth |")
        print("|---|---|---|---|")
        for key, label in (
            ("get_expert", "get_expert(id)"),
            ("by_country_code", 'by_country("KZ")'),
            ("by_country_name", 'by_country("Казахстан")'),
        ):
            small, big = scale[1000][key], scale[10000][key]
            growth = big / small
            ok = target(growth <= QUERY_GROWTH_MAX, f"{label} grows {growth:.1f}x")
            print(f"| {label} | {us(small)} | {us(big)} | {growth:.2f}x {ok} |")
        for n in sizes:
            print(
                f"\nAt {n:,}: by_country('KZ') returns {scale[n]['by_country_matches']} experts;"
                f" the first country lookup (imports pycountry) took {ms(scale[n]['by_country_first'])}."
            )
        if not scale[1000]["search"]:
            print("\n- search: not measured: no Index.search / nptexperts.search (issue 5) yet")
        else:
            for n in sizes:
                r = scale[n]
                print(
                    f"\nSearch at {n:,}: first search (builds its index) {ms(r['search_first'])};"
                )
                for name in ("rare", "common", "none"):
                    t, count = r[f"search_{name}"]
                    each = f", {us(t / count)} per match" if count else ""
                    print(f"- {name} query: {us(t)} per call, {count} matches{each}")
            for n in sizes:
                each = scale[n]["search_build"] / scale[n]["experts"]
                ok = target(
                    n < 10000 or each <= SEARCH_BUILD_MAX,
                    f"search index build {each * 1e3:.2f} ms per expert at {n:,}",
                )
                print(
                    f"- search index build at {n:,}: {ms(scale[n]['search_build'])},"
                    f" {each * 1e3:.3f} ms per expert" + (f" {ok}" if n >= 10000 else "")
                )
            small, n_small = scale[1000]["search_common"]
            big, n_big = scale[10000]["search_common"]
            growth = (big / n_big) / (small / n_small)
            ok = target(growth <= QUERY_GROWTH_MAX, f"search time per match grows {growth:.1f}x")
            print(f"\n- search, time per match, 10,000 over 1,000 experts: {growth:.2f}x {ok}")
            growth = scale[10000]["search_none"][0] / scale[1000]["search_none"][0]
            ok = target(growth <= QUERY_GROWTH_MAX, f"search with no match grows {growth:.1f}x")
            print(f"- search with no match, 10,000 over 1,000 experts: {growth:.2f}x {ok}")

        print("\n## Memory (peak RSS of a fresh process loading 10,000 experts)\n")
        big = folders[10000]
        size = scale[10000]["json_bytes"]
        labels = {
            "bytes": "import nptexperts, read the bundle's bytes",
            "json": "json.loads",
            "baseline": "json.loads + hand-written constructor",
            "library": "shipped form, bytes -> Dataset -> Index",
        }
        for mode, label in labels.items():
            m = in_subprocess("memory", str(big), mode)
            peak = m["peak_rss"]
            if m["vm_hwm"] is not None and abs(m["vm_hwm"] - peak) > 0.1 * peak:
                print(f"  (ru_maxrss {peak} disagrees with VmHWM {m['vm_hwm']})")
            held = m["rss_after"]
            after = f"; RSS after: {held / 2**20:.0f} MiB" if held else ""
            print(
                f"- {label}: peak {peak / 2**20:.0f} MiB ({peak / size:.1f}x the JSON text){after}"
            )
        print(f"\n(The JSON text is {size / 2**20:.0f} MiB.)")

    return verdict()


def verdict() -> int:
    """Print whether every target was met; the exit status (1 if one was missed)."""
    print()
    if failures:
        print("TARGETS MISSED: " + "; ".join(failures))
        return 1
    print("all targets met")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="nptexperts benchmarks (run by hand)")
    parser.add_argument("--runs", type=int, default=31, help="fresh processes per cold-start case")
    parser.add_argument("--repeat", type=int, default=9, help="timed loads at 1,000 experts")
    parser.add_argument("--quick", action="store_true", help="fewer runs, skip the slowest case")
    parser.add_argument(
        "--cold-start-only", action="store_true", help="only the cold starts (and their targets)"
    )
    parser.add_argument("--data-dir", help="keep (and reuse) the generated datasets here")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, folder, *rest = args.worker
        if kind == "scale":
            result = scale_worker(Path(folder), int(rest[0]))
        elif kind == "yaml":
            result = yaml_worker(Path(folder), rest[0] == "pure")
        else:
            result = memory_worker(Path(folder), rest[0])
        print(json.dumps(result))
        return 0
    if args.quick:
        args.runs, args.repeat = min(args.runs, 21), min(args.repeat, 3)
    write_latest_bundle()
    compile_bytecode()
    return report(args)


if __name__ == "__main__":
    sys.exit(main())
