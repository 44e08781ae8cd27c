"""The offline HTML view: one self-contained file drawn by vis-network (via pyvis).

The page inlines vis-network's JS and CSS from the pyvis package and our own
template (graph/templates/view.html): no CDN, no request leaves the file.
Positions are computed once here (igraph Fruchterman-Reingold, fixed seed),
so the browser draws with physics off. Document text reaches the page only
inside a JSON block whose ``<``, ``>`` and ``&`` are \\u-escaped, and the page
builds tooltips with ``textContent``: no text from an article can run script.
"""

from __future__ import annotations

import html
import json
import math
import random
import re
from pathlib import Path
from typing import Any, Iterable, Mapping

import networkx as nx

from aipg.graph import analysis
from aipg.graph.errors import UnknownEntity, UsageError
from aipg.graph.model import Document
from aipg.graph.schema import LABELS, REL_TYPES, SYMMETRIC

TEMPLATE = Path(__file__).resolve().parent / "templates" / "view.html"
VIS_VERSION = "vis-9.1.2"

LABEL_COLORS = {
    "Company": "#4e79a7", "University": "#f28e2b", "Government": "#59a14f",
    "Program": "#b07aa1", "Organization": "#76b7b2", "Person": "#9c755f",
}
TYPE_STYLES: dict[str, dict[str, Any]] = {
    "MEMBER_OF": {"color": "#5b8def"},
    "FUNDS": {"color": "#2e9e44"},
    "SIGNS_MOU_WITH": {"color": "#8e44ad"},
    "PARTNERS_WITH": {"color": "#e08a00"},
    "FOUNDED": {"color": "#0f8b8d"},
    "EXCLUDED_FROM": {"color": "#d62728", "dashes": [10, 5], "arrow": "bar"},
}
POTENTIAL_DASHES = [3, 5]
_MARKERS = re.compile(r"/\*@VIS_CSS@\*/|/\*@VIS_JS@\*/|@TITLE@|@DATA@")
MIN_SIZE, MAX_SIZE = 8.0, 40.0
#: layout units -> canvas pixels (Fruchterman-Reingold puts neighbours ~1 unit apart)
SCALE = 130.0
SMALL_COMPONENT = 3


def document_index(documents: Iterable[Document]) -> dict[str, dict[str, str | None]]:
    """{document id: {"title", "url", "published"}} for the tooltips (from store.documents())."""
    return {d.id: {"title": d.title, "url": d.url, "published": d.published} for d in documents}


def _safe_url(url: str | None) -> str | None:
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def layout(g: nx.Graph, *, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions with igraph (~0.35 s for 5,000 nodes), deterministic for ``seed``.

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
            coords = ig.layout_fruchterman_reingold(seed=start, niter=500).coords
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


def _sizes(scores: Mapping[str, float]) -> dict[str, float]:
    top = max(scores.values(), default=0.0)
    if top <= 0:
        return {n: MIN_SIZE for n in scores}
    return {n: round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(max(s, 0.0) / top), 1) for n, s in scores.items()}


def _json_for_script(obj: Any) -> str:
    """JSON safe inside a <script> block: no '<', '>' or '&' can close it or open a comment."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def view_graph(
    g: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1, **filters
) -> nx.MultiDiGraph:
    """The part of the mirror the view shows: filtered, and cut to ``focus``'s ego network when given.
    Entities without any relation in view (people, organizations only mentioned) are left out:
    the view draws ties."""
    if focus is not None:
        if focus not in g:
            raise UnknownEntity(f'no entity with id "{focus}" to focus on: resolve the name with graph.lookup first')
        return analysis.ego_network(g, focus, depth=depth, **filters)
    return analysis.subgraph(g, isolates=False, **filters)


def network_data(
    g: nx.MultiDiGraph,
    *,
    documents: Mapping[str, Mapping[str, Any]] | None = None,
    size_by: str = "pagerank",
    seed: int = 0,
) -> dict[str, Any]:
    """Nodes, edges, options and legend for the page, built with pyvis."""
    from pyvis.network import Network

    documents = documents or {}
    scores = analysis.centrality(g, size_by)
    sizes = _sizes(scores)
    pos = layout(g, seed=seed)
    net = Network(directed=True)
    node_info, edge_info = {}, {}
    for n, d in g.nodes(data=True):
        x, y = pos[n]
        # colour comes from the label's vis group; the tooltip text stays out of vis's items
        # (vis deep-copies every item option, which costs seconds at 5,000 nodes)
        size = sizes.get(n, MIN_SIZE)
        # larger entities keep a readable name when the whole network is fitted on screen
        net.add_node(n, label=d.get("name") or n, x=x, y=y, size=size, group=d.get("label"), color=None,
                     font={"size": round(12 + 2.5 * (size - MIN_SIZE))})
        node_info[n] = {"name": d.get("name") or n, "label": d.get("label"), "country": d.get("country"),
                        "aliases": list(d.get("aliases") or []), "score": round(scores.get(n, 0.0), 6)}
    for u, v, key, d in g.edges(keys=True, data=True):
        style = TYPE_STYLES.get(key, {})
        item = {"id": f"{u}|{key}|{v}", "from": u, "to": v, "relation": key, "color": style.get("color", "#888888")}
        dashes = style.get("dashes") or (POTENTIAL_DASHES if d.get("status") == "potential" else None)
        if dashes:
            item["dashes"] = dashes
        if key in SYMMETRIC:
            item["arrows"] = {"to": {"enabled": False}}
        elif "arrow" in style:
            item["arrows"] = {"to": {"enabled": True, "type": style["arrow"]}}
        width = round(1 + 1.5 * math.log2(max(d.get("weight") or 1, 1)), 2)
        if width != 1:
            item["width"] = width
        # pyvis's add_edge scans its node list per edge (quadratic at 5,000 nodes); every
        # endpoint is known to exist here, so the edge dict is appended directly
        net.edges.append(item)
        docs = [{"id": s, "title": (documents.get(s) or {}).get("title"),
                 "url": _safe_url((documents.get(s) or {}).get("url"))} for s in d.get("sources") or []]
        edge_info[item["id"]] = {
            "type": key, "status": d.get("status"), "weight": d.get("weight"), "confidence": d.get("confidence"),
            "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"), "amount": d.get("amount"),
            "currency": d.get("currency"), "amount_text": d.get("amount_text"),
            "evidence": list(d.get("evidence") or []), "documents": docs}
    net.set_options(json.dumps({
        "physics": {"enabled": False, "stabilization": {"enabled": False},
                    "barnesHut": {"gravitationalConstant": -8000, "springLength": 120}},
        "groups": {label: {"color": {"background": c, "border": c, "highlight": {"background": c, "border": "#222"},
                                     "hover": {"background": c, "border": "#222"}}}
                   for label, c in LABEL_COLORS.items()},
        "edges": {"smooth": False, "selectionWidth": 2, "arrows": {"to": {"enabled": True, "scaleFactor": 0.7}},
                  "color": {"inherit": False}},
        "nodes": {"shape": "dot", "font": {"size": 14}, "borderWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": g.number_of_edges() > 2000},
    }))
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    present = sorted({key for _, _, key in g.edges(keys=True)}, key=REL_TYPES.index)
    return {
        "nodes": nodes, "edges": edges, "nodeInfo": node_info, "edgeInfo": edge_info,
        "options": json.loads(options), "sizeBy": size_by,
        "legend": {"labels": [{"label": l, "color": LABEL_COLORS[l]} for l in LABELS
                              if any(d.get("label") == l for _, d in g.nodes(data=True))],
                   "types": [{"type": t, **TYPE_STYLES[t]} for t in present]},
    }


def render(data: Mapping[str, Any], *, title: str = "AI partnerships") -> str:
    """The page for ``data`` (from network_data), vis-network inlined."""
    from importlib.resources import files

    vis = files("pyvis") / "lib" / VIS_VERSION
    vis_js = (vis / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (vis / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in vis_js.lower() or "</style" in vis_css.lower():
        raise UsageError(f"pyvis's {VIS_VERSION} files cannot be inlined safely: reinstall pyvis 0.3.2")
    values = {"/*@VIS_CSS@*/": vis_css, "/*@VIS_JS@*/": vis_js, "@TITLE@": html.escape(title),
              "@DATA@": _json_for_script(data)}
    # one pass, so a marker-like string inside an inlined value is never replaced
    return _MARKERS.sub(lambda m: values[m.group(0)], TEMPLATE.read_text(encoding="utf-8"))


def write_html(
    g: nx.MultiDiGraph,
    path: str | Path,
    *,
    documents: Mapping[str, Mapping[str, Any]] | None = None,
    focus: str | None = None,
    depth: int = 1,
    size_by: str = "pagerank",
    seed: int = 0,
    title: str = "AI partnerships",
    **filters,
) -> Path:
    """Write the view of ``g`` (filters as in graph.analysis.subgraph) to ``path``.

    >>> import tempfile, os
    >>> from graph.model import Graph, Entity
    >>> from graph.mirror import to_networkx
    >>> g = to_networkx(Graph((Entity("a", "A", "Company"),), ()))
    >>> p = write_html(g, os.path.join(tempfile.mkdtemp(), "v.html"))
    >>> re.search(r'(src|href)="?https?:', p.read_text()) is None
    True
    """
    if size_by not in analysis.METRICS:
        raise UsageError(f"unknown --size-by {size_by!r}: expected one of {', '.join(analysis.METRICS)}")
    shown = view_graph(g, focus=focus, depth=depth, **filters)
    data = network_data(shown, documents=documents, size_by=size_by, seed=seed)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(data, title=title), encoding="utf-8")
    return path
