"""Measure each extraction rule's precision on gold sets and store it as the rule's confidence.

A firing is right when its (source, type, target) is a relation of the gold
document (required or optional). Confidence = (right + 1) / (firings + 2), so a
rule seen rarely stays near 0.5 until evidence accumulates. Claims that needed
the discourse context (rule id ending in ".ctx") are measured apart.

    python bench/calibrate.py GOLD.json[=DOCS_DIR] ... [--write]

With --write the figures go to loaders/rules_calibration.json, keyed by the
rule ids written in loaders/lang/*.py; loaders/triggers.py reads it when the
rules load (tests/test_triggers.py checks every key names a rule).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict


from aipg.loaders.evaluate import _key, gold_documents_dir, load_gold, match_entities, to_gold
from aipg.loaders.pipeline import extract_paths
from aipg.loaders.triggers import CALIBRATION


def firings(gold_path: str, docs: str | None) -> dict[str, list[bool]]:
    gold = load_gold(gold_path)
    folder = gold_documents_dir(gold_path, docs)
    extractions, _ = extract_paths([str(folder / d.get("file", d["id"] + ".txt")) for d in gold["documents"]])
    system = {d["id"]: d for d in to_gold(extractions)["documents"]}
    by_id = {ex.document.id: ex for ex in extractions}
    out: dict[str, list[bool]] = defaultdict(list)
    for gdoc in gold["documents"]:
        sdoc = system.get(gdoc["id"])
        if not sdoc:
            continue
        mapping = match_entities(sdoc["entities"], gdoc["entities"])
        truth = {_key(r["source"], r["type"], r["target"]) for r in gdoc["relations"]}
        for c in by_id[gdoc["id"]].claims:
            k = _key(mapping.get(c.source, "?"), c.type, mapping.get(c.target, "?"))
            out[c.rule].append(k in truth)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", help="GOLD.json or GOLD.json=DOCS_DIR")
    ap.add_argument("--write", action="store_true", help=f"write {CALIBRATION}")
    args = ap.parse_args()
    total: dict[str, list[bool]] = defaultdict(list)
    for spec in args.gold:
        path, _, docs = spec.partition("=")
        for rule, hits in firings(path, docs or None).items():
            total[rule] += hits
    rows = {}
    print(f"{'rule':48} firings  right  confidence")
    for rule in sorted(total):
        hits = total[rule]
        conf = round((sum(hits) + 1) / (len(hits) + 2), 3)
        rows[rule] = {"firings": len(hits), "right": sum(hits), "confidence": conf}
        print(f"{rule:48} {len(hits):7d} {sum(hits):6d}  {conf:.3f}")
    if args.write:
        CALIBRATION.write_text(json.dumps({"measured_on": args.gold, "rules": rows}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {CALIBRATION}")


if __name__ == "__main__":
    main()
