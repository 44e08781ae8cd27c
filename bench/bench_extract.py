"""Extraction speed against bare spaCy on the same texts.

Times (1) spaCy alone (``nlp.pipe`` over the texts, as loaders.nlp parses them)
and (2) the whole extraction (parse, mentions, resolution, rules, schema), and
prints words/s for both and their ratio, in wall-clock time and in CPU time (the
process's own: on a machine other jobs load, the wall-clock ratio varies from run to
run; the CPU-time one much less). The corpus is the example articles, repeated to
reach --docs documents (ids made unique).

    python bench/bench_extract.py --docs 200
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from aipg.loaders import nlp
from aipg.loaders.documents import read_documents
from aipg.loaders.kb import load_kb
from aipg.loaders.pipeline import extract_documents


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--corpus", default=str(ROOT / "examples" / "corpus"))
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts (timing noise is one-sided)")
    args = ap.parse_args()
    base, _ = read_documents([args.corpus])
    docs = [replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}") for i in range(args.docs)]
    words = sum(len(d.text.split()) for d in docs)
    for lang in {d.language for d in docs}:  # load models and the KB matcher outside the timings
        nlp.pipeline(lang)
    kb = load_kb()
    extract_documents(docs[:2], kb)

    bare = full = bare_cpu = full_cpu = float("inf")
    for _ in range(max(1, args.repeat)):  # alternate the two so that drift hits both alike
        t, c = time.perf_counter(), time.process_time()
        nlp.parse([d.text for d in docs], [d.language for d in docs])
        bare, bare_cpu = min(bare, time.perf_counter() - t), min(bare_cpu, time.process_time() - c)

        t, c = time.perf_counter(), time.process_time()
        extractions = extract_documents(docs, kb)
        full, full_cpu = min(full, time.perf_counter() - t), min(full_cpu, time.process_time() - c)

    claims = sum(len(e.claims) for e in extractions)
    print(f"documents: {len(docs)}  words: {words}  claims: {claims}")
    print(f"spaCy alone:     {bare:7.2f} s  {words / bare:8.0f} words/s")
    print(f"full extraction: {full:7.2f} s  {words / full:8.0f} words/s")
    print(f"ratio full / spaCy: {full / bare:.2f}")
    print(f"CPU time: spaCy alone {bare_cpu:.2f} s, full extraction {full_cpu:.2f} s, ratio {full_cpu / bare_cpu:.2f}")


if __name__ == "__main__":
    main()
