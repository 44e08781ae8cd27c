"""A learned second opinion on each candidate claim: the probability that it is a relation a
careful reader would list, from general features of the claim and its sentence.

The relation rules propose claims with their rule's measured precision as confidence
(loaders/triggers.py). The scorer reads each claim in its document (which rule family and
frame fired, what kinds of mention stand for its source and target, how far apart they are,
how crowded the sentence is, whether the target is the article's topic program, ...), turns
that into a probability with a logistic regression, makes it the claim's confidence and
drops claims below the threshold chosen by cross-validation. Features never name a document,
a sentence or an entity.

The weights live in scorer.json beside this module (written by bench/train_scorer.py, which
needs the ``train`` extra); inference is a dot product, with no dependency.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Sequence

from spacy.tokens import Doc

from aipg.graph.errors import AipgError
from aipg.graph.model import Claim
from aipg.loaders import nlp
from aipg.loaders.claims import HEADLINE
from aipg.loaders.lang import codes, words_of
from aipg.loaders.mentions import PERSON, Mention
from aipg.loaders.resolve import Resolution

WEIGHTS = Path(__file__).with_name("scorer.json")
PAIR = "pair"  # the mention kind of a group reference ("the pair", "les deux groupes")
ABSENT = "absent"  # the argument is not named in the claim's sentence (found through the context)
_PUNCT = frozenset(",;:()")


@dataclass(frozen=True)
class _Named:
    """One organization mention as the features see it: where it is, its kind, whom it names."""

    start: int
    end: int
    kind: str
    entities: tuple[str, ...]


@dataclass(frozen=True)
class Model:
    """A logistic regression over named features: P = 1 / (1 + exp(-(bias + sum w_f * x_f)))."""

    weights: Mapping[str, float]
    bias: float
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@lru_cache(maxsize=1)
def load_model(path: Path = WEIGHTS) -> Model | None:
    """The shipped model, or None when no scorer.json is installed beside this module."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Model(dict(zip(data["features"], map(float, data["weights"]))), float(data["bias"]),
                     float(data["threshold"]))
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise AipgError(f"{path} is not a scorer file ({e}): rerun `python bench/train_scorer.py --write` "
                        "or delete it to extract without the scorer") from None


def describe(enabled: bool) -> dict[str, object]:
    """Which scorer an extraction with ``Settings.scorer == enabled`` uses, for reports."""
    model = load_model() if enabled else None
    if model is None:
        return {"used": False, "why": "off (--scorer turns it on)" if not enabled else f"none installed ({WEIGHTS.name} missing)"}
    return {"used": True, "file": f"loaders/{WEIGHTS.name}", "threshold": model.threshold}


def rescore(claims: Sequence[Claim], features: Sequence[Mapping[str, float]],
            model: Model) -> tuple[list[Claim], list[Mapping[str, float]]]:
    """The claims the model keeps, each with its probability as confidence, and their features."""
    kept: list[Claim] = []
    kept_features: list[Mapping[str, float]] = []
    for claim, feats in zip(claims, features):
        p = model.probability(feats)
        if p >= model.threshold:
            kept.append(replace(claim, confidence=round(p, 3)))
            kept_features.append(feats)
    return kept, kept_features


# --------------------------------------------------------------------------- features
def claim_features(claims: Sequence[Claim], doc: Doc, mentions: Sequence[Mention], res: Resolution,
                   labels: Mapping[str, str]) -> list[dict[str, float]]:
    """One feature dict per claim (absent features are 0). ``mentions`` and ``res`` are the
    document's mentions and their resolution; ``labels`` maps entity id -> label."""
    sents = nlp.sentence_bounds(doc)
    table = nlp.tokens(doc)
    named = _named(mentions, res)
    topic = _topic_program(res, labels)
    per_sentence = Counter(c.sentence for c in claims)
    shared_target = Counter((c.sentence, c.type, c.target) for c in claims)
    shared_source = Counter((c.sentence, c.type, c.source) for c in claims)
    out = []
    for c in claims:
        start, end = sents[c.sentence] if c.sentence < len(sents) else (0, 0)
        here = [n for n in named if start <= n.start < end]
        f = _rule_features(c)
        f.update(_argument_features(c, table.text, here, labels, res))
        f.update(_sentence_words(c, table.folded[start:end]))
        f["sentence_claims"] = math.log1p(per_sentence[c.sentence] - 1)
        f["sentence_entities"] = math.log1p(len({x for n in here for x in n.entities}))
        f["sentence_tokens"] = math.log1p(end - start)
        f["source_shares_target"] = float(shared_target[(c.sentence, c.type, c.target)] > 1)
        f["target_shares_source"] = float(shared_source[(c.sentence, c.type, c.source)] > 1)
        f["target_is_topic"] = float(topic is not None and c.target == topic)
        f["early_sentence"] = float(c.sentence < 2)
        f["ends_with_colon"] = float(table.span_text(start, end).rstrip().endswith(":"))
        out.append(f)
    return out


def _rule_features(c: Claim) -> dict[str, float]:
    """What the rules say: the rule's measured precision, its type, frame and language, context and
    headline marks, and a hedge."""
    parts = c.rule.split(".")
    f = {"prior": _logit(c.confidence), f"type={c.type}": 1.0, "potential": float(c.status == "potential"),
         "context": float(".ctx" in c.rule), "headline": float(c.rule.endswith(HEADLINE))}
    if len(parts) >= 3:
        f[f"lang={parts[0]}"] = 1.0
        f[f"frame={parts[2]}"] = 1.0
    return f


def _sentence_words(c: Claim, folded: Sequence[str]) -> dict[str, float]:
    """Words of the claim's sentence the rules read only near the trigger: a negation anywhere
    ("not", "ne ... pas", a refusal), a hedge anywhere ("in talks", "pourrait"). ``folded``: the
    sentence's folded token texts."""
    code = c.rule.split(".", 1)[0]
    code = code if code in codes() else None
    neg = words_of(code, "negation")
    hedges = words_of(code, "hedges")
    words = {w.rstrip("'") for w in folded}
    clitics = {w.rstrip("'") for w in neg.clitics}
    negated = bool(words & (neg.alone | neg.refusals)) or any(w.endswith(neg.suffixes) for w in words)
    negated = negated or bool(words & clitics and words & neg.particles)
    return {"sentence_negation": float(negated), "sentence_hedge": float(bool(words & hedges))}


def _argument_features(c: Claim, words: Sequence[str], here: list[_Named], labels: Mapping[str, str],
                       res: Resolution) -> dict[str, float]:
    """The two arguments: their labels, tiers and mention kinds in the sentence, their order, the
    tokens and punctuation between them, and how often the document names them. ``words``: the
    document's token texts."""
    f: dict[str, float] = {}
    src = [n for n in here if c.source in n.entities]
    tgt = [n for n in here if c.target in n.entities]
    for role, eid, found in (("source", c.source, src), ("target", c.target, tgt)):
        f[f"{role}_label={labels.get(eid, '?')}"] = 1.0
        f[f"{role}_tier={res.tier.get(eid, '?')}"] = 1.0
        f[f"{role}_kind={found[0].kind if found else ABSENT}"] = 1.0
        f[f"{role}_mentions"] = math.log1p(res.counts.get(eid, 0))
    if src and tgt:
        s, t = min(((s, t) for s in src for t in tgt), key=lambda st: abs(st[0].start - st[1].start))
        lo, hi = (s.end, t.start) if s.start <= t.start else (t.end, s.start)
        between = words[lo:hi] if lo < hi else []
        f["distance"] = math.log1p(len(between))
        f["source_first"] = float(s.start <= t.start)
        f["punct_between"] = math.log1p(sum(1 for w in between if w in _PUNCT))
        f["colon_between"] = float(":" in between)
    return f


def _named(mentions: Sequence[Mention], res: Resolution) -> list[_Named]:
    """The organization mentions with the entities they name (a group reference names several)."""
    out = []
    for i, (m, eid) in enumerate(zip(mentions, res.of_mention)):
        if i in res.pairs:
            out.append(_Named(m.tok_start, m.tok_end, PAIR, tuple(res.pairs[i])))
        elif eid is not None and m.kind != PERSON:
            out.append(_Named(m.tok_start, m.tok_end, m.kind, (eid,)))
    return out


def _topic_program(res: Resolution, labels: Mapping[str, str]) -> str | None:
    """The program the article names most often, if any."""
    programs = [(n, eid) for eid, n in res.counts.items() if labels.get(eid) == "Program"]
    return max(programs)[1] if programs else None


def _logit(p: float) -> float:
    p = min(max(p, 0.01), 0.99)
    return math.log(p / (1 - p))


__all__ = ["Model", "WEIGHTS", "claim_features", "describe", "load_model", "rescore"]
