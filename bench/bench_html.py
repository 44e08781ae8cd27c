"""How long the HTML view of a 5,000-node graph takes to write and to draw.

Write: Python side (centrality for sizes, igraph layout, pyvis data, the file).
Draw: headless Chromium, from navigation until vis-network's first 'afterDrawing'.
Targets: write < 10 s, draw < 2 s. Not a test: it prints both.

    python bench/bench_html.py [--nodes 5000] [--edges-per-node 2] [--keep out.html]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from browser.cdp import Browser  # tests/browser: the CDP-over-pipe driver
from aipg.graph.html import write_html
from aipg.graph.mirror import to_networkx
from aipg.graph.model import Edge, Entity, Graph
from aipg.graph.schema import ordered_pair


def synthetic(nodes: int, edges_per_node: float, seed: int = 0) -> Graph:
    """Organizations joining programs and partnering with each other, ~1 program per 10 organizations."""
    rng = random.Random(seed)
    labels = ("Company", "Company", "Company", "University", "Government", "Organization")
    programs = [Entity(f"program-{i}", f"Program {i}", "Program") for i in range(max(1, nodes // 10))]
    orgs = [Entity(f"org-{i}", f"Organization {i}", rng.choice(labels), (f"Org {i}",)) for i in range(nodes - len(programs))]
    edges: dict[tuple[str, str, str], Edge] = {}
    target = int(nodes * edges_per_node)
    while len(edges) < target:
        a = rng.choice(orgs)
        if rng.random() < 0.6:
            typ, b = rng.choice(("MEMBER_OF", "MEMBER_OF", "FOUNDED", "FUNDS", "EXCLUDED_FROM")), rng.choice(programs)
            src, dst = a.id, b.id
        else:
            typ, b = rng.choice(("PARTNERS_WITH", "SIGNS_MOU_WITH")), rng.choice(orgs)
            if b.id == a.id:
                continue
            src, dst = ordered_pair(typ, a.id, b.id)
        year = rng.randint(2018, 2025)
        w = rng.choice((1, 1, 1, 2, 3))
        edges[(src, typ, dst)] = Edge(src, typ, dst, w, tuple(f"doc-{rng.randrange(10**6)}" for _ in range(w)),
                                      (f"{a.name} and {b.name}: {typ.lower()} <evidence> & more.",),
                                      rng.choice(("stated", "stated", "potential")), round(rng.uniform(0.5, 1), 2),
                                      str(year), str(year + rng.randint(0, 1)))
    return Graph(tuple(orgs + programs), tuple(edges.values()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges-per-node", type=float, default=2.0)
    ap.add_argument("--keep", type=Path, default=None, help="Also keep the page at this path.")
    args = ap.parse_args()

    g = to_networkx(synthetic(args.nodes, args.edges_per_node))
    out = args.keep or Path(tempfile.mkdtemp()) / "bench.html"
    t0 = time.perf_counter()
    write_html(g, out)
    write_s = time.perf_counter() - t0
    size_mb = out.stat().st_size / 1e6

    draws = []
    with Browser(timeout=120) as b:
        for domain in ("Page", "Runtime"):
            b.page(f"{domain}.enable")
        for _ in range(2):  # a cold first load (compiles vis-network), then a warm one
            b.page("Page.navigate", url="about:blank")
            b.wait_event("Page.loadEventFired")
            b.page("Page.navigate", url=out.resolve().as_uri())
            b.wait_for("window.aipgDrawn", timeout=120)
            draws.append(b.evaluate("window.aipgDrawn") / 1000)  # ms since navigation start
        shown = b.evaluate("[aipgNetwork.body.data.nodes.length, aipgNetwork.body.data.edges.length]")

    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; page {size_mb:.1f} MB; shown {shown}")
    print(f"write (centrality + layout + file): {write_s:.2f} s   target < 10 s")
    print(f"draw (navigation -> first afterDrawing): cold {draws[0]:.2f} s, warm {draws[1]:.2f} s   target < 2 s")


if __name__ == "__main__":
    main()
