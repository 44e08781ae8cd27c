"""Train the claim scorer (loaders/scorer.py) and measure it by leave-one-set-out cross-validation.

    python bench/train_scorer.py            # extract, cross-validate, print; add --write to ship it

One command: it extracts every training set with the current rules (scorer off), labels each
claim the rules propose (is its (source, type, target) a relation of the gold document, matched as
``aipg eval`` matches), and fits a logistic regression (scikit-learn, the ``train`` extra) of
P(gold | features). The sets (``SETS``; paths from --shared and --gold-dir) are

  * held out one at a time (a fold each): blind, blind2, blind3, blind4, blind5a (its first half)
    and the ``real`` tuning half (tune_fr + tune_en, the check half is never read);
  * always training: seeds, dev, patterns, examples.

Leaving a whole set out mimics unseen news far better than leaving one document of a set out: the
documents of a set share their writer and their kinds of sentence. For each regularisation
strength and class weighting, every fold's documents are scored by the model trained on the other
sets; the pooled out-of-fold precision/recall curve chooses the configuration and the threshold
(best F1 at precision >= --min-precision, else best F1). The figure that does not flatter is the
nested one, printed too: each held-out set scored at the configuration and threshold the other
sets chose by their own leave-one-set-out. With --write, the model trained on every set goes to
loaders/scorer.json with the chosen threshold. Deterministic (fixed seeds); extraction is cached
under --cache by extractor version, so a rerun after no rule change takes seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import random
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from aipg.graph.config import Settings
from aipg.graph.schema import ordered_pair
from aipg.loaders.documents import read_documents
from aipg.loaders.evaluate import PRF, _key, gold_documents_dir, load_gold, match_entities, score, to_gold
from aipg.loaders.pipeline import Analysed, analyse, extractor_version, finalize
from aipg.loaders.scorer import WEIGHTS

SEED = 0
THRESHOLDS = [round(0.05 * i, 2) for i in range(0, 20)]
C_GRID = (0.03, 0.1, 0.3, 1.0)
REPO = Path(__file__).resolve().parent.parent
#: (name, fold, gold file, documents folder, check_every): fold None = always training.
#: {shared} is --shared, {gold} is --gold-dir, {repo} is the repository.
SETS = (
    ("seeds", None, "{shared}/gold/seeds.json", "{shared}/corpus/seeds", 0),
    ("dev", None, "{shared}/gold/dev.json", "{shared}/corpus/dev", 0),
    ("patterns", None, "{shared}/gold/patterns.json", "{shared}/corpus/patterns", 0),
    ("examples", None, "{repo}/examples/gold.json", "{repo}/examples/corpus", 0),
    ("blind", "blind", "{repo}/examples/blind/gold.json", "", 0),
    ("blind2", "blind2", "{repo}/examples/blind2/gold.json", "", 0),
    ("blind3", "blind3", "{repo}/examples/blind3/gold.json", "", 0),
    ("blind4", "blind4", "{repo}/examples/blind4/gold.json", "", 0),
    ("blind5a", "blind5a", "{gold}/blind5a.json", "{repo}/examples/blind5/corpus", 0),
    ("tune_fr", "tune", "{gold}/tune_fr.json", "{shared}/corpus/real", 4),
    ("tune_en", "tune", "{gold}/tune_en.json", "{shared}/corpus/real", 4),
)
#: gold files never to train or evaluate on (held-out sets and halves); refused even when asked
FORBIDDEN = re.compile(r"(check\.json|blind5b\.json|blind5/gold\.json|blind(?:[6-9]|1[01]))$|/blind(?:[6-9]|1[01])/")


@dataclass
class Example:
    """One document of a gold set, analysed with the scorer off, with its claims' labels."""

    set: str
    fold: str | None
    gold: dict
    analysed: Analysed
    labels: list[bool]  # per claim of analysed.claims that survives the schema step


def collect(name: str, fold: str | None, path: str, docs: str, check_every: int, cache: Path) -> list[Example]:
    """Analyse a gold set's documents (scorer off) and label their claims. With ``check_every``
    N, documents whose number is a multiple of N (a check half) are left out, unread."""
    if FORBIDDEN.search(str(Path(path).resolve())):
        sys.exit(f"{path} is a held-out set: the scorer never trains on it")
    gold = load_gold(path)
    if check_every:
        gold = {**gold, "documents": [d for d in gold["documents"] if not _checked(d["id"], check_every)]}
    folder = gold_documents_dir(path, docs or None)
    files = [str(folder / d.get("file", d["id"] + ".txt")) for d in gold["documents"]]
    key = hashlib.sha256(json.dumps([extractor_version(), files, gold], sort_keys=True).encode()).hexdigest()[:16]
    cached = cache / f"{name}-{key}.pickle"
    if cached.is_file():
        analysed = pickle.loads(cached.read_bytes())
    else:
        documents, failures = read_documents(files)
        if failures:
            sys.exit(f"could not read {failures[0][0]}: {failures[0][1]}")
        analysed = analyse(documents, settings=Settings(scorer=False), features=True)
        cached.write_bytes(pickle.dumps(analysed))
    by_id = {d["id"]: d for d in gold["documents"]}
    return [_labelled(name, fold, by_id[a.document.id], a) for a in analysed]


def _labelled(name: str, fold: str | None, gdoc: dict, a: Analysed) -> Example:
    """The document's claims that survive the schema step, each labelled right or wrong."""
    ex = finalize(a)
    mapping = match_entities(to_gold([ex])["documents"][0]["entities"], gdoc["entities"])
    truth = {_key(r["source"], r["type"], r["target"]) for r in gdoc["relations"]}
    kept = {(c.sentence, c.type, c.source, c.target) for c in ex.claims}  # (symmetric pairs come back ordered)
    claims = [(c, f) for c, f in zip(a.claims, a.features)
              if (c.sentence, c.type, *ordered_pair(c.type, c.source, c.target)) in kept]
    a = replace(a, claims=tuple(c for c, _ in claims), features=tuple(f for _, f in claims))
    labels = [_key(mapping.get(c.source, "?"), c.type, mapping.get(c.target, "?")) in truth for c in a.claims]
    return Example(name, fold, {"schema": 1, "documents": [gdoc]}, a, labels)


def _checked(doc_id: str, every: int) -> bool:
    number = re.search(r"\d+", doc_id)
    return bool(number) and int(number.group()) % every == 0


_FITTED: dict[tuple[tuple[int, ...], float, bool], tuple] = {}


def fit(examples: list[Example], c_value: float, balanced: bool):
    """A logistic regression on the examples' claims, as (names, weights, bias) on raw features; the
    same training set and settings are fitted once per run (the folds and the nested choice meet them again)."""
    memo = (tuple(map(id, examples)), c_value, balanced)
    if memo not in _FITTED:
        _FITTED[memo] = _fit(examples, c_value, balanced)
    return _FITTED[memo]


def _fit(examples: list[Example], c_value: float, balanced: bool):
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


_SCORED: dict[tuple[int, tuple[int, ...]], PRF] = {}


def document_score(e: Example, keep: tuple[int, ...]) -> PRF:
    """Relation counts of one document, as ``aipg eval`` counts them, keeping the claims ``keep``."""
    memo = (id(e), keep)
    if memo not in _SCORED:
        claims = tuple(e.analysed.claims[i] for i in keep)
        _SCORED[memo] = score(to_gold([finalize(replace(e.analysed, claims=claims))]), e.gold).relations
    return _SCORED[memo]


def per_document(examples: list[Example], probs: list[list[float]], threshold: float) -> list[PRF]:
    """Relation counts per document keeping claims whose probability is at least ``threshold``."""
    return [document_score(e, tuple(i for i, p in enumerate(ps) if p >= threshold)) for e, ps in zip(examples, probs)]


def total(prfs: list[PRF]) -> PRF:
    out = PRF()
    for p in prfs:
        out.add(p)
    return out


def scored(examples: list[Example], probs: list[list[float]], threshold: float) -> PRF:
    """Relation P/R/F1 over the examples (micro-averaged, as ``aipg eval``)."""
    return total(per_document(examples, probs, threshold))


def leave_one_set_out(train_only: list[Example], held: list[Example], c_value: float,
                      balanced: bool) -> list[list[float]]:
    """Out-of-fold probabilities for every ``held`` document: each fold scored by the model trained
    on ``train_only`` and the other folds."""
    probs: list[list[float]] = [[] for _ in held]
    for fold in sorted({e.fold for e in held}):
        out = [i for i, e in enumerate(held) if e.fold == fold]
        model = fit(train_only + [e for e in held if e.fold != fold], c_value, balanced)
        for i, p in zip(out, probabilities(model, [held[i] for i in out])):
            probs[i] = p
    return probs


def best_threshold(curve: list[tuple[float, PRF]], min_precision: float) -> tuple[float, PRF]:
    """The threshold of the best F1 at precision >= min_precision (else the best F1); the lowest on a tie."""
    ok = [(t, p) for t, p in curve if p.precision >= min_precision] or curve
    return max(ok, key=lambda tp: (round(tp[1].f1, 4), -tp[0]))


def choose(train_only: list[Example], held: list[Example], min_precision: float, verbose: bool = False):
    """The (C, balanced, threshold) whose pooled leave-one-set-out curve over ``held`` is best,
    with that curve and the out-of-fold probabilities."""
    results = []
    for balanced in (False, True):
        for c_value in C_GRID:
            probs = leave_one_set_out(train_only, held, c_value, balanced)
            curve = [(t, scored(held, probs, t)) for t in THRESHOLDS]
            t, prf = best_threshold(curve, min_precision)
            ok = prf.precision >= min_precision
            results.append(((ok, round(prf.f1, 4), prf.precision, -c_value), c_value, balanced, t, curve, probs))
            if verbose:
                print(_row(f"scorer C={c_value} bal={int(balanced)} t={t:.2f}", prf))
    return max(results, key=lambda r: r[0])[1:]


def nested(train_only: list[Example], held: list[Example], min_precision: float) -> list[list[float]]:
    """Each fold's documents kept or dropped by the configuration and threshold the other folds
    chose by their own leave-one-set-out (1.0 kept, 0.0 dropped): an estimate that never picks a
    threshold on the documents it scores."""
    out: list[list[float]] = [[] for _ in held]
    for fold in sorted({e.fold for e in held}):
        inner = [e for e in held if e.fold != fold]
        c_value, balanced, t, _, _ = choose(train_only, inner, min_precision)
        model = fit(train_only + inner, c_value, balanced)
        idx = [i for i, e in enumerate(held) if e.fold == fold]
        for i, ps in zip(idx, probabilities(model, [held[i] for i in idx])):
            out[i] = [float(p >= t) for p in ps]
        print(f"  {fold:8} chosen by the other sets: C={c_value} balanced={balanced} threshold={t:.2f}")
    return out


def _row(name: str, prf: PRF) -> str:
    return f"{name:34} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}  (tp {prf.tp} fp {prf.fp} fn {prf.fn})"


def per_fold(held: list[Example], columns: list[tuple[str, list[list[float]], float]]) -> None:
    """One row per held-out set (and pooled): P/R/F1 of each column (name, probabilities, threshold)."""
    print(f"{'held out':10}" + "".join(f"| {name:^34}" for name, _, _ in columns))
    for fold in sorted({e.fold for e in held}) + ["pooled"]:
        idx = [i for i, e in enumerate(held) if fold in ("pooled", e.fold)]
        cells = []
        for _, probs, t in columns:
            prf = scored([held[i] for i in idx], [probs[i] for i in idx], t)
            cells.append(f"| {prf.precision:.3f} {prf.recall:.3f} {prf.f1:.3f} (fp {prf.fp:2} fn {prf.fn:3}) ")
        print(f"{fold:10}" + "".join(cells))


def ranking(held: list[Example], probs: list[list[float]]) -> str:
    """Per held-out set, the area under the ROC curve of the out-of-fold probabilities (0.5: the
    scorer ranks that set's wrong claims no better than chance; a set without a wrong claim: -)."""
    from sklearn.metrics import roc_auc_score

    cells = []
    for fold in sorted({e.fold for e in held}) + ["pooled"]:
        y = [v for e in held if fold in ("pooled", e.fold) for v in e.labels]
        p = [x for e, ps in zip(held, probs) if fold in ("pooled", e.fold) for x in ps]
        cells.append(f"{fold} {roc_auc_score(y, p):.2f}" if 0 < sum(y) < len(y) else f"{fold} -")
    return ", ".join(cells)


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


def load_sets(args) -> list[Example]:
    paths = {"shared": str(args.shared), "gold": str(args.gold_dir), "repo": str(REPO)}
    out = []
    for name, fold, gold, docs, every in SETS:
        if name in args.skip:
            continue
        gold, docs = gold.format(**paths), docs.format(**paths)
        if not Path(gold).is_file():
            sys.exit(f"{gold} not found (set {name}): point --shared/--gold-dir at it, or --skip {name}")
        out.extend(collect(name, fold, gold, docs, every, args.cache))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("AIPG_SHARED", "/work/shared")),
                    help="the shared data folder (gold/ and corpus/); default $AIPG_SHARED or /work/shared")
    ap.add_argument("--gold-dir", type=Path, default=Path(os.environ.get("AIPG_TUNE_GOLD", "/tmp/gold")),
                    help="folder of tune_fr.json, tune_en.json, blind5a.json; default $AIPG_TUNE_GOLD or /tmp/gold")
    ap.add_argument("--skip", action="append", default=[], metavar="SET", help="leave a set out (repeatable)")
    ap.add_argument("--min-precision", type=float, default=0.85)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/aipg-scorer-cache"),
                    help="analysed documents, by extractor version (default /tmp/aipg-scorer-cache)")
    ap.add_argument("--write", action="store_true", help=f"write {WEIGHTS}")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    examples = load_sets(args)
    print(f"extracted in {time.perf_counter() - started:.0f} s")
    train_only = [e for e in examples if e.fold is None]
    held = [e for e in examples if e.fold is not None]
    for name in dict.fromkeys(e.set for e in examples):
        y = [v for e in examples if e.set == name for v in e.labels]
        print(f"{name:9} {sum(e.set == name for e in examples):3} documents, {len(y):4} claims, {len(y) - sum(y):3} wrong")
    rules = [[1.0] * len(e.labels) for e in held]
    print(_row("\nrules alone, held-out sets", scored(held, rules, 0.0)))
    c_value, balanced, threshold, curve, probs = choose(train_only, held, args.min_precision, verbose=True)
    print(f"\nchosen: C={c_value} balanced={balanced} threshold={threshold:.2f}; pooled leave-one-set-out curve:")
    for t, prf in curve:
        print(_row(f"  threshold {t:.2f}", prf))
    print("\nnested (each set scored at the choice of the other sets):")
    honest = nested(train_only, held, args.min_precision)
    print("\nper held-out set, P R F1:")
    per_fold(held, [("rules alone", rules, 0.0), (f"scorer t={threshold:.2f}", probs, threshold),
                    ("scorer, nested choice", honest, 0.5)])
    print(f"\nranking of wrong claims below right ones (ROC AUC, out of fold): {ranking(held, probs)}")
    share, lo, hi = bootstrap(per_document(held, rules, 0.0), per_document(held, probs, threshold))
    print(f"\nbootstrap over held-out documents: scorer F1 higher in {share:.0%} of samples, "
          f"F1 difference 90% interval [{lo:+.3f}, {hi:+.3f}]")
    if args.write:
        names, weights, bias = fit(examples, c_value, balanced)
        chosen = dict(curve)[threshold]
        WEIGHTS.write_text(json.dumps({
            "model": "logistic regression (bench/train_scorer.py)",
            "trained_on": list(dict.fromkeys(e.set for e in examples)),
            "C": c_value, "class_weight": "balanced" if balanced else None, "threshold": threshold,
            "cross_validated": {"folds": "leave one set out", "precision": round(chosen.precision, 4),
                                "recall": round(chosen.recall, 4), "f1": round(chosen.f1, 4)},
            "bias": round(bias, 6), "features": names, "weights": [round(w, 6) for w in weights],
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    print(f"done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
