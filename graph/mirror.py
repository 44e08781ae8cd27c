"""Store contents -> ``nx.MultiDiGraph``, nothing else.

Nodes are keyed by entity id with ``name``, ``label``, ``kind``, ``aliases``
(list) and ``country``; edges are keyed by relation type and carry every
summary-edge property (``weight``, ``sources``, ``evidence``, ``status``,
``confidence``, ``first_seen``, ``last_seen``, ``amount``, ``currency``,
``amount_text``).

A store that hands out whole columns (LadybugDB's Arrow results:
``entity_columns`` / ``edge_columns``) is mirrored from them in bulk, without a
Python object per row; any other store through ``entities()`` / ``edges()``.
"""

from __future__ import annotations

import networkx as nx

from aipg.graph.model import Edge, Graph

#: Edge properties in ``edges_all`` column order, after source and target.
EDGE_FIELDS = ("weight", "sources", "evidence", "status", "confidence", "first_seen", "last_seen", "amount",
               "currency", "amount_text")


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Build the mirror from a Graph value.

    >>> from graph.model import Entity, Edge
    >>> g = Graph((Entity("a", "A", "Company"), Entity("p", "P", "Program")),
    ...           (Edge("a", "MEMBER_OF", "p", 1, ("d1",), ("A joins P.",), "stated", 0.9),))
    >>> m = to_networkx(g)
    >>> m.nodes["a"]["label"], m["a"]["p"]["MEMBER_OF"]["weight"]
    ('Company', 1)
    """
    g = nx.MultiDiGraph()
    for e in graph.entities:
        g.add_node(
            e.id, name=e.name, label=e.label, kind=e.label, aliases=list(e.aliases), country=e.country
        )
    for edge in graph.edges:
        attrs = edge.to_dict()
        for k in ("source", "target"):
            attrs.pop(k)
        g.add_edge(edge.source, edge.target, key=edge.type, **attrs)
    return g


def from_columns(entities: dict[str, dict[str, list]], edges: dict[str, dict[str, list]]) -> nx.MultiDiGraph:
    """The mirror from column lists: per label (id, name, aliases, country), per type
    (source, target, then EDGE_FIELDS); gives the same graph as ``to_networkx``."""
    g = nx.MultiDiGraph()
    nodes = []
    for label, cols in sorted(entities.items()):
        ids, names, aliases, countries = cols.values()
        nodes += [(i, {"name": n, "label": label, "kind": label, "aliases": list(a or ()), "country": c})
                  for i, n, a, c in zip(ids, names, aliases, countries)]
    g.add_nodes_from(sorted(nodes, key=lambda n: n[0]))
    rows = []
    for rel_type, cols in edges.items():
        source, target, *props = cols.values()
        for s, t, *values in zip(source, target, *props):
            attrs = {"type": rel_type, **dict(zip(EDGE_FIELDS, values))}
            attrs["sources"], attrs["evidence"] = list(attrs["sources"] or ()), list(attrs["evidence"] or ())
            rows.append((s, t, rel_type, attrs))
    rows.sort(key=lambda r: (r[0], r[2], r[1]))  # the order of Store.edges(): by (source, type, target)
    g.add_edges_from(rows)
    return g


def mirror(store) -> nx.MultiDiGraph:
    """Read a store's entities and summary edges into the mirror."""
    if hasattr(store, "edge_columns"):
        return from_columns(store.entity_columns(), store.edge_columns())
    return to_networkx(Graph(tuple(store.entities()), tuple(store.edges())))


__all__ = ["Edge", "from_columns", "mirror", "to_networkx"]
