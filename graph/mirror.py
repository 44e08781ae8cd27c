"""Store contents -> ``nx.MultiDiGraph``, nothing else.

Nodes are keyed by entity id with ``name``, ``label``, ``kind``, ``aliases``
(list) and ``country``; edges are keyed by relation type and carry every
summary-edge property (``weight``, ``sources``, ``evidence``, ``status``,
``confidence``, ``first_seen``, ``last_seen``, ``amount``, ``currency``,
``amount_text``).
"""

from __future__ import annotations

import networkx as nx

from aipg.graph.model import Graph


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


def mirror(store) -> nx.MultiDiGraph:
    """Read a store's entities and summary edges into the mirror."""
    return to_networkx(Graph(tuple(store.entities()), tuple(store.edges())))
