"""What the HTML view draws, chosen on arrays: the whole network never becomes a NetworkX graph.

A LadybugDB store hands out its entities and summary edges as Arrow tables
(``entity_tables`` / ``edge_tables``); any other source (a NetworkX mirror, another
store) is turned into the same arrays. The view's filters, its focus, the PageRank
that ranks entities past the size budget and the central part it draws all run on
these arrays (numpy, igraph); only the drawn part is built as a NetworkX graph, with
every attribute, so memory follows the budget rather than the store: the whole-store
mirror of a 100,000-node / 500,000-edge store held about a gigabyte of Python objects.

Entities are kept in id order and relations in (source, target, type) order, whatever
the source, so the same network gives the same selection from a store or a mirror.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import deque
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import networkx as nx
import numpy as np

from aipg.graph import analysis
from aipg.graph.errors import UnknownEntity
from aipg.graph.mirror import EDGE_FIELDS
from aipg.graph.schema import LABELS, REL_TYPES, STATUSES, SYMMETRIC

#: The edge columns (after source and target) the selection needs: LadybugStore's edges_skeleton.
SKELETON = ("weight", "status", "confidence", "first_seen", "last_seen")
_NEGATIVE = np.array([REL_TYPES.index(t) for t in analysis.NEGATIVE_TYPES], dtype=np.int8)
_SYMMETRIC = np.array([REL_TYPES.index(t) for t in SYMMETRIC], dtype=np.int8)


@dataclass(frozen=True)
class Network:
    """Entities (sorted by id) and summary edges (sorted by source, target, type) as arrays.

    Edges point into ``ids`` by index; ``types`` index REL_TYPES and ``status`` STATUSES (-1:
    none). A missing weight reads 0 and a missing confidence 0.0, as graph.analysis's filters
    read them. ``node_attrs`` / ``edge_attrs`` give the mirror's attributes of the entities and
    edges asked for (by index), read only for what is drawn.
    """

    ids: list[str]
    names: list[str | None]
    labels: list[str | None]
    source: np.ndarray
    target: np.ndarray
    types: np.ndarray
    weight: np.ndarray
    status: np.ndarray
    confidence: np.ndarray
    first_seen: Callable[[], Sequence[str | None]]
    last_seen: Callable[[], Sequence[str | None]]
    node_attrs: Callable[[Sequence[int]], list[dict[str, Any]]]
    edge_attrs: Callable[[Sequence[int]], list[dict[str, Any]]]

    @property
    def edges(self) -> int:
        return len(self.source)

    def index(self, node: Any) -> int | None:
        """The position of entity ``node`` in ``ids``, None when absent."""
        if not isinstance(node, str):
            return None
        i = bisect.bisect_left(self.ids, node)
        return i if i < len(self.ids) and self.ids[i] == node else None


def _codes(values: Sequence[Any], allowed: Sequence[str]) -> np.ndarray:
    at = {v: i for i, v in enumerate(allowed)}
    return np.fromiter((at.get(v, -1) for v in values), dtype=np.int8, count=len(values))


def from_networkx(g: nx.MultiDiGraph) -> Network:
    """The arrays of a mirror (graph.mirror): attributes are read back from ``g`` when drawn."""
    ids = sorted(g, key=str)
    at = {n: i for i, n in enumerate(ids)}
    rows = sorted(((at[u], at[v], REL_TYPES.index(k), u, v, k) for u, v, k in g.edges(keys=True)),
                  key=lambda r: r[:3])
    data = [g.edges[u, v, k] for *_, u, v, k in rows]
    nodes = g.nodes
    return Network(
        ids=ids, names=[nodes[n].get("name") for n in ids], labels=[nodes[n].get("label") for n in ids],
        source=np.array([r[0] for r in rows], dtype=np.int64), target=np.array([r[1] for r in rows], dtype=np.int64),
        types=np.array([r[2] for r in rows], dtype=np.int8),
        weight=np.array([d.get("weight") or 0 for d in data], dtype=np.int64),
        status=_codes([d.get("status") for d in data], STATUSES),
        confidence=np.array([d.get("confidence") or 0.0 for d in data], dtype=np.float64),
        first_seen=lambda: [d.get("first_seen") for d in data], last_seen=lambda: [d.get("last_seen") for d in data],
        node_attrs=lambda idx: [dict(nodes[ids[i]]) for i in idx],
        edge_attrs=lambda idx: [dict(data[k]) for k in idx])


def _mirror_edge(rel_type: str, values: Sequence[Any]) -> dict[str, Any]:
    """graph.mirror.from_columns's edge attributes from EDGE_FIELDS values."""
    attrs = {"type": rel_type, **dict(zip(EDGE_FIELDS, values))}
    attrs["sources"], attrs["evidence"] = list(attrs["sources"] or ()), list(attrs["evidence"] or ())
    return attrs


def from_tables(entities: dict[str, Any], edges: dict[str, Any], full: Callable[[str], Any]) -> Network:
    """The arrays of a store's Arrow tables, as LadybugStore hands them out: per label (id, name,
    aliases, country); per type (source id, target id, then SKELETON); ``full(type)`` gives that
    type's edges with graph.mirror.EDGE_FIELDS after their ends, asked for once the drawn part is
    known and kept only for it (sources and evidence are most of a store's edge bytes)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    tables = [(label, t) for label, t in sorted(entities.items()) if t.num_rows]
    block = np.concatenate([np.full(t.num_rows, j) for j, (_, t) in enumerate(tables)]) if tables else np.zeros(0, int)
    row = np.concatenate([np.arange(t.num_rows) for _, t in tables]) if tables else np.zeros(0, int)
    all_ids = pa.chunked_array([t.column(0) for _, t in tables], type=pa.string())
    order = pa.array(pc.sort_indices(all_ids).to_numpy() if len(all_ids) else [], type=pa.int64())
    value_set = all_ids.take(order).combine_chunks()
    ids = value_set.to_pylist()
    names = pa.chunked_array([t.column(1) for _, t in tables], type=pa.string()).take(order).to_pylist()
    block, row = block[order.to_numpy()], row[order.to_numpy()]  # sorted position -> (table, row)
    labels = [tables[j][0] for j in block.tolist()]

    parts = [(REL_TYPES.index(t), tab) for t, tab in edges.items() if tab.num_rows]

    def column(i: int, convert: Callable[[Any], np.ndarray], dtype) -> np.ndarray:
        cols = [convert(tab.column(i)) for _, tab in parts]
        return np.concatenate(cols).astype(dtype) if cols else np.zeros(0, dtype=dtype)

    def ends(col) -> np.ndarray:
        return pc.index_in(col, value_set=value_set).to_numpy()

    def statuses(col) -> np.ndarray:
        return pc.fill_null(pc.index_in(col, value_set=pa.array(STATUSES)), -1).to_numpy()

    src, dst = column(0, ends, np.int64), column(1, ends, np.int64)
    typ = np.concatenate([np.full(tab.num_rows, t, np.int8) for t, tab in parts]) if parts else np.zeros(0, np.int8)
    perm = np.lexsort((typ, dst, src))
    field = {f: 2 + i for i, f in enumerate(SKELETON)}

    def dates(name: str) -> Callable[[], list]:
        def read() -> list:
            values = [v for _, tab in parts for v in tab.column(field[name]).to_pylist()]
            return [values[k] for k in perm.tolist()]
        return read

    def node_attrs(idx: Sequence[int]) -> list[dict[str, Any]]:
        out = []
        for i in idx:
            label, t = tables[block[i]]
            _id, name, aliases, country = (t.column(c)[int(row[i])].as_py() for c in range(4))
            out.append({"name": name, "label": label, "kind": label, "aliases": list(aliases or ()), "country": country})
        return out

    source, target, types = src[perm], dst[perm], typ[perm]

    def edge_attrs(idx: Sequence[int]) -> list[dict[str, Any]]:
        keys = [(ids[source[k]], REL_TYPES[types[k]], ids[target[k]]) for k in idx]
        wanted = pa.array(sorted({x for s, _, t in keys for x in (s, t)}), type=pa.string())
        found = {}
        for rel_type in sorted({t for _, t, _ in keys}, key=REL_TYPES.index):
            tab = full(rel_type)  # one type's whole table at a time, cut to the drawn ends at once
            tab = tab.filter(pc.and_(pc.is_in(tab.column(0), value_set=wanted), pc.is_in(tab.column(1), value_set=wanted)))
            for values in zip(*(tab.column(c).to_pylist() for c in range(tab.num_columns))):
                found[(values[0], rel_type, values[1])] = _mirror_edge(rel_type, values[2:])
        return [found[k] for k in keys]

    return Network(ids=ids, names=names, labels=labels, source=source, target=target, types=types,
                   weight=column(field["weight"], lambda c: pc.fill_null(c, 0).to_numpy(), np.int64)[perm],
                   status=column(field["status"], statuses, np.int8)[perm],
                   confidence=column(field["confidence"], lambda c: pc.fill_null(c, 0.0).to_numpy(), np.float64)[perm],
                   first_seen=dates("first_seen"), last_seen=dates("last_seen"),
                   node_attrs=node_attrs, edge_attrs=edge_attrs)


def from_store(store) -> Network:
    """A store's arrays: from Arrow tables when it has them (LadybugDB), else through its mirror."""
    if hasattr(store, "edge_tables"):
        return from_tables(store.entity_tables(), store.edge_tables(full=False),
                           lambda t: store.edge_tables(types=[t])[t])
    from aipg.graph.mirror import mirror

    return from_networkx(mirror(store))


# --------------------------------------------------------------------------- what is shown
def _filtered(net: Network, labels=None, types=None, status=None, min_confidence=None, min_weight=None,
              since=None, until=None) -> tuple[np.ndarray, np.ndarray]:
    """(node kept, edge kept) under graph.analysis.subgraph's filters (isolates kept)."""
    labels_ = analysis._as_set(labels, LABELS, "label")
    types_ = analysis._as_set(types, REL_TYPES, "relation type")
    status_ = analysis._as_set(status, STATUSES, "status")
    since_ = analysis._user_date(since, "--since", high=False)
    until_ = analysis._user_date(until, "--until", high=True)
    node = np.ones(len(net.ids), dtype=bool) if labels_ is None else \
        np.fromiter((l in labels_ for l in net.labels), dtype=bool, count=len(net.ids))
    edge = node[net.source] & node[net.target]
    if types_ is not None:
        edge &= np.isin(net.types, [REL_TYPES.index(t) for t in types_])
    if status_ is not None:
        edge &= np.isin(net.status, [STATUSES.index(s) for s in status_])
    if min_confidence is not None:
        edge &= net.confidence >= min_confidence
    if min_weight is not None:
        edge &= net.weight >= min_weight
    for bound, values, high, keep in ((until_, net.first_seen, False, lambda d, b: d <= b),
                                      (since_, net.last_seen, True, lambda d, b: d >= b)):
        if bound is None:
            continue
        dates = values()
        for k in np.flatnonzero(edge):
            d = analysis._bound(dates[k], high=high) if dates[k] else None
            if d is not None and not keep(d, bound):
                edge[k] = False
    return node, edge


def _neighbours(net: Network, edge: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Undirected adjacency of the kept edges, as CSR (pointer, neighbour) arrays."""
    a, b = net.source[edge], net.target[edge]
    ends, others = np.concatenate([a, b]), np.concatenate([b, a])
    order = np.argsort(ends, kind="stable")
    pointer = np.zeros(len(net.ids) + 1, dtype=np.int64)
    np.cumsum(np.bincount(ends, minlength=len(net.ids)), out=pointer[1:])
    return pointer, others[order]


def _distances(adjacency: tuple[np.ndarray, np.ndarray], start: int, cutoff: int | None = None) -> dict[int, int]:
    pointer, neighbour = adjacency
    dist = {start: 0}
    queue = deque([start])
    while queue:
        n = queue.popleft()
        if cutoff is not None and dist[n] >= cutoff:
            continue
        for m in neighbour[pointer[n]:pointer[n + 1]].tolist():
            if m not in dist:
                dist[m] = dist[n] + 1
                queue.append(m)
    return dist


def shown(net: Network, *, focus: str | None = None, depth: int = 1, **filters) -> tuple[np.ndarray, np.ndarray]:
    """(node in view, edge in view): graph.html's filtered view (isolates dropped) or ``focus``'s
    ego network (graph.analysis.ego_network), as boolean masks."""
    if focus is not None:
        f = net.index(focus)
        if f is None:
            raise UnknownEntity(f'no entity with id "{focus}" to focus on: resolve the name with graph.lookup first')
        node, edge = _filtered(net, **filters)
        reach = np.zeros(len(net.ids), dtype=bool)
        if node[f]:
            reach[list(_distances(_neighbours(net, edge), f, depth))] = True
        return reach, edge & reach[net.source] & reach[net.target]
    if not any(v is not None for v in filters.values()):
        return np.ones(len(net.ids), dtype=bool), np.ones(net.edges, dtype=bool)
    _node, edge = _filtered(net, **filters)
    return _degree(net, edge) > 0, edge


def _degree(net: Network, edge: np.ndarray) -> np.ndarray:
    """MultiDiGraph.degree of every entity over the kept edges (a loop counts twice)."""
    n = len(net.ids)
    return np.bincount(net.source[edge], minlength=n) + np.bincount(net.target[edge], minlength=n)


# --------------------------------------------------------------------------- the budget
def importance(net: Network, node: np.ndarray, edge: np.ndarray) -> np.ndarray:
    """Weighted PageRank of the positive ties in view (as analysis.pagerank), with igraph, per
    entity (0 outside the view): ~1 s at 500,000 edges."""
    import igraph

    vertices = np.flatnonzero(node)
    at = np.full(len(net.ids), -1, dtype=np.int64)
    at[vertices] = np.arange(len(vertices))
    keep = edge & ~np.isin(net.types, _NEGATIVE)
    u, v, w = at[net.source[keep]], at[net.target[keep]], net.weight[keep]
    w = np.where(w == 0, 1, w)
    both = np.isin(net.types[keep], _SYMMETRIC)
    # each relation, then its reverse when symmetric, in relation order
    pairs = np.stack([u, v], axis=1)
    back = np.stack([v, u], axis=1)
    order = np.argsort(np.concatenate([np.arange(len(u)) * 2, np.flatnonzero(both) * 2 + 1]), kind="stable")
    pairs = np.concatenate([pairs, back[both]])[order]
    weights = np.concatenate([w, w[both]])[order]
    score = np.zeros(len(net.ids), dtype=np.float64)
    if len(pairs):
        g = igraph.Graph(n=len(vertices), edges=pairs, directed=True)
        score[vertices] = g.pagerank(weights=weights.astype(np.float64).tolist(), damping=0.85)
    return score


def central_part(net: Network, node: np.ndarray, edge: np.ndarray, size: int, score: np.ndarray) -> list[int]:
    """``size`` entities grown from the most central one, each step taking the most central
    neighbour of those taken (a new component's best entity when none is left), so that what
    is drawn hangs together: the top of a ranking alone can hold no tie at all (programs have
    members, not each other)."""
    pointer, neighbour = _neighbours(net, edge)
    ids = net.ids
    ranked = iter(sorted(np.flatnonzero(node).tolist(), key=lambda n: (-score[n], ids[n])))
    taken: dict[int, None] = {}
    frontier: list[tuple[float, str, int]] = []
    while len(taken) < size:
        while frontier and frontier[0][2] in taken:
            heapq.heappop(frontier)
        if frontier:
            n = heapq.heappop(frontier)[2]
        else:
            n = next((m for m in ranked if m not in taken), None)
            if n is None:
                break
        taken[n] = None
        for m in neighbour[pointer[n]:pointer[n + 1]].tolist():
            if m not in taken:
                heapq.heappush(frontier, (-score[m], ids[m], m))
    return list(taken)


@dataclass(frozen=True)
class Selection:
    """What the view draws of a network and what the page carries besides."""

    nodes: list[int]  # drawn entities, in id order
    edges: list[int]  # drawn relations
    total: int  # entities with a relation in view
    notice: str | None
    hidden: dict[int, int]  # per drawn entity, its relations in view left undrawn (when over budget)
    rest: list[int]  # entities in view with a relation, not drawn (at most max_listed)
    undrawn: np.ndarray  # relations in view, not drawn


def select(net: Network, max_nodes: int, *, focus: str | None = None, depth: int = 1, max_listed: int,
           **filters) -> Selection:
    """At most ``max_nodes`` entities in view: the most central part (see :func:`central_part`),
    or around ``focus`` the nearest first, then the most central; with the sentence the page
    shows when some are left out."""
    node, edge = shown(net, focus=focus, depth=depth, **filters)
    tied = node & (_degree(net, edge) > 0)
    total = int(tied.sum())
    if total <= max_nodes:
        return Selection(np.flatnonzero(tied).tolist(), np.flatnonzero(edge).tolist(), total, None, {}, [],
                         np.zeros(0, dtype=np.int64))
    score = importance(net, node, edge)
    f = net.index(focus) if focus is not None else None
    if f is not None and node[f]:
        dist = _distances(_neighbours(net, edge), f)
        ids = net.ids
        keep = sorted(np.flatnonzero(node).tolist(), key=lambda n: (dist.get(n, math.inf), -score[n], ids[n]))
        keep = keep[:max_nodes]
        how = f"the {max_nodes:,} nearest to {net.names[f] or focus}, the most central first"
    else:
        keep = central_part(net, node, edge, max_nodes, score)
        how = f"the {max_nodes:,} most central (PageRank over the whole network, grown from the top)"
    kept = np.zeros(len(net.ids), dtype=bool)
    kept[keep] = True
    inner = edge & kept[net.source] & kept[net.target]
    degree = _degree(net, inner)
    drawn = kept & (degree > 0)
    in_view = _degree(net, edge)
    rest = np.flatnonzero(tied & ~drawn)[:max_listed].tolist()
    return Selection(np.flatnonzero(drawn).tolist(), np.flatnonzero(inner).tolist(), total,
                     f"Showing {how} of {total:,} entities.",
                     {int(n): int(in_view[n] - degree[n]) for n in np.flatnonzero(drawn)}, rest,
                     np.flatnonzero(edge & ~inner))


def drawn_graph(net: Network, sel: Selection) -> nx.MultiDiGraph:
    """The drawn part as a mirror-shaped MultiDiGraph, every attribute read for it alone."""
    g = nx.MultiDiGraph()
    g.add_nodes_from(zip((net.ids[i] for i in sel.nodes), net.node_attrs(sel.nodes)))
    ids, types = net.ids, net.types
    g.add_edges_from((ids[net.source[k]], ids[net.target[k]], REL_TYPES[types[k]], d)
                     for k, d in zip(sel.edges, net.edge_attrs(sel.edges)))
    return g


def undrawn_triples(net: Network, sel: Selection) -> tuple[list[str], list[int]]:
    """(ids: the listed entities then the drawn ones, flat [source, target, type] index triples
    of every relation in view not drawn whose ends are both among them)."""
    order = sel.rest + sel.nodes
    at = np.full(len(net.ids), -1, dtype=np.int64)
    at[order] = np.arange(len(order))
    k = sel.undrawn
    u, v = at[net.source[k]], at[net.target[k]]
    ok = (u >= 0) & (v >= 0)
    triples = np.stack([u[ok], v[ok], net.types[k][ok].astype(np.int64)], axis=1)
    return [net.ids[i] for i in order], triples.ravel().tolist()


__all__ = ["Network", "Selection", "central_part", "drawn_graph", "from_networkx", "from_store", "from_tables",
           "importance", "select", "shown", "undrawn_triples"]
