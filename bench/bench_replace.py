"""Full replacements: the store's size after rebuilding a corpus whose every article changed, twice.

    python bench/synth.py /tmp/aipg-synth-400 --articles 400   # once
    python bench/bench_replace.py /tmp/aipg-synth-400

Copies the corpus to a temporary folder, builds it into a fresh store (the
bulk path), then changes every article (one sentence rewritten with the round's
number in it, so every document is replaced) and rebuilds, twice. Prints, after
each build, its time, the store's share of it (the time spent in the store's
methods) and the size of the store on disk (the database file and its
write-ahead log), and the ratio of the size after the second replacement to
the size after the first. With ``--compact``, each replacement is followed by
``aipg store compact`` (graph.stores.compact), timed, with the size it leaves.
With ``--auto``, each build is followed by what ``aipg build`` does at its end:
a compaction when graph.stores.compact.pays says so (the claims replaced since
the last one reach half of those held), timed, with its share of the build.

    python bench/bench_replace.py /tmp/aipg-synth-400 --rounds 3 --auto
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from bench_build import SPENT, timed_store

from aipg.graph.config import Settings
from aipg.graph.stores import open_store
from aipg.graph.stores.compact import after_build, compact, pays
from aipg.graph.stores.ladybug_store import LadybugStore
from aipg.loaders.pipeline import build

#: The store methods a build calls (timed as the store's share).
STORE_METHODS = ("documents", "is_empty", "ingest", "copy_load", "labels_of", "set_meta", "close")
#: The store's context managers a build enters: their entry and exit are timed (together's commit).
STORE_CONTEXTS = ("together",)


def timed_context(method):
    """``method`` (a context manager) with the time of its entry and exit added to the store's share."""

    @contextmanager
    def wrapper(self, *args, **kwargs):
        cm = method(self, *args, **kwargs)
        t = time.perf_counter()
        cm.__enter__()
        SPENT["store"] += time.perf_counter() - t
        try:
            yield
        except BaseException:
            t = time.perf_counter()
            handled = cm.__exit__(*sys.exc_info())
            SPENT["store"] += time.perf_counter() - t
            if not handled:
                raise
        else:
            t = time.perf_counter()
            cm.__exit__(None, None, None)
            SPENT["store"] += time.perf_counter() - t
    return wrapper


def size(path: Path) -> float:
    """MB on disk: the database file and whatever sits beside it (write-ahead log, shadow file)."""
    return sum(f.stat().st_size for f in path.parent.glob(path.name + "*") if f.is_file()) / 1e6


def rewrite(folder: Path, round_: int) -> int:
    """Change one sentence of every article of ``folder`` (its last line gains the round number)."""
    changed = 0
    for f in sorted(folder.glob("*.txt")):
        text = f.read_text(encoding="utf-8").rstrip("\n")
        lines = text.split("\n")
        lines[-1] = re.sub(r"( \(rev\. \d+\))?$", f" (rev. {round_})", lines[-1], count=1)
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
        changed += 1
    return changed


def run(corpus: Path, store: Path, auto: bool = False) -> tuple[float, float, dict, dict | None]:
    """One build of ``corpus`` into ``store``: its time, the store's time, its report, and with
    ``auto`` the compaction ``aipg build`` would end with (None when it does not pay)."""
    SPENT["store"] = 0.0
    t = time.perf_counter()
    with open_store(Settings(store=str(store))) as st:
        report = build([str(corpus)], st)
        due = auto and pays(st)
    total = time.perf_counter() - t
    assert not report.failed, report.failed[:3]
    compaction = after_build(store, "aipg store compact") if due else None
    assert not (compaction or {}).get("error"), compaction
    return total, SPENT["store"], report, compaction


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--rounds", type=int, default=2, help="full replacements after the fresh build")
    ap.add_argument("--compact", action="store_true", help="compact the store after each replacement")
    ap.add_argument("--auto", action="store_true", help="compact when aipg build would (graph.stores.compact.pays)")
    args = ap.parse_args(argv)
    for name in STORE_METHODS:
        if hasattr(LadybugStore, name):
            setattr(LadybugStore, name, timed_store(getattr(LadybugStore, name)))
    for name in STORE_CONTEXTS:
        if hasattr(LadybugStore, name):
            setattr(LadybugStore, name, timed_context(getattr(LadybugStore, name)))
    folder = Path(tempfile.mkdtemp(prefix="aipg-bench-replace-"))
    corpus = folder / "corpus"
    shutil.copytree(args.corpus, corpus)
    store = folder / "replace.lbug"
    n = len(list(corpus.glob("*.txt")))
    sizes = []
    for round_ in range(args.rounds + 1):
        if round_:
            rewrite(corpus, round_)
        total, spent, report, compaction = run(corpus, store, args.auto)
        sizes.append(size(store))
        what = "fresh build" if not round_ else f"replacement {round_}"
        counts = {k: v for k, v in report.to_dict().items() if k in ("added", "replaced", "unchanged") and v}
        print(f"{what:<14} {n} articles: {total:6.1f} s, store {spent / total:5.1%}, size {sizes[-1]:7.1f} MB  {counts}",
              flush=True)
        if compaction:
            print(f"{'':<14} compacted by the build's end in {compaction['seconds']:.1f} s "
                  f"({compaction['seconds'] / (total + compaction['seconds']):.1%} of build + compaction): "
                  f"{compaction['before'] / 1e6:.1f} -> {compaction['after'] / 1e6:.1f} MB", flush=True)
        elif args.auto:
            print(f"{'':<14} not compacted (pays: no)", flush=True)
        if round_ and args.compact:
            t = time.perf_counter()
            compact(store)
            sizes[-1] = size(store)
            print(f"{'':<14} compacted in {time.perf_counter() - t:.1f} s "
                  f"({(time.perf_counter() - t) / total:.0%} of the build): {sizes[-1]:.1f} MB", flush=True)
    print(f"size after replacement {args.rounds} / after replacement 1: {sizes[-1] / sizes[1]:.2f}x "
          f"(fresh {sizes[0]:.1f} MB, then {', '.join(f'{s:.1f}' for s in sizes[1:])} MB)")


if __name__ == "__main__":
    main()
