"""Train the claim scorer (loaders/scorer.py) and measure it by cross-validation, split by document.

Every claim the rules propose on the gold sets' documents becomes one example: its features
(loaders/scorer.py ``claim_features``) and whether its (source, type, target) is a relation of
the gold document (required or optional), matched as ``aipg eval`` matches. A logistic
regression (scikit-learn, the ``train`` extra) learns P(gold | features).

    python bench/train_scorer.py --tune GOLD.json[=DOCS_DIR] [--extra GOLD.json[=DOCS_DIR] ...]
                                 [--check-every N] [--folds N] [--write] [--cache DIR]

Cross-validation splits the --tune documents into folds (leave-one-document-out by default);
each fold trains on the other --tune documents plus every --extra set and scores its own
documents with the contract's scoring (loaders/evaluate.py). The figures printed compare the
rules alone, the rules cut at their own confidence, and the scorer, at each threshold. With
--write the model trained on all documents goes to loaders/scorer.json with the threshold of
the best cross-validated F1 at precision >= --min-precision (else the best F1).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path

from aipg.graph.config import Settings
from aipg.graph.schema import ordered_pair
from aipg.loaders.documents import read_documents
from aipg.loaders.evaluate import PRF, _key, gold_documents_dir, load_gold, match_entities, score, to_gold
from aipg.loaders.pipeline import Analysed, analyse, finalize
from aipg.loaders.scorer import WEIGHTS

SEED = 0
THRESHOLDS = [round(0.05 * i, 2) for i in range(0, 20)]
C_GRID = (0.03, 0.1, 0.3, 1.0)


@dataclass
class Example:
    """One document of a gold set, analysed with the scorer off, with its claims' labels."""

    set: str
    gold: dict
    analysed: Analysed
    labels: list[bool]  # per claim of analysed.claims that survives the schema step


def collect(spec: str, cache: Path | None, check_every: int = 0) -> list[Example]:
    """Analyse a gold set's documents (scorer off) and label their claims. With ``check_every``
    N, documents whose number is a multiple of N (the check half) are left out, unread."""
    path, _, docs = spec.partition("=")
    gold = load_gold(path)
    if check_every:
        gold = {**gold, "documents": [d for d in gold["documents"] if not _checked(d["id"], check_every)]}
    folder = gold_documents_dir(path, docs or None)
    files = [str(folder / d.get("file", d["id"] + ".txt")) for d in gold["documents"]]
    key = hashlib.sha256(json.dumps([spec, files, gold], sort_keys=True).encode()).hexdigest()[:16]
    cached = cache / f"{key}.pickle" if cache else None
    if cached and cached.is_file():
        analysed = pickle.loads(cached.read_bytes())
    else:
        documents, failures = read_documents(files)
        if failures:
            sys.exit(f"could not read {failures[0][0]}: {failures[0][1]}")
        analysed = analyse(documents, settings=Settings(scorer=False), features=True)
        if cached:
            cached.write_bytes(pickle.dumps(analysed))
    by_id = {d["id"]: d for d in gold["documents"]}
    out = []
    for a in analysed:
        gdoc = by_id[a.document.id]
        ex = finalize(a)
        mapping = match_entities(to_gold([ex])["documents"][0]["entities"], gdoc["entities"])
        truth = {_key(r["source"], r["type"], r["target"]) for r in gdoc["relations"]}
        kept = {(c.sentence, c.type, c.source, c.target) for c in ex.claims}  # (symmetric pairs come back ordered)
        claims = [(c, f) for c, f in zip(a.claims, a.features)
                  if (c.sentence, c.type, *ordered_pair(c.type, c.source, c.target)) in kept]
        a = replace(a, claims=tuple(c for c, _ in claims), features=tuple(f for _, f in claims))
        labels = [_key(mapping.get(c.source, "?"), c.type, mapping.get(c.target, "?")) in truth for c in a.claims]
        out.append(Example(path, {"schema": 1, "documents": [gdoc]}, a, labels))
    return out


def _checked(doc_id: str, every: int) -> bool:
    number = re.search(r"\d+", doc_id)
    return bool(number) and int(number.group()) % every == 0


def fit(examples: list[Example], c_value: float, balanced: bool):
    """A logistic regression on the examples' claims, as (names, weights, bias) on raw features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X = [f for e in examples for f in e.analysed.features]
    y = [int(v) for e in examples for v in e.labels]
    vec = DictVectorizer(sparse=False)
    model = make_pipeline(StandardScaler(), LogisticRegression(C=c_value, class_weight="balanced" if balanced else None,
                                                               max_iter=2000, random_state=SEED))
    model.fit(vec.fit_transform(X), y)
    scaler, lr = model[0], model[1]
    scale = [s if s > 0 else 1.0 for s in scaler.scale_]
    weights = [w / s for w, s in zip(lr.coef_[0], scale)]  # folded into raw-feature weights
    bias = lr.intercept_[0] - sum(w * m for w, m in zip(weights, scaler.mean_))
    return list(vec.feature_names_), weights, float(bias)


def probabilities(model, examples: list[Example]) -> list[list[float]]:
    from aipg.loaders.scorer import Model

    names, weights, bias = model
    m = Model(dict(zip(names, weights)), bias, 0.0)
    return [[m.probability(f) for f in e.analysed.features] for e in examples]


def per_document(examples: list[Example], probs: list[list[float]], threshold: float) -> list[PRF]:
    """Relation counts per document, as ``aipg eval`` counts them, keeping claims whose probability
    is at least ``threshold``."""
    out = []
    for e, ps in zip(examples, probs):
        keep = [c for c, p in zip(e.analysed.claims, ps) if p >= threshold]
        out.append(score(to_gold([finalize(replace(e.analysed, claims=tuple(keep)))]), e.gold).relations)
    return out


def total(prfs: list[PRF]) -> PRF:
    out = PRF()
    for p in prfs:
        out.add(p)
    return out


def scored(examples: list[Example], probs: list[list[float]], threshold: float) -> PRF:
    """Relation P/R/F1 over the examples (micro-averaged, as ``aipg eval``)."""
    return total(per_document(examples, probs, threshold))


def bootstrap(base: list[PRF], new: list[PRF], rounds: int = 2000) -> tuple[float, float, float]:
    """Resampling documents: the share of samples where ``new`` has the higher F1, and the 5th and
    95th percentiles of the F1 difference."""
    rng = random.Random(SEED)
    n = len(base)
    diffs = []
    for _ in range(rounds):
        pick = [rng.randrange(n) for _ in range(n)]
        diffs.append(total([new[i] for i in pick]).f1 - total([base[i] for i in pick]).f1)
    diffs.sort()
    return sum(d > 0 for d in diffs) / rounds, diffs[int(0.05 * rounds)], diffs[int(0.95 * rounds)]


def cross_validate(tune: list[Example], extra: list[Example], folds: int, c_value: float,
                   balanced: bool) -> list[list[float]]:
    """Out-of-fold probabilities for every --tune document."""
    n = len(tune)
    folds = n if folds <= 0 else folds
    order = list(range(n))
    random.Random(SEED).shuffle(order)
    fold_of = {i: rank % folds for rank, i in enumerate(order)}
    probs: list[list[float]] = [[] for _ in tune]
    for k in range(folds):
        held = [i for i in range(n) if fold_of[i] == k]
        train = [e for i, e in enumerate(tune) if i not in held] + extra
        model = fit(train, c_value, balanced)
        for i, p in zip(held, probabilities(model, [tune[i] for i in held])):
            probs[i] = p
    return probs


def _row(name: str, prf: PRF) -> str:
    return f"{name:34} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}  (tp {prf.tp} fp {prf.fp} fn {prf.fn})"


def best_threshold(curve: list[tuple[float, PRF]], min_precision: float) -> tuple[float, PRF]:
    """The threshold of the best F1 at precision >= min_precision (else the best F1); the lowest on a tie."""
    ok = [(t, p) for t, p in curve if p.precision >= min_precision] or curve
    return max(ok, key=lambda tp: (round(tp[1].f1, 4), -tp[0]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tune", action="append", required=True, help="GOLD.json[=DOCS_DIR]: cross-validated")
    ap.add_argument("--extra", action="append", default=[], help="GOLD.json[=DOCS_DIR]: training only")
    ap.add_argument("--check-every", type=int, default=0, metavar="N",
                    help="leave out --tune documents whose number is a multiple of N (a check half), unread")
    ap.add_argument("--folds", type=int, default=0, help="folds over --tune documents (0: one per document)")
    ap.add_argument("--min-precision", type=float, default=0.85)
    ap.add_argument("--cache", type=Path, default=None, help="keep analysed documents here between runs")
    ap.add_argument("--write", action="store_true", help=f"write {WEIGHTS}")
    args = ap.parse_args()
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    tune = [e for spec in args.tune for e in collect(spec, args.cache, args.check_every)]
    extra = [e for spec in args.extra for e in collect(spec, args.cache)]
    for name, ex in (("tune", tune), ("extra", extra)):
        y = [v for e in ex for v in e.labels]
        print(f"{name}: {len(ex)} documents, {len(y)} claims, {sum(y)} right, {len(y) - sum(y)} wrong")
    rules = [[c.confidence for c in e.analysed.claims] for e in tune]
    print(_row("rules alone", scored(tune, rules, 0.0)))
    rule_curve = [(t, scored(tune, rules, t)) for t in THRESHOLDS]
    t, prf = best_threshold(rule_curve, args.min_precision)
    print(_row(f"rules cut at confidence {t:.2f}", prf))
    results = []
    for balanced in (False, True):
        for c_value in C_GRID:
            probs = cross_validate(tune, extra, args.folds, c_value, balanced)
            curve = [(t, scored(tune, probs, t)) for t in THRESHOLDS]
            t, prf = best_threshold(curve, args.min_precision)
            results.append((prf.f1, prf.precision, -c_value, balanced, t, curve))
            print(_row(f"scorer C={c_value} bal={int(balanced)} t={t:.2f}", prf))
    f1, _, neg_c, balanced, threshold, curve = max(results, key=lambda r: (round(r[0], 4), r[1], r[2]))
    print(f"\nchosen: C={-neg_c} balanced={balanced} threshold={threshold:.2f}; cross-validated P/R curve:")
    for t, prf in curve:
        print(_row(f"  threshold {t:.2f}", prf))
    probs = cross_validate(tune, extra, args.folds, -neg_c, balanced)
    share, lo, hi = bootstrap(per_document(tune, rules, 0.0), per_document(tune, probs, threshold))
    print(f"\nbootstrap over --tune documents: scorer F1 higher in {share:.0%} of samples, "
          f"F1 difference 90% interval [{lo:+.3f}, {hi:+.3f}]")
    everything = tune + extra  # every set cross-validated together, 10 folds by document
    pooled = cross_validate(everything, [], 10, -neg_c, balanced)
    print(_row("all sets, rules alone", scored(everything, [[c.confidence for c in e.analysed.claims]
                                                            for e in everything], 0.0)))
    print(_row(f"all sets, scorer t={threshold:.2f} (10-fold)", scored(everything, pooled, threshold)))
    if args.write:
        names, weights, bias = fit(tune + extra, -neg_c, balanced)
        chosen = dict(curve)[threshold]
        WEIGHTS.write_text(json.dumps({
            "model": "logistic regression (bench/train_scorer.py)", "trained_on": ["/".join(Path(s.partition("=")[0]).parts[-2:]) for s in args.tune + args.extra],
            "check_every": args.check_every,
            "C": -neg_c, "class_weight": "balanced" if balanced else None, "threshold": threshold,
            "cross_validated": {"precision": round(chosen.precision, 4), "recall": round(chosen.recall, 4),
                                "f1": round(chosen.f1, 4)},
            "bias": round(bias, 6), "features": names, "weights": [round(w, 6) for w in weights],
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")


if __name__ == "__main__":
    main()
