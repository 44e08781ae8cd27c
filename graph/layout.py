"""How the graph is drawn, shared by the HTML view and the Gephi exports: positions, colours, sizes.

Both call :func:`layout` with the same seed, so a GEXF opened in Gephi shows
the picture the HTML view shows, and :data:`LABEL_COLORS` colours both.
"""

from __future__ import annotations

import math
import random
from typing import Mapping

import networkx as nx

LABEL_COLORS = {
    "Company": "#4e79a7", "University": "#f28e2b", "Government": "#59a14f",
    "Program": "#b07aa1", "Organization": "#76b7b2", "Person": "#9c755f",
}
#: edge colour per relation type; EXCLUDED_FROM (a stated absence) also dashed, with a bar end
TYPE_STYLES: dict[str, dict] = {
    "MEMBER_OF": {"color": "#5b8def"},
    "FUNDS": {"color": "#2e9e44"},
    "SIGNS_MOU_WITH": {"color": "#8e44ad"},
    "PARTNERS_WITH": {"color": "#e08a00"},
    "FOUNDED": {"color": "#0f8b8d"},
    "EXCLUDED_FROM": {"color": "#d62728", "dashes": [10, 5], "arrow": "bar"},
}
MIN_SIZE, MAX_SIZE = 8.0, 40.0
#: layout units -> canvas pixels (Fruchterman-Reingold puts neighbours ~1 unit apart)
SCALE = 130.0
SMALL_COMPONENT = 3


def edge_id(u: str, key: str, v: str) -> str:
    """The id of a summary edge in the HTML view and in every export: ``source|TYPE|target``."""
    return f"{u}|{key}|{v}"


def rgb(color: str) -> dict[str, int]:
    """'#4e79a7' -> {'r': 78, 'g': 121, 'b': 167} (GEXF's viz:color)."""
    c = color.lstrip("#")
    return {"r": int(c[0:2], 16), "g": int(c[2:4], 16), "b": int(c[4:6], 16)}


def sizes(scores: Mapping[str, float]) -> dict[str, float]:
    """Node sizes from MIN_SIZE to MAX_SIZE, by the square root of the score (area grows with it)."""
    top = max(scores.values(), default=0.0)
    if top <= 0:
        return {n: MIN_SIZE for n in scores}
    return {n: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(max(s, 0.0) / top), 1) for n, s in scores.items()}


def iterations(n: int) -> int:
    """Fruchterman-Reingold rounds for ``n`` entities: 500 up to 5,000 (the view's size), then fewer,
    so a whole-store export stays in seconds per 10,000 entities (50 rounds from 50,000 on)."""
    return max(50, min(500, 2_500_000 // max(n, 1)))


def layout(g: nx.Graph, *, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions with igraph (~0.35 s for 5,000 nodes), deterministic for ``seed``;
    :func:`iterations` rounds.

    Components of more than SMALL_COMPONENT entities go through the force
    layout together; smaller ones and lone entities are set in rows under it
    (left to the force layout they drift far out and shrink the rest to a dot).
    """
    import igraph

    comps = sorted((sorted(c, key=str) for c in nx.connected_components(nx.Graph(g.to_undirected(as_view=True)))),
                   key=lambda c: (-len(c), str(c[0])))
    big = [n for c in comps if len(c) > SMALL_COMPONENT for n in c] or [n for c in comps[:1] for n in c]
    in_big = set(big)
    pos: dict[str, tuple[float, float]] = {}
    if big:
        index = {n: i for i, n in enumerate(big)}
        edges = {(min(index[u], index[v]), max(index[u], index[v]))
                 for u, v in g.edges() if u != v and u in in_big and v in in_big}
        ig = igraph.Graph(n=len(big), edges=sorted(edges))
        rng, spread = random.Random(seed), math.sqrt(len(big))
        start = [[rng.uniform(-spread, spread), rng.uniform(-spread, spread)] for _ in big]
        # igraph draws from a global generator: pin it for the call, then give back the default
        igraph.set_random_number_generator(random.Random(seed))
        try:
            coords = ig.layout_fruchterman_reingold(seed=start, niter=iterations(len(big))).coords
        finally:
            igraph.set_random_number_generator(random)
        pos = {n: (round(x * SCALE, 1), round(y * SCALE, 1)) for n, (x, y) in zip(big, coords)}
    xs = [x for x, _ in pos.values()] or [0.0]
    left, width = min(xs), max(max(xs) - min(xs), 10 * SCALE)
    x, y, step = left, max((y for _, y in pos.values()), default=0.0) + SCALE, SCALE / 2
    for c in comps:
        if c[0] in in_big:
            continue
        if x + step * len(c) > left + width:
            x, y = left, y + step
        for n in c:
            pos[n] = (round(x, 1), round(y, 1))
            x += step
        x += step / 2
    return pos
