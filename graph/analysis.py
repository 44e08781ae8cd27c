"""Centrality, communities, cores, ego networks and paths on the NetworkX mirror.

Every function takes the mirror (``nx.MultiDiGraph`` from graph.mirror) first,
keyword options after, and returns plain data. The filter options
(``labels``, ``types``, ``status``, ``min_confidence``, ``min_weight``,
``since``, ``until``) are the same everywhere and applied by :func:`subgraph`.

Ties. ``EXCLUDED_FROM`` states the *absence* of a tie, so the metrics
(degree, PageRank, betweenness, eigenvector, communities, k-core, paths and
co-membership) leave those edges out; :func:`subgraph` and :func:`ego_network`
keep them. Symmetric types (``PARTNERS_WITH``, ``SIGNS_MOU_WITH``) are stored
once per pair but count in both directions.

>>> from graph.model import Graph, Entity, Edge
>>> from graph.mirror import to_networkx
>>> g = to_networkx(Graph(
...     (Entity("a", "A", "Company"), Entity("b", "B", "Company"), Entity("p", "P", "Program")),
...     (Edge("a", "MEMBER_OF", "p", 1, ("d1",), ("A joins P.",), "stated", 0.9, "2021"),
...      Edge("b", "MEMBER_OF", "p", 2, ("d1", "d2"), ("B joins P.",), "stated", 0.8, "2023"))))
>>> degree(g)["p"]
{'in': 2, 'out': 0, 'total': 2, 'weighted': 3}
>>> sorted(degree(g, until="2022")["p"].items())
[('in', 1), ('out', 0), ('total', 1), ('weighted', 1)]
>>> shortest_paths(g, "a", "b")
[['a', 'p', 'b']]
"""

from __future__ import annotations

import random
import re
from collections.abc import Collection, Iterable

import networkx as nx

from aipg.graph.errors import AnalysisError, UsageError
from aipg.graph.schema import LABELS, REL_TYPES, STATUSES, SYMMETRIC

#: Betweenness is exact up to this many nodes (igraph, ~6 s at 10k nodes / 52k
#: edges); above it, it is estimated from this many source nodes drawn with a
#: fixed seed (Brandes-Pich sampling, ~0.2 s at 10k nodes).
EXACT_BETWEENNESS_LIMIT = 5000
BETWEENNESS_SAMPLES = 256

NEGATIVE_TYPES = frozenset({"EXCLUDED_FROM"})
#: Relation types through which an organization takes part in a Program.
PARTICIPATION_TYPES = ("MEMBER_OF", "FOUNDED")
METRICS = ("degree", "pagerank", "betweenness", "eigenvector")

_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_MONTH_END = {2: 29, 4: 30, 6: 30, 9: 30, 11: 30}


def _bound(date: str, *, high: bool) -> str | None:
    """A (partial) ISO date as the first (or last) day it can mean: '2024' -> '2024-01-01' / '2024-12-31'."""
    m = _DATE.match(str(date).strip())
    if not m:
        return None
    year, month, day = m.groups()
    if high:
        month = month or "12"
        day = day or f"{_MONTH_END.get(int(month), 31):02d}"
    return f"{year}-{month or '01'}-{day or '01'}"


def _as_set(value: str | Iterable[str] | None, allowed: tuple[str, ...], what: str) -> frozenset[str] | None:
    if value is None:
        return None
    values = frozenset([value] if isinstance(value, str) else value)
    if not values:
        return None
    bad = sorted(values - set(allowed))
    if bad:
        raise UsageError(f"unknown {what} {bad[0]!r}: expected one of {', '.join(allowed)}")
    return values


def _user_date(value: str | None, flag: str, *, high: bool) -> str | None:
    if value is None:
        return None
    bound = _bound(value, high=high)
    if bound is None:
        raise UsageError(f"{flag} {value!r} is not a date: give YYYY, YYYY-MM or YYYY-MM-DD")
    return bound


def subgraph(
    g: nx.MultiDiGraph,
    *,
    labels: str | Collection[str] | None = None,
    types: str | Collection[str] | None = None,
    status: str | Collection[str] | None = None,
    min_confidence: float | None = None,
    min_weight: float | None = None,
    since: str | None = None,
    until: str | None = None,
    isolates: bool = True,
) -> nx.MultiDiGraph:
    """The part of the mirror that passes every filter given (None: no filter).

    ``labels`` keeps nodes of those labels (and edges between them); the other
    filters keep edges. Dates are compared as intervals: an edge is in the
    network as of ``until`` when its ``first_seen`` is on or before it, and
    kept for ``since`` when its ``last_seen`` is on or after it; a year
    ("2024") or month means its whole span. Edges without dates are kept.
    ``isolates=False`` drops nodes left without edges.

    >>> from graph.model import Graph, Entity, Edge
    >>> from graph.mirror import to_networkx
    >>> g = to_networkx(Graph((Entity("a", "A", "Company"), Entity("b", "B", "Company")),
    ...     (Edge("a", "PARTNERS_WITH", "b", 1, ("d",), ("A and B team up.",), "stated", 0.7, "2024-03", "2024-03"),)))
    >>> subgraph(g, since="2024").number_of_edges(), subgraph(g, until="2023").number_of_edges()
    (1, 0)
    """
    labels_ = _as_set(labels, LABELS, "label")
    types_ = _as_set(types, REL_TYPES, "relation type")
    status_ = _as_set(status, STATUSES, "status")
    since_ = _user_date(since, "--since", high=False)
    until_ = _user_date(until, "--until", high=True)

    out = nx.MultiDiGraph()
    out.graph.update(g.graph)
    out.add_nodes_from((n, d) for n, d in g.nodes(data=True) if labels_ is None or d.get("label") in labels_)
    for u, v, key, d in g.edges(keys=True, data=True):
        if u not in out or v not in out:
            continue
        if types_ is not None and key not in types_:
            continue
        if status_ is not None and d.get("status") not in status_:
            continue
        if min_confidence is not None and (d.get("confidence") or 0.0) < min_confidence:
            continue
        if min_weight is not None and (d.get("weight") or 0) < min_weight:
            continue
        first = _bound(d["first_seen"], high=False) if d.get("first_seen") else None
        last = _bound(d["last_seen"], high=True) if d.get("last_seen") else None
        if until_ is not None and first is not None and first > until_:
            continue
        if since_ is not None and last is not None and last < since_:
            continue
        out.add_edge(u, v, key=key, **d)
    if not isolates:
        out.remove_nodes_from([n for n in list(out) if out.degree(n) == 0])
    return out


def _ties(g: nx.MultiDiGraph, directed: bool, **filters) -> nx.DiGraph | nx.Graph:
    """Simple graph of positive ties, weights summed over relation types."""
    sub = subgraph(g, **filters)
    t = nx.DiGraph() if directed else nx.Graph()
    t.add_nodes_from(sub.nodes)
    for u, v, key, d in sub.edges(keys=True, data=True):
        if key in NEGATIVE_TYPES:
            continue
        w = d.get("weight") or 1
        pairs = [(u, v), (v, u)] if directed and key in SYMMETRIC else [(u, v)]
        for a, b in pairs:
            if t.has_edge(a, b):
                t[a][b]["weight"] += w
            else:
                t.add_edge(a, b, weight=w)
    return t


def degree(g: nx.MultiDiGraph, **filters) -> dict[str, dict[str, int]]:
    """Per node: ``in``, ``out``, ``total`` (distinct incident summary edges) and
    ``weighted`` (sum of their weights). A symmetric edge counts as in and out.
    """
    sub = subgraph(g, **filters)
    result = {n: {"in": 0, "out": 0, "total": 0, "weighted": 0} for n in sub}
    for u, v, key, d in sub.edges(keys=True, data=True):
        if key in NEGATIVE_TYPES:
            continue
        w = d.get("weight") or 1
        symmetric = key in SYMMETRIC
        result[u]["out"] += 1
        result[v]["in"] += 1
        if symmetric:
            result[u]["in"] += 1
            result[v]["out"] += 1
        for n in (u, v):
            result[n]["total"] += 1
            result[n]["weighted"] += w
    return result


def pagerank(g: nx.MultiDiGraph, *, alpha: float = 0.85, **filters) -> dict[str, float]:
    """Weighted PageRank on the directed ties (symmetric edges both ways)."""
    t = _ties(g, directed=True, **filters)
    if t.number_of_nodes() == 0:
        return {}
    try:
        return nx.pagerank(t, alpha=alpha, weight="weight")
    except nx.PowerIterationFailedConvergence:
        raise AnalysisError(f"PageRank did not converge on {t.number_of_nodes()} entities: "
                            "rank by --metric degree or betweenness instead") from None


def betweenness(
    g: nx.MultiDiGraph,
    *,
    normalized: bool = True,
    exact_limit: int = EXACT_BETWEENNESS_LIMIT,
    samples: int = BETWEENNESS_SAMPLES,
    seed: int = 0,
    **filters,
) -> dict[str, float]:
    """Betweenness on the undirected, unweighted ties, computed with igraph.

    Exact up to ``exact_limit`` nodes; above, estimated from ``samples``
    source nodes drawn with ``seed`` and scaled by n / samples. Normalized as
    networkx does for undirected graphs (divided by (n-1)(n-2)/2).
    """
    import igraph

    t = _ties(g, directed=False, **filters)
    nodes = list(t)
    n = len(nodes)
    if n == 0:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    ig = igraph.Graph(n=n, edges=[(index[u], index[v]) for u, v in t.edges()], directed=False)
    if n <= exact_limit:
        raw = ig.betweenness(directed=False)
    else:
        sources = sorted(random.Random(seed).sample(range(n), min(samples, n)))
        # with every node as a source igraph returns the exact value, so a sample scales by n / k
        raw = [b * n / len(sources) for b in ig.betweenness(directed=False, sources=sources)]
    scale = 2 / ((n - 1) * (n - 2)) if normalized and n > 2 else 1.0
    return {v: raw[i] * scale for i, v in enumerate(nodes)}


def components(g: nx.MultiDiGraph, **filters) -> dict[str, int]:
    """The connected component of each node in the undirected ties, numbered from 1 by size
    (largest first, ties by smallest id); a node without ties is a component of its own."""
    parts = sorted((sorted(c) for c in nx.connected_components(_ties(g, directed=False, **filters))),
                   key=lambda c: (-len(c), c[0]))
    return {n: i for i, part in enumerate(parts, 1) for n in part}


def eigenvector(g: nx.MultiDiGraph, **filters) -> dict[str, float]:
    """Weighted eigenvector centrality on the undirected ties, per connected component.

    A disconnected network has no single leading eigenvector (networkx refuses
    it), and real networks are always disconnected: each component is scored on
    its own, with unit Euclidean norm, so scores compare within a component
    (see :func:`components`); a node without ties scores 0.

    >>> from aipg.graph.model import Graph, Entity, Edge
    >>> from aipg.graph.mirror import to_networkx
    >>> e = lambda a, b: Edge(a, "PARTNERS_WITH", b, 1, ("d",), ("",), "stated", 0.9)
    >>> g = to_networkx(Graph(tuple(Entity(x, x, "Company") for x in "abcde"), (e("a", "b"), e("c", "d"))))
    >>> {n: round(v, 3) for n, v in eigenvector(g).items()}
    {'a': 0.707, 'b': 0.707, 'c': 0.707, 'd': 0.707, 'e': 0.0}
    """
    t = _ties(g, directed=False, **filters)
    out = {n: 0.0 for n in t}
    for part in nx.connected_components(t):
        if len(part) < 2:
            continue
        if len(part) == 2:  # ARPACK needs three nodes; two tied nodes score alike
            out.update(dict.fromkeys(part, 2 ** -0.5))
            continue
        try:
            scores = nx.eigenvector_centrality_numpy(t.subgraph(part), weight="weight")
        except (nx.NetworkXException, ArithmeticError) as e:
            raise AnalysisError(f"eigenvector centrality failed on the component of {min(part)} ({e}): "
                                "rank by --metric pagerank instead") from None
        out.update((n, abs(v)) for n, v in scores.items())
    return out


def centrality(g: nx.MultiDiGraph, metric: str = "degree", **filters) -> dict[str, float]:
    """One score per node for ``metric`` in METRICS (degree: total degree)."""
    if metric == "degree":
        return {n: float(d["total"]) for n, d in degree(g, **filters).items()}
    funcs = {"pagerank": pagerank, "betweenness": betweenness, "eigenvector": eigenvector}
    if metric not in funcs:
        raise UsageError(f"unknown metric {metric!r}: expected one of {', '.join(METRICS)}")
    return funcs[metric](g, **filters)


def rank(
    g: nx.MultiDiGraph, metric: str = "degree", *, top: int | None = None,
    show: Collection[str] | None = None, **filters,
) -> list[dict]:
    """Rows of the ``top`` entities by ``metric``, best first (ties by id): id, name, label,
    score, and for degree also in, out and weighted. ``show`` limits the rows to those
    labels while the metric still runs on the whole filtered network."""
    if metric == "degree":
        extra = degree(g, **filters)
        scores = {n: float(d["total"]) for n, d in extra.items()}
    elif metric == "eigenvector":  # scores compare within a component only: say which
        scores = eigenvector(g, **filters)
        extra = {n: {"component": c} for n, c in components(g, **filters).items()}
    else:
        extra, scores = {}, centrality(g, metric, **filters)
    show_ = _as_set(show, LABELS, "label")
    rows = []
    # scores equal but for floating-point noise tie, so the order does not depend on the solver's last digit
    for n, score in sorted(scores.items(), key=lambda kv: (-round(kv[1], 12), -extra.get(kv[0], {}).get("weighted", 0), kv[0])):
        attrs = g.nodes[n]
        if show_ is not None and attrs.get("label") not in show_:
            continue
        rows.append({"id": n, "name": attrs.get("name"), "label": attrs.get("label"), "score": score, **extra.get(n, {})})
        if top is not None and len(rows) >= top:
            break
    return rows


def communities(g: nx.MultiDiGraph, *, seed: int = 0, resolution: float = 1.0, **filters) -> list[list[str]]:
    """Louvain communities of the weighted undirected ties, largest first, ids sorted."""
    t = _ties(g, directed=False, **filters)
    if t.number_of_nodes() == 0:
        return []
    parts = nx.community.louvain_communities(t, weight="weight", resolution=resolution, seed=seed)
    return sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p))


def core_number(g: nx.MultiDiGraph, **filters) -> dict[str, int]:
    """k-core number of each node in the undirected ties."""
    return nx.core_number(_ties(g, directed=False, **filters))


def k_core(g: nx.MultiDiGraph, *, k: int | None = None, **filters) -> list[str]:
    """Ids of the nodes in the k-core (default: the main core, largest k)."""
    cores = core_number(g, **filters)
    if not cores:
        return []
    k = max(cores.values()) if k is None else k
    return sorted(n for n, c in cores.items() if c >= k)


def ego_network(g: nx.MultiDiGraph, node: str, *, depth: int = 1, **filters) -> nx.MultiDiGraph:
    """Everything within ``depth`` hops of ``node``, edge direction ignored (all types kept)."""
    sub = subgraph(g, **filters)
    if node not in sub:
        return nx.MultiDiGraph()
    reach = nx.single_source_shortest_path_length(sub.to_undirected(as_view=True), node, cutoff=depth)
    return sub.subgraph(reach).copy()


def neighbors(g: nx.MultiDiGraph, node: str, *, depth: int = 1, **filters) -> list[dict]:
    """Rows for each entity within ``depth`` hops: id, name, label, distance and the
    relations linking it to the nodes one hop nearer ("TYPE -> x": it points to x, "TYPE <- x": x to it)."""
    ego = ego_network(g, node, depth=depth, **filters)
    if node not in ego:
        return []
    dist = nx.single_source_shortest_path_length(ego.to_undirected(as_view=True), node)
    rows = []
    for n, d in sorted(dist.items(), key=lambda x: (x[1], x[0])):
        if n == node:
            continue
        via = [f"{k} <- {u}" for u, _, k in ego.in_edges(n, keys=True) if dist.get(u) == d - 1]
        via += [f"{k} -> {v}" for _, v, k in ego.out_edges(n, keys=True) if dist.get(v) == d - 1]
        attrs = ego.nodes[n]
        rows.append({"id": n, "name": attrs.get("name"), "label": attrs.get("label"), "distance": d,
                     "via": sorted(via)})
    return rows


def shortest_paths(g: nx.MultiDiGraph, source: str, target: str, *, limit: int = 10, **filters) -> list[list[str]]:
    """Up to ``limit`` shortest paths (lists of ids) between two nodes over the
    undirected ties; [] when they are not connected."""
    t = _ties(g, directed=False, **filters)
    if source not in t or target not in t:
        return []
    try:
        paths = nx.all_shortest_paths(t, source, target)
        out = []
        for p in paths:
            out.append(p)
            if len(out) >= limit:
                break
        return sorted(out)
    except nx.NetworkXNoPath:
        return []


def path_steps(g: nx.MultiDiGraph, path: list[str]) -> list[dict]:
    """The relations behind each hop of a path: from, to, type, direction, weight, status,
    ``negative`` and evidence. A hedged relation keeps its ``status`` ("potential"); an
    ``EXCLUDED_FROM`` between the same two nodes is listed too, marked ``negative``: it
    carries no path, but a reader must see it beside the tie that does."""
    steps = []
    for a, b in zip(path, path[1:]):
        for u, v in ((a, b), (b, a)):
            for key, d in (g.get_edge_data(u, v) or {}).items():
                steps.append({"from": a, "to": b, "type": key, "forward": u == a, "weight": d.get("weight"),
                              "status": d.get("status"), "negative": key in NEGATIVE_TYPES,
                              "evidence": list(d.get("evidence") or [])[:1]})
    return steps


def step_label(step: dict) -> str:
    """How a path step reads: 'FUNDS', '<-MEMBER_OF', 'FUNDS (potential)', '<-EXCLUDED_FROM (not a tie)'.

    >>> step_label({"type": "FUNDS", "forward": False, "status": "potential", "negative": False})
    '<-FUNDS (potential)'
    """
    text = step["type"] if step["forward"] else f"<-{step['type']}"
    if step.get("negative"):
        return f"{text} (not a tie)"
    return f"{text} (potential)" if step.get("status") == "potential" else text


def comembership(g: nx.MultiDiGraph, *, min_shared: int = 1, **filters) -> nx.Graph:
    """Organizations linked when they take part (MEMBER_OF or FOUNDED) in the same
    Program; edge ``weight`` is the number of shared programs, ``programs`` their ids."""
    sub = subgraph(g, **filters)
    members: dict[str, set[str]] = {}
    for u, v, key in sub.edges(keys=True):
        if key in PARTICIPATION_TYPES and sub.nodes[v].get("label") == "Program":
            members.setdefault(v, set()).add(u)
    out = nx.Graph()
    for program, orgs in sorted(members.items()):
        for n in orgs:
            out.add_node(n, **sub.nodes[n])
        ordered = sorted(orgs)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if out.has_edge(a, b):
                    out[a][b]["programs"].append(program)
                else:
                    out.add_edge(a, b, programs=[program])
    for a, b, d in list(out.edges(data=True)):
        d["weight"] = len(d["programs"])
        if d["weight"] < min_shared:
            out.remove_edge(a, b)
    return out
