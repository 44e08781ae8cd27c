"""A synthetic LadybugDB store of entities and summary edges, optionally with the documents and claims behind them.

    python bench/synth_store.py /tmp/aipg-100k.lbug --nodes 100000 --edges 500000
    python bench/synth_store.py /tmp/q100k.lbug --nodes 100000 --edges 500000 --documents 60000

Node labels and edge types follow the schema's allowed patterns; endpoints are
drawn with a skewed popularity (hubs and a long tail), so the graph looks like
a partnership network rather than a uniform random one. Written with the bulk
COPY path (graph.stores.bulk), in seconds.

Without ``--documents`` the store holds entities and summary edges only (what
the analyses read). With it, every edge is backed by claims stated in that many
synthetic documents, in the proportions of a real build (about 1.1 claims per
edge and 8 per document, most edges attested once), each document mentioning
the entities its claims name: the rows are planned by graph.stores.bulk.plan,
as a bulk build of those documents would write them, so the named queries that
read claims, documents and mentions have something true to read.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from collections import defaultdict
from pathlib import Path

from aipg.graph.config import Settings
from aipg.graph.model import Claim, Document, Entity, Extraction
from aipg.graph.schema import REL_TYPES, STATUSES, SYMMETRIC, allowed
from aipg.graph.stores import open_store
from aipg.graph.stores.bulk import BulkPlan, plan

COUNTRIES = ("US", "FR", "JP", "GB", "DE", "CN", "CA", "KR", "IN", "IL", "NL", "SG")
#: How many documents attest an edge: most once, a few many times (mean about 1.1, as in real builds).
ATTESTED = {1: 90, 2: 7, 3: 2, 5: 1}

SHARES = {"Company": 0.55, "University": 0.15, "Government": 0.08, "Program": 0.12, "Organization": 0.10}


def synthetic_plan(nodes: int, edges: int, seed: int = 3, documents: int = 0) -> BulkPlan:
    rng = random.Random(seed)
    where = random.Random(seed + 1)  # countries: apart, so the edges drawn stay those of earlier stores
    entities: list[Entity] = []
    for label, share in SHARES.items():
        entities += [Entity(f"{label.lower()}-{i}", f"{label} {i}", label, (f"{label} {i}",),
                            where.choices(COUNTRIES, [1 / (r + 1) for r in range(len(COUNTRIES))])[0])
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
    return with_documents(p, entities, documents, seed) if documents else p


def with_documents(edges_only: BulkPlan, entities: list[Entity], documents: int, seed: int) -> BulkPlan:
    """The plan of ``documents`` synthetic documents whose claims state exactly the edges of
    ``edges_only`` (each attested by 1-5 of them), with every entity kept, mentioned or not."""
    rng = random.Random(seed + 2)
    by_id = {e.id: e for e in entities}
    claims: dict[int, list[tuple[str, str, str]]] = defaultdict(list)
    for (t, _, _), rows in sorted(edges_only.edges.items()):
        for row in rows:
            for d in rng.sample(range(documents), min(documents, rng.choices(list(ATTESTED), ATTESTED.values())[0])):
                claims[d].append((row["source"], t, row["target"]))
    extractions = []
    for d in range(documents):
        doc_id, stated = f"doc-{d:06d}", claims.get(d, [])
        made = []
        for i, (s, t, o) in enumerate(stated):
            sentence = f"{by_id[s].name} {t.lower().replace('_', ' ')} {by_id[o].name} (s{i})."
            amount = float(rng.randint(1, 900)) * 1e6 if t == "FUNDS" else None
            made.append(Claim(
                doc_id, t, s, o, rng.choice(STATUSES), round(rng.uniform(0.3, 1.0), 2), sentence, i, 0,
                len(sentence), "synthetic", None, amount, "EUR" if amount else None,
                f"{amount / 1e6:.0f} M EUR" if amount else None))  # fmt: skip
        text = " ".join(c.evidence for c in made)
        named = sorted({i for c in made for i in (c.source, c.target)})
        doc = Document(doc_id, f"Synthetic {d}", text, "fr" if d % 5 < 3 else "en",
                       hashlib.sha256(text.encode()).hexdigest(),
                       published=f"{2018 + d % 9}-{1 + d % 12:02d}-{1 + d % 28:02d}")
        extractions.append(Extraction(doc, tuple(by_id[i] for i in named), tuple(made),
                                      tuple((i, 1 + rng.randrange(3)) for i in named)))
    p = plan(extractions)
    seen = {e.id for rows in p.entities.values() for e in rows}
    for e in entities:
        if e.id not in seen:
            p.entities.setdefault(e.label, []).append(e)
    return p


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", type=Path)
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--edges", type=int, default=500_000)
    ap.add_argument("--documents", type=int, default=0,
                    help="documents whose claims state the edges (default 0: entities and edges only)")
    args = ap.parse_args(argv)
    if args.store.exists():
        raise SystemExit(f"{args.store} exists: give a new file")
    t0 = time.perf_counter()
    p = synthetic_plan(args.nodes, args.edges, documents=args.documents)
    t1 = time.perf_counter()
    with open_store(Settings(store=str(args.store))) as st:
        st.copy_load(p)
        stats = st.stats()
    print(f"planned in {t1 - t0:.1f} s, copied in {time.perf_counter() - t1:.1f} s: "
          f"{sum(stats.entities_by_label.values())} nodes, {sum(stats.edges_by_type.values())} edges, "
          f"{stats.documents} documents, {stats.claims} claims in {args.store}")


if __name__ == "__main__":
    main()
