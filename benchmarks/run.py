"""Benchmarks of nptexperts: cold start, loading at scale, queries, imports and memory.

Run by hand (not in CI), from the repository root, in the dev environment::

    .venv/bin/python benchmarks/run.py            # everything (a few minutes)
    .venv/bin/python benchmarks/run.py --quick    # fewer runs, no pure-Python YAML at 10,000

Every figure is a median, and every target is a ratio against a baseline measured
in the same run, so that the targets hold on a slow machine as on a fast one.
The script prints a report (the figures in benchmarks/README.md come from it)
and exits 1 when a target is missed:

* cold start: a fresh ``import nptexperts; nptexperts.load_experts()`` and
  ``nptexperts.by_country("KZ")`` within 1.5x of a fresh ``import attrs`` +
  ``json.load`` of the shipped bundle (the floor); ``nptexperts list``, ``show`` and
  ``search`` within 1.8x of it (issue 25);
* scale: bundle bytes -> Dataset -> Index (what ``load_index()`` does for shipped
  data) within 2x of ``json.loads`` + a hand-written constructor of the same
  objects (benchmarks/baseline.py), at 1,000 and 10,000 synthetic experts, with the
  growth exponent printed;
* at 100,000 experts (issue 25): the load within 0.5x of that baseline, and its
  peak memory within 0.6x of the baseline's; the first search within 0.5x of the
  0.2.0 code's (a figure recorded as a fraction of the baseline's load, see
  ``FIRST_SEARCH_0_2``); a search with ``limit=20`` within 0.05x of the same query
  unlimited;
* queries: ``get_expert``, ``by_country`` and search take about the same time
  per call at 10,000 experts as at 1,000 (O(1), or O(matches) for search);
* the search index builds in at most 1 ms per expert at 10,000 experts.
"""

from __future__ import annotations

import argparse
import gc
import json
import math
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


#: The cold starts, each against the same baseline (the floor; issue 25's targets).
BY_COUNTRY_COLD = 'import nptexperts; nptexperts.by_country("KZ")'
BY_COUNTRY_MAX = 1.5
CLI_MAX = 1.8


def cli_code(*args: str) -> str:
    """A fresh ``nptexperts ARGS`` run (output discarded), as the executable runs it."""
    return (
        f"import sys; sys.argv = {['nptexperts', *args]!r}\nfrom nptexperts.cli import run\nrun()"
    )


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
#: At 100,000 experts (issue 25): the load and its peak memory over the baseline's.
BIG = 100_000
BIG_LOAD_MAX = 0.5
BIG_MEMORY_MAX = 0.6
#: The first search at 100,000 experts over the 0.2.0 code's (FIRST_SEARCH_0_2).
BIG_FIRST_SEARCH_MAX = 0.5
#: A search with limit=20 over the same query unlimited, at 100,000 experts.
BIG_LIMIT_MAX = 0.05
#: The code before issue 25 (the 0.2.0 search): its first search at 100,000 experts is
#: measured in the same run, from this commit's ``src`` (``git archive``), when git can
#: give it; otherwise the figure recorded in benchmarks/README.md is used, as a fraction
#: of the same run's baseline load (FIRST_SEARCH_0_2).
REFERENCE_COMMIT = "0b1a59b7804363364d9ccc15f7dd0170ed471b7a"
#: 46.4 s over 92.4 s, both measured with that code on 2026-12-07 (benchmarks/README.md).
FIRST_SEARCH_0_2 = 0.502
#: The search index's build, per expert, at 10,000 experts (an absolute bound, issue 14).
SEARCH_BUILD_MAX = 1e-3

failures: list[str] = []


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
        "msgspec": version("msgspec"),
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
#: The floor plus the imports that a verified load with msgspec cannot do without, and
#: with click for the command line: what is left of a target for the package's own code.
DEPENDENCIES = "the baseline + import msgspec, hashlib"
DEPENDENCIES_CLI = "the baseline + import msgspec, hashlib, click"


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
        DEPENDENCIES: (
            "import attrs, json, msgspec, hashlib\n"
            f"with open({str(SHIPPED_BUNDLE)!r}, 'rb') as f: json.load(f)"
        ),
        DEPENDENCIES_CLI: (
            "import attrs, json, msgspec, hashlib, click\n"
            f"with open({str(SHIPPED_BUNDLE)!r}, 'rb') as f: json.load(f)"
        ),
        "import nptexperts": "import nptexperts",
        "import nptexperts; load_experts()": "import nptexperts; nptexperts.load_experts()",
        OLDEST_COLD: f"import nptexperts; nptexperts.load_experts(data_version={oldest_version()!r})",
        BY_COUNTRY_COLD: BY_COUNTRY_COLD,
        **cli_cases(),
    }
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

    def decode() -> Dataset:  # bytes -> Dataset alone (msgspec)
        return decode_bundle(raw)

    decoders: dict[str, Callable[[], object]] = {"bundle": decode}
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
    """Time ``nptexperts.curate.index_directory`` on the YAML source, once (it is slow)."""
    if pure:  # force PyYAML's pure-Python parser, as without libyaml
        import yaml

        for name in ("CSafeLoader", "CLoader", "CParser"):
            if hasattr(yaml, name):
                delattr(yaml, name)
        yaml.__with_libyaml__ = False
    from nptexperts.curate import index_directory, yamlfile

    start = time.perf_counter()
    experts = index_directory(data / "data").experts
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


#: The bundle of the first search's comparison: in format 2, which the 0.2.0 code reads.
FORMAT_2_BUNDLE = "records-format2.json"


def format_2_worker(data: Path) -> dict[str, Any]:
    """Write ``data``'s bundle in format 2 (:data:`FORMAT_2_BUNDLE`), once: the 0.2.0 code
    predates format 3. The editors' notes become their English (format 2's strings), and
    there are no events nor expectations; none of these is a text the experts' search
    looks in, so both codes search the same texts."""
    target = data / FORMAT_2_BUNDLE
    if not target.is_file():
        plain = json.loads((data / "records.json").read_bytes())

        def english(record: dict[str, Any]) -> dict[str, Any]:
            return {**record, "notes": [n["en"]["value"] for n in record["notes"]]}

        plain["bundle_format"] = 2
        plain.pop("events", None)
        plain.pop("expectations", None)
        plain["sources"] = [english(s) for s in plain["sources"]]
        plain["sections"] = [english(s) for s in plain["sections"]]
        plain["experts"] = [
            {
                **english(e),
                "comments": [english(c) for c in e["comments"]],
                "name_variants": [
                    {**v, "note": v["note"]["en"]["value"]} for v in e["name_variants"]
                ],
            }
            for e in plain["experts"]
        ]
        partial = target.with_suffix(".partial")
        partial.write_bytes(json.dumps(plain, ensure_ascii=False).encode("utf-8"))
        partial.replace(target)
    return {"bundle": target.name}


def big_worker(data: Path, mode: str, bundle: str = "records.json") -> dict[str, Any]:
    """One case at 100,000 experts, alone in a fresh process: its time and its peak RSS."""
    import resource

    raw = (data / bundle).read_bytes()
    sources = data / "data" / "sources"
    out: dict[str, Any] = {"json_bytes": len(raw)}
    start = time.perf_counter()
    if mode == "baseline":
        import baseline  # type: ignore[import-not-found,unused-ignore]

        kept: object = baseline.dataset(json.loads(raw))
    else:
        import nptexperts
        from nptexperts import _api as api

        kept = index = api._index_from_bundle(
            raw, lambda n: (sources / n).read_bytes().decode("utf-8")
        )
    out["load"] = time.perf_counter() - start
    out["peak_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    if mode == "search":
        del raw
        start = time.perf_counter()
        nptexperts.search("разоружения", index=index)  # builds the search index
        out["search_first"] = time.perf_counter() - start
        for name, limit in (("unlimited", None), ("limit20", 20)):
            times = []
            for _ in range(3):
                start = time.perf_counter()
                found = nptexperts.search("disarmament", index=index, limit=limit)
                times.append(time.perf_counter() - start)
            out[f"common_{name}"] = (min(times), len(found))
    assert kept is not None
    return out


def reference_tree(out: Path) -> Path | None:
    """The ``src`` folder of REFERENCE_COMMIT, extracted under ``out``; None without git."""
    folder = out / "reference"
    if (folder / "src" / "nptexperts").is_dir():
        return folder / "src"
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", REFERENCE_COMMIT, "src"],
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    import io
    import tarfile

    folder.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder / "src"


def in_subprocess(*args: str, pythonpath: Path | None = None) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(pythonpath)) if pythonpath is not None else None
    done = subprocess.run(
        [PY, str(Path(__file__).resolve()), "--worker", *args],
        capture_output=True,
        text=True,
        env=env,
    )
    if done.returncode != 0:
        raise SystemExit(f"worker {args} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# -- the report ------------------------------------------------------------------


def generate(n: int, out: Path, *, bundle_only: bool = False) -> Path:
    """The folder of the synthetic dataset of ``n`` experts (generated in a subprocess,
    so that this process stays small: a child's ru_maxrss starts at its parent's)."""
    folder = out / f"experts-{n}"
    if not (folder / "records.json").is_file():
        script = HERE / "synth.py"
        subprocess.run(
            [PY, str(script), str(folder), "--experts", str(n)]
            + (["--bundle-only"] if bundle_only else []),
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return folder


def exponent(small: float, big: float, n_small: int = 1000, n_big: int = 10000) -> float:
    """The growth exponent k of a time t ~ n**k, from two sizes."""
    return math.log(big / small) / math.log(n_big / n_small)


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

    deps, cli_deps = cold[DEPENDENCIES].ratio, cold[DEPENDENCIES_CLI].ratio
    print(
        f"- of the {COLD_START_MAX}x and {CLI_MAX}x targets, the dependencies' imports alone"
        f" take {deps:.2f}x (msgspec, hashlib) and {cli_deps:.2f}x (and click): the package's"
        f" own modules and work have {COLD_START_MAX - deps:.2f}x and {CLI_MAX - cli_deps:.2f}x"
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
            decoded = r["decode_bundle"]
            print(
                f"- bytes -> Dataset alone, decode_bundle (msgspec): {ms(decoded)}"
                f" ({decoded / r['baseline']:.2f}x baseline)"
            )
            from nptexperts.curate.directory import MAX_FILE_SIZE

            text = next((folders[n] / "data" / "sources").glob("*.txt"))
            if text.stat().st_size > MAX_FILE_SIZE:
                print(
                    f"- curate.index_directory on the YAML source: skipped (the generated source"
                    f" text is {text.stat().st_size / 2**20:.1f} MiB, over the"
                    f" {MAX_FILE_SIZE / 2**20:.0f} MiB a data file may have)"
                )
                print()
                continue
            for pure in (False, True):
                if pure and n > 1000 and args.quick:
                    print(
                        "- curate.index_directory with the pure-Python YAML parser: skipped (--quick)"
                    )
                    continue
                y = in_subprocess("yaml", str(folders[n]), "pure" if pure else "c")
                print(
                    f"- curate.index_directory on the YAML source, parser {y['parser']}:"
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
        print("\nGrowth exponents k (time ~ n**k, from 1,000 to 10,000 experts; 1 is linear):")
        for key, label in (
            ("baseline", "baseline load"),
            ("load", "shipped load"),
            ("decode_bundle", "bytes -> Dataset"),
            ("search_build", "search index build"),
        ):
            print(f"- {label}: {exponent(scale[1000][key], scale[10000][key]):.2f}")
        common = exponent(scale[1000]["search_common"][0], scale[10000]["search_common"][0])
        print(f"- common search (matches grow with n): {common:.2f}")
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

        if args.skip_big:
            print(f"\n## {BIG:,} experts: skipped (--skip-big)")
            return verdict()
        folder = generate(BIG, out, bundle_only=True)
        print(f"\n## {BIG:,} experts (each case alone in a fresh process, once)\n")
        base = in_subprocess("big", str(folder), "baseline")
        lib = in_subprocess("big", str(folder), "library")
        # The first search, this code's and 0.2.0's, on the same bundle (format 2).
        bundle = in_subprocess("format2", str(folder))["bundle"]
        found = in_subprocess("big", str(folder), "search", bundle)
        size = base["json_bytes"]
        print(f"- the bundle: {size / 2**20:.0f} MiB of JSON")
        print(
            f"- baseline, json.loads + hand-written constructor: {base['load']:.1f} s,"
            f" peak RSS {base['peak_rss'] / 2**20:.0f} MiB"
        )
        ratio = lib["load"] / base["load"]
        ok = target(ratio <= BIG_LOAD_MAX, f"load at {BIG:,}: {ratio:.2f}x > {BIG_LOAD_MAX}x")
        print(
            f"- shipped form, bytes -> Dataset -> Index: {lib['load']:.1f} s"
            f" ({ratio:.2f}x baseline; target <= {BIG_LOAD_MAX}x) {ok}"
        )
        ratio = lib["peak_rss"] / base["peak_rss"]
        ok = target(ratio <= BIG_MEMORY_MAX, f"memory at {BIG:,}: {ratio:.2f}x > {BIG_MEMORY_MAX}x")
        print(
            f"- its peak RSS: {lib['peak_rss'] / 2**20:.0f} MiB"
            f" ({ratio:.2f}x baseline's; target <= {BIG_MEMORY_MAX}x) {ok}"
        )
        first = found["search_first"]
        tree = reference_tree(out)
        if tree is not None:
            old = in_subprocess("big", str(folder), "search", bundle, pythonpath=tree)
            reference = old["search_first"]
            how = f"the code of {REFERENCE_COMMIT[:7]}, in this run: {reference:.2f} s"
        else:
            reference = FIRST_SEARCH_0_2 * base["load"]
            how = (
                f"from its recorded fraction of the baseline ({FIRST_SEARCH_0_2:.3f}),"
                f" {reference:.1f} s here"
            )
        ratio = first / reference
        ok = target(
            ratio <= BIG_FIRST_SEARCH_MAX, f"first search at {BIG:,}: {ratio:.2f}x > 0.5x 0.2.0's"
        )
        print(
            f"- first search, 'разоружения' unlimited (builds the search index):"
            f" {first:.2f} s; 0.2.0's ({how}):"
            f" {ratio:.2f}x (target <= {BIG_FIRST_SEARCH_MAX}x) {ok}"
        )
        if tree is not None:
            (o_all, _), (o_lim, _) = old["common_unlimited"], old["common_limit20"]
            print(
                f"- 0.2.0's search 'disarmament': {ms(o_all)} unlimited, {ms(o_lim)} with"
                f" limit=20; its load {old['load']:.1f} s (informational)"
            )
        (unlimited, n_all), (limited, n_shown) = found["common_unlimited"], found["common_limit20"]
        ratio = limited / unlimited
        ok = target(ratio <= BIG_LIMIT_MAX, f"limit=20 at {BIG:,}: {ratio:.3f}x > {BIG_LIMIT_MAX}x")
        print(
            f"- search 'disarmament': {ms(unlimited)} unlimited ({n_all:,} matches),"
            f" {ms(limited)} with limit=20 ({n_shown}): {ratio:.3f}x"
            f" (target <= {BIG_LIMIT_MAX}x) {ok}"
        )

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
    parser.add_argument(
        "--skip-big", action="store_true", help=f"skip the {BIG:,}-expert cases (minutes)"
    )
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        kind, folder, *rest = args.worker
        if kind == "scale":
            result = scale_worker(Path(folder), int(rest[0]))
        elif kind == "big":
            result = big_worker(Path(folder), *rest)
        elif kind == "format2":
            result = format_2_worker(Path(folder))
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
