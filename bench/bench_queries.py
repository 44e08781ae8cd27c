"""Every named query of cypher/queries/ on a large store: in process and end to end through the CLI.

    python bench/synth_store.py /tmp/q100k.lbug --nodes 100000 --edges 500000 --documents 60000   # once
    python bench/bench_queries.py /tmp/q100k.lbug

Parameters are taken from the store itself: for each query that names an
organization, a hub (the entity with most summary edges of the kinds the query
reads) and a typical one (the median of those with at least one); a program by
members; the busiest and a rare country. Prints, per query and parameter set,
the median of ``--runs`` runs of ``graph.queries.run`` in one open store (name
resolution and statement): every row (``--limit 0``; left out with ``--first-only``)
and the first ``--limit`` rows (default 1,000, as ``aipg query`` shows), the rows
each returned, and the median wall time of ``aipg query NAME --param ... --store
STORE`` as a user runs it, with its default row limit (a new process: Python
start, imports, opening the store, printing the rows to /dev/null), and its CPU
time (every thread; on a shared machine wall time also counts waiting for a
core). ``--before DIR`` times the code before as well, alternately (on ``--before-store`` if
given: the store as it was before a migration).

    python bench/bench_queries.py AFTER.lbug --only mous-by-year --first-only --runs 7 \
        --before DIR --before-store BEFORE.lbug --before-limit
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from typing import Any

from aipg.graph import queries
from aipg.graph.config import Settings
from aipg.graph.stores import open_store


def columns(fetched: dict[str, dict[str, list]], *names: str) -> dict[str, dict[str, list]]:
    """Store.entity_columns / edge_columns with their columns named (they come in the statement's order)."""
    return {k: dict(zip(names, cols.values())) for k, cols in fetched.items()}


def degrees(edges: dict[str, dict[str, list]], types: tuple[str, ...], side: str = "both") -> Counter:
    """Summary edges of ``types`` per entity id (``side``: source, target or both ends)."""
    count: Counter = Counter()
    for t in types:
        for end in ("source", "target"):
            if side in (end, "both"):
                count.update(edges[t][end])
    return count


def ranked(count: Counter) -> list[str]:
    """Ids by count, most first, ties by id (the store returns rows in no fixed order)."""
    return sorted(count, key=lambda i: (-count[i], i))


def hub_and_typical(count: Counter) -> tuple[str, str]:
    order = ranked(count)
    return order[0], order[len(order) // 2]


def cases(st) -> list[tuple[str, str, dict[str, Any]]]:
    """(query, which case, parameters) for every named query, chosen from what ``st`` holds."""
    ents = columns(st.entity_columns(), "id", "name", "aliases", "country")
    all_edges = columns(st.edge_columns(), "source", "target", "weight")
    names = {}
    for rows in ents.values():
        names.update(zip(rows["id"], rows["name"]))
    partners = degrees(all_edges, ("PARTNERS_WITH", "SIGNS_MOU_WITH"))
    anything = degrees(all_edges, ("PARTNERS_WITH", "SIGNS_MOU_WITH", "MEMBER_OF", "FUNDS", "FOUNDED"))
    members = degrees(all_edges, ("MEMBER_OF",), "source")
    program_ids = set(ents["Program"]["id"])
    programs = Counter({i: n for i, n in degrees(all_edges, ("MEMBER_OF",), "target").items() if i in program_ids})
    countries = Counter(c for rows in ents.values() for c in rows["country"] if c)
    edges = all_edges["PARTNERS_WITH"]
    out: list[tuple[str, str, dict[str, Any]]] = []
    for q in queries.library():
        wanted = [p.name for p in q.parameters]
        if not wanted:
            out.append((q.name, "whole store", {}))
        elif wanted == ["organization"]:
            pool = members if q.name == "co-members" else partners if q.name == "organization-partners" else anything
            hub, typical = hub_and_typical(pool)
            out += [(q.name, "hub", {"organization": names[hub]}), (q.name, "typical", {"organization": names[typical]})]
        elif wanted == ["program"]:
            hub, typical = hub_and_typical(programs)
            out += [(q.name, "hub", {"program": names[hub]}), (q.name, "typical", {"program": names[typical]})]
        elif wanted == ["country"]:
            order = ranked(countries)
            out += [(q.name, "busiest", {"country": order[0]}), (q.name, "rare", {"country": order[-1]})]
        elif set(wanted) == {"source", "type", "target"}:
            hub = hub_and_typical(partners)[0]
            order = sorted(range(len(edges["source"])), key=lambda k: (edges["source"][k], edges["target"][k]))
            i = max(order, key=lambda k: (hub in (edges["source"][k], edges["target"][k]), edges["weight"][k]))
            j = order[len(order) // 2]
            for case, k in (("hub", i), ("typical", j)):
                out.append((q.name, case, {"source": names[edges["target"][k]], "type": "partners_with",
                                           "target": names[edges["source"][k]]}))  # given reversed: either order
        elif set(wanted) == {"source", "target"}:
            order = ranked(anything)
            hub, typical, other = order[0], order[len(order) // 2], order[len(order) // 3]
            out += [(q.name, "hub to typical", {"source": names[hub], "target": names[typical]}),
                    (q.name, "typical to typical", {"source": names[typical], "target": names[other]})]
        else:
            raise SystemExit(f"bench_queries has no parameters for {q.name} ({', '.join(wanted)}): add a case")
    return out


def in_process(st, name: str, params: dict[str, Any], runs: int, limit: int = 0) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(runs):
        t = time.perf_counter()
        rows = len(queries.run(st, name, params, limit=limit).rows)
        times.append(time.perf_counter() - t)
    return statistics.median(times), rows


def through_cli(store: str, name: str, params: dict[str, Any], runs: int, limit: int | None,
                code: str | None = None) -> tuple[float, float]:
    """Median wall and CPU time of ``aipg query`` in a new process (``limit`` None: no --limit flag, as
    before it existed); ``code``: a PYTHONPATH folder whose ``aipg`` is another checkout."""
    cmd = [sys.executable, "-m", "aipg", "query", name, "--store", store]
    cmd += [] if limit is None else ["--limit", str(limit)]
    for k, v in params.items():
        cmd += ["--param", f"{k}={v}"]
    env = None if code is None else {**os.environ, "PYTHONPATH": code}
    times, cpu = [], []
    for _ in range(runs):
        t, used = time.perf_counter(), _children_cpu()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
        times.append(time.perf_counter() - t)
        cpu.append(_children_cpu() - used)
    return statistics.median(times), statistics.median(cpu)


def _children_cpu() -> float:
    """CPU seconds (user + system, every thread) of the finished child processes: on a shared
    machine, steadier than wall time, which includes waiting for a core."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--runs", type=int, default=3, help="runs per query and way (the median is printed)")
    ap.add_argument("--only", nargs="*", default=None, metavar="NAME", help="these named queries only")
    ap.add_argument("--no-cli", action="store_true", help="in process only")
    ap.add_argument("--limit", type=int, default=queries.DEFAULT_LIMIT, help="the row limit timed (aipg query's default)")
    ap.add_argument("--first-only", action="store_true", help="time the first --limit rows only, not every row")
    ap.add_argument("--all-runs", type=int, default=None, help="runs for every row in process (default --runs)")
    ap.add_argument("--before", default=None, metavar="DIR",
                    help="also time `aipg query` of the code before, side by side: a PYTHONPATH folder whose "
                         "`aipg` is that checkout (run as it was: no --limit, every row printed)")
    ap.add_argument("--before-store", default=None, metavar="STORE",
                    help="the store the code before reads (default: the same store), for a schema change: "
                         "the same store before `aipg store migrate`")
    ap.add_argument("--before-limit", action="store_true",
                    help="run the code before with --limit as well (it had the option already)")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    with open_store(Settings(store=args.store), read_only=True) as st:
        opened = time.perf_counter() - t
        todo = [c for c in cases(st) if not args.only or c[0] in args.only]
        results = []
        for name, case, params in todo:
            secs, rows = (None, None) if args.first_only else in_process(st, name, params, args.all_runs or args.runs)
            first, shown_rows = in_process(st, name, params, args.runs, args.limit)
            results.append((name, case, params, secs, rows, first, shown_rows))
            print(f"  {name} ({case}): all {secs} s, {rows} rows; first {args.limit}: {first:.3f} s",
                  file=sys.stderr, flush=True)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import aipg.cli"], check=True)
    start = time.perf_counter() - t
    print(f"| query | case | parameters | rows | every row, in process (s) | first {args.limit:,}, in process (s) "
          f"| `aipg query` before, wall (CPU) s | `aipg query`, wall (CPU) s |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, case, params, secs, rows, first, shown_rows in results:
        before = after = ""
        if not args.no_cli:  # alternately, so that both see the same load
            if args.before:
                before = "{:.2f} ({:.2f})".format(*through_cli(args.before_store or args.store, name, params, args.runs,
                                                               args.limit if args.before_limit else None, args.before))
            after = "{:.2f} ({:.2f})".format(*through_cli(args.store, name, params, args.runs, args.limit))
        shown = ", ".join(f"{k}={v}" for k, v in params.items())
        every = "" if secs is None else f"{secs:.3f}"
        count = shown_rows if rows is None else rows
        print(f"| {name} | {case} | {shown} | {count} | {every} | {first:.3f} | {before} | {after} |", flush=True)
    print(f"\nPython start + `import aipg.cli` alone: {start:.2f} s; opening the store in process: {opened:.2f} s; "
          f"median of {args.runs} runs each; `aipg query` with --limit {args.limit}")


if __name__ == "__main__":
    main()
