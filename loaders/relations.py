"""Relations from trigger rules: arguments from the sentence's mention groups, then
negation, hedging, amounts and dates.

Per sentence: mentions are gathered into list groups ("X, Y et Z"); every
trigger (loaders/triggers.py, rules in loaders/lang/) finds the group before it
and the groups after it within its clause; its frame (loaders/frames.py) says
which is the source and which the target, and the type policy
(loaders/policy.py) decides the rest: a negated membership becomes
EXCLUDED_FROM, other negated statements give nothing, a hedge gives
``status: potential``.
"""

from __future__ import annotations

from bisect import bisect_left

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice
from typing import Mapping, Sequence

from spacy.tokens import Doc

from aipg.graph.model import Claim
from aipg.graph.schema import ORG_LABELS, SYMMETRIC
from aipg.loaders import nlp as nlp_mod
from aipg.loaders import policy
from aipg.loaders.amounts import find_amounts, given_amounts
from aipg.loaders.bullets import MARK, item_start, list_after
from aipg.loaders.evidence import headline_lines, is_furniture
from aipg.loaders.frames import FRAMES, Context, Pair, Site, after_phrase, auxiliary, names_program, reading, speaks_of_money
from aipg.loaders.lang import LanguageData, for_language
from aipg.loaders.signed_texts import is_signed_text
from aipg.loaders.trace import Firing, recorder
from aipg.loaders.sentence import (
    Group, SentenceView, bare_articles, channel_at, cut_group, find_triggers, fold, joiner_phrases, left_group,
    nominal_owner, opening_subject, opening_comma, opening_tail, opens_with, relative_antecedent, relative_words,
    groups_later, reporter_at, right_groups, sentence_view,
)
from aipg.loaders.triggers import (
    Found, context_confidence, first_words, incise_end, trigger_words, triggers_for, verbish_words,
)

#: frames whose trigger lists members after it ("includes X, Y and Z")
LISTING_FRAMES = frozenset({"include"})
MentionSpan = tuple[int, int, list[str], bool]  # (token start, token end, entity ids, is a reference)


@dataclass(frozen=True)
class Article:
    """The document a sentence belongs to, as the claims need it."""

    doc: Doc
    id: str
    language: str


def _negated(view: SentenceView, f: Found) -> bool:
    """Negation of the trigger's own verb group: a refusal before it; a one-word negator just
    before or inside it ("not", "n't") or right after; a two-part one around it ("ne ... pas"),
    or its clitic with a correlative opening the subjects ("Ni X ni Y ne figurent ...")."""
    neg = view.lang.negation
    before = view.words[max(0, f.start - 4) : f.start]
    inside = view.words[f.start : f.end]
    after = view.words[f.end : f.end + 2]
    ruled = _ruling_out(view, f)
    if ruled is not None:  # "n'exclut pas de rejoindre" is a hedge (``_hedged``); "exclut de rejoindre" a refusal
        return not ruled
    if any(w in neg.refusals for w in before) or _ended(view, f):
        return True
    if any(w in neg.alone or w.endswith(neg.suffixes) for w in before[-3:] + inside) or neg.after & set(after[:1]):
        return True
    if neg.clitics & set(before) and (
            any(w in neg.particles for w in before + inside + after) or bool(neg.correlatives & set(view.words[: f.start]))):
        return True
    return _negated_verb_before(view, f) or _negated_purpose(view, f)


def _negated_purpose(view: SentenceView, f: Found) -> bool:
    """The trigger is the infinitive after a negated word of purpose: "n'a pas vocation à financer X",
    "ne prévoit pas d'investir", "was never meant to fund X" (the purpose word's own negation)."""
    words, lang = view.words, view.lang
    k = f.start - 1
    if k < 1 or words[k] not in lang.prep_to | lang.prep_of:  # (view words lose their apostrophe: d' -> d)
        return False
    k -= 1
    if k >= 1 and words[k] in lang.articles and words[k - 1] in lang.negation.purposes:
        k -= 1  # "n'a pas l'intention d'investir"
    if words[k] not in lang.negation.purposes:
        return False
    return _negated(view, replace(f, start=k, end=k + 1))


def _ruling_out(view: SentenceView, f: Found) -> bool | None:
    """A verb of ruling out in the four words before the trigger: True where it is negated ("n'exclut
    pas de rejoindre", "has not ruled out joining": the trigger stays possible), False where it is not
    (a refusal), None where there is none."""
    neg = view.lang.negation
    before = view.words[max(0, f.start - 4) : f.start]
    if not neg.ruling_out & set(before):
        return None
    return any(w in neg.alone or w.endswith(neg.suffixes) for w in before) \
        or bool(neg.clitics & set(before) and neg.particles & set(before))


def _negated_verb_before(view: SentenceView, f: Found) -> bool:
    """Where the Doc has a parser, a two-part negation on the verb whose object the trigger noun is,
    further back than the word window: "ne fait toutefois pas partie des actionnaires de Y" (the
    clitic hangs on "fait", the particle on it or on its other object "partie", both before the
    trigger). A trigger that is a verb has its own negation read from the words around it."""
    doc = view.span.doc
    if not nlp_mod.tokens(doc).has_annotation("DEP"):
        return False
    neg = view.lang.negation
    tok = doc[view.span.start + f.start]
    verb = tok.head
    if tok.pos_ != "NOUN" or verb.i == tok.i or verb.pos_ not in ("VERB", "AUX") or not view.span.start <= verb.i < tok.i:
        return False
    clitics = {c.rstrip("'") for c in neg.clitics}
    kids = list(verb.children)
    if not any(fold(c.text).rstrip("'") in clitics and c.i < verb.i for c in kids):
        return False
    near = kids + [g for c in kids if c.i < tok.i for g in c.children]
    return any(fold(c.text) in neg.particles and verb.i < c.i < tok.i for c in near)


def _ended(view: SentenceView, f: Found, reach: int = 2) -> bool:
    """The relation ended or never was: one of the language's ending phrases stands just before the
    trigger, with at most ``reach`` determiners between ("ended its partnership", "former member",
    "a mis fin à son partenariat"); words other than determiners between cut it ("former Google
    researchers founded")."""
    words = view.words
    for k in range(reach + 1):
        end = f.start - k
        if end < 1 or any(w not in view.lang.determiners for w in words[end : f.start]):
            break
        if any(tuple(words[end - len(p) : end]) == p for p in view.lang.negation.endings if len(p) <= end):
            return True
    return False


def _question(view: SentenceView, f: Found) -> bool:
    """A question states nothing: the sentence ends with "?" and a question word stands before the
    trigger or right after it ("Will X invest in Y?", "X investira-t-elle dans Y ?")."""
    if not view.text.rstrip().rstrip("\"'”’»").rstrip().endswith("?"):
        return False
    return any(w in view.lang.question_words for w in view.words[: f.end + 2])


def _in_idiom(view: SentenceView, f: Found) -> bool:
    """The trigger's first word inside a phrase that gives it another sense ("as part of the deal")."""
    words = view.words
    for idiom in view.lang.idioms:
        n = len(idiom)
        for k in range(max(0, f.start - n + 1), f.start + 1):
            if tuple(words[k : k + n]) == idiom:
                return True
    return False


def _hedged(view: SentenceView, f: Found, left: Group | None, ignore: frozenset[str] = frozenset()) -> bool:
    """A hedge between the source (or eight words back) and just after the trigger, or a verb in
    the conditional there ("pourrait rejoindre", "in talks to invest", "investirait"); not one of the
    ``ignore`` words (``_refused_wishes``)."""
    base = view.span.start
    src_end = left.end if left else None
    lo = (src_end - base) if src_end is not None and src_end - base < f.start else max(0, f.start - 8)
    lo = _past_subject_relative(view, lo, f.start)
    window = view.words[lo : f.end + 2] + view.lemmas[lo : f.end + 2]
    if any(w in view.lang.hedges and w not in ignore for w in window) or _ruling_out(view, f):
        return True  # (a verb of ruling out, negated: "has not ruled out joining")
    after = view.words[left.end - base : left.end - base + 1] if left is not None else []
    if left is not None and after and after[0] in view.lang.prep_to \
            and any(w in view.lang.hedges for w in view.words[max(0, left.start - base - 2) : left.start - base]):
        return True  # a hedge right before the source of an infinitive: "analysts expect X to invest"
    if any(_conditional(view.words[k], view.lemmas[k], view.lang.conditional_endings) for k in range(lo, f.end)):
        return True
    table = nlp_mod.tokens(view.span.doc)
    return table.has_annotation("MORPH") and any("Cnd" in table.morph(base + k, "Mood") for k in range(lo, f.end))


def _refused_wishes(site: Site) -> frozenset[str]:
    """The wishes a negated trigger turns into a refusal or a "not yet", no hedge any more: "n'a pas souhaité
    s'associer au projet", "did not want to join P", "has yet to join P" state that the party is not in it."""
    own = frozenset(site.view.words[site.found.start : site.found.end]) if site.trigger.type == "EXCLUDED_FROM" \
        else frozenset()  # ("turned down an invitation to join P": the rule states the refusal)
    return own | site.lang.negation.volitions if _negated_at(site) else own


def _negated_at(site: Site) -> bool:
    """The trigger is negated (``_negated``), or the subject after an opening clause that holds it declines
    with no object of its own: "Invited to join P, X declined", "Invitée à rejoindre P, X a refusé"."""
    return _negated(site.view, site.found) or _declined_after(site)


def _declined_after(site: Site) -> bool:
    left, view, lang = site.left, site.view, site.lang
    if left is None or left.start < site.t1:
        return False
    k = left.end - view.span.start
    while k < len(view.words) and (view.words[k] in lang.predicate_auxiliaries or view.words[k] in lang.transparent):
        k += 1
    return k < len(view.words) and view.words[k] in lang.negation.refusals \
        and (k + 1 == len(view.words) or not view.words[k + 1].isalnum())


def _promised(site: Site) -> bool:
    """A membership promised, not yet made: a verb of promising, then "to"/"à"/"de", right before the
    trigger ("pledged to sign P", "s'est engagée à signer P", "promet de rejoindre P")."""
    if site.trigger.type not in ("MEMBER_OF", "EXCLUDED_FROM"):
        return False
    lang, words, k = site.lang, site.view.words, site.found.start - 1
    if k >= 0 and words[k] in lang.prep_to | lang.prep_of:
        k -= 1
    return k >= 0 and words[k] in lang.promise_verbs


def _past_subject_relative(view: SentenceView, lo: int, start: int) -> int:
    """Where the subject's own clause resumes after a relative incise between commas that describes it:
    "X, which took part in the talks, signed P" (the talks hedge the incise, not the signing)."""
    words = view.words
    if lo + 1 >= start or words[lo] != "," or words[lo + 1] not in view.lang.relatives:
        return lo
    close = next((k for k in range(lo + 2, start) if words[k] == ","), None)
    return close + 1 if close is not None else lo


def _denied_after(view: SentenceView, f: Found, left: Group | None) -> bool:
    """A hedged relative clause on the subject, then the subject's own verb negated: the talks came to
    nothing ("X, which had been in talks to join the round, did not invest", "X, qui était en discussions
    pour rejoindre le tour de table, n'a finalement pas investi")."""
    words, neg = view.words, view.lang.negation
    lo = left.end - view.span.start if left is not None else -1
    if lo < 0 or lo + 1 >= f.start or words[lo] != "," or words[lo + 1] not in view.lang.relatives:
        return False
    close = next((k for k in range(f.end, len(words)) if words[k] == ","), None)
    if close is None:
        return False
    after = words[close + 1 : close + 6]
    return any(w in neg.alone or w.endswith(neg.suffixes) for w in after[:4]) \
        or bool(neg.clitics & set(after[:3]) and neg.particles & set(after))


def _conditional(word: str, lemma: str, endings: tuple[str, ...]) -> bool:
    """A verb in the conditional, read from its lemma where the tagger takes it for an imperfect:
    the infinitive (its final "e" dropped) and an ending ("rejoindrait", "investiraient"; not
    "montrait")."""
    stem = lemma.removesuffix("e")
    return bool(endings) and lemma != word and stem.endswith("r") and any(word == stem + e for e in endings)


class RelationExtractor:
    """Applies the trigger rules of one language to a parsed, resolved document."""

    def __init__(self, language: str):
        self.language = language
        self.lang: LanguageData = for_language(language)
        triggers_for(self.lang)  # a malformed rule fails here, naming its id
        self.stop = ""  # the stage that stopped the last firing _apply read, "" when it made claims

    def extract(self, doc: Doc, document_id: str, mention_spans: list[MentionSpan],
                labels: dict[str, str]) -> list[Claim]:
        """Claims of one document. ``mention_spans`` are (token start, token end, entity ids,
        is a reference) of the organization mentions in text order; ``labels`` maps id -> label."""
        table = nlp_mod.tokens(doc)
        rows, text = table.rows, table.doc_text
        # (a program named as the channel something goes through, "au titre du P", is no party at hand)
        ctx = Context(programs=[(s, e[0]) for s, _, e, _ in mention_spans if len(e) == 1 and labels.get(e[0]) == "Program"
                                and not channel_at(self.lang, text, rows[s].idx)],
                      ends={end: e[0] for _, end, e, _ in mention_spans if len(e) == 1})
        article = Article(doc, document_id, self.language)
        claims: list[Claim] = []
        sents = nlp_mod.sentences(doc)
        starts = [x[0] for x in mention_spans]  # in text order: each sentence takes its slice
        views = [self._view(si, sent, doc, mention_spans[bisect_left(starts, sent.start) : bisect_left(starts, sent.end)],
                            labels) for si, sent in enumerate(sents)]
        ctx.topic = opening_company(views, labels)
        ctx.headlines, ctx.topic_program = topic_program(doc, views, ctx.programs)
        roles_named: set[tuple[str, str]] = set()  # (claim id, rule) of firings whose frame names the roles
        trace = recorder()  # (None unless someone asks what became of each match: loaders/trace.py)
        texts = [v.text for v in views]
        # ("Read also:" then "- X joins P": the lines a furniture line sets out are other articles' titles)
        furniture = {si for si, t in enumerate(texts) if is_furniture(t)}
        skip = furniture | {k for si in furniture for k in list_after(texts, si, pieces=True)}
        for si, view in enumerate(views):
            # (the next sentence with words: a blank line between paragraphs is none)
            next_end = next((views[j].span.end for j in range(si + 1, len(views)) if texts[j].strip()), view.span.end)
            bullets = _bullet_group(views, texts, si)
            runs_on = _semicolon_items(views, si)
            if speaks_of_money(view) or (ctx.money_sentence == si - 1 and MARK.match(view.text)):
                ctx.money_sentence = si  # the items of a list about a round continue the talk of money
            for f in ([] if si in skip else find_triggers(view)):  # ("Read more: ..." is another article's)
                found = self._apply(*site_of(f, view, labels, ctx, next_end), article)
                if not found and bullets and _announces(view, f):  # "The round was led by three investors:" then a list
                    found = self._apply(*site_of(f, view, labels, ctx, next_end, bullets), article)
                elif runs_on and reading(f.trigger.frame).runs_on:  # "Partenaires – A apportant ... ;" "B fournissant ..."
                    found = self._apply(*site_of(f, view, labels, ctx, next_end, runs_on), article)
                claims += found
                if trace is not None:
                    trace.append(self._firing(document_id, view, f, found))
                if reading(f.trigger.frame).names_roles:
                    roles_named.update((c.id, c.rule) for c in found)
            ctx.previous_words = frozenset(w for k, w in enumerate(view.words) if k not in view.inside) \
                if view.inside else frozenset(view.words)
            if texts[si].strip():
                ctx.before, ctx.previous_view = si, view
        return _dedupe(claims, roles_named)

    def _view(self, si: int, sent, doc: Doc, mention_spans: list[MentionSpan], labels: dict[str, str]) -> SentenceView:
        """The sentence with its mention groups; cited sources and name modifiers are no arguments."""
        view = sentence_view(si, sent, self.lang)
        spans = [x for x in mention_spans if sent.start <= x[0] < sent.end and not _cited_here(self.lang, doc, x[0])
                 and not _modifier_here(self.lang, doc, x[0], x[1], x[2], labels)]
        view.inside = {t - sent.start for x in spans for t in range(x[0], x[1])}
        groups_later(view, spans, labels, doc)  # (built where a rule reads them: most sentences fire no trigger)
        return view

    def _firing(self, document_id: str, view: SentenceView, f: Found, found: list[Claim]) -> Firing:
        """The trace of one match (loaders/trace.py): its claims, or the stage that stopped it."""
        start, end = _sentence_chars(view)
        return Firing(document_id, view.index, start, end, f.trigger.rule,
                      " ".join(view.words[f.start : f.end]), tuple((c.source, c.type, c.target) for c in found),
                      None if found else self.stop)

    # ------------------------------------------------------------------
    def _apply(self, site: Site, beside: list[Group], article: Article) -> list[Claim]:
        """The claims of one trigger firing: gates, the frame's pairs, then the type policy.
        ``self.stop`` names the first stage that stopped it (loaders/trace.py), "" when it went through."""
        self.stop = _gate(site, article.language)
        if self.stop:
            return []
        rel_type, pairs = _pairs(site, beside)
        if not pairs:
            self.stop = _no_pair(site)
            return []
        status = "potential" if _hedged(site.view, site.found, site.left, _refused_wishes(site)) or _promised(site) \
            else "stated"
        if status == "potential" and _denied_after(site.view, site.found, site.left):
            self.stop = "denied"
            return []
        if site.trigger.negated_only != _negated_at(site):
            if site.trigger.negated_only:  # "X n'a pas été retenu": the negation is what the rule states
                self.stop = "negated only"
                return []
            negated = policy.negated_type(rel_type, site.trigger.frame, [site.labels.get(p.target) for p in pairs])
            if negated is None:
                self.stop = "policy: none"
                return []
            rel_type = negated
            if all(p.via_context for p in pairs) and _round_at_hand(site):
                self.stop = "round at hand"
                return []  # "Nous n'avons pas participé à ce tour ; X n'en fait pas partie": the round's, no program's
        if status == "potential" and rel_type == "MEMBER_OF" and all(p.via_context for p in pairs) \
                and not _program_pointed(site):
            self.stop = "hedge without program"
            return []  # "the company may well sign up later": no program named, a hedge states nothing
        if rel_type in policy.SIGNED_TEXT and all(site.labels.get(p.target) == "Program" and is_signed_text(p.target)
                                                  for p in pairs):
            rel_type = policy.SIGNED_TEXT[rel_type]
        if rel_type in policy.FORMAL_AGREEMENT and _agreements(site.lang).search(site.view.text):
            rel_type = policy.FORMAL_AGREEMENT[rel_type]
        made = _claims(site, article, rel_type, status, pairs)
        self.stop = "" if made else "frame: source is target"
        return made


def _no_pair(site: Site) -> str:
    """Why the frame gave no pair: a side with no group, else no group of the labels the type needs."""
    if site.left is None and not site.rights:
        return "frame: no left or right group"
    if site.left is None:
        return "frame: no left group"
    if not site.rights:
        return "frame: no right group"
    return "frame: no pair"


def _round_at_hand(site: Site) -> bool:
    """The sentence, or the one before it, speaks of a funding round ("ce tour", "this round")."""
    rounds = site.lang.round_words
    return speaks_of_money(site.view, rounds) or not rounds.isdisjoint(site.ctx.previous_words)


def _program_pointed(site: Site) -> bool:
    """The sentence names a program, or points at one: a program's head ("le programme", "the mission's
    pool") or a pronoun standing for it ("s'y joindre", the text at hand in "qu'il la signerait")."""
    heads, named = site.lang.references.heads, site.lang.mentions.apposition_heads
    return any(site.labels.get(e) == "Program" for g in site.view.groups for e in g.entities) \
        or any("Program" in heads.get(w, ()) or named.get(w) == "Program" or w in site.lang.program_pronouns
               for w in site.view.words) \
        or _signs_text_at_hand(site)


def opening_company(views: list[SentenceView], labels: dict[str, str], reach: int = 2, lead: int = 8) -> str | None:
    """The company an article opens with: the one entity of the first group of its first
    sentences that name anyone, standing within their first ``lead`` tokens (a subject, not an
    object further on)."""
    for view in islice((v for v in views if v.groups), reach):  # (a view's groups are built when read)
        g = view.groups[0]
        if g.start - view.span.start <= lead and len(g.entities) == 1 and labels.get(g.entities[0]) == "Company":
            return g.entities[0]
    return None


def topic_program(doc: Doc, views: list[SentenceView],
                  programs: list[tuple[int, str]]) -> tuple[frozenset[int], str | None]:
    """The sentences that stand in the document's headline lines, and the article's topic program:
    the one program the body (outside those lines) names, none where it names two or more.
    ``programs`` are (token, id) of the document's program mentions (``Context.programs``)."""
    table = nlp_mod.tokens(doc)  # (``doc.text`` and ``span.start_char`` build a Token per token)
    lines = headline_lines(table.doc_text)
    heads = frozenset(v.index for v in views if any(a <= table.rows[v.span.start].idx < b for a, b in lines))
    spans = [(v.span.start, v.span.end) for v in views if v.index in heads]
    named = {eid for s, eid in programs if not any(a <= s < b for a, b in spans)}
    return heads, (next(iter(named)) if len(named) == 1 else None)


def site_of(f: Found, view: SentenceView, labels: dict[str, str], ctx: Context, next_end: int,
            bullets: Group | None = None) -> tuple[Site, list[Group]]:
    """The site of a firing, and the groups that stand beside its subject ("aux côtés de X")."""
    base = view.span.start
    t0, t1 = base + f.start, base + f.end
    aside = next((a for a in view.asides if a.start <= t0 < a.end), None)
    if aside is not None:  # "X, backed by Y, and Z signed": "backed by" sees X and Y only
        view = replace(view, groups=aside.groups, asides=[])
    how = reading(f.trigger.frame)
    left = _possessor_only(view, left_group(view, t0, skip_agents=how.skip_agents, skip_possessive=how.skip_possessive))
    if left is None and how.co_subjects:
        left = _contrast_subject(view, t0)
    if left is not None and (_fronted_place(view, left) or _channel_group(view, left, labels)):
        left = None  # ("Funded under P, the consortium brings together X": P is the channel, no subject)
    left = _past_incise(view, _past_aside(view, left, t0) if left is not None else None, t0)
    if "reciprocal" not in f.trigger.options:  # ("X and Y, which partner on W": a reciprocal verb pairs the whole list)
        left = _relative_on_last(view, left, t0)
    if left is not None:  # "Avec le soutien de X, Y lance P": X stands in the opening phrase, Y is the subject
        left = opening_tail(view, left, t0) or left
    if left is not None:
        coordinated = _coordinated(view, left, t0)
        if coordinated or _clientele(view, left):  # "X, whose customers include Y, and is backed by Z": X
            left = _coordinated_subject(view, left) if coordinated else None
        elif how.skip_possessive and _coordinated_verb(view, left, f.start):
            # "X named Y its provider last year and also works with Z": the first verb's subject is the second's
            left = _coordinated_subject(view, left) or left
    # groups inside a gapped trigger ("injectée dans la licorne ... par X") come first on the right
    # (a name in an incise the trigger reads through is none of its arguments: "signé, en marge du salon X, un accord")
    rights = [g for g in view.groups if t0 <= g.start and g.end <= t1 and not _in_incise(view, g, t0, t1)] \
        + [g for g in right_groups(view, t1) if not _in_incise(view, g, t0, t1)]
    opening = opening_subject(view, t0, t1) if left is None and how.opening else None
    if opening:  # "Founded by X, P ...", "Having joined P, X ...": the subject follows the clause
        left, cut, head = opening
        rights = [head if g is cut else g for g in rights if g is not left]
    elif left is None and (owner := nominal_owner(view, rights, t0, t1)):  # "l'investissement de X dans Y"
        left, rights = owner, rights[1:]
    trimmed = [_without_possessor(view, g, f.trigger.frame in LISTING_FRAMES) for g in rights]
    rights = trimmed[: trimmed.index(None)] if None in trimmed else trimmed  # (a list stops at a possessive)
    if f.trigger.type in ("MEMBER_OF", "EXCLUDED_FROM"):
        rights = _past_owner(view, rights, labels)
        if left is not None and left.end - base < f.start and view.words[left.end - base] in view.lang.membership_nouns:
            left = None  # "three Council of Europe member states have ratified it": the Council is none of them
    rights = [h for h in (_past_apposition(view, g, t0) for g in rights) if h is not None and not _clientele(view, h)]
    speakers = [k for k, g in enumerate(rights) if _speaker(view, g)]
    rights = rights[: speakers[0]] if speakers else rights  # (nothing after a reporting clause is an object)
    if rights and _opens_incise(view, t0):  # "X, whose investors include Y, partnered with Z": Y only
        rights = [g for g in rights if "," not in view.words[rights[0].end - base : g.start - base]]
    relative = next((k for k, g in enumerate(rights) if _in_relative_after(view, t1, g)), None)
    rights = rights[:relative] if relative is not None else rights  # ("X led the round, in which Y took part")
    if bullets:  # the items of the list the sentence announces, whatever stands between
        rights.append(bullets)
    # "X a financé, aux côtés d'Iliad, le laboratoire Y": Iliad stands with the subject, not as the object
    # (and a roster after the phrase's colon: "aux côtés de : A, ... ; B, ...")
    beside = [g for g in rights if after_phrase(view, g, view.lang.beside, skip=view.lang.definite_articles | {",", ":"})] \
        if how.beside else []
    rights = [g for g in rights if g not in beside]
    rel_type = f.trigger.type
    if how.participation and rel_type != "FUNDS":  # "X also took part": in the round or in the program at hand
        money = _funding_context(view, ctx, rights, labels)
        rel_type = policy.PARTICIPATION["money" if money else "otherwise"]
    return Site(view, f, rel_type, left, tuple(rights), labels, ctx, next_end), beside


def _channel_group(view: SentenceView, g: Group, labels: Mapping[str, str]) -> bool:
    """The group is programs named as the channel something goes through: "au titre du P", "under P"."""
    if not g.entities or any(labels.get(e) != "Program" for e in g.entities):
        return False
    table = nlp_mod.tokens(view.span.doc)
    at = table.rows[g.start].idx
    return channel_at(view.lang, table.doc_text, at)


def _in_incise(view: SentenceView, g: Group, t0: int, t1: int) -> bool:
    """The group stands between two commas inside the firing t0..t1, or in an incise right after it
    ("ont lancé, lors d'une visite de X, le programme P")."""
    base = view.span.start
    if g.end <= t1:
        return "," in view.words[t0 - base : g.start - base] and "," in view.words[g.end - base : t1 - base]
    close = incise_end(view.words, t1 - base, view.lang.incise_openers)
    return close is not None and g.end - base <= close


def _past_apposition(view: SentenceView, g: Group, t0: int, reach: int = 6) -> Group | None:
    """``g`` without the name that opens it inside an apposition describing the name before, with more
    after it: "aux côtés d'Iliad, la maison mère de Free, le laboratoire Kyutai", "with X, the parent
    company of Y, and Z". That name is said of the name before, never an argument of the trigger;
    None when nothing of ``g`` is left. An apposition that holds the trigger itself ("P, an
    initiative of X and Y, ...") is the trigger's own phrase: its names are the arguments."""
    base, lang = view.span.start, view.lang
    before = [h for h in view.groups if h.end <= g.start]
    if not before or before[-1].end <= t0:
        return g
    gap = [w.rstrip("'") for w in view.words[before[-1].end - base : g.start - base]]
    articles = bare_articles(lang.apposition_articles)
    if not (2 < len(gap) <= reach and gap[0] == "," and gap[1] in articles and gap[-1] in lang.prep_of
            and "," not in gap[1:]):
        return g
    if len(g.entities) > 1:  # "Free, le laboratoire Kyutai" read as one list: the apposition's name goes
        return replace(g, entities=g.entities[1:])
    more = any(h.start > g.end for h in view.groups)
    if more and view.words[g.end - base : g.end - base + 1] == [","]:
        return None
    # ", le fonds d'investissement de X." / ", the venture arm of X": X owns the name before, no party
    return None if gap[2] in lang.kin_nouns and g.end - base >= len(view.words) - 1 else g


def _clientele(view: SentenceView, g: Group, reach: int = 4) -> bool:
    """A list of customers or suppliers, no party of any trigger: after a clientele noun with one to
    three words between and no preposition of a party ("Its customers include X", "clients, dont X",
    "customers such as X", "Parmi ses clients figurent X"), or before "as" / "among" and one
    ("counts X among its clients", "works with X as customers"). A noun right before the name is its
    title ("its client Airbus"), no list."""
    lang, base = view.lang, view.span.start
    stop = max([h.end for h in view.groups if h.end <= g.start] + [g.start - reach])
    before = view.words[max(0, stop - base) : g.start - base]
    parties = lang.prep_with | lang.prep_to | lang.prep_into | lang.agent_prepositions
    for k in range(len(before) - 2, -1, -1):
        if before[k + 1] in parties:
            break
        if before[k] in lang.clientele_nouns:
            return True
    after = view.words[g.end - base : g.end - base + 4]
    return bool(after) and after[0] in lang.role_prepositions | lang.list_leadins \
        and any(w in lang.clientele_nouns for w in after[1:])


def _contrast_subject(view: SentenceView, t0: int, reach: int = 6) -> Group | None:
    """The subject of a second predicate after "but" / "mais" with no subject of its own, within ``reach``
    plain words before the trigger: "X was invited but declined to take part", "X a été sollicité mais a
    refusé d'y participer" (the first clause's subject); none where a name stands after "but"."""
    lang, base = view.lang, view.span.start
    words = view.words[: t0 - base]
    k = next((j for j in range(len(words) - 1, -1, -1) if words[j] in lang.references.contrast_coordinators), None)
    if k is None or len(words) - k - 1 > reach or not all(w.isalpha() for w in words[k + 1 :]) \
            or any(base + k < g.start < t0 for g in view.groups):
        return None
    start = k - 1 if k and words[k - 1] == "," else k
    return left_group(view, base + start, skip_possessive=True)


def _coordinated(view: SentenceView, left: Group, t0: int) -> bool:
    """The trigger follows "and" / "et" and auxiliaries only, after the group before it: a second
    predicate with no subject of its own ("X is a member of P and is backed by Y")."""
    lang, base = view.lang, view.span.start
    skipped = lang.predicate_auxiliaries | lang.transparent | lang.clientele_nouns | lang.role_prepositions \
        | lang.list_leadins | lang.articles | lang.determiners | {","}  # (", as customers, and raised": a client list's tail)
    between = [w for w in view.words[left.end - base : t0 - base] if w not in skipped]
    return len(between) == 1 and between[0] in lang.and_words and left is not _opening_group(view)


def _opening_group(view: SentenceView) -> Group | None:
    """The group that opens the sentence, only articles and descriptors before it ("Le groupe Atos")."""
    lang, base = view.lang, view.span.start
    first = view.groups[0] if view.groups else None
    if first is None or first.agent:
        return None
    lead = view.words[: first.start - base]
    words = lang.articles | lang.mentions.company_descriptors | lang.mentions.organization_descriptors
    return first if len(lead) <= 2 and all(w in words for w in lead) else None


def _coordinated_subject(view: SentenceView, left: Group) -> Group | None:
    """The subject of a second predicate whose group before it is a client list or the object of the
    first: the group opening the sentence, when nothing but its own clause stands between ("Dataiku
    compte 600 clients, dont A et B, et est soutenu par Y"); else none."""
    first = _opening_group(view)
    if first is None or first is left or first.end > left.start or _clientele(view, first):
        return None
    return first


def _without_possessor(view: SentenceView, g: Group, listing: bool) -> Group | None:
    """A list after a trigger whose last name is a possessive opens a new noun phrase with it ("a
    partnership with X and Y's work with Z"): that name is no item of the trigger's list. After a
    trigger that lists members (``listing``), a lone possessive is none either ("examples include X's
    work with Y")."""
    k = g.end - view.span.start
    if not (view.words[k : k + 1] and view.words[k] in view.lang.possessives):
        return g
    if len(g.entities) > 1:
        return replace(g, entities=g.entities[:-1])
    return None if listing else g


def _past_owner(view: SentenceView, rights: list[Group], labels: dict[str, str]) -> list[Group]:
    """A membership's object named with its owner's possessive: "signed the Council of Europe's Framework
    Convention", "joined Japan's Hiroshima AI Process": the program right after the possessive is the
    object, its owner is none (with no program there, the possessor stays: "joined Microsoft's board"; nor
    before a lowercase description, which may be the owner's own: "the EU's voluntary code of practice")."""
    if len(rights) < 2 or len(rights[0].entities) != 1:
        return rights
    k, nxt = rights[0].end - view.span.start, rights[1]
    words = view.words
    gap = words[k + 1 : nxt.start - view.span.start]
    named = view.span.doc[nxt.start].text[:1].isupper()  # (a name, not "the EU's voluntary code of practice")
    if words[k : k + 1] and words[k] in view.lang.possessives and len(gap) <= 2 and named \
            and all(w.isalpha() and w.islower() for w in gap) and any(labels.get(x) == "Program" for x in nxt.entities):
        return rights[1:]
    return rights


def _possessor_only(view: SentenceView, g: Group | None) -> Group | None:
    """A list that a preposition governs, whose last name is a possessive: only that name owns the
    noun after it ("a partnership with X and Y's work with Z": Y works with Z, not X)."""
    if g is None or len(g.entities) < 2:
        return g
    lang, k = view.lang, g.end - view.span.start
    j = g.start - view.span.start - 1
    preps = lang.prep_with | lang.prep_of | lang.prep_in | lang.prep_to | lang.prep_between
    if view.words[k : k + 1] and view.words[k] in lang.possessives and j >= 0 and view.words[j] in preps:
        return replace(g, entities=g.entities[-1:])
    return g


def _speaker(view: SentenceView, g: Group) -> bool:
    """A name in a reporting clause after a comma is its speaker, never an argument: ", the White
    House said", ", a indiqué X"."""
    lang, base = view.lang, view.span.start
    before = [w for w in view.words[max(0, g.start - base - 4) : g.start - base] if w not in lang.articles]
    # (a word of the outlet's name the mention left out may stand between: ", Nikkei Asia reported")
    if before[-1:] == [","] and reporter_at(view, g.end, lang.articles | lang.clause_breaks):
        return True
    return bool(before) and before[-1] in lang.speech_verbs and "," in before


def _fronted_place(view: SentenceView, g: Group, lead: int = 4) -> bool:
    """A name after a place preposition in a phrase that opens the sentence, a comma after it
    ("Mercredi à Braga, l'agence ... a signé", "At Google, researchers ..."): a place, no subject."""
    base = view.span.start
    k = g.start - base
    while k > 0 and view.words[k - 1] in view.lang.mentions.place_articles:
        k -= 1
    # (a phrase that opens the sentence: "OVHcloud, rival of X, signed" puts X in an apposition, no place)
    return (0 < k <= lead and view.words[k - 1] in view.lang.mentions.place_before
            and view.words[g.end - base : g.end - base + 1] == [","] and "," not in view.words[: k - 1])


def _past_aside(view: SentenceView, g: Group, t0: int) -> Group | None:
    """``g`` without the names of a phrase set aside at the start of the sentence, before its first comma,
    the trigger after it ("Outre les fonds X et Y, cette levée ...", "Besides X, the round drew ...",
    "Unlike X, Y joined P": only Y joined); None when nothing of ``g`` is left. A list read across the
    comma ("Unlike X, Y") is cut there."""
    base = view.span.start
    comma = opening_comma(view, view.lang.aside_openers)
    if comma is None or not comma < t0 - base or g.start - base > comma:
        return g
    return None if g.end - base <= comma else cut_group(view, g, comma)[1]


def _relative_on_last(view: SentenceView, g: Group | None, t0: int) -> Group | None:
    """A relative clause after a list, holding the trigger, speaks of the list's last name: "backed by X, Y
    and Z, which also funds W" (Z funds W), "financé par X et Y, qui soutient aussi W"; the whole list where
    a word says so ("which both fund W")."""
    if g is None or len(g.entities) < 2:
        return g
    base, lang = view.span.start, view.lang
    between = view.words[g.end - base : t0 - base]
    if len(between) < 2 or between[0] != "," or between[1] not in lang.relatives - lang.relative_possessives \
            or "," in between[1:] or any(w in lang.together_words for w in view.words[g.end - base : t0 - base + 2]):
        return g
    return replace(g, entities=g.entities[-1:])


def _in_relative_after(view: SentenceView, t1: int, g: Group) -> bool:
    """``g`` stands in a relative clause that opens after the trigger's object: "X a mené le tour, auquel
    ont aussi participé Y" (Y took part; X funds no Y), "X signed a deal with Y, which also backs Z"."""
    base, lang = view.span.start, view.lang
    gap = [w.rstrip("'") for w in view.words[t1 - base : g.start - base]]
    relatives = _clause_relatives(lang)
    return any(gap[k] == "," and gap[k + 1] in relatives for k in range(len(gap) - 1))


@lru_cache(maxsize=None)
def _clause_relatives(lang: LanguageData) -> frozenset[str]:
    """Relatives that open a clause after an object (not a list's lead-in: "dont X")."""
    return (lang.relatives | lang.relative_objects | lang.relative_possessives) - lang.list_leadins


@lru_cache(maxsize=None)
def _incise_openers(lang: LanguageData) -> frozenset[str]:
    return bare_articles(lang.apposition_articles) | lang.relatives | lang.relative_possessives | lang.likeness_words


def _opens_incise(view: SentenceView, t0: int) -> bool:
    """The trigger stands in an apposition or a relative clause that opens after a name and a comma
    ("X, whose investors include Y, ...", "X, an investor in Y, ..."): it ends at the next comma."""
    base = view.span.start
    before = [h for h in view.groups if h.end <= t0]
    if not before:
        return False
    opening = [w.rstrip("'") for w in view.words[before[-1].end - base : t0 - base]]
    return len(opening) >= 2 and opening[0] == "," and opening[1] in _incise_openers(view.lang) \
        and "," not in opening[1:]


def _past_incise(view: SentenceView, g: Group | None, t0: int, reach: int = 5, span: int = 10) -> Group | None:
    """The subject before an apposition, a relative clause or a comparison set between commas that holds
    ``g``, the trigger a few words after its closing comma: "OVHcloud, a rival of X and Y, signed ...",
    "Sequoia, an early investor in X, led ...", "Mistral AI, whose investors include X, partnered with ...",
    "LightOn, a start-up that counts X as a client, signed ...", "X, like rivals Y and Z, is racing to sign"
    (the names inside are said of the subject, never the subject)."""
    if g is None:
        return None
    base, lang = view.span.start, view.lang
    before = [h for h in view.groups if h.end <= g.start]
    if not before:
        return g
    opening = [w.rstrip("'") for w in view.words[before[-1].end - base : g.start - base]]
    closing = view.words[g.end - base : t0 - base]
    # (a relative after a preposition opens one too: "Mistral AI, dans laquelle X a investi, a annoncé")
    if len(opening) < 2 or opening[0] != "," or "," in opening[1:] or "," not in closing \
            or (opening[1] not in _incise_openers(lang)
                and not (opening[2:3] != [] and opening[2] in relative_words(lang) and opening[1].isalpha())
                and not _bare_apposition(view, before[-1].end, g.start)):
        return g
    last = len(closing) - 1 - closing[::-1].index(",")
    if closing.count(",") > 1 or len(closing) - last - 1 > reach or len(opening) > span \
            or any(w in lang.clause_breaks or w in lang.and_words for w in closing[last + 1 :]) \
            or closing[last + 1 : last + 2] and closing[last + 1].rstrip("'") in _incise_openers(lang):
        return g  # (a long clause before g is no incise; a relative after g opens another one)
    return before[-1]


def _bare_apposition(view: SentenceView, a: int, b: int) -> bool:
    """Tokens a..b open an apposition without an article that ends on "of" before a name: ", concurrent
    d'", ", filiale de", ", rival of", ", leader européen de": lower-case nouns and adjectives, no verb
    ("X, backed by Y" is an agent; "X, which ..." a relative)."""
    lang, base = view.lang, view.span.start
    words = [w.rstrip("'") for w in view.words[a - base : b - base]]
    if not (3 <= len(words) <= 5 and words[0] == "," and words[-1] in lang.prep_of):
        return False
    rows = nlp_mod.tokens(view.span.doc).rows
    stop = lang.relatives | lang.clause_breaks | lang.and_words | lang.articles | verbish_words(lang)
    return all(w.isalpha() and rows[a + k].text[:1].islower() and w not in stop
               and rows[a + k].pos_ not in ("VERB", "AUX") for k, w in enumerate(words[1:-1], start=1))


def _coordinated_verb(view: SentenceView, L: Group | None, start: int) -> bool:
    """The trigger (at word ``start`` of the sentence) is a second verb coordinated after an object ("X
    named Y its provider and also works with Z"): the group L before it is that object, not its subject,
    when a name stands before the group. ("X was founded in 2023 and partners with Z" keeps X, the first
    name of the sentence.)"""
    if L is None or not any(g.end <= L.start for g in view.groups):
        return False
    lang, base = view.lang, view.span.start
    between = view.words[L.end - base : start]
    lemmas = view.lemmas[L.end - base : start]
    ands = [k for k, w in enumerate(between) if w in lang.and_words]
    if not ands or ands[-1] == 0:
        return False
    k = ands[-1]
    return all(w in lang.transparent or w in lang.reflexives or lem in lang.copulas
               for w, lem in zip(between[k + 1 :], lemmas[k + 1 :]))


def _gate(site: Site, language: str) -> str:
    """The first of the trigger's conditions that fails, by name ("" when all hold): an amount or a
    program where it needs one; no promise to do something ("s'était engagé à retirer"); no founding
    word that speaks of membership. The names are what ``aipg eval --explain`` shows (loaders/trace.py)."""
    view, f, trig = site.view, site.found, site.trigger
    if _question(view, f):
        return "gate: question"
    if _in_idiom(view, f):
        return "gate: idiom"
    if _inside_list(view, f):
        return "gate: inside a list"
    if reading(trig.frame).skip_possessive and _coordinated_verb(view, site.left, f.start):
        return "gate: coordinated verb"  # (frames whose left group is the subject)
    if trig.needs_amount and not given_amounts(view.text, language):
        return "gate: amount"
    if trig.frame == "raise" and site.lang.promise_nouns & set(view.words[f.start : f.end]) \
            and not find_amounts(view.text, language):
        return "gate: promise"  # "secured a pledge from X to upgrade its plants": a promise of no stated money
    if trig.type == "FUNDS" and any(w in site.lang.reflexives for w in view.words[max(0, f.start - 2) : f.start]) \
            and any(w in site.lang.promise_markers for w in view.words[f.end : f.end + 3]):
        return "gate: promise to give"
    if "verb" in trig.options and _noun_here(site):
        return "gate: noun"
    if trig.needs_program and not (site.rights and any(site.labels.get(x) == "Program" for x in site.rights[0].entities)) \
            and not _program_antecedent(site) and not (names_program(site) and site.program_near()) \
            and not _signs_text_at_hand(site):
        return "gate: program"  # (a program named, or "dropped from the shortlist" of the program at hand)
    if trig.type == "MEMBER_OF" and _as_observer(view, f):
        return "gate: observer"  # "X, which took part in the talks as an observer, ...": no member
    if _withheld(view, f):
        return "gate: withheld"  # "declined to say whether it would join P": nothing is stated
    if "close" in trig.options and not _object_close(site):
        return "gate: close"
    if "text" in trig.options and not (site.rights and all(site.labels.get(x) == "Program" and is_signed_text(x)
                                                           for x in site.rights[0].entities)):
        return "gate: text"  # "endorsed the P Declaration" adheres to a text; "endorsed the P programme" says nothing
    if "objectless" in trig.options and not _no_object(site):
        return "gate: objectless"  # "did not sign the European Union's code": an object is stated, the rule reads none
    if "bare" in trig.options and not _bare_object(site):
        return "gate: bare"
    if "round" in trig.options and not (speaks_of_money(view, site.lang.round_words) or site.ctx.funds_sentence >= view.index - 1):
        return "gate: round"  # "The deal was led by X" speaks of a round only right after a raise
    if trig.type == "FUNDS" and _reported_subject(site):
        return "gate: reported subject"
    if trig.type in policy.FOUNDING_MEMBER_DROPS \
            and any(w in site.lang.membership_nouns for w in view.words[max(0, f.start - 1) : f.start + 4]):
        return "gate: founding member"  # "founding member", "membres fondateurs de P": membership, not creation
    if trig.type == "FOUNDED" and trig.frame == "active" and _describing_participle(view, f):
        return "gate: participle"  # "X, the AI company founded in Tunis in 2014, announced ...": no act of founding
    return ""


def _as_observer(view: SentenceView, f: Found, reach: int = 10) -> bool:
    """An observer's noun after the trigger, in its clause: "took part as an observer", "participait aux
    négociations comme observateur"."""
    for w in view.words[f.end : f.end + reach]:
        if w in (",", ";", ".") or w in view.lang.list_joiners:
            return False
        if w in view.lang.observer_nouns:
            return True
    return False


def _describing_participle(view: SentenceView, f: Found) -> bool:
    """The trigger is a participle describing the noun or name just before it, its complement a place or
    a date: "X, a startup founded in 2019, ...", "the AI company founded in Tunis", "Lumeo, fondée à Lyon
    en 2018, ..." (the name is the one founded, by nobody the sentence names). Not after an auxiliary
    ("a fondé en 2014 la société Y") nor after a name ("X founded in 2014 ...": its subject); opening the
    sentence, it describes the subject after it ("Founded in 2019, X ...")."""
    lang, base = view.lang, view.span.start
    if f.end >= len(view.words):
        return False
    nxt, rows = view.words[f.end], nlp_mod.tokens(view.span.doc).rows
    written = " ".join(rows[k].text.lower() for k in range(base + f.start, base + f.end))
    if not written.endswith(lang.written_participles) \
            or not (nxt in lang.mentions.place_before or nxt in lang.mentions.calendar or nxt.isdigit()):
        return False
    before = view.words[f.start - 1] if f.start else ","  # ("Créée en 2021 à Nantes, la start-up X ...")
    if before == ",":
        return True
    return before.isalpha() and rows[base + f.start - 1].text[:1].islower() and not auxiliary(view, f.start - 1) \
        and before not in lang.relatives and before not in lang.references.pronouns \
        and not any(g.end == base + f.start for g in view.groups)


def _inside_list(view: SentenceView, f: Found) -> bool:
    """The trigger stands between two items of one list: its words join them ("X and Y, joined by Z",
    "A, rejoint par B"), they state nothing of their own."""
    t0, t1 = view.span.start + f.start, view.span.start + f.end
    return any(g.start < t0 and t1 <= g.end for g in view.groups)


def _reported_subject(site: Site) -> bool:
    """The group before the trigger only reports what another subject does: a verb of saying between
    them, then a possessive or pointing word opening that subject ("X, which says its members will
    commit $150bn", "X a indiqué que ses membres investiront"): X gives nothing itself."""
    view, L = site.view, site.left
    if L is None:
        return False
    base, lang = view.span.start, view.lang
    between = range(L.end - base, site.found.start)
    says = [k for k in between if view.words[k] in lang.say_verbs or view.lemmas[k] in lang.say_verbs]
    return bool(says) and any(view.words[k] in lang.names.pointing for k in between if k > says[0])


def _withheld(view: SentenceView, f: Found, reach: int = 2) -> bool:
    """The trigger stands in an indirect question after a refused or negated verb of saying: "declined
    to say whether it would join P", "would not say if", "n'a pas voulu préciser s'il rejoindrait P"."""
    lang, neg = view.lang, view.lang.negation
    words, lemmas = view.words, view.lemmas
    for k in range(1, f.start):
        if words[k] not in lang.indirect_questions:
            continue
        says = [j for j in range(max(0, k - reach), k) if words[j] in lang.say_verbs or lemmas[j] in lang.say_verbs]
        if says and any(w in neg.refusals or w in neg.alone or w in neg.particles or w.endswith(neg.suffixes)
                        for w in words[max(0, says[0] - 4) : says[0]]):
            return True
    return False


def _previous_start(site: Site) -> int:
    """The first token of the sentence with words before the one read (0 in the first)."""
    previous = site.ctx.previous_view
    return previous.span.start if previous is not None else 0


def _signs_text_at_hand(site: Site) -> bool:
    """A verb of adhering or refusing whose object is the text at hand, unnamed: a pronoun before it
    ("Mistral l'a signée", "qu'il la signerait", "Dassault l'a boudé"). Only where the program the text
    is about is a text parties sign (a charter, a code): "l'a signée" after an alliance says nothing of
    it. With no object at all, the verb reads the text named in this sentence or the one before
    (``_sign_alone``: "Canada and Japan are expected to sign at a later stage")."""
    f = site.found
    if site.trigger.frame != "active" or site.trigger.type not in ("MEMBER_OF", "EXCLUDED_FROM") or f.end - f.start != 1:
        return False  # (one verb: "signer", "ratifier", "bouder")
    pronoun = _text_pronoun(site)
    p = site.program_near() if pronoun or _sign_alone(site) else None
    return p is not None and site.labels.get(p) == "Program" and is_signed_text(p) \
        and (pronoun or any(x == p for t, x in site.ctx.programs if _previous_start(site) <= t < site.t0))


def _sign_alone(site: Site) -> bool:
    """A verb of signing with no object (the text at hand then named in its sentence or the one before:
    ``_signs_text_at_hand``): "Britain signed the Convention. Canada and Japan are expected to sign at a later
    stage", "la Chine ne devrait pas signer". Not a noun ("a sign of"), nor "to sign with Y" (a party)."""
    view, f, lang = site.view, site.found, site.lang
    before = view.words[f.start - 1] if f.start else ""
    return _no_object(site) and not (f.end < len(view.words) and view.words[f.end] in lang.prep_with) \
        and before not in lang.articles and before not in lang.determiners


def _text_pronoun(site: Site) -> bool:
    """An object pronoun right before the trigger, an auxiliary between at most, and its subject right
    before it (a name, "il", "ne"): "Mistral AI l'a signée", "qu'il la signerait"; not an article before
    a noun ("c'est le signe d'une Europe unie")."""
    view, f, lang = site.view, site.found, site.lang
    k = f.start - 1 - (f.start >= 2 and view.words[f.start - 1] in lang.mentions.slot_auxiliaries)
    if k < 1 or view.words[k] not in lang.text_pronouns:
        return False
    subject = view.span.start + k
    return view.words[k - 1] in lang.references.pronouns | lang.negation.clitics \
        or any(g.end == subject for g in view.groups)


def _program_antecedent(site: Site) -> bool:
    """The subject opens a relative clause on a program: "P, un texte que X a refusé de signer"."""
    antecedent = relative_antecedent(site.view, site.left) if site.left and not site.rights else None
    return antecedent is not None and any(site.labels.get(x) == "Program" for x in antecedent.entities)


def _object_close(site: Site) -> bool:
    """The first group after the trigger, if any, stands inside it or right after it, only articles,
    determiners and transparent words between ("kicked off the AI Alliance"); with none after it the
    frame looks elsewhere ("a programme the government set up")."""
    if not site.rights:
        return True
    lang = site.lang
    between = site.object_gap()
    # (a noun that names programs before a program's name: "rejoint le programme P")
    program = all(site.labels.get(x) == "Program" for x in site.rights[0].entities)
    return len(between) <= 3 and all(w in lang.articles or w in lang.determiners or w in lang.transparent
                                     or (site.trigger.type == "FOUNDED" and w in lang.novelty_words)
                                     or (program and "Program" in lang.references.heads.get(w, ()))
                                     for w in between)


def _no_object(site: Site) -> bool:
    """Nothing stands for the trigger's object right after it: no name, article or determiner, only
    punctuation, the end or another clause ("the US and the UK declined to sign, citing ...")."""
    k, view, lang = site.found.end, site.view, site.lang
    return k >= len(view.words) or (k not in view.inside and view.words[k] not in lang.articles
                                    and view.words[k] not in lang.determiners)


def _bare_object(site: Site) -> bool:
    """The partner stands right after the trigger, a description at most before it ("with cloud provider
    Y", "avec le fournisseur de cloud Y"), and alone after it: no noun it modifies ("with Nvidia chips",
    "with Nvidia's processors" name a supplier's product, no partner)."""
    if not site.rights:
        return False
    lang, view, base = site.lang, site.view, site.view.span.start
    skip = lang.articles | lang.determiners | lang.transparent
    lo = site.left.end - base if site.left is not None else site.found.start
    if not all(view.words[k] in lang.articles or view.words[k] in lang.determiners or auxiliary(view, k)
               for k in range(lo, site.found.start)):
        return False  # (nor a subject that qualifies another noun: "Nvidia's chips helped Y build it")
    rest = [w for w in site.object_gap() if w not in skip]
    nouns = lang.descriptors | lang.mentions.descriptor_nouns | lang.mentions.company_descriptors \
        | lang.mentions.organization_descriptors
    if rest and not (len(rest) <= 3 and all(w.isalpha() for w in rest) and nouns & set(rest)):
        return False
    after = view.words[site.rights[0].end - base : site.rights[0].end - base + 1]
    if not after or not lang.modifier_before or site.rights[0].start < site.t1:  # (a language that puts such names after their noun)
        return True
    return not (after[0] in {"'s", "’s", "'"} or (after[0].isalpha() and after[0] not in lang.not_nouns))


def _noun_here(site: Site) -> bool:
    """A word that is both a verb and a noun reads as a noun after an article, or after an
    article and one more word ("the fund", "the Singaporean fund Temasek"), or after a word that only
    modifies nouns ("raised new funds", "its funding"); a possessive counts as an article ("Microsoft's
    venture fund M12")."""
    before = site.view.words[max(0, site.found.start - 2) : site.found.start]
    articles = site.lang.articles | site.lang.possessives
    return bool(before) and (before[-1] in articles or before[-1] in site.lang.noun_modifiers
                             or (len(before) == 2 and before[0] in articles
                                 and before[1].isalpha() and before[1] not in articles))


def _founded_between(site: Site) -> bool:
    """A founding verb between the trigger and the program after it: the partners make the program, they do
    not join it ("X and Y announced a partnership to establish P", "s'associent pour créer P")."""
    base, stop = site.view.span.start, site.rights[0].start
    return any(f.trigger.type == "FOUNDED" and site.found.end <= f.start and base + f.end <= stop
               for f in find_triggers(site.view))


def _pairs(site: Site, beside: list[Group]) -> tuple[str, list[Pair]]:
    """The relation type and the (source, target) pairs: the frame's, or a program's partners."""
    rel_type, L, labels = site.rel_type, site.left, site.labels
    if rel_type in policy.PROGRAM_PARTNER and L and site.rights and all(labels.get(x) == "Program" for x in site.R) \
            and any(labels.get(x) in ORG_LABELS for x in L.entities) and not _founded_between(site):
        # "X et Y deviennent partenaires de Stargate": a program's partner institutions are its members
        return policy.PROGRAM_PARTNER[rel_type], [Pair(x, site.R[0], False) for x in L.entities
                                                  if labels.get(x) in ORG_LABELS]
    if rel_type == "PARTNERS_WITH" and L and len(L.entities) == 1 and labels.get(L.entities[0]) == "Program" \
            and site.rights and site.orgs(site.R) \
            and all(auxiliary(site.view, k) for k in range(L.end - site.view.span.start, site.found.start)) \
            and not set(site.object_gap()) & site.lang.mentions.program_descriptors and not _founded_between(site):
        # "The programme will work with four partners: A, ...; B, ...": the partners of a program are its members
        # (the program the subject, only auxiliaries between: not "its participation grew out of a partnership with X";
        # no program after it: "le centre travaillera avec le programme X")
        return policy.PROGRAM_PARTNER[rel_type], [Pair(x, L.entities[0], False) for x in site.orgs(site.R)]
    pairs = FRAMES[(site.trigger.frame, site.trigger.type)](site)
    # the program at hand listed beside a party ("three founding members: A, B and C", A being the topic): peers
    pairs = [p for p in pairs if not (p.via_context and any(p.source in g.entities and p.target in g.entities
                                                                 for g in site.view.groups))]
    if rel_type == "FUNDS":  # "backed by Spotify founder Daniel Ek", "par le fondateur d'Iliad, X": the person's, not the firm's
        named = _affiliations(site)
        pairs = [p for p in pairs if p.source not in named and p.target not in named]
        near = site.view.words[max(0, site.found.start - 3) : site.found.end + 3]
        if site.lang.apart_adverbs & set(near):  # "Isambard-AI, funded separately, ...": not the party at hand's money
            pairs = [p for p in pairs if not p.via_context]
    if rel_type not in SYMMETRIC:  # two items of the lines a colon sets out are peers, not each other's funder or member
        listed = [g.entities for g in site.set_out]
        pairs = [p for p in pairs if not any(p.source in g and p.target in g for g in listed)]
    if pairs and reading(site.trigger.frame).co_subjects:
        # "X also invested, as did Y", "aux côtés de Z": co-subjects share every target
        targets = list(dict.fromkeys(p.target for p in pairs))
        known = {p.source for p in pairs}
        also = _also_subjects(site.view, site.t1) + [x for g in beside for x in g.entities]
        pairs += [Pair(x, t, any(p.via_context for p in pairs if p.target == t))
                  for x in dict.fromkeys(also) if x not in known and labels.get(x) in ORG_LABELS
                  for t in targets if x != t]
    return rel_type, pairs


def _affiliations(site: Site) -> frozenset[str]:
    """Organizations the sentence names only as a person's employer: before a role and a capitalised name
    ("Spotify founder Daniel Ek", "Salesforce's chief executive Marc Benioff"), or after a role and "de"
    ("le fondateur d'Iliad, Xavier Niel"). Such a name is no party of the money: the person is."""
    view, base = site.view, site.view.span.start
    words, roles, of = view.words, view.lang.names.role_words, view.lang.prep_of
    texts = [t.text for t in view.span]
    seen: dict[str, bool] = {}  # entity -> every mention of it here is an affiliation
    for k in range(1, len(words) + 1):  # (the mentions ending in this sentence, by their end)
        eid = site.ctx.ends.get(base + k)
        if eid is None:
            continue
        j = k + (k < len(words) and words[k] in ("'s", "s", "'"))
        run = j
        while run < len(words) and words[run] in roles:
            run += 1
        after = run > j and run < len(texts) and texts[run][:1].isupper()
        seen[eid] = seen.get(eid, True) and after
    for g in view.groups:
        if len(g.entities) != 1 or g.entities[0] not in seen:
            continue
        k = g.start - base
        before = k >= 2 and words[k - 1] in of and (words[k - 2] in roles or k >= 3 and words[k - 3] in roles
                                                     and words[k - 2] in ("-", "co"))
        seen[g.entities[0]] = seen[g.entities[0]] or before
    return frozenset(e for e, only in seen.items() if only)


def _sentence_chars(view: SentenceView) -> tuple[int, int]:
    """The sentence's characters in the document text, without the spaces and line breaks around it."""
    raw = view.text
    start = view.span.start_char + len(raw) - len(raw.lstrip())
    return start, start + len(raw.strip())


def _claims(site: Site, article: Article, rel_type: str, status: str, pairs: list[Pair]) -> list[Claim]:
    """One claim per pair, with the sentence as evidence. Dates, amounts and clean evidence are
    loaders/claims.py's, which reads the whole document (``polish``)."""
    view, trig = site.view, site.trigger
    evidence = view.text.strip()  # the sentence verbatim, without the spaces and line breaks around it
    s_char, e_char = _sentence_chars(view)
    out = []
    for p in pairs:
        if p.source == p.target:
            continue
        conf = context_confidence(trig) if p.via_context else trig.confidence
        out.append(
            Claim(
                document_id=article.id, type=p.type or rel_type, source=p.source, target=p.target, status=status,
                confidence=round(conf, 3), evidence=evidence, sentence=view.index, start=s_char, end=e_char,
                rule=trig.rule + (".ctx" if p.via_context else ""),
            )
        )
        if (p.type or rel_type) == "FUNDS" and not MARK.match(view.text):
            site.ctx.funded(p.target, view.index)  # (a bulleted item glosses a funder; the round stays)
    return out


@lru_cache(maxsize=None)
def _agreements(lang: LanguageData) -> re.Pattern[str]:
    return lang.agreements()


def _cited_here(lang: LanguageData, doc: Doc, start: int, reach: int = 6) -> bool:
    """A name right after "selon", "d'après" or "according to" is a source here, never an argument; so is
    a name in a parenthesis of page furniture ("(Photo: Nvidia)", "(Crédit photo : X)")."""
    folded = nlp_mod.tokens(doc).folded
    lead = folded[max(0, start - reach) : start]
    if "(" in lead:
        k = len(lead) - 1 - lead[::-1].index("(")
        if ")" not in lead[k:] and lead[k + 1 : k + 2] and lead[k + 1] in lang.credit_words:
            return True
    before = [w.rstrip("'") for w in folded[max(0, start - 3) : start]]
    while before and before[-1] in lang.definite_articles:
        before.pop()
    return any(tuple(before[-len(c):]) == c for c in lang.citations)


def _modifier_here(lang: LanguageData, doc: Doc, start: int, end: int, ids: Sequence[str] = (),
                   labels: Mapping[str, str] | None = None) -> bool:
    """English "by former Google researchers", "the Nvidia chips": a name used as a modifier of the
    noun after it (an article or "former" before, a plain lowercase noun after) is no argument.
    A language that puts such names after their noun lists no ``modifier_before`` words. A
    program's name before a noun that names programs is the program itself ("the Stargate project")."""
    if end >= len(doc) or start == 0:
        return False
    rows = nlp_mod.tokens(doc).rows
    nxt, prev = rows[end].text, rows[start - 1].lower_
    if labels and ids and all(labels.get(x) == "Program" for x in ids) \
            and "Program" in lang.references.heads.get(fold(nxt), ()):
        return False
    if _provenance(lang, doc, start, end):
        return True
    return (prev in lang.modifier_before and nxt.isalpha() and nxt.islower() and nxt not in lang.not_nouns
            and not nxt.endswith(lang.participle_suffixes) and nxt not in trigger_words(lang))


def _provenance(lang: LanguageData, doc: Doc, start: int, end: int) -> bool:
    """A name that says where a party or its people come from or who owns it, no party here: joined to
    a lowercase word by a hyphen ("the Microsoft-owned company", "a Google-backed start-up"), or after
    a word for former staff and "of" ("des anciens de Google", "d'anciens chercheurs de Meta",
    "former employees of OpenAI"; not "ancien membre de P", a trigger)."""
    table = nlp_mod.tokens(doc)
    rows = table.rows
    if end + 1 < len(doc) and rows[end - 1].whitespace_ == "" and rows[end].text == "-" \
            and rows[end].whitespace_ == "" and rows[end + 1].text.isalpha() and rows[end + 1].text.islower():
        # (but "a Google-backed start-up", "the Amazon- and Google-funded lab": the name funds what follows)
        return table.folded[end + 1] not in _compound_funding(lang)
    lo = max(0, start - 4)
    before = [w.rstrip("'") for w in table.folded[lo:start]]
    while before and before[-1] in lang.definite_articles:
        before.pop()
    if len(before) < 2 or before[-1] not in lang.prep_of | lang.prep_from:
        return False
    lead, middle = before[-2], before[-3:-2]
    if lead.split("-")[0] in lang.former_words:  # ("ex-salariés de X": one token)
        return True
    if lead in lang.and_words or lead == ",":  # "d'anciens chercheurs de X et de Y": Y as X
        j = lo + len(before) - 3  # the token before the joiner: the previous name's last
        k = j
        while k > 0 and rows[k].text[:1].isupper():
            k -= 1
        return k < j and _provenance(lang, doc, k + 1, j + 1)
    return bool(middle) and middle[0] in lang.former_words and lead.isalpha() and lead not in trigger_words(lang)


@lru_cache(maxsize=None)
def _compound_funding(lang: LanguageData) -> frozenset[str]:
    """The one-word funding triggers of the active frame ("backed", "funded"): after a name and a hyphen
    they say that the name funds what the compound describes."""
    return frozenset(w for t in triggers_for(lang) if t.type == "FUNDS" and t.frame == "active" and len(t.pattern) == 1
                     for w in first_words(t))


def _funding_context(view: SentenceView, ctx: Context, rights: list[Group], labels: dict[str, str]) -> bool:
    """Is a participation ("also took part", "among them are") one in a funding round? Not when a
    program is named after it; yes when the sentence speaks of money, or when a funded party is
    known and it or talk of money came up in the two sentences before."""
    if rights and any(labels.get(x) == "Program" for x in rights[0].entities):
        return False
    if speaks_of_money(view):
        return ctx.funds_target is not None or bool(rights)
    return ctx.funds_target is not None and (view.index - ctx.funds_sentence <= 2 or view.index - ctx.money_sentence <= 2)


def _also_subjects(view: SentenceView, t1: int) -> list[str]:
    """Entities of groups after the trigger that share its subject's role: "X also invested, as
    did Y and Z", "X ne fait pas partie du PMIA, pas plus que Y", "tout comme Z"."""
    return [x for g in view.groups if g.start >= t1 and after_phrase(view, g, view.lang.also_subjects) for x in g.entities]


def _bullet_group(views: list[SentenceView], texts: list[str], si: int) -> Group | None:
    """For a sentence ending with a colon, the first names of the items set out line by line
    after it (loaders/bullets.py), as one list group that the sentence's triggers take as their
    argument after them: "The round was led by three investors:" then "- X, ...", "- Y, ...".
    None where no list follows. ``texts``: the views' texts, read once per document."""
    view = views[si]
    items = list_after(texts, si, pieces=True)
    entities: list[str] = []
    for nxt in (views[k] for k in items):
        entities += [x for x in _item_names(nxt) if x not in entities]
    if not entities:
        return None
    return Group(entities, view.span.end, view.span.end, leadin=True)  # (a list announced by a colon)


def _item_names(view: SentenceView) -> list[str]:
    """The names an item of a list opens with: its first group, near its start (not one inside its
    gloss) and past a place before "-based" ("Paris-based X"), then each group a joiner adds to it with
    a few words at most between ("l'allemand SAP et le coréen Samsung", "X (NYSE: X), as well as Y")."""
    base, words, lang = view.span.start, view.words, view.lang
    lead = item_start(nlp_mod.tokens(view.span.doc).rows, base, view.span.end) - base
    groups = [g for g in view.groups if not _based_place(view, g.end - base)]
    if not groups or groups[0].start - base > max(5, lead + 3) and not _descriptor(view, lead, groups[0].start - base):
        return []
    names, last = list(groups[0].entities), groups[0]
    for g in groups[1:]:
        if words[g.start - base - 1 : g.start - base] != [";"]:  # ("- X, a lab; Y, a start-up": items on one line)
            gap = [w for w in words[last.end - base : g.start - base] if w.isalpha()]
            joined = next((j for j in joiner_phrases(lang) if opens_with(gap, list(j))), None)  # (folded, as the words)
            if joined is None or len(gap) - len(joined) > 3 or any(w in lang.clause_breaks for w in gap):
                break
        names += g.entities
        last = g
    return names


def _descriptor(view: SentenceView, start: int, end: int, most: int = 8) -> bool:
    """Are the words from ``start`` to ``end`` (sentence offsets) a short description of the name after
    them, words and hyphens with no preposition nor clause word ("the Dutch chip-equipment maker X"),
    no name inside another's phrase ("a lab of the University of X")?"""
    words, lang = view.words[start:end], view.lang
    return len(words) <= most and all(w == "-" or w.isalpha() and w not in lang.mentions.list_prepositions
                                      and w not in lang.clause_breaks and w not in lang.relatives for w in words)


def _based_place(view: SentenceView, k: int) -> bool:
    """Does a "-based" follow sentence offset ``k`` ("Paris-based X": the place describes X)?"""
    based = view.lang.mentions.based
    after = view.words[k : k + 2]
    return bool(after) and (after[0].lstrip("-") in based or after[0] == "-" and after[1:] and after[1] in based)


def _semicolon_items(views: list[SentenceView], si: int) -> Group | None:
    """For a sentence ending with a semicolon, the names that open the sentences the list runs on in
    (each up to the first that ends otherwise), as one list group: "Partenaires fondateurs – A
    apportant ses données ;" then "B fournissant le calcul." None where it ends otherwise."""
    entities: list[str] = []
    k = si
    while views[k].text.rstrip().endswith(";") and k + 1 < len(views):
        k += 1
        nxt = views[k]
        first = nxt.groups[0] if nxt.groups else None
        lead = nxt.words[: first.start - nxt.span.start] if first else None
        if first and all(w in nxt.lang.articles for w in lead):
            entities += [x for x in first.entities if x not in entities]
    return Group(entities, views[si].span.end, views[si].span.end, leadin=True) if entities else None


def _announces(view: SentenceView, f: Found) -> bool:
    """Does a firing announce the list after its sentence's colon? Not where a preposition
    outside it closes the sentence: the list is that preposition's object ("Members of P get
    access to:", "Les membres de P ont accès à :")."""
    words = [w for k, w in enumerate(view.words) if k >= f.end and k not in view.inside and w.strip()]
    while words and words[-1] == ":":
        words.pop()
    return not (words and words[-1] in view.lang.dangling_prepositions)


def _dedupe(claims: list[Claim], roles_named: set[tuple[str, str]]) -> list[Claim]:
    """One claim per (sentence, type, source, target); a negation in a sentence beats its positive;
    of two opposite directed claims in one sentence ("Y bénéficie d'un budget, dont 20 M€ de X"
    read both ways), one whose frame names the roles (``roles_named``: (claim id, rule) of firings of
    a frame whose reading says so, the recipient of a raise or the agent of a passive) beats one
    read from word order (both stay otherwise)."""
    best: dict[str, Claim] = {}
    for c in claims:
        if c.id not in best or c.confidence > best[c.id].confidence:
            best[c.id] = c
    excluded = {(c.sentence, c.source, c.target) for c in best.values() if c.type == "EXCLUDED_FROM"}
    directed = {(c.sentence, c.type, c.source, c.target): c for c in best.values() if c.type not in SYMMETRIC}

    def outranked(c: Claim) -> bool:
        other = directed.get((c.sentence, c.type, c.target, c.source))
        return other is not None and (other.id, other.rule) in roles_named and (c.id, c.rule) not in roles_named

    return [c for c in best.values() if not (c.type == "MEMBER_OF" and (c.sentence, c.source, c.target) in excluded)
            and not outranked(c)]

