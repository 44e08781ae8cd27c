"""Centrality and communities of large graphs on igraph, straight from the store's columns.

On a 100k-node / 500k-edge store, building the NetworkX mirror alone takes
longer than the algorithms (bench/bench_mirror.py), so above ``FAST_NODES``
entities ``aipg centrality`` (degree, pagerank, betweenness) and ``aipg communities`` skip it: the entity and
edge columns (LadybugDB's Arrow results) become one igraph graph of the
positive ties, with the same filters, weights and tie rules as graph.analysis
(``EXCLUDED_FROM`` left out, symmetric types both ways, weights summed over
types). NetworkX stays the user-facing graph for smaller ones. Results agree
with graph.analysis up to the libraries' numerics; Louvain's partition may
differ in detail (igraph's multilevel implementation).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any, Collection

from aipg.graph import analysis
from aipg.graph.errors import UsageError
from aipg.graph.mirror import EDGE_FIELDS
from aipg.graph.schema import LABELS, REL_TYPES, STATUSES, SYMMETRIC

#: From this many entities, the CLI analyses on igraph without a NetworkX mirror.
FAST_NODES = 20_000


@dataclass(frozen=True)
class Columns:
    """Entities and summary edges as parallel lists (edges point into ``ids`` by index)."""

    ids: tuple[str, ...]
    names: tuple[str, ...]
    labels: tuple[str, ...]
    source: tuple[int, ...]
    target: tuple[int, ...]
    types: tuple[str, ...]
    props: dict[str, tuple[Any, ...]]  # weight, status, confidence, first_seen, last_seen per edge

    @property
    def size(self) -> int:
        return len(self.ids)


def columns(store) -> Columns:
    """The store's entities and summary edges as Columns (``entity_columns`` / ``edge_columns``)."""
    ids: list[str] = []
    names: list[str] = []
    labels: list[str] = []
    for label, cols in sorted(store.entity_columns().items()):
        i, n, *_ = cols.values()
        ids += i
        names += n
        labels += [label] * len(i)
    index = {v: k for k, v in enumerate(ids)}
    src: list[int] = []
    dst: list[int] = []
    types: list[str] = []
    props: dict[str, list] = {k: [] for k in ("weight", "status", "confidence", "first_seen", "last_seen")}
    for rel_type, cols in store.edge_columns().items():
        s, t, *values = cols.values()
        src += [index[x] for x in s]
        dst += [index[x] for x in t]
        types += [rel_type] * len(s)
        named = dict(zip(EDGE_FIELDS, values))
        for k in props:
            props[k] += named[k]
    return Columns(tuple(ids), tuple(names), tuple(labels), tuple(src), tuple(dst), tuple(types),
                   {k: tuple(v) for k, v in props.items()})


def _kept(c: Columns, labels=None, types=None, status=None, min_confidence=None, min_weight=None,
          since=None, until=None) -> tuple[list[bool], list[int]]:
    """(node kept, indexes of positive edges kept) under graph.analysis.subgraph's filters."""
    labels_ = analysis._as_set(labels, LABELS, "label")
    types_ = analysis._as_set(types, REL_TYPES, "relation type")
    status_ = analysis._as_set(status, STATUSES, "status")
    since_ = analysis._user_date(since, "--since", high=False)
    until_ = analysis._user_date(until, "--until", high=True)
    node = [labels_ is None or l in labels_ for l in c.labels]
    p = c.props
    edges = []
    for k, (u, v, t) in enumerate(zip(c.source, c.target, c.types)):
        if t in analysis.NEGATIVE_TYPES or not (node[u] and node[v]):
            continue
        if (types_ is not None and t not in types_) or (status_ is not None and p["status"][k] not in status_):
            continue
        if min_confidence is not None and (p["confidence"][k] or 0.0) < min_confidence:
            continue
        if min_weight is not None and (p["weight"][k] or 0) < min_weight:
            continue
        first, last = p["first_seen"][k], p["last_seen"][k]
        if until_ is not None and first and analysis._bound(first, high=False) > until_:
            continue
        if since_ is not None and last and analysis._bound(last, high=True) < since_:
            continue
        edges.append(k)
    return node, edges


def ties(c: Columns, *, directed: bool, **filters):
    """(igraph graph of the positive ties with summed ``weight``, ids of its vertices)."""
    import igraph

    node, kept = _kept(c, **filters)
    vertices = [i for i, keep in enumerate(node) if keep]
    at = {i: n for n, i in enumerate(vertices)}
    pairs, weights = [], []
    for k in kept:
        u, v, w = at[c.source[k]], at[c.target[k]], c.props["weight"][k] or 1
        pairs.append((u, v))
        weights.append(w)
        if directed and c.types[k] in SYMMETRIC:
            pairs.append((v, u))
            weights.append(w)
    g = igraph.Graph(n=len(vertices), edges=pairs, directed=directed, edge_attrs={"weight": weights})
    g.simplify(multiple=True, loops=True, combine_edges="sum")
    return g, [c.ids[i] for i in vertices]


def pagerank(c: Columns, *, alpha: float = 0.85, **filters) -> dict[str, float]:
    g, ids = ties(c, directed=True, **filters)
    return dict(zip(ids, g.pagerank(directed=True, damping=alpha, weights="weight"))) if ids else {}


def betweenness(c: Columns, *, samples: int = analysis.BETWEENNESS_SAMPLES, seed: int = 0,
                **filters) -> dict[str, float]:
    """Betweenness estimated from ``samples`` sources (this path serves graphs too large for exact)."""
    g, ids = ties(c, directed=False, **filters)
    n = len(ids)
    if n == 0:
        return {}
    sources = sorted(random.Random(seed).sample(range(n), min(samples, n)))
    raw = g.betweenness(directed=False, sources=sources)
    scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 1.0
    return {v: raw[i] * n / len(sources) * scale for i, v in enumerate(ids)}


def degree(c: Columns, **filters) -> dict[str, dict[str, int]]:
    node, kept = _kept(c, **filters)
    out = {c.ids[i]: {"in": 0, "out": 0, "total": 0, "weighted": 0} for i, keep in enumerate(node) if keep}
    for k in kept:
        u, v, w = c.ids[c.source[k]], c.ids[c.target[k]], c.props["weight"][k] or 1
        both = c.types[k] in SYMMETRIC
        out[u]["out"] += 1
        out[v]["in"] += 1
        if both:
            out[u]["in"] += 1
            out[v]["out"] += 1
        for n in (u, v):
            out[n]["total"] += 1
            out[n]["weighted"] += w
    return out


def rank(c: Columns, metric: str = "degree", *, top: int | None = None, show: Collection[str] | None = None,
         **filters) -> list[dict]:
    """graph.analysis.rank's rows, computed on igraph."""
    if metric == "degree":
        extra = degree(c, **filters)
        scores = {n: float(d["total"]) for n, d in extra.items()}
    else:
        funcs = {"pagerank": pagerank, "betweenness": betweenness}
        if metric not in funcs:  # eigenvector stays on graph.analysis (per connected component)
            raise UsageError(f"metric {metric!r} has no igraph path: expected one of degree, {', '.join(funcs)}")
        extra, scores = {}, funcs[metric](c, **filters)
    show_ = analysis._as_set(show, LABELS, "label")
    where = {v: i for i, v in enumerate(c.ids)}
    rows = []
    for n, score in sorted(scores.items(), key=lambda kv: (-kv[1], -extra.get(kv[0], {}).get("weighted", 0), kv[0])):
        i = where[n]
        if show_ is not None and c.labels[i] not in show_:
            continue
        rows.append({"id": n, "name": c.names[i], "label": c.labels[i], "score": score, **extra.get(n, {})})
        if top is not None and len(rows) >= top:
            break
    return rows


def communities(c: Columns, *, seed: int = 0, resolution: float = 1.0, **filters) -> list[list[str]]:
    """Louvain (igraph's multilevel) communities of the weighted undirected ties, largest first."""
    g, ids = ties(c, directed=False, **filters)
    if not ids:
        return []
    random.seed(seed)  # igraph draws from Python's random module
    parts = g.community_multilevel(weights="weight", resolution=resolution)
    return sorted((sorted(ids[i] for i in p) for p in parts), key=lambda p: (-len(p), p))
