"""How fast ``find_quote`` answers, against a plain substring scan in the same run.

Run by hand (not in CI; no test times anything)::

    .venv/bin/python benchmarks/quotes.py            # the shipped records and 10,000 experts
    .venv/bin/python benchmarks/quotes.py --experts 1000

Targets (issue 23): on the shipped records, well under a millisecond per quote once
the index is built; at 10,000 synthetic experts (``synth.py``), under 50 ms for a
40-word quote, whether it is found word for word, nearly (a word dropped: the fuzzy
path) or not at all. The baseline is the plain scan ``[t for t in texts if quote in
t]`` over the same texts (every comment in both languages and the source's
paragraphs): it finds only exact quotes, so it is the floor of any lookup. Exits 1
when a target is missed.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def per_call(fn: Callable[[], object], number: int, repeat: int = 7) -> float:
    """The best per-call time of ``fn`` over ``repeat`` batches of ``number`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


Row = tuple[str, float, float, str]


def cases(quote_index: object, texts: list[str], quotes: dict[str, str], number: int) -> list[Row]:
    """Each quote's time through ``find_quote``'s index and through the plain scan."""
    rows = []
    for name, quote in quotes.items():
        found = quote_index.find(quote)  # type: ignore[attr-defined]
        took = per_call(lambda q=quote: quote_index.find(q), number)  # type: ignore[attr-defined]
        scan = per_call(lambda q=quote: [t for t in texts if q in t], number)
        best = f"{found[0].kind}, {len(found)}" if found else "none"
        rows.append((name, took, scan, best))
    return rows


def report(title: str, build: float, rows: list[Row], limit: float) -> bool:
    ok = True
    print(f"\n## {title}\n")
    print(f"index built once in {build * 1e3:.1f} ms\n")
    print("| quote | find_quote | substring scan | ratio | best match, matches | target |")
    print("|---|---|---|---|---|---|")
    for name, took, scan, n in rows:
        met = took < limit
        ok &= met
        print(
            f"| {name} | {took * 1e3:.3f} ms | {scan * 1e3:.3f} ms | {took / scan:.1f}x | {n} |"
            f" {'met' if met else 'MISSED'} (< {limit * 1e3:g} ms) |"
        )
    return ok


def texts_of(quote_index: object) -> list[str]:
    return [u.text for u in quote_index._units]  # type: ignore[attr-defined]


def shipped() -> bool:
    import nptexperts
    from nptexperts._lookup.quoteindex import QuoteIndex
    from nptexperts._lookup.quoteunits import _units

    index = nptexperts.load_index()
    start = time.perf_counter()
    quote_index = QuoteIndex(tuple(_units(index)))
    build = time.perf_counter() - start
    gross = nptexperts.get_comment("zacharie-gross.prospects-2026.1").text("en")
    words = gross.split()
    forty = " ".join(words[10:50])
    lysenko = nptexperts.get_comment("mikhail-lysenko.prospects-2026.1").text("en")
    retyped = '"' + lysenko.replace("–", "-") + '"'
    quotes = {
        "40 words, exact": forty,
        "a quote retyped (straight quotes, a hyphen for the dash)": retyped,
        "40 words, a word dropped (near)": " ".join(words[10:30] + words[31:50]),
        "fabricated sentence": "Russia will leave the Treaty unless the conference adopts a final document.",
        "PIR's framing": "It is high time we started preparing well in advance.",
    }
    rows = cases(quote_index, texts_of(quote_index), quotes, 200)
    return report("Shipped records", build, rows, 0.001)


def synthetic(n: int) -> bool:
    import synth

    from nptexperts._lookup.index import Index
    from nptexperts._lookup.quoteindex import QuoteIndex
    from nptexperts._lookup.quoteunits import _units

    dataset, text = synth.make_dataset(n)
    index = Index.build(dataset, {synth.SOURCE_ID: text})
    start = time.perf_counter()
    quote_index = QuoteIndex(tuple(_units(index)))
    build = time.perf_counter() - start
    comments = [c for e in dataset.experts for c in e.comments]
    long = next(c for c in reversed(comments) if len(c.text("en").split()) >= 45)
    words = long.text("en").split()
    forty = " ".join(words[2:42])
    dropped = " ".join(words[2:20] + words[21:43])
    # The same 40 words in another order: every word, and most word pairs, are in the
    # records, but no text holds the sentence (the worst case of the near-match path).
    shuffled = words[2:42]
    random.Random(40).shuffle(shuffled)
    fabricated = " ".join(shuffled)
    quotes = {
        "40 words, exact": forty,
        "40 words, a word dropped (near)": dropped,
        "40 words, fabricated (its words shuffled)": fabricated,
    }
    rows = cases(quote_index, texts_of(quote_index), quotes, 5)
    return report(f"{n:,} synthetic experts ({len(comments):,} comments)", build, rows, 0.050)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--experts", type=int, default=10_000)
    args = parser.parse_args()
    print("# find_quote")
    ok = shipped()
    ok &= synthetic(args.experts)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
