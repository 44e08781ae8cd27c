"""Relations from trigger rules: arguments from the sentence's mention groups, then
negation, hedging, amounts and dates.

Per sentence: mentions are gathered into list groups ("X, Y et Z"); every
trigger (loaders/triggers.py) finds the group before it and the group after
it within its clause; its frame says which is the source and which the
target, and the schema's types decide the rest (a MEMBER_OF target is the
Program on either side, or the program the text is about). A negated
membership becomes EXCLUDED_FROM; other negated statements give nothing; a
hedge gives ``status: potential``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from spacy.tokens import Doc, Span

from graph.ids import fix_quotes, strip_accents
from graph.model import Claim
from loaders import nlp as nlp_mod
from loaders.amounts import find_amounts
from loaders.dates import find_dates
from loaders.triggers import (
    CLAUSE_BREAKS, HEDGES, LIST_LEADINS, NEGATION_EN, TRANSPARENT, TRIGGERS, Trigger, context_confidence,
)

MEMBERSHIP_TARGETS = ("Program",)
ORGS = frozenset({"Company", "University", "Government", "Organization"})
MAX_LEFT = 25  # tokens between a trigger and the group before it
MAX_RIGHT = 14  # tokens between a trigger and the group after it
_GAP_LIST = re.compile(
    r"^\s*(?:(?:,|;)\s*(?:et|and|ou|or|&|ainsi que|as well as|ou encore|et encore|voire|along with)?"
    r"|(?:et|and|ou|or|&|ainsi que|as well as|ou encore|et encore|voire|along with))\s*"
    r"(?:l'|d'|(?:le|la|les|the|des|du|de)\b)?\s*$",
    re.I,
)
_PAREN = re.compile(r"\([^()]*\)")
_MOU_WORDS = re.compile(r"\b(?:MOU|MoU|memorandum|protocole d.accord|lettre d.intention|accord-cadre)\b", re.I)


def fold(s: str) -> str:
    return strip_accents(fix_quotes(s)).lower()


def sentence_view(index: int, sent: Span) -> "SentenceView":
    """Folded words and lemmas of a sentence; elided forms lose their apostrophe (d' -> d)."""
    words = [fold(t.text).rstrip("'") or "'" for t in sent]
    lemmas = [fold(t.lemma_).rstrip("'") or "'" for t in sent]
    return SentenceView(index, sent, words, lemmas)


@dataclass
class Group:
    """Consecutive mentions joined by list separators: one argument slot."""

    entities: list[str]
    start: int  # token offsets (doc level)
    end: int
    agent: bool = False  # introduced by "par" / "by"
    leadin: bool = False  # introduced by "dont", "including", ":" ...


@dataclass
class SentenceView:
    index: int
    span: Span
    words: list[str]  # folded surface
    lemmas: list[str]  # folded lemma
    groups: list[Group] = field(default_factory=list)
    inside: set[int] = field(default_factory=set)  # sentence token offsets covered by a mention


@dataclass
class Found:
    """One trigger firing, before validation."""

    trigger: Trigger
    start: int
    end: int


# --------------------------------------------------------------------------- matching
def _match_at(seq: Sequence[str], words: list[str], lemmas: list[str], i: int, started: bool = False) -> int | None:
    """End index if ``seq`` matches at token i, else None."""
    if not seq:
        return i
    el = seq[0]
    if el.startswith("~"):
        limit = int(el[1:])
        for k in range(0, limit + 1):
            if k and (i + k - 1 >= len(words) or words[i + k - 1] in {".", ";", ",", "(", ")", ":"}):
                break
            end = _match_at(seq[1:], words, lemmas, i + k, True)
            if end is not None:
                return end
        return None
    optional = el.endswith("?")
    alts = set(el.rstrip("?").split("|"))
    if started and i < len(words) and words[i] in TRANSPARENT and words[i] not in alts:
        return _match_at(seq, words, lemmas, i + 1, started)
    if i < len(words) and (words[i] in alts or lemmas[i] in alts):
        end = _match_at(seq[1:], words, lemmas, i + 1, True)
        if end is not None:
            return end
    if optional:
        return _match_at(seq[1:], words, lemmas, i, started)
    return None


def _index(language: str) -> dict[str, list[Trigger]]:
    """Triggers by the words that can open them (an optional first word indexes the second too)."""
    index: dict[str, list[Trigger]] = {}
    for trig in TRIGGERS:
        if trig.language != language:
            continue
        openers = trig.pattern[:2] if trig.pattern[0].endswith("?") else trig.pattern[:1]
        for el in openers:
            for w in el.rstrip("?").split("|"):
                index.setdefault(w, []).append(trig)
    return index


_INDEX = {lang: _index(lang) for lang in ("fr", "en")}


def find_triggers(view: SentenceView, language: str) -> list[Found]:
    found = []
    index = _INDEX.get(language, {})
    for i in range(len(view.words)):
        if i in view.inside:  # "AI Safety Fund" names a fund; it does not fund anything
            continue
        for trig in dict.fromkeys(index.get(view.words[i], []) + index.get(view.lemmas[i], [])):
            end = _match_at(trig.pattern, view.words, view.lemmas, i)
            if end is not None and end > i:
                found.append(Found(trig, i, end))
    # the longest firing wins where two of one type overlap ("backed by" over "backed"), and a
    # firing inside a longer one of another type is part of it ("founding member of", "signer un partenariat")
    found.sort(key=lambda f: (f.start - f.end, f.start))
    kept: list[Found] = []
    for f in found:
        if any(k.trigger.type == f.trigger.type and k.start < f.end and f.start < k.end for k in kept):
            continue
        if any(k.start <= f.start and f.end <= k.end and k.end - k.start > f.end - f.start for k in kept):
            continue
        kept.append(f)
    return sorted(kept, key=lambda f: f.start)


# --------------------------------------------------------------------------- groups
def build_groups(view: SentenceView, spans: list[tuple[int, int, list[str], bool]], labels: dict[str, str],
                 doc: Doc) -> list[Group]:
    """Join consecutive mentions separated only by list words; mark agents and lead-ins.
    A short reference ("et la firme a investi") starts a clause rather than joining a list."""
    groups: list[Group] = []
    base = view.span.start
    for s, e, ents, is_ref in spans:
        if groups and not is_ref:
            last = groups[-1]
            if ents == last.entities[-1:] and s - last.end <= 2:  # "Foo Authority (FA)": the gloss joins
                last.end = e + 1 if e < len(doc) and doc[e].text == ")" else e
                continue
            gap = _PAREN.sub(" ", fix_quotes(doc[last.end : s].text))
            gap_words = [fold(w) for w in gap.replace(",", " , ").split()]
            same_kind = _kind(labels, last.entities) == _kind(labels, ents)
            if _GAP_LIST.match(gap) and same_kind:
                last.entities.extend(x for x in ents if x not in last.entities)
                last.end = e
                continue
            if same_kind and gap_words and len(gap_words) <= 8 and any(w in LIST_LEADINS for w in gap_words[-3:]) \
                    and not any(_verbish(doc[t], view.lemmas[t - base]) for t in range(last.end, s)):
                last.entities.extend(x for x in ents if x not in last.entities)
                last.end = e
                continue
        lo = max(view.span.start, groups[-1].end if groups else view.span.start, s - 8)
        before = [fold(doc[t].text).rstrip("'") for t in range(lo, s)]
        # "par X", "par des investisseurs existants : X", "par un groupe de pays parmi lesquels X"
        by_at = max((k for k, w in enumerate(before) if w in ("par", "by")), default=None)
        agent = by_at is not None and (
            by_at == len(before) - 1
            or any(w in (":", "parmi", "dont", "including", "among", "notamment") for w in before[by_at:])
            or (len(before) - by_at <= 5 and not any(_verbish(doc[t], fold(doc[t].lemma_)) for t in range(lo + by_at + 1, s))))
        leadin = bool(before) and any(w in LIST_LEADINS for w in before[-3:])
        groups.append(Group(list(ents), s, e, agent=agent, leadin=leadin))
    return groups


_VERBISH = frozenset({"etre", "avoir", "be", "have"}) | {
    w for t in TRIGGERS for w in t.pattern[0].rstrip("?").split("|") if t.frame in ("active", "pair", "raise")
}


def _verbish(token, lemma: str) -> bool:
    """A verb between two names: they are not one list ("X se joint à d'autres membres tels que Y")."""
    return token.pos_ in ("VERB", "AUX") or lemma in _VERBISH


def _kind(labels: dict[str, str], ents: list[str]) -> str:
    return "program" if all(labels.get(x) == "Program" for x in ents) else "org"


# --------------------------------------------------------------------------- argument finding
_NOT_RELATIVE_BEFORE = frozenset({"tel", "tels", "telle", "telles", "ainsi", "alors", "plus", "moins", "bien", "such", "so",
                                  "ne", "parmi", "among", "of"})
RELATIVES = frozenset({"qui", "que", "qu", "lequel", "laquelle", "lesquels", "that", "which", "who", "whom", "whose"})


def _breaks_between(view: SentenceView, a: int, b: int, leftward: bool = False) -> bool:
    """A clause boundary between tokens a and b. Looking left from a trigger, a relative
    pronoun right after the group ("X, qui ..., a signé") does not cut X off: X is its antecedent."""
    base = view.span.start
    depth = 0
    for t in range(a, b):
        w = view.words[t - base]
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and w in CLAUSE_BREAKS:
            return True
        elif depth == 0 and w in RELATIVES and not (t > base and view.words[t - base - 1] in _NOT_RELATIVE_BEFORE):
            if not (leftward and all(view.words[k - base] in (",", "(") for k in range(a, t))):
                return True
    return False


def left_group(view: SentenceView, start: int) -> Group | None:
    base = view.span.start
    for g in reversed(view.groups):
        if g.end <= start and g.agent and "," in view.words[g.end - base : start - base]:
            continue  # the agent of an apposition ("X, soutenue par Y, a ...") is not the subject
        if g.end <= start:
            if start - g.end > MAX_LEFT or _breaks_between(view, g.end, start, leftward=True):
                return None
            return g
    return None


def right_groups(view: SentenceView, end: int) -> list[Group]:
    """Groups after the trigger within reach: the first, then any introduced by a lead-in or 'par'."""
    out: list[Group] = []
    for g in view.groups:
        if g.start < end:
            continue
        prev_end = out[-1].end if out else end
        if g.start - prev_end > MAX_RIGHT or _breaks_between(view, prev_end, g.start):
            break
        out.append(g)
        if len(out) >= 3:
            break
    return out


def _negated(view: SentenceView, f: Found, language: str) -> bool:
    """Negation of the trigger's own verb group: "ne ... pas" around it, "not" / "n't" just before."""
    before = view.words[max(0, f.start - 4) : f.start]
    inside = view.words[f.start : f.end]
    after = view.words[f.end : f.end + 2]
    if language == "fr":
        return ("ne" in before or "n" in before) and any(
            w in ("pas", "jamais", "plus", "aucun", "aucune", "ni", "guere") for w in before + inside + after
        )
    return any(w in NEGATION_EN or w.endswith("n't") for w in before[-3:] + inside) or "not" in after[:1]


def _hedged(view: SentenceView, f: Found, src_end: int | None) -> bool:
    base = view.span.start
    lo = (src_end - base) if src_end is not None and src_end - base < f.start else max(0, f.start - 8)
    window = view.words[lo : f.end + 2] + view.lemmas[lo : f.end + 2]
    if any(w in HEDGES for w in window):
        return True
    for t in view.span[lo : f.end]:
        if "Cnd" in t.morph.get("Mood"):
            return True
    return False


def _hedged_at(view: SentenceView, f: Found, left: Group | None) -> bool:
    return _hedged(view, f, left.end if left else None)


# --------------------------------------------------------------------------- the rules
@dataclass
class Context:
    """What the text is about so far: program mentions and the last funded party."""

    programs: list[tuple[int, str]] = field(default_factory=list)  # (token, entity id)
    funds_target: str | None = None

    def program_near(self, token: int, sentence_end: int) -> str | None:
        """The program the text is about at ``token``: the most mentioned so far (the latest on a
        tie), else the first named later in the same sentence."""
        before = [eid for t, eid in self.programs if t < token]
        if before:
            counts = {eid: before.count(eid) for eid in before}
            return max(reversed(before), key=lambda eid: counts[eid])
        after = [eid for t, eid in self.programs if token <= t < sentence_end]
        return after[0] if after else None


@dataclass(frozen=True)
class Pair:
    source: str
    target: str
    via_context: bool


class RelationExtractor:
    """Applies the trigger rules of one language to a parsed, resolved document."""

    def __init__(self, language: str):
        self.language = language

    def extract(self, doc: Doc, document_id: str, mention_spans: list[tuple[int, int, list[str], bool]],
                labels: dict[str, str], reference_date: str | None = None) -> list[Claim]:
        """Claims of one document. ``mention_spans`` are (token start, token end, entity ids,
        is a reference) of the organization mentions in text order; ``labels`` maps id -> label."""
        ctx = Context(programs=[(s, e[0]) for s, _, e, _ in mention_spans if len(e) == 1 and labels.get(e[0]) == "Program"])
        claims: list[Claim] = []
        sents = nlp_mod.sentences(doc)
        for si, sent in enumerate(sents):
            view = sentence_view(si, sent)
            spans = [x for x in mention_spans if sent.start <= x[0] < sent.end]
            view.inside = {t - sent.start for x in spans for t in range(x[0], x[1])}
            view.groups = build_groups(view, spans, labels, doc)
            next_end = sents[si + 1].end if si + 1 < len(sents) else sent.end
            for f in find_triggers(view, self.language):
                claims += self._apply(f, view, labels, ctx, document_id, doc, reference_date, next_end)
        return _dedupe(claims)

    # ------------------------------------------------------------------
    def _apply(self, f: Found, view: SentenceView, labels: dict[str, str], ctx: Context, doc_id: str,
               doc: Doc, reference_date: str | None, next_end: int) -> list[Claim]:
        base = view.span.start
        t0, t1 = base + f.start, base + f.end
        left = left_group(view, t0)
        # groups inside a gapped trigger ("injectée dans la licorne ... par X") come first on the right
        rights = [g for g in view.groups if t0 <= g.start and g.end <= t1] + right_groups(view, t1)
        trig = f.trigger
        rel_type = trig.type
        if trig.needs_amount and not find_amounts(view.span.text, self.language):
            return []
        if trig.frame == "announce":  # "X raised $50M": X is what the next funder list funds
            funded = [x for x in (left.entities if left and not left.agent else []) if labels.get(x) in ORGS]
            if funded:
                ctx.funds_target = funded[0]
            return []
        if trig.needs_program and not (rights and any(labels.get(x) == "Program" for x in rights[0].entities)):
            return []
        if trig.type == "FOUNDED" and any(w in ("member", "members", "membre", "membres", "partner", "partners")
                                          for w in view.words[f.start + 1 : f.start + 4]):
            return []  # "founding member", "membres fondateurs": membership, not creation
        pairs = self._arguments(trig, left, rights, labels, ctx, t0, view, next_end)
        if not pairs:
            return []
        status = "potential" if _hedged_at(view, f, left) else "stated"
        if _negated(view, f, self.language):
            if rel_type == "MEMBER_OF":
                rel_type = "EXCLUDED_FROM"
            elif rel_type == "SIGNS_MOU_WITH" and all(labels.get(p.target) == "Program" for p in pairs):
                rel_type = "EXCLUDED_FROM"
            else:
                return []
        if rel_type == "PARTNERS_WITH" and _MOU_WORDS.search(view.span.text):
            rel_type = "SIGNS_MOU_WITH"
        text = doc.text
        s_char, e_char = view.span.start_char, view.span.end_char
        while s_char < e_char and text[s_char].isspace():
            s_char += 1
        while e_char > s_char and text[e_char - 1].isspace():
            e_char -= 1
        evidence = text[s_char:e_char]
        date = _first_date(evidence, self.language, reference_date)
        amount = _nearest_amount(evidence, self.language, doc[t0].idx - s_char) if rel_type == "FUNDS" else None
        out = []
        for p in pairs:
            if p.source == p.target:
                continue
            conf = context_confidence(trig) if p.via_context else trig.confidence
            out.append(
                Claim(
                    document_id=doc_id, type=rel_type, source=p.source, target=p.target, status=status,
                    confidence=round(conf, 3), evidence=evidence, sentence=view.index, start=s_char, end=e_char,
                    rule=trig.rule + (".ctx" if p.via_context else ""), date=date,
                    amount=amount.value if amount else None, currency=amount.currency if amount else None,
                    amount_text=amount.text if amount else None,
                )
            )
            if rel_type == "FUNDS":
                ctx.funds_target = p.target
        return out

    def _arguments(self, trig: Trigger, left: Group | None, rights: list[Group], labels: dict[str, str],
                   ctx: Context, t0: int, view: SentenceView, next_end: int) -> list[Pair]:
        frame, rel_type = trig.frame, trig.type
        L = left.entities if left else []
        R = rights[0].entities if rights else []
        R_all = [e for g in rights for e in g.entities]
        agent = next((g.entities for g in rights if g.agent), None)
        progs = lambda xs: [x for x in xs if labels.get(x) == "Program"]  # noqa: E731
        orgs = lambda xs: [x for x in xs if labels.get(x) in ORGS]  # noqa: E731
        anyorg = lambda xs: [x for x in xs if labels.get(x) in ORGS or labels.get(x) == "Program"]  # noqa: E731
        sent_end = view.span.end

        if rel_type in ("MEMBER_OF", "EXCLUDED_FROM"):
            if frame == "include":
                targets, ctx_used = progs(L), False
                if not targets:
                    p = ctx.program_near(t0, sent_end)
                    targets, ctx_used = ([p] if p else []), True
                members = [x for x in anyorg(R_all) if x not in targets]
                return [Pair(m, t, ctx_used) for t in targets[:1] for m in members]
            if frame == "passive":
                targets = progs(L) or ([ctx.program_near(t0, sent_end)] if ctx.program_near(t0, sent_end) else [])
                members = orgs(agent or R)
                return [Pair(m, t, not progs(L)) for t in targets[:1] for m in members]
            targets = progs(R)
            if targets:
                sources = [x for x in anyorg(L) if x not in targets]
                if not sources:  # "X a intégré P, dont A et B"
                    sources = [x for g in rights[1:] for x in anyorg(g.entities) if x not in targets]
                return [Pair(s, t, False) for t in targets for s in sources]
            if R and len(R) == 1 and labels.get(R[0]) == "Organization" and orgs(L) and trig.pattern[0].split("|")[0] in ("rejoindre", "join", "adherer", "integrer"):
                return [Pair(s, R[0], False) for s in orgs(L)]
            if progs(L) and orgs(R):  # "P compte parmi ses membres X et Y"
                return [Pair(s, t, False) for t in progs(L)[:1] for s in orgs(R_all)]
            if progs(L) and not orgs(L):
                return []
            p = ctx.program_near(t0, sent_end)
            if not p:
                return []
            sources = [x for x in orgs(L) + orgs(R_all) if x != p]
            return [Pair(s, p, True) for s in dict.fromkeys(sources)]

        if rel_type == "FOUNDED":
            if frame == "passive":
                targets = progs(L)
                sources = orgs(agent or R)
                return [Pair(s, t, False) for t in targets for s in sources]
            targets = progs(R)
            if not targets and not R:
                # "X lance une nouvelle initiative. Baptisée P, ..." -> the next program named
                nxt = [eid for t, eid in ctx.programs if t0 < t < next_end]
                targets = nxt[:1]
            sources = orgs(L) or orgs(agent or [])  # "la création de P par X"
            return [Pair(s, t, False) for t in targets for s in sources]

        if rel_type == "FUNDS":
            if frame == "funders":
                # "parmi les actionnaires de Y figurent X", "X, parmi les actionnaires de Y",
                # "Y's investors include X"
                of_group = next((g for g in rights if _preceded_by(view, g, ("de", "d", "of", "du"))), None)
                if of_group:
                    target = anyorg(of_group.entities)[:1]
                    sources = anyorg(L) + [x for g in rights if g is not of_group for x in anyorg(g.entities)]
                    return [Pair(s, t, False) for t in target for s in sources]
                t = (anyorg(L) or [None])[0] or ctx.funds_target or ctx.program_near(t0, sent_end)
                return [Pair(s, t, not L) for s in anyorg(R_all) if t and s != t]
            if frame == "raise":
                if left and left.agent:  # "the round was led by X and drew money from Y"
                    t = ctx.funds_target
                    return [Pair(s, t, True) for s in anyorg(agent or R_all) if t and s != t]
                return [Pair(s, t, False) for t in anyorg(L) for s in anyorg(agent or R_all)]
            if frame == "passive" or agent:
                sources = anyorg(agent or R)
                # "la somme injectée dans Y l'est par X": the group after dans/in/into is the target
                into = next((g for g in rights if g.entities is not agent
                             and _preceded_by(view, g, ("dans", "in", "into", "a", "au", "to"))), None)
                targets = anyorg(into.entities) if into else anyorg(L)
                if not targets:  # "les 400 millions restants sont versés par X"
                    t = ctx.funds_target or ctx.program_near(t0, sent_end)
                    return [Pair(s, t, True) for s in sources if t]
                return [Pair(s, t, False) for t in targets for s in sources]
            sources = anyorg(L)
            targets = anyorg(R)
            head_word = view.words[t0 - view.span.start]
            nominal = head_word.endswith(("ment", "ments")) or head_word in ("stake", "investor", "investors")
            if sources and not targets and not nominal:
                t = ctx.funds_target or ctx.program_near(t0, sent_end)
                return [Pair(s, t, True) for s in sources if t]
            return [Pair(s, t, False) for t in targets for s in sources]

        # symmetric types: "partenariat entre X et Y", "une lettre ... signée entre X et Y" pair the group after
        between = rights and any(w in ("entre", "between") for w in view.words[t0 - view.span.start : rights[0].start - view.span.start])
        if (trig.pattern[-1].split("|")[-1] in ("entre", "between") or between) and len(orgs(R)) >= 2:
            xs = orgs(R)
            return [Pair(a, b, False) for i, a in enumerate(xs) for b in xs[i + 1 :]]
        if L and R:
            return [Pair(a, b, False) for a in orgs(L) for b in orgs(R)]
        if len(orgs(L)) >= 2:
            xs = orgs(L)
            return [Pair(a, b, False) for i, a in enumerate(xs) for b in xs[i + 1 :]]
        if len(orgs(R)) >= 2 and trig.pattern[-1] in ("entre", "between", "avec|entre", "with|between"):
            xs = orgs(R)
            return [Pair(a, b, False) for i, a in enumerate(xs) for b in xs[i + 1 :]]
        return []


def _preceded_by(view: SentenceView, g: Group, words: tuple[str, ...]) -> bool:
    """The group follows one of ``words``, allowing a determiner in between ("dans la licorne")."""
    base = view.span.start
    k = g.start - base - 1
    while k >= 0 and view.words[k] in ("le", "la", "l", "les", "the", "un", "une", "a", "an"):
        k -= 1
    return k >= 0 and view.words[k] in words


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (sentence, type, source, target); a negation in a sentence beats its positive."""
    best: dict[str, Claim] = {}
    for c in claims:
        if c.id not in best or c.confidence > best[c.id].confidence:
            best[c.id] = c
    excluded = {(c.sentence, c.source, c.target) for c in best.values() if c.type == "EXCLUDED_FROM"}
    return [c for c in best.values() if not (c.type == "MEMBER_OF" and (c.sentence, c.source, c.target) in excluded)]


def _first_date(text: str, language: str, reference: str | None) -> str | None:
    dates = find_dates(text, language, reference=reference)
    return dates[0].iso if dates else None


def _nearest_amount(text: str, language: str, at: int):
    amounts = find_amounts(text, language)
    if not amounts:
        return None
    return min(amounts, key=lambda a: abs(a.start - at))
