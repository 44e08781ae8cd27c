"""Reading a large store for analysis: row lists + NetworkX vs Arrow columns (+ NetworkX, or igraph).

    python bench/synth_store.py /tmp/aipg-100k.lbug          # once
    python bench/bench_mirror.py /tmp/aipg-100k.lbug

Prints, in one run: the mirror from rows (Store.entities/edges -> to_networkx,
the old path), the mirror from Arrow columns (graph.mirror), the Arrow fetch
alone, and pagerank / sampled betweenness / communities on igraph from the
columns (graph.fast, what the CLI runs past 20,000 entities).
"""

from __future__ import annotations

import argparse
import time

from aipg.graph import fast
from aipg.graph.config import Settings
from aipg.graph.mirror import from_columns, to_networkx
from aipg.graph.model import Graph
from aipg.graph.stores import open_store


def timed(label: str, f):
    t = time.perf_counter()
    out = f()
    secs = time.perf_counter() - t
    print(f"{label:<42} {secs:7.1f} s")
    return out, secs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    args = ap.parse_args(argv)
    with open_store(Settings(store=args.store), read_only=True) as st:
        g, rows = timed("rows + to_networkx (old mirror)", lambda: to_networkx(Graph(tuple(st.entities()), tuple(st.edges()))))
        print(f"  {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
        del g
        (ents, edges), fetch = timed("Arrow fetch of the columns", lambda: (st.entity_columns(), st.edge_columns()))
        _, arrow = timed("Arrow columns + NetworkX (graph.mirror)", lambda: from_columns(ents, edges))
        cols, _ = timed("Arrow fetch -> graph.fast.Columns", lambda: fast.columns(st))
    timed("pagerank on igraph", lambda: fast.pagerank(cols))
    timed(f"betweenness, {fast.analysis.BETWEENNESS_SAMPLES} sampled sources, igraph", lambda: fast.betweenness(cols))
    timed("communities (multilevel) on igraph", lambda: fast.communities(cols))
    print(f"ratio: old mirror / Arrow fetch = {rows / fetch:.1f}x; old mirror / Arrow mirror = {rows / (fetch + arrow):.1f}x")


if __name__ == "__main__":
    main()
