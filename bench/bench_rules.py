"""The rules alone (mentions, resolution, relations, the claims and schema steps), without the parse.

The documents (the example articles repeated to --docs, as bench_extract.py builds them) are
parsed once; each run works on fresh Docs rebuilt from ``Doc.to_bytes``, so no per-Doc cache
(token rows, sentence views, trigger firings) is warm. Every language's models, matchers and
word caches are warmed first, on other Docs. Prints the CPU time of each run and the best; with
--profile, the Python calls of one run under cProfile (deterministic: the figure to compare on a
loaded machine) and, with --stats FILE, the profile for pstats.

    python bench/bench_rules.py --docs 200 --repeat 3
    python bench/bench_rules.py --docs 200 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from aipg.loaders import nlp
from aipg.loaders.documents import read_documents
from aipg.loaders.kb import load_kb
from aipg.loaders.pipeline import _analyse_one, finalize
from aipg.loaders.resolve import Resolver

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--corpus", default=str(ROOT / "examples" / "corpus"))
    ap.add_argument("--repeat", type=int, default=3, help="timed runs; the fastest counts (timing noise is one-sided)")
    ap.add_argument("--profile", action="store_true", help="count the Python calls of one run instead")
    ap.add_argument("--stats", help="with --profile: write the profile here (pstats format)")
    args = ap.parse_args()
    base, _ = read_documents([args.corpus])
    docs = [replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}") for i in range(args.docs)]
    kb = load_kb()
    resolver = Resolver(kb)
    parsed = nlp.parse([d.text for d in docs], [d.language for d in docs])
    blobs = [(p.vocab, p.to_bytes()) for p in parsed]

    def run(fresh: list[Doc]) -> None:
        with nlp.fewer_collections():
            for document, doc in zip(docs, fresh):
                finalize(_analyse_one(document, doc, kb, resolver, None, False))

    run(parsed[: len(base)])  # warm every language's matchers and word caches, on other Docs
    nlp.settle()
    if args.profile:
        profile = cProfile.Profile()
        fresh = [Doc(vocab).from_bytes(b) for vocab, b in blobs]
        profile.enable()
        run(fresh)
        profile.disable()
        stats = pstats.Stats(profile)
        print(f"documents: {len(docs)}  Python calls of the rules: {stats.total_calls:,}")
        if args.stats:
            stats.dump_stats(args.stats)
        return
    times = []
    for _ in range(max(1, args.repeat)):
        fresh = [Doc(vocab).from_bytes(b) for vocab, b in blobs]
        start = time.process_time()
        run(fresh)
        times.append(time.process_time() - start)
    print(f"documents: {len(docs)}  rules CPU time: best {min(times):.3f} s  runs " + " ".join(f"{t:.3f}" for t in times))


if __name__ == "__main__":
    main()
