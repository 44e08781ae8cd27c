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

from spacy.tokens import Doc

from aipg.graph.model import Claim
from aipg.loaders import nlp as nlp_mod
from aipg.loaders.amounts import find_amounts
from aipg.loaders.dates import find_dates
from aipg.loaders.sentence import (
    TRIGGER_WORDS, Found, Group, SentenceView, build_groups, find_triggers, fold, left_group, preceded_by,
    relative_antecedent, right_groups, sentence_view,
)
from aipg.loaders.triggers import HEDGES, NEGATION_EN, Trigger, context_confidence

ORGS = frozenset({"Company", "University", "Government", "Organization"})
_MOU_WORDS = re.compile(r"\b(?:MOU|MoU|memorandum|protocole d.accord|lettre d.intention|accord-cadre)\b", re.I)


def _negated(view: SentenceView, f: Found, language: str) -> bool:
    """Negation of the trigger's own verb group: "ne ... pas" around it, "not" / "n't" just before."""
    before = view.words[max(0, f.start - 4) : f.start]
    inside = view.words[f.start : f.end]
    after = view.words[f.end : f.end + 2]
    if language == "fr":
        # "ne ... pas" around the verb, or "Ni X ni Y ne figurent ..." with "ni" opening the subjects
        refused = any(w in ("refuse", "refusent", "refuser", "refusait", "refusaient") for w in before)
        return refused or ("ne" in before or "n" in before) and (any(
            w in ("pas", "jamais", "plus", "aucun", "aucune", "ni", "guere") for w in before + inside + after
        ) or "ni" in view.words[: f.start])
    refused = any(w in ("refuse", "refuses", "refused", "declined", "declines", "declining", "refusing") for w in before)
    return refused or any(w in NEGATION_EN or w.endswith("n't") for w in before[-3:] + inside) or "not" in after[:1]


def _hedged(view: SentenceView, f: Found, left: Group | None) -> bool:
    """A hedge between the source (or eight words back) and just after the trigger, or a verb in
    the conditional there ("pourrait rejoindre", "in talks to invest", "investirait")."""
    base = view.span.start
    src_end = left.end if left else None
    lo = (src_end - base) if src_end is not None and src_end - base < f.start else max(0, f.start - 8)
    window = view.words[lo : f.end + 2] + view.lemmas[lo : f.end + 2]
    if any(w in HEDGES for w in window):
        return True
    for t in view.span[lo : f.end]:
        if "Cnd" in t.morph.get("Mood"):
            return True
    return False


# --------------------------------------------------------------------------- the rules
@dataclass
class Context:
    """What the text is about so far: program mentions and the last funded party."""

    programs: list[tuple[int, str]] = field(default_factory=list)  # (token, entity id)
    funds_target: str | None = None
    funds_sentence: int = -100  # where the funded party was last named as such
    money_sentence: int = -100  # the last sentence that spoke of a round, investors or funding
    previous_words: frozenset[str] = frozenset()  # the folded words of the sentence before

    def funded(self, target: str, sentence: int) -> None:
        self.funds_target, self.funds_sentence = target, sentence

    def program_near(self, token: int, sentence_end: int, sentence_start: int | None = None) -> str | None:
        """The program the text is about at ``token``: the nearest named earlier in the same sentence
        ("co-founded the AI Alliance ..., a group whose members range from ..."), else the most
        mentioned so far (the latest on a tie), else the first named later in the same sentence."""
        if sentence_start is not None:
            here = [eid for t, eid in self.programs if sentence_start <= t < token]
            if here:
                return here[-1]
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
        views = []
        for si, sent in enumerate(sents):
            view = sentence_view(si, sent)
            spans = [x for x in mention_spans if sent.start <= x[0] < sent.end and not _cited_here(doc, x[0])
                     and not (self.language == "en" and _modifier_here(doc, x[0], x[1]))]
            view.inside = {t - sent.start for x in spans for t in range(x[0], x[1])}
            view.groups = build_groups(view, spans, labels, doc)
            views.append(view)
        for si, view in enumerate(views):
            next_end = views[si + 1].span.end if si + 1 < len(views) else view.span.end
            bullets = _bullet_group(views, si)
            if _speaks_of_money(view) or (ctx.money_sentence == si - 1 and _BULLET.match(view.span.text)):
                ctx.money_sentence = si  # the items of a list about a round continue the talk of money
            for f in find_triggers(view, self.language):
                found = self._apply(f, view, labels, ctx, document_id, doc, reference_date, next_end)
                if not found and bullets:  # "The round was led by three investors:" then a bulleted list
                    found = self._apply(f, view, labels, ctx, document_id, doc, reference_date, next_end, bullets)
                claims += found
            ctx.previous_words = frozenset(w for k, w in enumerate(view.words) if k not in view.inside)
        return _dedupe(claims)

    # ------------------------------------------------------------------
    def _apply(self, f: Found, view: SentenceView, labels: dict[str, str], ctx: Context, doc_id: str,
               doc: Doc, reference_date: str | None, next_end: int, bullets: Group | None = None) -> list[Claim]:
        base = view.span.start
        t0, t1 = base + f.start, base + f.end
        left = left_group(view, t0, skip_agents=f.trigger.frame in ("passive", "cofund"),
                          skip_possessive=f.trigger.frame in ("active", "pair", "participate", "pledge"))
        # groups inside a gapped trigger ("injectée dans la licorne ... par X") come first on the right
        rights = [g for g in view.groups if t0 <= g.start and g.end <= t1] + right_groups(view, t1)
        if bullets:  # the items of the list the sentence announces, whatever stands between
            rights.append(bullets)
        # "X a financé, aux côtés d'Iliad, le laboratoire Y": Iliad stands with the subject, not as the object
        beside = [g for g in rights if _after_phrase(view, g, _BESIDE)] if f.trigger.frame in ("active", "pledge") else []
        rights = [g for g in rights if g not in beside]
        trig = f.trigger
        rel_type = trig.type
        if trig.needs_amount and not find_amounts(view.span.text, self.language):
            return []
        if self.language == "fr" and trig.type == "FUNDS" and any(w in ("s", "se") for w in view.words[max(0, f.start - 2) : f.start]) \
                and "a" in view.words[f.end : f.end + 3]:
            return []  # "s'était engagé à retirer ...": a promise to do something, not money
        if trig.frame == "announce":  # "X raised $50M": X is what the next funder list funds
            funded = [x for x in (left.entities if left and not left.agent else []) if labels.get(x) in ORGS]
            if funded:
                ctx.funded(funded[0], view.index)
            return []
        if trig.frame == "participate":  # "X also took part": in the round or in the program at hand
            rel_type = "FUNDS" if _funding_context(view, ctx, rights, labels) else "MEMBER_OF"
        if trig.needs_program and not (rights and any(labels.get(x) == "Program" for x in rights[0].entities)):
            return []
        if trig.type == "FOUNDED" and any(w in ("member", "members", "membre", "membres", "partner", "partners")
                                          for w in view.words[f.start + 1 : f.start + 4]):
            return []  # "founding member", "membres fondateurs": membership, not creation
        if rel_type == "PARTNERS_WITH" and left and rights and all(labels.get(x) == "Program" for x in rights[0].entities) \
                and any(labels.get(x) in ORGS for x in left.entities):
            # "X et Y deviennent partenaires de Stargate": a program's partner institutions are its members
            rel_type = "MEMBER_OF"
            pairs = [Pair(x, rights[0].entities[0], False) for x in left.entities if labels.get(x) in ORGS]
        else:
            pairs = self._arguments(trig, rel_type, left, rights, labels, ctx, t0, t1, view, next_end)
        if pairs and trig.frame in ("active", "participate", "pledge"):
            targets = list(dict.fromkeys(p.target for p in pairs))
            known = {p.source for p in pairs}
            also = _also_subjects(view, t1) + [x for g in beside for x in g.entities]
            pairs += [Pair(x, t, p_via) for x in dict.fromkeys(also) if x not in known and labels.get(x) in ORGS
                      for t, p_via in ((t, any(p.via_context for p in pairs if p.target == t)) for t in targets) if x != t]
        if not pairs:
            return []
        status = "potential" if _hedged(view, f, left) else "stated"
        if _negated(view, f, self.language):
            if rel_type == "MEMBER_OF" or (trig.frame == "funders" and all(
                    labels.get(p.target) in ("Program", "Organization") for p in pairs)):
                rel_type = "EXCLUDED_FROM"  # "ne figurent pas parmi les soutiens de P": left out of P
            elif rel_type == "SIGNS_MOU_WITH" and all(labels.get(p.target) == "Program" for p in pairs):
                rel_type = "EXCLUDED_FROM"
            else:
                return []
        if rel_type == "PARTNERS_WITH" and _MOU_WORDS.search(view.span.text):
            rel_type = "SIGNS_MOU_WITH"
        raw = view.span.text  # the sentence verbatim, without the spaces and line breaks around it
        evidence = raw.strip()
        s_char = view.span.start_char + len(raw) - len(raw.lstrip())
        e_char = s_char + len(evidence)
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
            if rel_type == "FUNDS" and not _BULLET.match(view.span.text):
                ctx.funded(p.target, view.index)  # (a bulleted item glosses a funder; the round stays)
        return out

    def _arguments(self, trig: Trigger, rel_type: str, left: Group | None, rights: list[Group],
                   labels: dict[str, str], ctx: Context, t0: int, t1: int, view: SentenceView,
                   next_end: int) -> list[Pair]:
        frame = trig.frame
        L = left.entities if left else []
        R = rights[0].entities if rights else []
        R_all = [e for g in rights for e in g.entities]
        agent = next((g.entities for g in rights if g.agent), None)
        progs = lambda xs: [x for x in xs if labels.get(x) == "Program"]  # noqa: E731
        orgs = lambda xs: [x for x in xs if labels.get(x) in ORGS]  # noqa: E731
        anyorg = lambda xs: [x for x in xs if labels.get(x) in ORGS or labels.get(x) == "Program"]  # noqa: E731
        sent_end = view.span.end

        if frame == "participate":
            # the target: named after the trigger ("took part in the pilot"), else the funded party or
            # the program the text is about; the participants: before the trigger, else the list after
            # it ("Among them are X, Y and Z")
            fits = anyorg if rel_type == "FUNDS" else progs
            leads = trig.pattern[0].split("|")[0] in ("among", "parmi")  # "Among them are X, Y": after only
            own_words = {w for k, w in enumerate(view.words) if k not in view.inside}
            if leads and trig.pattern[1].split("|")[0] in ("them", "eux") \
                    and not (own_words | ctx.previous_words) & _PARTICIPANT_WORDS:
                return []  # "des dirigeants d'entreprises, parmi lesquelles X": a part of a whole, no participation
            named = fits(R) if rights and not leads and preceded_by(
                view, rights[0], ("in", "into", "a", "au", "aux", "dans", "of", "de", "du", "des")) else []
            if named:
                target, via = named[0], False
            elif rel_type == "FUNDS":
                target, via = ctx.funds_target, True
            else:
                target, via = ctx.program_near(t0, sent_end, view.span.start), True
            sources = [x for x in anyorg(L) if x != target] if L and not leads else []
            if sources:  # "X et Y y participent, de même que Z"
                sources += [x for g in rights if _after_phrase(view, g, _ALSO_MEMBERS, 3, ("l", "la", "le", "les", "the"))
                            for x in anyorg(g.entities) if x != target]
            if not sources:
                sources = [x for g in rights for x in anyorg(g.entities) if x != target and x not in named]
            return [Pair(s, target, via) for s in dict.fromkeys(sources)] if target else []

        if rel_type in ("MEMBER_OF", "EXCLUDED_FROM"):
            if frame == "include":
                if rights and not rights[0].leadin and rights[0].start - t1 > 5:
                    return []  # "The AIRR includes Dawn, a system built with X and Y": X and Y are not its members
                targets, ctx_used = progs(L), False
                if not targets and any(w in ("membre", "membres", "member", "members") for w in trig.pattern[-1].split("|")):
                    # "La fondation compte sept membres : ...": a membership organization has members too
                    targets = [x for x in L if labels.get(x) == "Organization"]
                if not targets:
                    p = ctx.program_near(t0, sent_end, view.span.start)
                    targets, ctx_used = ([p] if p else []), True
                members = [x for x in anyorg(R_all) if x not in targets]
                return [Pair(m, t, ctx_used) for t in targets[:1] for m in members]
            if frame == "passive":
                targets = progs(L) or ([ctx.program_near(t0, sent_end, view.span.start)] if ctx.program_near(t0, sent_end, view.span.start) else [])
                members = orgs(agent or R)
                return [Pair(m, t, not progs(L)) for t in targets[:1] for m in members]
            targets = progs(R)
            if targets:
                sources = [x for x in anyorg(L) if x not in targets]
                if not sources:  # "X a intégré P, dont A et B"
                    # (a list after a lead-in or its verb; not "the AIRR, a programme the government set up")
                    sources = [x for g in rights[1:] if g.leadin or preceded_by(view, g, _LIST_VERBS)
                               for x in anyorg(g.entities) if x not in targets]
                return [Pair(s, t, False) for t in targets for s in sources]
            if R and len(R) == 1 and labels.get(R[0]) == "Organization" and orgs(L) and trig.pattern[0].split("|")[0] in ("rejoindre", "join", "adherer", "integrer"):
                return [Pair(s, R[0], False) for s in orgs(L)]
            if progs(L) and orgs(R):  # "P compte parmi ses membres X et Y"
                return [Pair(s, t, False) for t in progs(L)[:1] for s in orgs(R_all)]
            if progs(L) and not orgs(L):
                return []
            antecedent = relative_antecedent(view, left) if left else None
            if antecedent and progs(antecedent.entities):  # "P, ... dont X et Y sont partenaires fondateurs"
                return [Pair(s, progs(antecedent.entities)[0], False) for s in orgs(L)]
            p = ctx.program_near(t0, sent_end, view.span.start)
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
            nominal = trig.pattern[0].split("|")[0] in ("creation", "launch")
            if nominal and left and "," in view.words[left.end - view.span.start : t0 - view.span.start]:
                L = []  # "Pour Paris, qui ... du G7, le lancement du PMIA": no creator named
            sources = orgs(L) or orgs(agent or [])  # "la création de P par X"
            # "X co-founded P with Y": Y is a founder too
            sources += [x for g in rights[1:] if preceded_by(view, g, ("with", "avec")) for x in orgs(g.entities)
                        if x not in sources]
            return [Pair(s, t, False) for t in targets for s in sources]

        if rel_type == "FUNDS":
            if frame == "cofund":
                # "... led by X, with participation from Y and Z", "the round drew Y and Z": co-investors
                # in the round of the party funded in this sentence, else of the party before the trigger
                verbal = trig.pattern[0].split("|")[0] in ("drew", "reunir")
                if not _speaks_of_money(view, _ROUND_WORDS if verbal else _FUNDING_WORDS):
                    return []
                if ctx.funds_sentence == view.index and ctx.funds_target:
                    target, via = ctx.funds_target, True
                elif anyorg(L):
                    target, via = anyorg(L)[0], False
                else:
                    target, via = ctx.funds_target, True
                sources = [x for g in rights for x in anyorg(g.entities) if x != target]
                return [Pair(x, target, via) for x in dict.fromkeys(sources)] if target else []
            if frame == "pledge":  # "X pledged $8bn", "X offers credits (to Y)": Y, else the party at hand
                sources = anyorg(L)
                to = next((g for g in rights if preceded_by(view, g, ("to", "a", "au", "aux", "for", "pour"))), None)
                if to:
                    return [Pair(s, t, False) for t in anyorg(to.entities)[:1] for s in sources if s != t]
                antecedent = relative_antecedent(view, left) if left else None
                if antecedent and anyorg(antecedent.entities):  # "Y, dans laquelle X a investi 13 Md$"
                    return [Pair(s, anyorg(antecedent.entities)[0], False) for s in sources]
                t = ctx.funds_target or ctx.program_near(t0, sent_end, view.span.start)
                if t is None:  # "X a confirmé investir 15 M€, ... lors du prochain tour de Y"
                    of = next((g for g in rights if preceded_by(view, g, ("de", "d", "du", "of", "dans", "in"))), None)
                    t = anyorg(of.entities)[0] if of and anyorg(of.entities) else None
                return [Pair(s, t, True) for s in sources if t and s != t]
            if frame == "funders" and _subject_before(view, t0) and anyorg(L):
                # "Nvidia et Salesforce figuraient aussi parmi les investisseurs (de Y)"
                of_group = next((g for g in rights if preceded_by(view, g, ("de", "d", "of", "du"))), None)
                t = (anyorg(of_group.entities) or [None])[0] if of_group else ctx.funds_target
                return [Pair(x, t, not of_group) for x in anyorg(L) if t and x != t]
            if frame == "funders":
                # "parmi les actionnaires de Y figurent X", "X, parmi les actionnaires de Y",
                # "Y's investors include X"
                of_group = next((g for g in rights if preceded_by(view, g, ("de", "d", "of", "du"))), None)
                if of_group:
                    target = anyorg(of_group.entities)[:1]
                    sources = anyorg(L) + [x for g in rights if g is not of_group for x in anyorg(g.entities)]
                    return [Pair(s, t, False) for t in target for s in sources]
                t = (anyorg(L) or [None])[0] or ctx.funds_target or ctx.program_near(t0, sent_end, view.span.start)
                return [Pair(s, t, not L) for s in anyorg(R_all) if t and s != t]
            if frame == "raise":
                if L and not (left and left.agent) and anyorg(L):
                    ctx.funded(anyorg(L)[0], view.index)  # "X lève 235 M$ auprès de ...": X is the funded party
                if left and left.agent:  # "the round was led by X and drew money from Y"
                    t = ctx.funds_target
                    return [Pair(s, t, True) for s in anyorg(agent or R_all) if t and s != t]
                return [Pair(s, t, False) for t in anyorg(L) for s in anyorg(agent or R_all)]
            if frame == "passive" or (agent and not anyorg(L)):
                sources = anyorg(agent or R)
                if agent:  # "financé par X, que contrôle Z, par Y et par W": every "par" after the first
                    sources += [x for x in _more_agents(view, t1) if x not in sources and labels.get(x) in ORGS]
                # "la somme injectée dans Y l'est par X": the group after dans/in/into is the target
                into = next((g for g in rights if g.entities is not agent
                             and preceded_by(view, g, ("dans", "in", "into", "a", "au", "to"))), None)
                targets = anyorg(into.entities) if into else anyorg(L)
                if not targets:  # "les 400 millions restants sont versés par X"
                    t = ctx.funds_target or ctx.program_near(t0, sent_end, view.span.start)
                    return [Pair(s, t, True) for s in sources if t]
                return [Pair(s, t, False) for t in targets for s in sources]
            sources = anyorg(L)
            targets = anyorg(R)
            if sources and not targets and trig.pattern[-1].split("|")[-1] in ("in", "into", "dans", "en") \
                    and not _object_is_context(view, t1):
                return []  # "invest $5bn in an AI zone": the object is stated, and is no organization
            head_word = view.words[t0 - view.span.start]
            nominal = head_word.endswith(("ment", "ments")) or head_word in ("stake", "investor", "investors")
            antecedent = relative_antecedent(view, left) if left and not targets else None
            if sources and antecedent and anyorg(antecedent.entities):  # "Y, dans laquelle X a investi"
                return [Pair(s, anyorg(antecedent.entities)[0], False) for s in sources]
            if sources and not targets and not nominal:
                t = ctx.funds_target or ctx.program_near(t0, sent_end, view.span.start)
                return [Pair(s, t, True) for s in sources if t]
            return [Pair(s, t, False) for t in targets for s in sources]

        if trig.pattern[0].split("|")[0] in ("coentreprise", "joint"):
            # "X, Y et Z ont annoncé une coentreprise", "a joint venture with Y"; never the venture itself
            with_group = next((g for g in rights if preceded_by(view, g, ("with", "avec"))), None)
            if with_group:
                return [Pair(a, b, False) for a in orgs(L) for b in orgs(with_group.entities)]
            xs = orgs(L) if len(orgs(L)) >= 2 else []
            return [Pair(a, b, False) for i, a in enumerate(xs) for b in xs[i + 1 :]]
        # symmetric types: "partenariat entre X et Y", "une lettre ... signée entre X et Y" pair the group after
        between = rights and any(w in ("entre", "between") for w in view.words[t0 - view.span.start : rights[0].start - view.span.start])
        if rights and (preceded_by(view, rights[0], ("entre", "between")) or between) and len(orgs(R)) >= 2:
            xs = orgs(R)
            return [Pair(a, b, False) for i, a in enumerate(xs) for b in xs[i + 1 :]]
        if L and R:
            return [Pair(a, b, False) for a in orgs(L) for b in orgs(R)]
        if len(orgs(L)) >= 2:
            xs = orgs(L)
            return [Pair(a, b, False) for i, a in enumerate(xs) for b in xs[i + 1 :]]
        if len(orgs(R)) >= 2 and trig.pattern[-1] in ("entre", "between", "avec|entre", "with|between") \
                and preceded_by(view, rights[0], ("entre", "between")):  # not "in collaboration with X and Y"
            xs = orgs(R)
            return [Pair(a, b, False) for i, a in enumerate(xs) for b in xs[i + 1 :]]
        return []


_FUNDING_WORDS = frozenset({
    "round", "rounds", "investor", "investors", "backer", "backers", "funding", "fundraising", "financing", "raise",
    "raised", "shareholders", "funders", "tour", "levee", "investisseur", "investisseurs", "financement", "financeurs",
    "actionnaires", "capital", "augmentation", "seed", "serie", "series",
})


def _cited_here(doc: Doc, start: int) -> bool:
    """A name right after "selon", "d'après" or "according to" is a source here, never an argument."""
    before = [fold(t.text).rstrip("'") for t in doc[max(0, start - 3) : start]]
    while before and before[-1] in ("le", "la", "les", "l", "the"):
        before.pop()
    return bool(before) and (before[-1] == "selon" or before[-2:] in (["according", "to"], ["d", "apres"]))


_BEFORE_MODIFIER = frozenset({"former", "ex", "a", "an", "the", "two", "three", "several", "many", "some", "its",
                              "their", "his", "her", "other", "by", "of", "from", "with", "all"})
_NOT_A_NOUN = frozenset({"and", "or", "will", "would", "could", "can", "may", "might", "must", "should", "has", "have",
                         "had", "is", "was", "are", "were", "also", "did", "does", "do", "not", "to", "said", "says",
                         "as", "on", "in", "with", "for", "last", "next", "this", "earlier", "later", "after", "before",
                         "since", "from", "by", "at", "of", "over", "into", "through", "via", "alongside", "together",
                         "which", "who", "that", "jointly", "recently", "already", "now", "then", "nor", "but"})


def _modifier_here(doc: Doc, start: int, end: int) -> bool:
    """English "by former Google researchers", "the Nvidia chips": a name used as a modifier of the
    noun after it (an article or "former" before, a plain lowercase noun after) is no argument."""
    if end >= len(doc) or start == 0:
        return False
    nxt, prev = doc[end].text, doc[start - 1].lower_
    return (prev in _BEFORE_MODIFIER and nxt.isalpha() and nxt.islower() and nxt not in _NOT_A_NOUN
            and not nxt.endswith("ed") and nxt not in TRIGGER_WORDS)  # ("The University of Oxford partners with")


def _funding_context(view: SentenceView, ctx: Context, rights: list[Group], labels: dict[str, str]) -> bool:
    """Is a participation ("also took part", "among them are") one in a funding round? Not when a
    program is named after it; yes when the sentence speaks of money, or when a funded party is
    known and it or talk of money came up in the two sentences before."""
    if rights and any(labels.get(x) == "Program" for x in rights[0].entities):
        return False
    if _speaks_of_money(view):
        return ctx.funds_target is not None or bool(rights)
    return ctx.funds_target is not None and (view.index - ctx.funds_sentence <= 2 or view.index - ctx.money_sentence <= 2)


def _more_agents(view: SentenceView, t1: int) -> list[str]:
    """Entities of the agent groups (each after its own "par" / "by") that follow a passive
    trigger, up to the end of its clause (";")."""
    out: list[str] = []
    for g in view.groups:
        if g.start < t1:
            continue
        if ";" in view.words[t1 - view.span.start : g.start - view.span.start]:
            break
        k = g.start - view.span.start - 1
        while k > 0 and view.words[k] not in ("par", "by"):
            k -= 1
        # "..., par Y et par Z" continues the list; "le campus financé par W" is another verb's agent
        if g.agent and k > 0 and view.words[k - 1] in (",", "et", "and", ")"):
            out += g.entities
    return out


_LIST_VERBS = ("figurent", "figure", "figuraient", "figurait", "include", "includes", "included", "sont", "are",
               "comptent", "compte", "were")
_BESIDE = ("aux cotes de", "aux cotes d", "aux cotes du", "aux cotes des", "alongside", "together with", "conjointement avec")
_PARTICIPANT_WORDS = frozenset({
    "members", "member", "membres", "membre", "participants", "partners", "partenaires", "signatories", "signataires",
    "founders", "founding", "fondateurs", "investors", "investisseurs", "backers", "shareholders", "actionnaires",
    "soutiens", "financeurs", "funders", "round", "tour", "part", "participent", "participe", "participate",
    "participating", "joined", "rejoint", "rejoignent", "adherent",
})


_ALSO_SUBJECT = ("as did", "as have", "as has", "as had", "as were", "as was", "as will", "pas plus que", "tout comme",
                 "de meme que")


def _also_subjects(view: SentenceView, t1: int) -> list[str]:
    """Entities of groups after the trigger that share its subject's role: "X also invested, as
    did Y and Z", "X ne fait pas partie du PMIA, pas plus que Y", "tout comme Z"."""
    return [x for g in view.groups if g.start >= t1 and _after_phrase(view, g, _ALSO_SUBJECT) for x in g.entities]


def _after_phrase(view: SentenceView, g: Group, phrases: tuple[str, ...], reach: int = 4,
                  skip: tuple[str, ...] = ("l", "la", "le", "les", "the", ",")) -> bool:
    """The group comes right after one of ``phrases`` (folded words, within ``reach`` words, ``skip`` left out)."""
    before = view.words[max(0, g.start - view.span.start - reach) : g.start - view.span.start]
    return " ".join(w for w in before if w not in skip).endswith(phrases)


_VERBS_BEFORE_AMONG = frozenset({"figurer", "figure", "figurent", "figurait", "figuraient", "compter", "compte",
                                 "comptent", "comptait", "comptaient", "etre", "est", "sont", "etait", "etaient",
                                 "be", "is", "are", "was", "were", "remain", "remains", "rester", "reste", "restent"})


def _subject_before(view: SentenceView, t0: int) -> bool:
    """The trigger follows its subject's verb ("X figuraient aussi parmi les investisseurs")."""
    k = t0 - view.span.start - 1
    while k >= 0 and view.words[k] in ("aussi", "egalement", "also", "deja", "already", "notamment", "desormais", "now",
                                       "d'ailleurs", "ailleurs", "d", "encore", "still", "toujours"):
        k -= 1
    return k >= 0 and (view.words[k] in _VERBS_BEFORE_AMONG or view.lemmas[k] in _VERBS_BEFORE_AMONG)


_ALSO_MEMBERS = ("meme que", "ainsi que", "as well as", "along with", "together with", "alongside")


_ROUND_WORDS = frozenset({"round", "rounds", "tour", "levee", "series", "serie", "seed", "fundraising", "table"})


def _speaks_of_money(view: SentenceView, words: frozenset[str] = _FUNDING_WORDS) -> bool:
    return any(w in words for k, w in enumerate(view.words) if k not in view.inside)


_CONTEXT_OBJECTS = frozenset({"it", "them", "elle", "lui", "celle-ci", "celui-ci", "company", "firm", "start", "startup",
                              "credits", "credit", "compute", "cash", "equity", "shares",
                              "societe", "entreprise", "licorne", "unicorn", "business"})


def _object_is_context(view: SentenceView, t1: int) -> bool:
    """Whether what follows the trigger's preposition is the party at hand: a round ("invested in
    the round", "dans ce tour de table") or a pronoun or short reference ("invest in it")."""
    after = view.words[t1 - view.span.start : t1 - view.span.start + 4]
    return any(w in _FUNDING_WORDS or w in _CONTEXT_OBJECTS for w in after)


_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])\s")


def _bullet_group(views: list[SentenceView], si: int) -> Group | None:
    """For a sentence ending with a colon, the first names of the bulleted items after it, as one
    list group that the sentence's triggers take as their argument after them: "The round was led
    by three investors:" then "- X, ...", "- Y, ...". None where no bulleted list follows."""
    view = views[si]
    if not view.span.text.rstrip().endswith(":"):
        return None
    entities: list[str] = []
    for nxt in views[si + 1 :]:
        if not _BULLET.match(nxt.span.text):
            break
        first = nxt.groups[0] if nxt.groups else None
        if first and first.start - nxt.span.start <= 5:  # the item's own name, not one inside its gloss
            entities += [x for x in first.entities if x not in entities]
    if not entities:
        return None
    return Group(entities, view.span.end, view.span.end, leadin=True)  # (a list announced by a colon)


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
