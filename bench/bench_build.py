"""`aipg build` on a synthetic archive: fresh (bulk copy vs incremental), then rebuild unchanged.

    python bench/synth.py /tmp/aipg-synth-400 --articles 400   # once
    python bench/bench_build.py /tmp/aipg-synth-400

Builds the same folder into two fresh stores, once as `aipg build` does (the
bulk COPY path past graph.stores.bulk.BULK_THRESHOLD documents) and once with
the threshold out of reach (one ingest per document), timing the store's share
of each; then rebuilds the first unchanged. Prints times, shares and ratios,
with the peak resident memory of this process.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from aipg.graph.config import Settings
from aipg.graph.stores import bulk, open_store
from aipg.graph.stores.ladybug_store import LadybugStore
from aipg.loaders.pipeline import build

SPENT = {"store": 0.0}


def timed_store(method):
    def wrapper(self, *args, **kwargs):
        t = time.perf_counter()
        try:
            return method(self, *args, **kwargs)
        finally:
            SPENT["store"] += time.perf_counter() - t
    return wrapper


def run(corpus: str, path: Path) -> tuple[float, float]:
    SPENT["store"] = 0.0
    t = time.perf_counter()
    with open_store(Settings(store=str(path))) as st:
        report = build([corpus], st)
    total = time.perf_counter() - t
    assert not report.failed, report.failed[:3]
    return total, SPENT["store"]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    args = ap.parse_args(argv)
    for name in ("ingest", "copy_load", "labels_of"):
        setattr(LadybugStore, name, timed_store(getattr(LadybugStore, name)))
    folder = Path(tempfile.mkdtemp(prefix="aipg-bench-build-"))
    fresh, fresh_store = run(args.corpus, folder / "bulk.lbug")
    again, _ = run(args.corpus, folder / "bulk.lbug")
    threshold, bulk.BULK_THRESHOLD = bulk.BULK_THRESHOLD, 10**9
    one, one_store = run(args.corpus, folder / "incremental.lbug")
    bulk.BULK_THRESHOLD = threshold
    n = len(list(Path(args.corpus).glob("*.txt")))
    print(f"{n} articles")
    print(f"fresh build, bulk copy:     {fresh:7.1f} s  {n / fresh:5.1f} articles/s  store {fresh_store / fresh:5.1%}")
    print(f"fresh build, one by one:    {one:7.1f} s  {n / one:5.1f} articles/s  store {one_store / one:5.1%}")
    print(f"rebuild, nothing changed:   {again:7.1f} s  = {again / fresh:.1%} of the fresh build")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
