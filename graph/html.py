"""The offline HTML view: one self-contained file drawn by vis-network (via pyvis).

The page inlines vis-network's JS and CSS from the pyvis package and our own
template (graph/templates/view.html): no CDN, no request leaves the file.
Positions are computed once here (graph.layout: igraph Fruchterman-Reingold,
fixed seed, the same as the GEXF export), so the browser draws with physics off.
Document text reaches the page only inside a JSON block whose ``<``, ``>`` and
``&`` are \\u-escaped, and the page builds every text with ``textContent``: no
text from an article can run script.

Past ``max_nodes`` entities (default MAX_NODES) the page draws the most central
part (weighted PageRank over the whole network, computed with igraph on arrays:
graph.selection; only the drawn part becomes a NetworkX graph), says so,
and lists every other name so that a search tells how to draw its neighbourhood
(``aipg html --focus NAME``). A focused view keeps the nearest entities first.
"""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

import networkx as nx

from aipg.graph import analysis, selection
from aipg.graph.errors import UnknownEntity, UsageError
from aipg.graph.layout import LABEL_COLORS, MIN_SIZE, TYPE_STYLES, edge_id, layout, sizes
from aipg.graph.model import Claim, Document
from aipg.graph.money import format_money
from aipg.graph.schema import LABELS, REL_TYPES, SYMMETRIC

__all__ = ["MAX_NODES", "Drawn", "document_index", "layout", "network_data", "render", "view_graph", "write_html"]

TEMPLATE = Path(__file__).resolve().parent / "templates" / "view.html"
VIS_VERSION = "vis-9.1.2"
#: above this many entities the view draws the most central ones (--max-nodes)
MAX_NODES = 2000
#: names of undrawn entities listed in the page for the search box, at most
MAX_LISTED = 200_000
#: undrawn relations carried by the page (3 small integers each) so a search can draw them
MAX_MORE_EDGES = 2_000_000
POTENTIAL_DASHES = [3, 5]
#: how far apart parallel relations between one pair bend (vis-network's roundness)
CURVE_STEP = 0.22
DIMMED = "#e3e3e3"
#: layout extent (canvas units) drawn at its true size when fitted on a laptop screen
FITTED_EXTENT = 1600.0
_MARKERS = re.compile(r"/\*@VIS_CSS@\*/|/\*@VIS_JS@\*/|@TITLE@|@DATA@")


@dataclass(frozen=True)
class Drawn:
    """What write_html drew: the file, how much of the network it shows, and the note said on the page."""

    path: Path
    nodes: int
    edges: int
    total_nodes: int
    notice: str | None = None


def document_index(documents: Iterable[Document]) -> dict[str, dict[str, str | None]]:
    """{document id: {"title", "url", "published"}} for the evidence (from store.documents())."""
    return {d.id: {"title": d.title, "url": d.url, "published": d.published} for d in documents}


def _safe_url(url: str | None) -> str | None:
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def _json_for_script(obj: Any) -> str:
    """JSON safe inside a <script> block: no '<', '>' or '&' can close it or open a comment."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _shown(g: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1, **filters) -> nx.MultiDiGraph:
    """view_graph without dropping lone entities; with no filter and no focus, ``g`` itself
    (a copy, or even a view, of a 500,000-edge mirror costs seconds to build or to walk)."""
    if focus is not None:
        if focus not in g:
            raise UnknownEntity(f'no entity with id "{focus}" to focus on: resolve the name with graph.lookup first')
        return analysis.ego_network(g, focus, depth=depth, **filters)
    if not any(v is not None for v in filters.values()):
        return g
    return analysis.subgraph(g, isolates=False, **filters)


def _tied(g: nx.MultiDiGraph) -> list[str]:
    """The entities with at least one relation (MultiDiGraph.degree sums over keys: 10x slower)."""
    succ, pred = g.succ, g.pred
    return [n for n in g if succ[n] or pred[n]]


def _ties_only(g: nx.MultiDiGraph, tied: list[str] | None = None) -> nx.MultiDiGraph:
    tied = _tied(g) if tied is None else tied
    return g.subgraph(tied).copy() if len(tied) < len(g) else g


def view_graph(
    g: nx.MultiDiGraph, *, focus: str | None = None, depth: int = 1, **filters
) -> nx.MultiDiGraph:
    """The part of the mirror the view shows: filtered, and cut to ``focus``'s ego network when given.
    Entities without any relation in view (people, organizations only mentioned) are left out:
    the view draws ties."""
    return _ties_only(_shown(g, focus=focus, depth=depth, **filters))


def _curves(g: nx.MultiDiGraph) -> dict[tuple[str, str, str], dict[str, Any]]:
    """vis-network ``smooth`` for each relation between a pair that has several: separate arcs,
    bent alternately to either side, the middle one straight when their number is odd."""
    pairs: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for u, v, key in g.edges(keys=True):
        pairs.setdefault((min(u, v), max(u, v)), []).append((u, v, key))
    out = {}
    for (a, _b), edges in pairs.items():
        if len(edges) < 2:
            continue
        for i, (u, v, key) in enumerate(sorted(edges, key=lambda e: (REL_TYPES.index(e[2]), e[0]))):
            offset = (i - (len(edges) - 1) / 2) * CURVE_STEP
            if offset == 0:
                continue
            # curvedCW bends to the right of the direction of travel: flip for the other direction
            clockwise = (offset > 0) == (u == a)
            out[(u, v, key)] = {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW",
                                "roundness": round(abs(offset), 3)}
    return out


def _evidence(g: nx.MultiDiGraph, claims: Iterable[Claim], documents: Mapping[str, Mapping[str, Any]]):
    """{(source, target, type): [{"text", "doc"}]}: each backing sentence with its document, from the claims."""
    def doc(doc_id: str) -> dict[str, Any]:
        d = documents.get(doc_id) or {}
        return {"id": doc_id, "title": d.get("title"), "date": d.get("published"), "url": _safe_url(d.get("url"))}

    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    seen: set[tuple] = set()
    for c in claims:
        key = (c.source, c.target, c.type)
        if not g.has_edge(c.source, c.target, c.type) or (key, c.evidence, c.document_id) in seen:
            continue
        seen.add((key, c.evidence, c.document_id))
        out.setdefault(key, []).append({"text": c.evidence, "doc": doc(c.document_id), "date": c.date})
    return out


def _size_factor(pos: Mapping[str, tuple[float, float]]) -> float:
    """How much to grow nodes for a wide layout: fitted on screen, a 1,000-entity network is drawn
    at a tenth of its size and its hubs would be dots; growing them with the square root of the
    extent keeps hubs visible when fitted without covering their neighbours when zoomed in."""
    if not pos:
        return 1.0
    xs, ys = [x for x, _ in pos.values()], [y for _, y in pos.values()]
    return round(max(1.0, math.sqrt(max(max(xs) - min(xs), max(ys) - min(ys)) / FITTED_EXTENT)), 2)


def _describe(filters: Mapping[str, Any], focus: str | None) -> str:
    parts = [f"--{k.replace('_', '-')} {' '.join(map(str, v)) if isinstance(v, (list, tuple)) else v}"
             for k, v in filters.items() if v not in (None, [], ())]
    return " ".join(([f"--focus {focus}"] if focus else []) + parts)


def network_data(
    g: nx.MultiDiGraph,
    *,
    documents: Mapping[str, Mapping[str, Any]] | None = None,
    claims: Iterable[Claim] = (),
    size_by: str = "pagerank",
    seed: int = 0,
    hidden: Mapping[str, int] | None = None,
) -> dict[str, Any]:
    """Nodes, edges, options, legend and per-node dossiers for the page, built with pyvis.

    ``hidden`` counts, per drawn entity, its relations left out of the drawing (size budget).
    """
    from pyvis.network import Network

    documents = documents or {}
    hidden = hidden or {}
    scores = analysis.centrality(g, size_by) if g.number_of_edges() else {n: 0.0 for n in g}
    pos = layout(g, seed=seed) if len(g) else {}
    size = {n: round(s * _size_factor(pos), 1) for n, s in sizes(scores).items()}
    curves = _curves(g)
    evidence = _evidence(g, claims, documents)
    net = Network(directed=True)
    node_info, edge_info = {}, {}
    for n, d in g.nodes(data=True):
        x, y = pos[n]
        c = LABEL_COLORS.get(d.get("label"), "#888888")
        # the page draws the names itself (constant size, never overlapping): vis gets no label
        net.add_node(n, label=" ", x=x, y=y, size=size.get(n, MIN_SIZE),
                     color={"background": c, "border": c, "highlight": {"background": c, "border": "#222"},
                            "hover": {"background": c, "border": "#222"}})
        node_info[n] = {"name": d.get("name") or n, "label": d.get("label"), "country": d.get("country"),
                        "aliases": list(d.get("aliases") or []), "score": round(scores.get(n, 0.0), 6),
                        "out": [], "in": [], "hidden": hidden.get(n, 0)}
    for u, v, key, d in g.edges(keys=True, data=True):
        style = TYPE_STYLES.get(key, {})
        item = {"id": edge_id(u, key, v), "from": u, "to": v, "relation": key, "color": style.get("color", "#888888"),
                "first": (d.get("first_seen") or "")[:4] or None, "last": (d.get("last_seen") or "")[:4] or None}
        dashes = style.get("dashes") or (POTENTIAL_DASHES if d.get("status") == "potential" else None)
        if dashes:
            item["dashes"] = dashes
        if key in SYMMETRIC:
            item["arrows"] = {"to": {"enabled": False}}
        elif "arrow" in style:
            item["arrows"] = {"to": {"enabled": True, "type": style["arrow"]}}
        if (u, v, key) in curves:
            item["smooth"] = curves[(u, v, key)]
        width = round(1 + 1.5 * math.log2(max(d.get("weight") or 1, 1)), 2)
        if width != 1:
            item["width"] = width
        # pyvis's add_edge scans its node list per edge (quadratic at 5,000 nodes); every
        # endpoint is known to exist here, so the edge dict is appended directly
        net.edges.append(item)
        docs = [{"id": s, "title": (documents.get(s) or {}).get("title"),
                 "date": (documents.get(s) or {}).get("published"),
                 "url": _safe_url((documents.get(s) or {}).get("url"))} for s in d.get("sources") or []]
        edge_info[item["id"]] = {
            "type": key, "status": d.get("status"), "weight": d.get("weight"), "confidence": d.get("confidence"),
            "first_seen": d.get("first_seen"), "last_seen": d.get("last_seen"), "amount": d.get("amount"),
            "currency": d.get("currency"), "amount_text": d.get("amount_text"),
            "money": format_money(d.get("amount"), d.get("currency")),  # "$4 billion", for people
            # each sentence with its document when the claims are known, else the sentences and the documents apart
            "evidence": evidence.get((u, v, key)) or [{"text": t} for t in d.get("evidence") or []],
            "documents": docs}
        node_info[u]["out"].append(item["id"])
        node_info[v]["in"].append(item["id"])
    net.set_options(json.dumps({
        "physics": {"enabled": False, "stabilization": {"enabled": False},
                    "barnesHut": {"gravitationalConstant": -8000, "springLength": 120}},
        "edges": {"smooth": False, "selectionWidth": 2, "arrows": {"to": {"enabled": True, "scaleFactor": 0.7}},
                  "color": {"inherit": False}},
        "nodes": {"shape": "dot", "font": {"size": 0}, "borderWidth": 1},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": g.number_of_edges() > 2000},
    }))
    ends = {e["id"]: (e["from"], e["to"]) for e in net.edges}
    for info in node_info.values():  # the dossier lists relations by type, then by the other party's name
        for side, other in (("out", 1), ("in", 0)):
            info[side].sort(key=lambda e: (REL_TYPES.index(edge_info[e]["type"]), node_info[ends[e][other]]["name"]))
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    for node in nodes:
        node.pop("label", None)
        node.pop("shape", None)
    present = sorted({key for _, _, key in g.edges(keys=True)}, key=REL_TYPES.index)
    years = sorted({int(y) for e in edges for y in (e["first"], e["last"]) if y and y.isdigit()})
    return {
        "nodes": nodes, "edges": edges, "nodeInfo": node_info, "edgeInfo": edge_info,
        "options": json.loads(options), "sizeBy": size_by, "dimmed": DIMMED,
        "years": [years[0], years[-1]] if years else None,
        "legend": {"labels": [{"label": l, "color": LABEL_COLORS[l]} for l in LABELS
                              if any(d.get("label") == l for _, d in g.nodes(data=True))],
                   "types": [{"type": t, **TYPE_STYLES[t]} for t in present]},
    }


def _page(data: Mapping[str, Any], title: str) -> Iterator[str]:
    """The page for ``data`` in pieces: the template's text between markers, then each value."""
    from importlib.resources import files

    vis = files("pyvis") / "lib" / VIS_VERSION
    vis_js = (vis / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (vis / "vis-network.css").read_text(encoding="utf-8")
    if "</script" in vis_js.lower() or "</style" in vis_css.lower():
        raise UsageError(f"pyvis's {VIS_VERSION} files cannot be inlined safely: reinstall pyvis 0.3.2")
    values = {"/*@VIS_CSS@*/": lambda: vis_css, "/*@VIS_JS@*/": lambda: vis_js, "@TITLE@": lambda: html.escape(title),
              "@DATA@": lambda: _json_for_script(data)}
    # one pass over the template, so a marker-like string inside an inlined value is never replaced
    template, at = TEMPLATE.read_text(encoding="utf-8"), 0
    for m in _MARKERS.finditer(template):
        yield template[at:m.start()]
        yield values[m.group(0)]()
        at = m.end()
    yield template[at:]


def render(data: Mapping[str, Any], *, title: str = "AI partnerships") -> str:
    """The page for ``data`` (from network_data), vis-network inlined."""
    return "".join(_page(data, title))


def _write_page(path: Path, data: Mapping[str, Any], title: str) -> None:
    """render() into ``path`` piece by piece: a large page is never held twice, nor encoded whole."""
    step = 1 << 20
    with path.open("w", encoding="utf-8") as f:
        for piece in _page(data, title):
            for i in range(0, len(piece), step):
                f.write(piece[i : i + step])


def undrawn_ties(net: selection.Network, sel: selection.Selection) -> dict[str, Any] | None:
    """What the page needs to draw any listed entity's whole neighbourhood on demand: every
    relation not drawn that touches one, as flat [source, target, type] index triples into
    ``ids`` (the listed entities, then the drawn ones), and the listed entities' labels.
    None past MAX_MORE_EDGES relations (the page then gives the --focus command instead)."""
    if len(sel.undrawn) > MAX_MORE_EDGES:
        return None
    ids, edges = selection.undrawn_triples(net, sel)
    return {"ids": ids, "labels": [LABELS.index(net.labels[n] or "Organization") for n in sel.rest],
            "edges": edges, "types": list(REL_TYPES), "labelNames": list(LABELS),
            "typeColors": [TYPE_STYLES[t]["color"] for t in REL_TYPES],
            "labelColors": [LABEL_COLORS.get(l, "#888888") for l in LABELS]}


def write_html(
    g: nx.MultiDiGraph | selection.Network,
    path: str | Path,
    *,
    documents: Mapping[str, Mapping[str, Any]] | None = None,
    claims: Iterable[Claim] | Callable[[list[str]], Iterable[Claim]] = (),
    focus: str | None = None,
    depth: int = 1,
    size_by: str = "pagerank",
    seed: int = 0,
    title: str = "AI partnerships",
    max_nodes: int = MAX_NODES,
    **filters,
) -> Drawn:
    """Write the view of ``g`` (filters as in graph.analysis.subgraph) to ``path``; at most
    ``max_nodes`` entities are drawn (see graph.selection.select). ``g`` is a mirror or, for a
    large store, graph.selection's arrays of it (``selection.from_store``): only the drawn part
    then becomes a NetworkX graph. ``claims`` pair each sentence with its
    document in the node and edge details: the claims, or a function that returns those of the
    given document ids (only the documents behind the drawn relations are asked for, so a
    large store's claims are never all read).

    >>> import tempfile, os
    >>> from aipg.graph.model import Graph, Entity
    >>> from aipg.graph.mirror import to_networkx
    >>> g = to_networkx(Graph((Entity("a", "A", "Company"),), ()))
    >>> p = write_html(g, os.path.join(tempfile.mkdtemp(), "v.html")).path
    >>> re.search(r'(src|href)="?https?:', p.read_text()) is None
    True
    """
    if size_by not in analysis.METRICS:
        raise UsageError(f"unknown --size-by {size_by!r}: expected one of {', '.join(analysis.METRICS)}")
    if max_nodes < 1:
        raise UsageError(f"--max-nodes {max_nodes} draws nothing: give 1 or more (default {MAX_NODES})")
    net = g if isinstance(g, selection.Network) else selection.from_networkx(g)
    sel = selection.select(net, max_nodes, focus=focus, depth=depth, max_listed=MAX_LISTED, **filters)
    drawn, notice = selection.drawn_graph(net, sel), sel.notice
    hidden = {net.ids[n]: h for n, h in sel.hidden.items()}
    if callable(claims):
        claims = claims(sorted({s for *_, d in drawn.edges(data=True) for s in d.get("sources") or ()}))
    data = network_data(drawn, documents=documents, claims=claims, size_by=size_by, seed=seed, hidden=hidden)
    data["focus"] = focus
    total = drawn.number_of_nodes()
    if notice:
        total = sel.total
        data["unlisted"] = {net.ids[n]: net.names[n] or net.ids[n] for n in sel.rest}
        data["more"] = undrawn_ties(net, sel)
        notice += (" Search any name to draw it with its whole neighbourhood." if data["more"] else
                   " Search finds every name; to draw one's whole neighbourhood run aipg html --focus NAME,"
                   " or raise --max-nodes.")
    data["notice"] = notice
    if not drawn.number_of_nodes():
        described = _describe(filters, focus)
        data["empty"] = (f"Nothing to draw: no relation matches {described}. Loosen the filters."
                         if described else "Nothing to draw: the store holds no relation yet. Build it first.")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _write_page(path, data, title)
    return Drawn(path, drawn.number_of_nodes(), drawn.number_of_edges(), total, notice)
