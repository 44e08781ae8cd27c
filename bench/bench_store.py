"""Benchmark the embedded store: ingest synthetic documents, re-ingest them unchanged, replace some.

    python bench/bench_store.py --docs 2000

Every document names ~6 entities drawn from a shared pool (so summary edges
merge claims across documents) and states ~10 claims that respect the schema.
Prints one table: rows written per second for nodes (documents, claims,
entities) and edges (STATES, SUBJECT, OBJECT, MENTIONED_IN, summary edges).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
from pathlib import Path


from aipg.graph.config import Settings
from aipg.graph.model import Claim, Document, Entity, Extraction
from aipg.graph.schema import REL_TYPES, STATUSES, allowed
from aipg.graph.stores import open_store

POOL = {"Company": 600, "University": 200, "Government": 100, "Program": 300, "Organization": 100}


def entity_pool() -> list[Entity]:
    return [
        Entity(f"{label.lower()}-{i}", f"{label} {i}", label, (f"{label} {i}",))
        for label, n in POOL.items()
        for i in range(n)
    ]


def synthetic(n_docs: int, claims_per_doc: int, seed: int = 7, version: int = 0) -> list[Extraction]:
    """``n_docs`` extractions; another ``version`` gives the same ids new texts, entities and claims."""
    rng = random.Random(seed + version)
    pool = entity_pool()
    out = []
    for d in range(n_docs):
        ents = {e.id: e for e in rng.sample(pool, 6)}
        programs = [e for e in rng.sample(pool, 60) if e.label == "Program"][:2]
        ents.update({e.id: e for e in programs})
        ids = list(ents)
        claims: list[Claim] = []
        sentences: list[str] = []
        tries = 0
        while len(claims) < claims_per_doc and tries < 200:
            tries += 1
            s, t = rng.sample(ids, 2)
            rel = rng.choice(REL_TYPES)
            if not allowed(rel, ents[s].label, ents[t].label):
                continue
            if rel in ("SIGNS_MOU_WITH", "PARTNERS_WITH") and t < s:
                s, t = t, s
            i = len(sentences)
            sentence = f"{ents[s].name} {rel.lower().replace('_', ' ')} {ents[t].name} (v{version}, s{i})."
            amount = float(rng.randint(1, 900)) * 1e6 if rel == "FUNDS" else None
            claims.append(Claim(
                f"doc-{d:05d}", rel, s, t, rng.choice(STATUSES), round(rng.uniform(0.3, 1.0), 2), sentence, i,
                0, len(sentence), "bench", None, amount, "EUR" if amount else None, f"{amount} EUR" if amount else None,
            ))  # fmt: skip
            sentences.append(sentence)
        text = " ".join(sentences)
        doc = Document(
            f"doc-{d:05d}", f"Synthetic {d}", text, "en", hashlib.sha256(text.encode()).hexdigest(),
            published=f"20{20 + d % 6}-{1 + d % 12:02d}-01",
        )  # fmt: skip
        out.append(Extraction(doc, tuple(ents.values()), tuple(claims), tuple((i, 1) for i in ids)))
    return out


def rows_of(ex: Extraction) -> tuple[int, int]:
    """(node rows, edge rows) one ingest writes, before summary edges."""
    nodes = 1 + len(ex.claims) + len(ex.entities)
    edges = 3 * len(ex.claims) + len(ex.entities)
    return nodes, edges


def run(store, extractions) -> tuple[float, int, int, dict[str, int]]:
    nodes = edges = 0
    statuses: dict[str, int] = {}
    t0 = time.perf_counter()
    for ex in extractions:
        r = store.ingest(ex)
        statuses[r.status] = statuses.get(r.status, 0) + 1
        if r.status != "unchanged":
            n, e = rows_of(ex)
            nodes, edges = nodes + n, edges + e + r.edges_recomputed
    return time.perf_counter() - t0, nodes, edges, statuses


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--claims", type=int, default=10, help="claims per document")
    ap.add_argument("--replace", type=float, default=0.1, help="share of documents re-ingested with a new text")
    ap.add_argument("--store", default=None, help="database file (default: a fresh one under /tmp)")
    args = ap.parse_args(argv)

    path = Path(args.store or Path(tempfile.mkdtemp(prefix="aipg-bench-")) / "bench.lbug")
    if path.exists():
        sys.exit(f"{path} exists: the benchmark needs a fresh database file")
    first = synthetic(args.docs, args.claims)
    n_replace = int(args.docs * args.replace)
    changed = synthetic(args.docs, args.claims, version=1)[:n_replace]

    def size() -> float:  # MB on disk, the write-ahead log included
        return sum(f.stat().st_size for f in path.parent.glob(path.name + "*")) / 1e6

    results, sizes = [], []
    for name, batch in (("ingest new", first), ("re-ingest unchanged", first), (f"replace {n_replace} changed", changed)):
        with open_store(Settings(store=str(path))) as store:  # reopened per phase, so sizes are after a checkpoint
            results.append((name, *run(store, batch)))
            stats = store.stats()
        sizes.append(size())

    print(f"store {path}: {stats.documents} documents, {stats.claims} claims, "
          f"{sum(stats.entities_by_label.values())} entities, {sum(stats.edges_by_type.values())} summary edges")  # fmt: skip
    print("file size after each phase: " + ", ".join(f"{mb:.1f} MB" for mb in sizes))
    header = f"{'phase':<22} {'docs':>6} {'seconds':>8} {'docs/s':>8} {'node rows/s':>12} {'edge rows/s':>12}"
    print(header)
    print("-" * len(header))
    for name, secs, nodes, edges, statuses in results:
        n = sum(statuses.values())
        print(f"{name:<22} {n:>6} {secs:>8.2f} {n / secs:>8.0f} {nodes / secs:>12.0f} {edges / secs:>12.0f}"
              f"  {statuses}")  # fmt: skip


if __name__ == "__main__":
    main()
