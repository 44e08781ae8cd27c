"""Extraction on a 2-worker local Dask cluster vs one process, side by side on the same articles.

    python bench/synth.py /tmp/aipg-synth-400 --articles 400   # once
    python bench/bench_dask.py /tmp/aipg-synth-400 [--workers 2]

Times ``extract_documents`` in this process (model load included, as a fresh
`aipg extract` pays it) and ``extract_to_shards`` on a new local cluster
(cluster start and one model load per worker included), checks both give the
same claims, and prints articles per second and the ratio.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from aipg.graph.shards import read_shards
from aipg.loaders.distributed import extract_to_shards
from aipg.loaders.documents import read_documents
from aipg.loaders.pipeline import extract_documents


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    out = Path(tempfile.mkdtemp(prefix="aipg-bench-dask-")) / "shards"
    t = time.perf_counter()
    report = extract_to_shards([args.corpus], out, workers=args.workers)
    t_dask = time.perf_counter() - t
    t = time.perf_counter()
    docs, _ = read_documents([args.corpus])
    single = extract_documents(docs)
    t_one = time.perf_counter() - t
    same = sorted(c.id for ex in single for c in ex.claims) == sorted(c.id for ex in read_shards([out]) for c in ex.claims)
    n = len(docs)
    print(f"{n} articles, same claims both ways: {same}")
    print(f"one process:                 {t_one:6.1f} s  {n / t_one:5.1f} articles/s")
    print(f"Dask, {report.workers} local workers:       {t_dask:6.1f} s  {n / t_dask:5.1f} articles/s")
    print(f"ratio: Dask throughput = {t_one / t_dask:.2f}x one process")


if __name__ == "__main__":
    main()
