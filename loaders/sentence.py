"""Sentence structure for the relation rules: folded words and lemmas, trigger matching,
list groups of mentions, clause boundaries, and the groups before and after a trigger."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from spacy.tokens import Doc, Span

from aipg.graph.ids import fix_quotes, strip_accents
from aipg.loaders.triggers import CLAUSE_BREAKS, LIST_LEADINS, TRANSPARENT, TRIGGERS, Trigger

MAX_LEFT = 25  # tokens between a trigger and the group before it
MAX_RIGHT = 14  # tokens between a trigger and the group after it
_GAP_LIST = re.compile(
    r"^\s*(?:(?:,|;)\s*(?:et|and|ou|or|&|ainsi que|as well as|ou encore|et encore|voire|along with|ni|nor)?"
    r"|(?:et|and|ou|or|&|ainsi que|as well as|ou encore|et encore|voire|along with|ni|nor))\s*"
    r"(?:l'|d'|(?:le|la|les|the|des|du|de)\b)?\s*$",
    re.I,
)
_PAREN = re.compile(r"\([^()]*\)")
# "MGX, le fonds d'Abou Dhabi, Bpifrance et Nvidia": an apposition between two items of a list
_GAP_APPOSITION = re.compile(r"^\s*,\s*(?:le|la|les|l'|un|une|the|a|an)\b[^,;:()]{1,60},\s*(?:et|and)?\s*$", re.I)


CAPITALISED = re.compile(r"^[A-ZÀ-ÖØ-Þ0-9][\w\-.&'’]*$")  # a token that can be part of a name


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
        if view.words[i + 1 : i + 3] == ["-", "up"]:  # "start-up", "set-up": nouns, not verbs
            continue
        for trig in dict.fromkeys(index.get(view.words[i], []) + index.get(view.lemmas[i], [])):
            end = _match_at(trig.pattern, view.words, view.lemmas, i)
            # a trigger never ends inside a name ("launched the AI Alliance")
            if end is not None and end > i and end - 1 not in view.inside:
                found.append(Found(trig, i, end))
    # the longest firing wins where two of one type overlap ("backed by" over "backed"), and a
    # firing inside a longer one of another type is part of it ("founding member of", "signer un partenariat")
    found.sort(key=lambda f: (f.start - f.end, f.start))
    kept: list[Found] = []
    for f in found:
        # (a longer firing that holds only with an amount or a program does not hide a shorter one)
        if any(k.trigger.type == f.trigger.type and k.start < f.end and f.start < k.end
               and not (k.trigger.needs_amount or k.trigger.needs_program) for k in kept):
            continue
        if any(k.start <= f.start and f.end <= k.end and k.end - k.start > f.end - f.start
               and not (k.trigger.needs_amount or k.trigger.needs_program) for k in kept):
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
        if groups and is_ref and ents == groups[-1].entities[-1:] and doc[groups[-1].end : s].text.strip() == ",":
            continue  # an apposition ("Humain, the AI company ...") is its name again, in the same slot
        if groups and not is_ref:
            last = groups[-1]
            if ents == last.entities[-1:] and s - last.end <= 2:  # "Foo Authority (FA)": the gloss joins
                last.end = e + 1 if e < len(doc) and doc[e].text == ")" else e
                continue
            gap = _PAREN.sub(" ", fix_quotes(doc[last.end : s].text))
            gap_words = [fold(w) for w in gap.replace(",", " , ").split()]
            same_kind = _kind(labels, last.entities) == _kind(labels, ents)
            # "Microsoft, OpenAI's largest shareholder": an apposition, not a list ("X and Y's deal" still is)
            possessive = e < len(doc) and doc[e].text in ("'s", "\u2019s") and gap_words == [","]
            if (_GAP_LIST.match(gap) or _GAP_APPOSITION.match(gap)) and same_kind and not possessive \
                    and not any(_verbish(doc[t], view.lemmas[t - base]) for t in range(last.end, s)):
                last.entities.extend(x for x in ents if x not in last.entities)
                last.end = e
                continue
            relative = any(w in ("dont", "whose") for w in gap_words) and e < len(doc) and doc[e].pos_ in ("VERB", "AUX")
            if same_kind and gap_words and len(gap_words) <= 8 and any(w in LIST_LEADINS for w in gap_words[-3:]) \
                    and not relative and not possessive \
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
    w for t in TRIGGERS for w in t.pattern[0].rstrip("?").split("|") if t.frame in ("active", "pair", "raise", "participate", "pledge")
}


#: every word that can open a trigger ("partners", "joins", "backs"): after a name, a verb, not a noun it modifies
TRIGGER_WORDS = frozenset(w for t in TRIGGERS for el in t.pattern[:2] for w in el.rstrip("?").split("|")
                          if not w.startswith("~"))


def _verbish(token, lemma: str) -> bool:
    """A verb between two names: they are not one list ("X se joint à d'autres membres tels que Y")."""
    if token.pos_ in ("NOUN", "PROPN"):  # "le fonds d'investissement": a trigger's noun is no verb
        return lemma in ("etre", "avoir", "be", "have")
    return token.pos_ in ("VERB", "AUX") or lemma in _VERBISH


def _kind(labels: dict[str, str], ents: list[str]) -> str:
    return "program" if all(labels.get(x) == "Program" for x in ents) else "org"


# --------------------------------------------------------------------------- argument finding
_NOT_RELATIVE_BEFORE = frozenset({"tel", "tels", "telle", "telles", "ainsi", "meme", "alors", "plus", "moins", "bien", "such", "so",
                                  "ne", "parmi", "among", "of"})
RELATIVES = frozenset({"qui", "que", "qu", "lequel", "laquelle", "lesquels", "that", "which", "who", "whom", "whose"})


def _breaks_between(view: SentenceView, a: int, b: int, leftward: bool = False) -> bool:
    """A clause boundary between tokens a and b. Looking left from a trigger, a relative
    pronoun right after the group ("X, qui ..., a signé") does not cut X off: X is its antecedent;
    nor does one inside a short apposition whose clause closes before the trigger ("X, the
    platform that hosts models, has formed ...")."""
    base = view.span.start
    depth = 0
    skip_to = a
    for t in range(a, b):
        if t < skip_to:
            continue
        w = view.words[t - base]
        if w == "(":
            depth += 1
        elif w == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and w in CLAUSE_BREAKS:
            nxt = view.words[t - base + 1] if t - base + 1 < len(view.words) else ""
            if not nxt[:1].isdigit():  # "committed since 2019", "avant 2025": a date, no new clause
                return True
        elif depth == 0 and w in RELATIVES and not (t > base and view.words[t - base - 1] in _NOT_RELATIVE_BEFORE):
            if leftward and all(view.words[k - base] in (",", "(") for k in range(a, t)):
                continue
            closing = next((k for k in range(t + 1, b) if view.words[k - base] == ","), None)
            if leftward and view.words[a - base] == "," and t - a <= 6 and closing is not None:
                skip_to = closing + 1  # the apposition's relative clause ends at its comma
                continue
            return True
    return False


def _apposition_between(words: list[str]) -> bool:
    """", le campus d'Heilbronn financé": a comma, then an article and a noun phrase."""
    return len(words) >= 3 and words[0] == "," and words[1] in ("le", "la", "l", "les", "un", "une", "the", "a", "an")


def left_group(view: SentenceView, start: int, skip_agents: bool = False, skip_possessive: bool = False) -> Group | None:
    """The group before a trigger, within its clause. A passive trigger skips agent groups: in
    "Y, mené par X et financé par Z", what "financé par" governs is Y, not X. A subject is never
    a possessive ("Microsoft, OpenAI's largest shareholder, also invested")."""
    base = view.span.start
    for g in reversed(view.groups):
        if skip_possessive and g.end <= start and g.end - base < len(view.words) and view.words[g.end - base] in ("'s", "s") \
                and "," in view.words[g.end - base : start - base]:
            continue  # (but "Amazon's $4bn investment in X": a possessive right before a noun trigger is its subject)
        between = view.words[g.end - base : start - base]
        relative_follows = len(between) > 1 and between[1] in RELATIVES
        # a passive skips the agent of a coordinated participle ("mené par X et financé par"), not the
        # agent an apposition describes ("mené par X, le campus financé par W": W funds X)
        coordinated = skip_agents and ("et" in between or "and" in between) and "," not in between
        apposed = skip_agents and _apposition_between(between)
        if g.end <= start and g.agent and not relative_follows and (coordinated or ("," in between and not apposed)):
            continue  # the agent of an apposition ("X, soutenue par Y, a ...") is not the subject,
            # unless a relative clause hangs on it ("raised by Y, which collected ...")
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


def preceded_by(view: SentenceView, g: Group, words: tuple[str, ...]) -> bool:
    """The group follows one of ``words``, allowing a determiner in between ("dans la licorne")."""
    base = view.span.start
    k = g.start - base - 1
    while k >= 0 and view.words[k] in ("le", "la", "l", "les", "the", "un", "une", "a", "an"):
        k -= 1
    if k >= 2 and view.words[k - 2 : k + 1] == ["start", "-", "up"]:
        k -= 2
    if k >= 0 and view.words[k] in _DESCRIPTORS:  # "de la start-up Mistral AI"
        k -= 1
        while k >= 0 and view.words[k] in ("le", "la", "l", "les", "the", "un", "une", "a", "an"):
            k -= 1
    return k >= 0 and view.words[k] in words


# common nouns that describe the name right after them ("de la start-up Mistral AI")
_DESCRIPTORS = frozenset({"start", "startup", "societe", "entreprise", "groupe", "firme", "licorne", "company",
                          "firm", "group", "chipmaker", "giant", "geant", "lab", "laboratoire", "fonds", "fund",
                          "americain", "americaine", "francais", "francaise", "us", "french", "british", "chinese"})


_RELATIVE_OBJECT = frozenset({"dont", "laquelle", "lequel", "lesquels", "lesquelles", "which", "whom", "whose"})


def relative_antecedent(view: SentenceView, g: Group) -> Group | None:
    """The group a relative clause opened just before ``g`` hangs on: in "OpenAI, dans laquelle
    Microsoft a investi" and "ROOST, ..., et dont Google et OpenAI sont partenaires", the group
    before the relative word (within the sentence and ``MAX_LEFT`` tokens)."""
    base = view.span.start
    k = g.start - base - 1
    while k >= 0 and view.words[k] in ("le", "la", "l", "les", "the"):
        k -= 1
    if k < 0 or view.words[k] not in _RELATIVE_OBJECT:
        return None
    rel = base + k
    before = [x for x in view.groups if x.end <= rel]
    if not before or rel - before[-1].end > MAX_LEFT:
        return None
    return before[-1]
