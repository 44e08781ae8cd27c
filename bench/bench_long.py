"""Extraction time against article length: is it linear?

Builds one long article per size by joining the example articles (French
ones, in the project's own words) until it reaches the size, extracts it, and
prints CPU seconds, seconds per 100 KB, and the seconds of each stage (spaCy
parsing, mentions, reference resolution, relation rules; measured under the
profiler, so the Python stages read somewhat slower than without it). Linear
extraction keeps seconds per 100 KB flat as the size doubles.

    python bench/bench_long.py --sizes 100000 200000 400000
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from dataclasses import replace
from pathlib import Path

from aipg.loaders.documents import read_documents
from aipg.loaders.pipeline import extract_documents

ROOT = Path(__file__).resolve().parents[1]


def long_article(size: int):
    docs, _ = read_documents([ROOT / "examples" / "corpus"])
    french = [d for d in docs if d.language == "fr"]
    parts, total = [], 0
    while total < size:
        for d in french:
            parts.append(d.text)
            total += len(d.text) + 2
    text = "\n\n".join(parts)[:size]
    return replace(french[0], id=f"long-{size}", text=text)


STAGES = {"parse": "nlp.py", "find_mentions": "mentions.py", "resolve": "resolve.py", "extract": "relations.py"}


def stage_seconds(prof: cProfile.Profile) -> dict[str, float]:
    """Cumulative CPU seconds of each stage's entry function."""
    stats = pstats.Stats(prof).stats  # (file, line, function) -> (calls, ..., tottime, cumtime, callers)
    out = {}
    for (path, _, function), row in stats.items():
        if function in STAGES and path.endswith(STAGES[function]):
            out[function] = out.get(function, 0.0) + row[3]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000, 400_000])
    args = ap.parse_args()
    extract_documents([long_article(1000)])  # load the pipelines and the KB first
    print("CPU seconds (process time, so other work on the machine does not count), per stage")
    print(f"{'chars':>9}  {'total':>7}  {'per 100 KB':>10}  " + "  ".join(f"{s:>13}" for s in STAGES))
    for size in args.sizes:
        doc = long_article(size)
        prof = cProfile.Profile(time.process_time)
        start = time.process_time()
        prof.enable()
        extract_documents([doc])
        prof.disable()
        took = time.process_time() - start
        stages = stage_seconds(prof)
        print(f"{size:>9,}  {took:7.1f}  {took / size * 100_000:10.2f}  "
              + "  ".join(f"{stages.get(s, 0.0):13.1f}" for s in STAGES), flush=True)


if __name__ == "__main__":
    main()
