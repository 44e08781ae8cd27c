"""How long the HTML view takes to write and to draw, and how much memory writing it takes.

Default: a synthetic 100,000-node / 500,000-edge network, so the size budget
(--max-nodes, default 2,000) decides what is drawn. Write: the Python side
(selection of the most central part, centrality for sizes, igraph layout, the
file), timed from the mirror in memory; memory is the peak resident size during
the write above what the mirror already held (Linux /proc: VmHWM after a reset).
With --store, the network is a LadybugDB store read as the CLI reads it (graph.selection:
Arrow columns, only the drawn part as NetworkX): write then includes that read, and memory is
the whole process's peak. Draw: headless Chromium, from navigation until vis-network's first
'afterDrawing'.
Targets (issue 13): write <= 30 s and <= 1 GB; draw < 2 s. Not a test: it prints.

    python bench/bench_html.py [--nodes 100000] [--edges-per-node 5] [--max-nodes 2000] [--keep out.html] [--no-browser]
    python bench/bench_html.py --store /tmp/aipg-100k.lbug [--max-nodes 2000] [--no-browser]
"""

from __future__ import annotations

import argparse
import random
import re
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


def _status_mb(field: str) -> float:
    m = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
    return int(m.group(1)) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=100_000)
    ap.add_argument("--edges-per-node", type=float, default=5.0)
    ap.add_argument("--max-nodes", type=int, default=2000)
    ap.add_argument("--keep", type=Path, default=None, help="Also keep the page at this path.")
    ap.add_argument("--no-browser", action="store_true", help="Skip the draw in Chromium.")
    ap.add_argument("--store", default=None, help="Read this LadybugDB store instead (bench/synth_store.py).")
    args = ap.parse_args()
    out = args.keep or Path(tempfile.mkdtemp()) / "bench.html"
    if args.store:
        return from_store(args.store, out, args)

    t0 = time.perf_counter()
    g = to_networkx(synthetic(args.nodes, args.edges_per_node))
    build_s = time.perf_counter() - t0
    before = _status_mb("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM (peak RSS) to the current RSS
    t0 = time.perf_counter()
    drawn = write_html(g, out, max_nodes=args.max_nodes)
    write_s = time.perf_counter() - t0
    peak = _status_mb("VmHWM")
    size_mb = out.stat().st_size / 1e6

    print(f"graph: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges (synthetic mirror built in "
          f"{build_s:.1f} s, {before:.0f} MB resident)")
    print(f"drawn: {drawn.nodes:,} nodes, {drawn.edges:,} edges (--max-nodes {args.max_nodes}); page {size_mb:.1f} MB")
    print(f"write (selection + centrality + layout + file): {write_s:.2f} s   target <= 30 s")
    print(f"write memory: peak {peak:.0f} MB resident, {peak - before:.0f} MB above the mirror   target <= 1 GB")
    draw(out, args)


def from_store(store: str, out: Path, args) -> None:
    """The CLI's path: arrays from the store, the drawn part alone as NetworkX."""
    from aipg.graph import selection
    from aipg.graph.config import Settings
    from aipg.graph.stores import open_store

    t0 = time.perf_counter()
    with open_store(Settings(store=store), read_only=True) as st:
        net = selection.from_store(st)
        read_s = time.perf_counter() - t0
        drawn = write_html(net, out, max_nodes=args.max_nodes)
    total_s = time.perf_counter() - t0
    print(f"store: {len(net.ids):,} nodes, {net.edges:,} edges read as arrays in {read_s:.1f} s")
    print(f"drawn: {drawn.nodes:,} nodes, {drawn.edges:,} edges (--max-nodes {args.max_nodes}); "
          f"page {out.stat().st_size / 1e6:.1f} MB")
    print(f"read + write: {total_s:.2f} s   target <= 30 s")
    print(f"memory: peak {_status_mb('VmHWM'):.0f} MB resident (whole process)   target <= 1 GB")
    draw(out, args)


def draw(out: Path, args) -> None:
    if args.no_browser:
        return
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
    print(f"draw (navigation -> first afterDrawing): cold {draws[0]:.2f} s, warm {draws[1]:.2f} s, "
          f"shown {shown}   target < 2 s")


if __name__ == "__main__":
    main()
