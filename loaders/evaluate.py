"""The gold-file shape (SCHEMA.md) and scoring against it.

``to_gold`` writes extractions in the gold-file shape; ``score`` compares a
system file with a gold file exactly as SCHEMA.md says: per document,
micro-averaged; entities on (entity, label), relations on (source, type,
target), unordered for symmetric types; optional gold relations neither
rewarded nor penalised; Person entities and their edges reported apart.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from aipg.graph.errors import GoldFileError
from aipg.graph.ids import norm
from aipg.graph.model import Extraction
from aipg.graph.schema import REL_TYPES, SYMMETRIC
from aipg.loaders.trace import Firing, tracing


# --------------------------------------------------------------------------- writing
def to_gold(extractions: Iterable[Extraction]) -> dict[str, Any]:
    """Extractions in the gold-file shape: one relation per (source, type, target) and document,
    carrying the properties of its best claim (stated before potential, then one with money,
    then confidence)."""
    docs = []
    for ex in extractions:
        best: dict[tuple[str, str, str], Any] = {}
        for c in ex.claims:
            key = (c.source, c.type, c.target)
            if key not in best or _rank(c) > _rank(best[key]):
                best[key] = c
        relations = []
        for c in sorted(best.values(), key=lambda c: (c.sentence, c.type, c.source, c.target)):
            rel = {"source": c.source, "type": c.type, "target": c.target, "status": c.status,
                   "evidence": c.evidence, "confidence": c.confidence, "rule": c.rule,
                   "sentence": c.sentence, "start": c.start, "end": c.end}
            for k in ("date", "amount", "currency", "amount_text", "round_amount", "round_currency",
                      "round_amount_text"):
                v = getattr(c, k)
                if v is not None:
                    rel[k] = v
            relations.append(rel)
        d = ex.document
        docs.append({
            "id": d.id,
            "file": Path(d.path).name if d.path else f"{d.id}.txt",
            "language": d.language,
            "entities": [e.to_dict() for e in sorted(ex.entities, key=lambda e: e.id)],
            "relations": relations,
        })
    return {"schema": 1, "documents": docs}


def _rank(c) -> tuple:
    """Which claim speaks for its (source, type, target) in a document: stated before potential,
    then one that states the source's money, then a round total, then confidence."""
    return (c.status == "stated", c.amount is not None, c.round_amount is not None, c.confidence)


def load_gold(path: str | Path) -> dict[str, Any]:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldFileError(f"no gold file at {p}: give the path of a gold JSON file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise GoldFileError(f"{p} is not valid JSON ({e}): fix the file or regenerate it") from None
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldFileError(f"{p} is not a gold file: expected an object with a \"documents\" list (see SCHEMA.md)")
    for i, d in enumerate(data["documents"]):
        if not isinstance(d, dict) or "id" not in d or not isinstance(d.get("entities", []), list):
            raise GoldFileError(f"{p}: document #{i} lacks an \"id\" or has malformed \"entities\"")
    return data


# --------------------------------------------------------------------------- scoring
@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    entities: PRF = field(default_factory=PRF)
    relations: PRF = field(default_factory=PRF)
    persons: PRF = field(default_factory=PRF)
    per_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    per_language: dict[str, dict[str, PRF]] = field(default_factory=lambda: defaultdict(lambda: {"entities": PRF(), "relations": PRF()}))
    missed: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    amounts: "AmountScores" = field(default_factory=lambda: AmountScores())

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "amounts": self.amounts.to_dict(explain),
            "entities": self.entities.to_dict(),
            "relations": self.relations.to_dict(),
            "persons": self.persons.to_dict(),
            "per_type": {t: self.per_type[t].to_dict() for t in REL_TYPES if t in self.per_type},
            "per_language": {lang: {k: v.to_dict() for k, v in d.items()} for lang, d in sorted(self.per_language.items())},
        }
        if explain:
            out["missed"] = self.missed
            out["spurious"] = self.spurious
        return out


AMOUNT_TOLERANCE = 0.01  # an amount is right within 1% of gold's, in the same currency


@dataclass
class AmountScores:
    """Amounts on the FUNDS edges found that match a gold relation carrying ``amount``.

    ``numbered``: gold states a number, ``right`` of them within 1% in the same currency;
    ``null``: gold says the source states no money of its own, ``given`` of them got one
    anyway, ``round_copied`` of those the round total gold keeps in ``round_amount``.
    """

    numbered: int = 0
    right: int = 0
    null: int = 0
    given: int = 0
    round_copied: int = 0
    wrong: list[dict[str, Any]] = field(default_factory=list)

    @property
    def right_share(self) -> float:
        return self.right / self.numbered if self.numbered else 1.0

    @property
    def none_share(self) -> float:
        return (self.null - self.given) / self.null if self.null else 1.0

    def check(self, document: str, system: dict[str, Any], gold: dict[str, Any]) -> None:
        """Score one found FUNDS edge against its gold relation (no ``amount`` key: not scored)."""
        if "amount" not in gold:
            return
        got = system.get("amount")
        if gold["amount"] is None:
            self.null += 1
            if got is None:
                return
            self.given += 1
            problem = "given where gold says none"
            if _same_money(got, system.get("currency"), gold.get("round_amount"), gold.get("round_currency")):
                self.round_copied += 1
                problem = "round total copied to an investor"
        else:
            self.numbered += 1
            if _same_money(got, system.get("currency"), gold["amount"], gold.get("currency")):
                self.right += 1
                return
            problem = "missing" if got is None else "wrong"
        self.wrong.append({"document": document, "source": system["source"], "target": system["target"],
                           "problem": problem, "amount": got, "currency": system.get("currency"),
                           "amount_text": system.get("amount_text"), "gold_amount": gold["amount"],
                           "gold_currency": gold.get("currency"), "gold_round_amount": gold.get("round_amount"),
                           "evidence": system.get("evidence")})

    def to_dict(self, explain: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {"numbered": self.numbered, "right": self.right,
                               "right_share": round(self.right_share, 4), "null": self.null,
                               "given_where_null": self.given, "none_share": round(self.none_share, 4),
                               "round_copied": self.round_copied}
        if explain:
            out["wrong"] = self.wrong
        return out


def _same_money(value: Any, currency: Any, gold_value: Any, gold_currency: Any) -> bool:
    if value is None or gold_value is None or currency != gold_currency:
        return False
    return abs(float(value) - float(gold_value)) <= AMOUNT_TOLERANCE * abs(float(gold_value))


def _forms(entity: dict[str, Any]) -> set[str]:
    return {norm(a) for a in [entity.get("name", ""), *entity.get("aliases", [])] if a}


def match_entities(system: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]]) -> dict[str, str]:
    """System entity id -> gold entity id, one to one: same id first, then shared surface forms."""
    mapping: dict[str, str] = {}
    used: set[str] = set()
    gold_by_id = {g["id"]: g for g in gold}
    for s in system:
        if s["id"] in gold_by_id and _forms(s) & {norm(a) for a in gold_by_id[s["id"]].get("aliases", [])} | {norm(gold_by_id[s["id"]].get("name", ""))}:
            mapping[s["id"]] = s["id"]
            used.add(s["id"])
    for s in system:
        if s["id"] in mapping:
            continue
        forms = _forms(s)
        for g in gold:
            if g["id"] not in used and forms & {norm(a) for a in g.get("aliases", [])}:
                mapping[s["id"]] = g["id"]
                used.add(g["id"])
                break
    return mapping


def _key(source: str, rel_type: str, target: str) -> tuple[str, str, str]:
    if rel_type in SYMMETRIC and target < source:
        source, target = target, source
    return (source, rel_type, target)


def score(system: dict[str, Any], gold: dict[str, Any]) -> Scores:
    """Score a system file against a gold file (both in the gold-file shape)."""
    sys_docs = {d["id"]: d for d in system.get("documents", [])}
    scores = Scores()
    for gdoc in gold["documents"]:
        sdoc = sys_docs.get(gdoc["id"], {"entities": [], "relations": []})
        lang = gdoc.get("language", "?")
        g_ents = gdoc.get("entities", [])
        s_ents = sdoc.get("entities", [])
        mapping = match_entities(s_ents, g_ents)
        g_label = {g["id"]: g["label"] for g in g_ents}
        s_label = {s["id"]: s["label"] for s in s_ents}
        ent, per = PRF(), PRF()
        for s in s_ents:
            gid = mapping.get(s["id"])
            is_person = s["label"] == "Person" or (gid and g_label.get(gid) == "Person")
            bucket = per if is_person else ent
            if gid and g_label[gid] == s["label"]:
                bucket.tp += 1
            else:
                bucket.fp += 1
        matched = {mapping[s["id"]] for s in s_ents if s["id"] in mapping and g_label[mapping[s["id"]]] == s["label"]}
        for g in g_ents:
            if g["id"] not in matched:
                (per if g["label"] == "Person" else ent).fn += 1
        scores.entities.add(ent)
        scores.persons.add(per)
        scores.per_language[lang]["entities"].add(ent)

        required, optional = {}, {}
        for r in gdoc.get("relations", []):
            k = _key(r["source"], r["type"], r["target"])
            if "Person" in (g_label.get(r["source"]), g_label.get(r["target"])):
                continue
            if r.get("optional"):
                optional[k] = r
            else:
                required[k] = r
        found: dict[tuple[str, str, str], dict[str, Any]] = {}
        for r in sdoc.get("relations", []):
            if "Person" in (s_label.get(r["source"]), s_label.get(r["target"])):
                continue
            k = _key(mapping.get(r["source"], "?" + r["source"]), r["type"], mapping.get(r["target"], "?" + r["target"]))
            found.setdefault(k, r)
        rel = PRF()
        for k, r in found.items():
            t = scores.per_type[k[1]]
            if k[1] == "FUNDS" and (k in required or k in optional):
                scores.amounts.check(gdoc["id"], r, required.get(k) or optional[k])
            if k in required:
                rel.tp += 1
                t.tp += 1
            elif k in optional:
                continue
            else:
                rel.fp += 1
                t.fp += 1
                scores.spurious.append({"document": gdoc["id"], "source": k[0], "type": k[1], "target": k[2],
                                        "rule": r.get("rule"), "evidence": r.get("evidence")})
        for k, r in required.items():
            if k not in found:
                rel.fn += 1
                scores.per_type[k[1]].fn += 1
                scores.missed.append({"document": gdoc["id"], "source": k[0], "type": k[1], "target": k[2],
                                      "evidence": r.get("evidence")})
        scores.relations.add(rel)
        scores.per_language[lang]["relations"].add(rel)
    return scores


def format_amounts(amounts: AmountScores) -> list[tuple[str, str, str]]:
    """Rows (what, count, share) for the amount table of ``aipg eval``."""
    return [
        ("FUNDS found, gold amount a number", f"{amounts.numbered}", ""),
        ("- amount right (1%, same currency)", f"{amounts.right}", f"{amounts.right_share:.1%}"),
        ("FUNDS found, gold amount null", f"{amounts.null}", ""),
        ("- no amount given", f"{amounts.null - amounts.given}", f"{amounts.none_share:.1%}"),
        ("- amount wrongly given", f"{amounts.given}", ""),
        ("- round total copied to an investor", f"{amounts.round_copied}", ""),
    ]


def format_scores(scores: Scores) -> list[tuple[str, str, float, float, float, int, int, int]]:
    """Rows (scope, what, P, R, F1, tp, fp, fn) for a table."""
    rows = []
    for name, prf in (("entities", scores.entities), ("relations", scores.relations), ("persons", scores.persons)):
        rows.append(("all", name, prf.precision, prf.recall, prf.f1, prf.tp, prf.fp, prf.fn))
    for t in REL_TYPES:
        if t in scores.per_type:
            p = scores.per_type[t]
            rows.append(("type", t, p.precision, p.recall, p.f1, p.tp, p.fp, p.fn))
    for lang, d in sorted(scores.per_language.items()):
        for k, p in d.items():
            rows.append((lang, k, p.precision, p.recall, p.f1, p.tp, p.fp, p.fn))
    return rows


def gold_documents_dir(gold_path: str | Path, docs: str | Path | None) -> Path:
    """Where a gold file's documents are: --docs, else a ``corpus`` folder beside it, else its folder."""
    if docs is not None:
        return Path(docs)
    here = Path(gold_path).resolve().parent
    return here / "corpus" if (here / "corpus").is_dir() else here


def evaluate(gold_path: str | Path, docs: str | Path | None = None, *, settings=None,
             min_confidence: float = 0.0, explain: bool = False) -> Scores:
    """Extract the gold file's documents and score them; with ``explain``, each missed relation gets
    the trigger matches of its sentence and what stopped each (``explain_misses``)."""
    from aipg.loaders.pipeline import extract_paths  # evaluation sits on top of the pipeline

    gold = load_gold(gold_path)
    folder = gold_documents_dir(gold_path, docs)
    paths = []
    for d in gold["documents"]:
        path = folder / d.get("file", f"{d['id']}.txt")
        if not path.is_file():
            raise GoldFileError(f"document {d['id']} of {gold_path} not found at {path}: pass --docs DIR")
        paths.append(str(path))
    with tracing() if explain else nullcontext([]) as firings:  # (the match trace only when explaining)
        extractions, failures = extract_paths(paths, settings=settings, min_confidence=min_confidence)
    if failures:
        raise GoldFileError(f"could not read {failures[0][0]}: {failures[0][1]}")
    scores = score(to_gold(extractions), gold)
    if explain:
        explain_misses(scores, extractions, firings)
    return scores


def explain_misses(scores: Scores, extractions: Sequence[Extraction], firings: Sequence[Firing]) -> None:
    """Add to each missed relation the trigger matches of its gold sentence and what became of each
    (loaders/trace.py): ``row["firings"]`` lists "RULE ('words') -> stopped: STAGE" or "-> claims: ...",
    a claim the later steps removed marked "(dropped later: reason)"."""
    texts = {e.document.id: e.document.text for e in extractions}
    kept = {e.document.id: {_key(c.source, c.type, c.target) for c in e.claims} for e in extractions}
    reasons = {e.document.id: {_key(d.claim.source, d.claim.type, d.claim.target): d.reason for d in e.dropped}
               for e in extractions}
    by_document: dict[str, list[Firing]] = defaultdict(list)
    for f in firings:
        by_document[f.document].append(f)
    for row in scores.missed:
        doc = row["document"]
        at = _evidence_at(texts.get(doc, ""), row.get("evidence") or "")
        if at is None:
            row["firings"] = ["(gold evidence not found in the text)"]
            continue
        lines = []
        for f in by_document.get(doc, []):
            if not (f.start < at[1] and at[0] < f.end):
                continue
            outcome = f.outcome()
            if not f.stopped:
                gone = [f"{s} -{t}-> {o} (dropped later: {reasons[doc].get(_key(s, t, o), 'merged or below threshold')})"
                        for s, t, o in f.claims if _key(s, t, o) not in kept[doc]]
                outcome += "".join(f"; {g}" for g in gone)
            lines.append(f"{f.rule} ('{f.words}') -> {outcome}")
        row["firings"] = lines


def _evidence_at(text: str, evidence: str) -> tuple[int, int] | None:
    """Characters of the gold evidence in the document text: its words in order with any run of white
    space between them (a gold file writes one space where the text has two, or a line break), else its
    first eight words."""
    words = evidence.split()
    if not words:
        return None
    for probe in (words, words[:8]) if len(words) > 8 else (words,):
        found = re.search(r"\s+".join(map(re.escape, probe)), text)
        if found:
            return found.start(), found.end() if probe is words else found.start() + len(" ".join(words))
    return None
