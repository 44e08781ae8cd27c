"""The bulk COPY path vs the incremental ingest, side by side on the same synthetic extractions.

    python bench/bench_copy.py --docs 2000

Writes the same extractions (bench_store.synthetic: ~8 entities, 10 claims each)
into two fresh LadybugDB files, one ingest per document and one bulk copy
(graph.stores.bulk), checks both hold the same rows, and prints the times, the
ratio, the file sizes, and the ingest time per document at the start and the
end of the incremental run (is it flat?), in wall time and in CPU time.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from bench_store import synthetic

from aipg.graph.config import Settings
from aipg.graph.stores import open_store
from aipg.graph.stores.bulk import load


def size(path: Path) -> float:
    return sum(f.stat().st_size for f in path.parent.glob(path.name + "*")) / 1e6


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args(argv)
    exs = synthetic(args.docs, 10)
    folder = Path(tempfile.mkdtemp(prefix="aipg-bench-copy-"))
    one, bulk = folder / "incremental.lbug", folder / "copy.lbug"
    tenth = max(1, args.docs // 10)
    with open_store(Settings(store=str(one))) as st:
        t0 = time.perf_counter()
        marks, cpu = [], []
        for i in range(0, args.docs, tenth):
            t, c = time.perf_counter(), time.process_time()
            load(st, exs[i : i + tenth], threshold=10**9)
            marks.append((time.perf_counter() - t) / len(exs[i : i + tenth]) * 1000)
            cpu.append((time.process_time() - c) / len(exs[i : i + tenth]) * 1000)
        t_one = time.perf_counter() - t0
        rows_one = [getattr(st, f)() for f in ("entities", "edges", "claims", "mentions")]
    with open_store(Settings(store=str(bulk))) as st:
        t0 = time.perf_counter()
        load(st, exs, threshold=1)
        t_copy = time.perf_counter() - t0
        same = rows_one == [getattr(st, f)() for f in ("entities", "edges", "claims", "mentions")]
    print(f"{args.docs} documents, same rows both ways: {same}")
    print(f"incremental ingest: {t_one:.1f} s ({args.docs / t_one:.0f} docs/s), file {size(one):.1f} MB")
    print(f"bulk COPY:          {t_copy:.1f} s ({args.docs / t_copy:.0f} docs/s), file {size(bulk):.1f} MB")
    print(f"ratio: COPY is {t_one / t_copy:.1f}x faster, {size(one) / size(bulk):.1f}x smaller")
    print(f"incremental ms/doc per tenth of the run: {', '.join(f'{m:.0f}' for m in marks)} "
          f"(last/first {marks[-1] / marks[0]:.2f}x)")
    # CPU time (all threads of this process) moves less than wall time when others share the machine
    print(f"incremental CPU ms/doc per tenth of the run: {', '.join(f'{m:.0f}' for m in cpu)} "
          f"(last/first {cpu[-1] / cpu[0]:.2f}x, max/min {max(cpu) / min(cpu):.2f}x)")


if __name__ == "__main__":
    main()
