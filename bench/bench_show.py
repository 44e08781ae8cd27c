"""Benchmark `aipg show`: one organization's dossier from a store of synthetic documents.

    python bench/bench_show.py --docs 2000

Builds a LadybugDB store under /tmp from bench_store's synthetic documents
(~10 claims each over a pool of 1,300 entities), then times, best of three:
the whole dossier from the store (every entity, edge, claim and document
read, name lookup), the name lookup alone on the mirror, and every entity's
dossier at once from values already read (what the HTML view needs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import synthetic  # noqa: E402

from aipg.graph.config import Settings  # noqa: E402
from aipg.graph.dossier import dossier, dossiers  # noqa: E402
from aipg.graph.lookup import Index  # noqa: E402
from aipg.graph.mirror import mirror  # noqa: E402
from aipg.graph.stores import open_store  # noqa: E402


def best(f, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="aipg-bench-") as tmp:
        with open_store(Settings(store=str(Path(tmp) / "bench.lbug"))) as st:
            t0 = time.perf_counter()
            for ex in synthetic(args.docs, 10):
                st.ingest(ex)
            print(f"built {args.docs} documents in {time.perf_counter() - t0:.1f} s")
        with open_store(Settings(store=str(Path(tmp) / "bench.lbug")), read_only=True) as st:
            g, claims, docs = mirror(st), st.claims(), st.documents()
            print(f"store: {g.number_of_nodes()} entities, {g.number_of_edges()} edges, {len(claims)} claims")
            rows = [
                ("dossier from the store (all read)", best(lambda: dossier(st, "company 7"))),
                ("name lookup on the mirror", best(lambda: Index.of(g).resolve("Company 7 Inc."))),
                ("every dossier from values read", best(lambda: dossiers(g, claims=claims, documents=docs), 1)),
            ]
    for what, seconds in rows:
        print(f"{what:38s} {seconds:7.3f} s")


if __name__ == "__main__":
    main()
