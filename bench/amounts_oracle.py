"""How the amount rules do when the relation rules are perfect: every gold FUNDS relation
becomes a claim in its evidence sentence, and loaders/amounts.assign_amounts gives it money.

This separates the amount rules from relation recall (a FUNDS edge the extractor misses is
never scored by `aipg eval`). Prints the same figures as `aipg eval` for amounts, and with
--explain each wrong one.

    python bench/amounts_oracle.py GOLD.json[=DOCS_DIR] ... [--explain] [--skip-every N]

--skip-every 4 leaves out the documents whose number is a multiple of 4 (a held-back half).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from aipg.graph.model import Claim
from aipg.loaders import nlp
from aipg.loaders.amounts import OrgMention, assign_amounts
from aipg.loaders.documents import read_document
from aipg.loaders.evaluate import AmountScores, gold_documents_dir, load_gold, match_entities
from aipg.loaders.kb import load_kb
from aipg.loaders.mentions import find_mentions
from aipg.loaders.pipeline import _mention_spans
from aipg.loaders.resolve import Resolver
from aipg.loaders.sentence import fold


def oracle(gold_path: str, docs: str | None, scores: AmountScores, skip_every: int = 0) -> None:
    gold = load_gold(gold_path)
    folder = gold_documents_dir(gold_path, docs)
    kb = load_kb()
    resolver = Resolver(kb)
    for gdoc in gold["documents"]:
        number = re.findall(r"\d+", gdoc["id"])
        if skip_every and number and int(number[0]) % skip_every == 0:
            continue
        funds = [r for r in gdoc.get("relations", []) if r["type"] == "FUNDS" and "amount" in r]
        if not funds:
            continue
        document = read_document(folder / gdoc.get("file", f"{gdoc['id']}.txt"))
        (doc,) = nlp.parse([document.text], [document.language])
        mentions = find_mentions(doc, kb, document.language)
        before = [[fold(t.text) for t in doc[max(0, m.tok_start - 3) : m.tok_start]] for m in mentions]
        res = resolver.resolve(document.text, mentions, before, document.language)
        spans = _mention_spans(mentions, res)
        system_entities = [e.to_dict() for e in res.entities.values()]
        to_system = {g: s for s, g in match_entities(system_entities, gdoc.get("entities", [])).items()}
        sents = [(s.start_char, s.end_char) for s in nlp.sentences(doc)]
        paragraphs = [document.text.count("\n", 0, a) for a, _ in sents]
        org = [OrgMention(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), tuple(ids)) for s, e, ids, _ in spans]
        claims, golds = [], []
        for r in funds:
            at = document.text.find(r["evidence"])
            if at < 0:
                continue
            si = next(i for i, (a, b) in enumerate(sents) if a <= at < b or (i + 1 == len(sents)))
            claims.append(Claim(gdoc["id"], "FUNDS", to_system.get(r["source"], r["source"]),
                                to_system.get(r["target"], r["target"]), r.get("status", "stated"), 1.0,
                                r["evidence"], si, at, at + len(r["evidence"]), "oracle"))
            golds.append(r)
        for c, r in zip(assign_amounts(claims, document.text, document.language, sents, paragraphs, org), golds):
            scores.check(gdoc["id"], {**c.to_dict(), "source": r["source"], "target": r["target"]}, r)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+", help="GOLD.json or GOLD.json=DOCS_DIR")
    ap.add_argument("--explain", action="store_true")
    ap.add_argument("--skip-every", type=int, default=0)
    args = ap.parse_args()
    for spec in args.gold:
        path, _, docs = spec.partition("=")
        scores = AmountScores()
        oracle(path, docs or None, scores, args.skip_every)
        print(f"{Path(path).name}: numbered {scores.numbered}, right {scores.right} ({scores.right_share:.1%}); "
              f"null {scores.null}, none {scores.null - scores.given} ({scores.none_share:.1%}), "
              f"given {scores.given}, round copied {scores.round_copied}")
        if args.explain:
            for w in scores.wrong:
                print(f"  {w['problem']}: [{w['document']}] {w['source']} -> {w['target']}: {w['amount']} "
                      f"{w['currency']} (gold {w['gold_amount']} {w['gold_currency']})\n    {w['evidence']}")


if __name__ == "__main__":
    main()
