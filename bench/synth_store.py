"""A synthetic LadybugDB store of entities and summary edges only (no documents), for analysis benchmarks.

    python bench/synth_store.py /tmp/aipg-100k.lbug --nodes 100000 --edges 500000

Node labels and edge types follow the schema's allowed patterns; endpoints are
drawn with a skewed popularity (hubs and a long tail), so the graph looks like
a partnership network rather than a uniform random one. Written with the bulk
COPY path (graph.stores.bulk), in seconds.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from aipg.graph.config import Settings
from aipg.graph.model import Entity
from aipg.graph.schema import REL_TYPES, SYMMETRIC, allowed
from aipg.graph.stores import open_store
from aipg.graph.stores.bulk import BulkPlan

SHARES = {"Company": 0.55, "University": 0.15, "Government": 0.08, "Program": 0.12, "Organization": 0.10}


def synthetic_plan(nodes: int, edges: int, seed: int = 3) -> BulkPlan:
    rng = random.Random(seed)
    entities: list[Entity] = []
    for label, share in SHARES.items():
        entities += [Entity(f"{label.lower()}-{i}", f"{label} {i}", label, (f"{label} {i}",))
                     for i in range(int(nodes * share))]
    rng.shuffle(entities)
    weights = [1.0 / (r + 1) ** 0.7 for r in range(len(entities))]
    p = BulkPlan()
    for e in entities:
        p.entities.setdefault(e.label, []).append(e)
    seen: set[tuple[str, str, str]] = set()
    while len(seen) < edges:
        batch = rng.choices(entities, weights, k=2 * (edges - len(seen)) + 100)
        for a, b in zip(batch[::2], batch[1::2]):
            t = rng.choice(REL_TYPES)
            if a.id == b.id or not allowed(t, a.label, b.label):
                continue
            if t in SYMMETRIC and b.id < a.id:
                a, b = b, a
            if (a.id, t, b.id) in seen or len(seen) >= edges:
                continue
            seen.add((a.id, t, b.id))
            year = rng.randint(2018, 2026)
            p.edges.setdefault((t, a.label, b.label), []).append({
                "source": a.id, "target": b.id, "weight": rng.randint(1, 5), "sources": ["synthetic"],
                "evidence": [f"{a.name} {t.lower()} {b.name}."], "status": "stated",
                "confidence": round(rng.uniform(0.3, 1), 2), "first_seen": str(year), "last_seen": str(year),
                "amount": None, "currency": None, "amount_text": None})
    return p


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=500_000)
    args = ap.parse_args(argv)
    if args.store.exists():
        raise SystemExit(f"{args.store} exists: give a new file")
    t0 = time.perf_counter()
    p = synthetic_plan(args.nodes, args.edges)
    t1 = time.perf_counter()
    with open_store(Settings(store=str(args.store))) as st:
        st.copy_load(p)
        stats = st.stats()
    print(f"planned in {t1 - t0:.1f} s, copied in {time.perf_counter() - t1:.1f} s: "
          f"{sum(stats.entities_by_label.values())} nodes, {sum(stats.edges_by_type.values())} edges in {args.store}")


if __name__ == "__main__":
    main()
