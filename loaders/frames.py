"""Frames: where a trigger's arguments stand, one small function per way a relation is stated.

A frame takes one ``Site`` (the sentence, the firing, the group before it and
the groups after it, the entity labels and the discourse context) and returns
candidate (source, target) pairs. Frames are registered by name and relation
type with ``@frame``, like spaCy's ``@registry``: a trigger's frame must be one
registered for its type (checked when the triggers load). What the pairs'
type becomes (a negation, a program's partner) is decided afterwards from
loaders/policy.py.
"""

from __future__ import annotations

from collections import Counter

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Collection, Iterable, Mapping

from spacy.tokens import Token

from aipg.graph.schema import ANY_ORG_LABELS, ORG_LABELS
from aipg.loaders import nlp as nlp_mod
from aipg.loaders.amounts import find_amounts, given_amounts, has_phrase
from aipg.loaders import policy
from aipg.loaders.lang import LanguageData
from aipg.loaders.sentence import Group, SentenceView, fold, list_items, opening_comma, preceded_by, relative_antecedent
from aipg.loaders.triggers import Found, Trigger, first_words, triggers_for


_TOGETHER = 6  # tokens between two programs' mentions named in one list ("P and the Q")


@dataclass
class Context:
    """What the text is about so far: program mentions and the last funded party. Frames read it,
    and the funding frames update it (a raise names the party later funders fund)."""

    programs: list[tuple[int, str]] = field(default_factory=list)  # (token, entity id)
    funds_target: str | None = None
    funds_sentence: int = -100  # where the funded party was last named as such
    money_sentence: int = -100  # the last sentence that spoke of a round, investors or funding
    previous_words: frozenset[str] = frozenset()  # the folded words of the sentence before
    topic: str | None = None  # the company the article opens with (relations.opening_company)
    recipients: dict[int, list[str]] = field(default_factory=dict)  # sentence -> every party funded there
    before: int = -1  # the last sentence with words before the one read now
    ends: dict[int, str] = field(default_factory=dict)  # token where a mention of one entity ends -> its id
    headlines: frozenset[int] = frozenset()  # the sentences that are headline lines (evidence.headline_lines)
    topic_program: str | None = None  # the one program the body names (relations.topic_program)
    previous_view: SentenceView | None = None  # the last sentence with words before the one read now

    def round_party(self, view: SentenceView) -> str | None:
        """Whose round a sentence about a round speaks of when no raise has named the funded party
        yet: the company the article opens with ("La start-up X ... . Le tour de table réunit A et B")."""
        return self.topic if speaks_of_money(view, view.lang.round_words) else None

    def funded(self, target: str, sentence: int) -> None:
        self.funds_target, self.funds_sentence = target, sentence
        self.recipients.setdefault(sentence, []).append(target)

    def program_here(self, token: int, sentence_start: int, skip: Collection[int] = ()) -> str | None:
        """The last program named in the sentence before ``token`` (not one at a token in ``skip``)."""
        return next((eid for t, eid in reversed(self.programs) if sentence_start <= t < token and t not in skip), None)

    def program_near(self, token: int, sentence_end: int, sentence_start: int | None = None,
                     skip: Collection[int] = ()) -> str | None:
        """The program the text is about at ``token``: the nearest named earlier in the same sentence
        ("co-founded the AI Alliance ..., a group whose members range from ..."), else the most
        mentioned so far (the latest on a tie; none where the tied ones were last named together, "P and
        Q grew. X joined the project": which one, the text does not say), else the first named later in
        the same sentence. A mention at a token in ``skip`` (a relative clause about another party) counts
        for none of these."""
        if sentence_start is not None and (here := self.program_here(token, sentence_start, skip)):
            return here
        before = [(t, eid) for t, eid in self.programs if t < token and t not in skip]
        if before:
            counts = Counter(eid for _, eid in before)
            best = max(reversed([eid for _, eid in before]), key=lambda eid: counts[eid])
            last = {eid: t for t, eid in before}
            if any(eid != best and n == counts[best] and abs(last[eid] - last[best]) <= _TOGETHER
                   for eid, n in counts.items()):
                return None
            return best
        after = [eid for t, eid in self.programs if token <= t < sentence_end]
        return after[0] if after else None


@dataclass(frozen=True)
class Pair:
    source: str
    target: str
    via_context: bool
    type: str | None = None  # where the policy gives this pair another type than the trigger's


@dataclass(frozen=True)
class Site:
    """Everything a frame may look at for one trigger firing."""

    view: SentenceView
    found: Found
    rel_type: str  # the trigger's type, or what the discourse made of a participation
    left: Group | None  # the group before the trigger, within its clause
    rights: tuple[Group, ...]  # groups inside a gapped trigger, then after it, then a bulleted list
    labels: Mapping[str, str]  # entity id -> label
    ctx: Context
    next_end: int  # token where the next sentence ends (a program named just after)

    @property
    def trigger(self) -> Trigger:
        return self.found.trigger

    @property
    def lang(self) -> LanguageData:
        return self.view.lang

    @property
    def t0(self) -> int:  # trigger start, doc token offset
        return self.view.span.start + self.found.start

    @property
    def t1(self) -> int:
        return self.view.span.start + self.found.end

    @property
    def L(self) -> list[str]:
        return self.left.entities if self.left else []

    @property
    def R(self) -> list[str]:
        return self.rights[0].entities if self.rights else []

    @property
    def R_all(self) -> list[str]:
        return [e for g in self.rights for e in g.entities]

    @property
    def agent(self) -> list[str] | None:
        return next((g.entities for g in self.rights if g.agent), None)

    @property
    def inner_groups(self) -> list[Group]:
        """The groups inside a gapped trigger ("le partenariat que X a noué avec Y")."""
        return [g for g in self.rights if self.t0 <= g.start and g.end <= self.t1]

    @property
    def set_out(self) -> list[Group]:
        """The groups of the lines a colon sets out after the sentence (loaders/bullets.py)."""
        return [g for g in self.rights if g.start >= self.view.span.end]

    def object_gap(self) -> list[str]:
        """The words between the trigger's end and its first group after it (none when that group
        stands inside the trigger)."""
        return self.view.words[self.found.end : self.rights[0].start - self.view.span.start] if self.rights else []

    def has(self, option: str) -> bool:
        return option in self.trigger.options

    def progs(self, xs: list[str]) -> list[str]:
        return [x for x in xs if self.labels.get(x) == "Program"]

    def orgs(self, xs: list[str]) -> list[str]:
        return [x for x in xs if self.labels.get(x) in ORG_LABELS]

    def anyorg(self, xs: list[str]) -> list[str]:
        return [x for x in xs if self.labels.get(x) in ANY_ORG_LABELS]

    def program_near(self) -> str | None:
        """The program the text is about at the trigger; not one named in a relative clause on another
        party that closes before it ("Meta, qui soutient P, n'en fait pas partie": P is Meta's, not the
        program at hand)."""
        return self.ctx.program_near(self.t0, self.view.span.end, self.view.span.start, self._in_closed_relative())

    def _in_closed_relative(self) -> frozenset[int]:
        """Tokens of the program mentions before the trigger that stand between ", which" / ", qui" and
        the comma closing that clause, before the trigger."""
        words, base, rel = self.view.words, self.view.span.start, self.lang.relatives
        out = set()
        for t, _ in self.ctx.programs:
            if not base <= t < self.t0:
                continue
            k = t - base
            opened = next((j for j in range(k - 1, 0, -1) if words[j - 1] == "," and words[j] in rel
                           or words[j] in (",", ";")), None)
            if opened is None or words[opened] in (",", ";") or self._program_before(opened - 1):
                continue  # ("The program, which the universities call P, ...": the clause names the program itself)
            if "," in words[k : self.found.start]:
                out.add(t)
        return frozenset(out)

    def _program_before(self, k: int) -> bool:
        """Word k of the sentence closes a program's mention or is a program's head ("the program")."""
        eid = self.ctx.ends.get(self.view.span.start + k)
        return (eid is not None and self.labels.get(eid) == "Program") \
            or k > 0 and "Program" in self.lang.references.heads.get(self.view.words[k - 1], ())

    def group_after(self, words: Collection[str], exclude: list[str] | None = None) -> Group | None:
        """The first group after the trigger that follows one of ``words`` ("of Y", "dans Y")."""
        return next((g for g in self.rights if g.entities is not exclude and preceded_by(self.view, g, words)), None)


Frame = Callable[[Site], list[Pair]]
FRAMES: dict[tuple[str, str], Frame] = {}


@dataclass(frozen=True)
class Reading:
    """How a frame reads the sentence around its trigger, before its function runs."""

    skip_agents: bool = False  # the subject is no agent of an apposition ("X, soutenue par Y, a ...")
    skip_possessive: bool = False  # nor a possessive ("Microsoft, OpenAI's largest shareholder, ...")
    beside: bool = False  # "aux côtés de X", "alongside X" after the trigger name a co-subject, not the object
    co_subjects: bool = False  # "X invested, as did Y": Y shares every target
    participation: bool = False  # the type is what the discourse makes of it (policy.PARTICIPATION)
    names_roles: bool = False  # says who gives and who gets ("Y lève ... auprès de X", "financé par X"),
    # so its reading beats the opposite one word order gives in the same sentence
    opening: bool = False  # a clause opening the sentence holds it, its subject after the comma
    # ("Founded by X, P ...", "Having joined P, X ...")
    runs_on: bool = False  # its list runs on past a semicolon the sentencizer took for a sentence's end


_SUBJECT = Reading(skip_possessive=True)
#: frame name -> its reading; a frame not listed reads with the defaults
READINGS: dict[str, Reading] = {
    "active": Reading(skip_possessive=True, beside=True, co_subjects=True, opening=True),
    "pledge": Reading(skip_possessive=True, beside=True, co_subjects=True),
    "participate": Reading(skip_possessive=True, beside=True, co_subjects=True, participation=True),
    "pair": Reading(skip_possessive=True, opening=True),
    "venture": _SUBJECT,
    "passive": Reading(skip_agents=True, names_roles=True, opening=True),
    "signed": Reading(skip_agents=True, opening=True),
    "raise": Reading(names_roles=True, opening=True),
    "cofund": Reading(skip_agents=True),
    "roster": Reading(runs_on=True),
    "recipients": Reading(runs_on=True),
}


_PLAIN_READING = Reading()  # (frozen: one for every frame READINGS does not list)


def reading(name: str) -> Reading:
    return READINGS.get(name, _PLAIN_READING)


def frame(name: str, *types: str) -> Callable[[Frame], Frame]:
    """Register a frame function under ``name`` for relation ``types`` (once per pair)."""
    def register(fn: Frame) -> Frame:
        for t in types:
            if (name, t) in FRAMES:
                raise ValueError(f"frame {name!r} is already registered for {t} ({FRAMES[(name, t)].__name__})")
            FRAMES[(name, t)] = fn
        return fn
    return register


def _all_pairs(xs: list[str]) -> list[Pair]:
    return [Pair(a, b, False) for i, a in enumerate(xs) for b in xs[i + 1 :]]


# --------------------------------------------------------------------------- helpers over the sentence
def speaks_of_money(view: SentenceView, words: frozenset[str] | None = None) -> bool:
    """The sentence (outside its names) uses a word of funding (or of ``words``)."""
    words = view.lang.funding_words if words is None else words
    if words.isdisjoint(view.words):
        return False  # (most sentences: one set test in C before the walk that leaves the names out)
    return any(w in words for k, w in enumerate(view.words) if k not in view.inside)


def after_phrase(view: SentenceView, g: Group, phrases: tuple[str, ...], reach: int = 4,
                 skip: Collection[str] | None = None) -> bool:
    """The group comes right after one of ``phrases`` (folded words, within ``reach`` words, ``skip``
    left out: by default definite articles and commas)."""
    skip = view.lang.definite_articles | {","} if skip is None else skip
    before = view.words[max(0, g.start - view.span.start - reach) : g.start - view.span.start]
    return " ".join(w for w in before if w not in skip).endswith(phrases)


def auxiliary(view: SentenceView, k: int) -> bool:
    """Word k of the sentence only carries a verb's tense or voice: "was", "a été", "has been"."""
    lang = view.lang
    return view.words[k] in lang.transparent or view.words[k] in lang.mentions.slot_auxiliaries \
        or view.lemmas[k] in lang.copulas


def more_agents(view: SentenceView, t1: int) -> list[str]:
    """Entities of the agent groups (each after its own "par" / "by") that follow a passive
    trigger, up to the end of its clause (";")."""
    lang = view.lang
    out: list[str] = []
    for g in view.groups:
        if g.start < t1:
            continue
        if ";" in view.words[t1 - view.span.start : g.start - view.span.start]:
            break
        k = g.start - view.span.start - 1
        while k > 0 and view.words[k] not in lang.agent_prepositions:
            k -= 1
        # "..., par Y et par Z" and "led by X and joined by Y" continue the list; "le campus financé par
        # W" is another verb's agent
        if g.agent and k > 0 and (view.words[k - 1] in (",", ")") or view.words[k - 1] in lang.and_words
                                  or (k > 1 and view.words[k - 2] in lang.and_words)):
            out += g.entities
    return out


def subject_before(view: SentenceView, t0: int) -> bool:
    """The trigger follows its subject's verb ("X figuraient aussi parmi les investisseurs")."""
    lang = view.lang
    k = t0 - view.span.start - 1
    while k >= 0 and view.words[k] in lang.subject_adverbs:
        k -= 1
    return k >= 0 and (view.words[k] in lang.verbs_before_among or view.lemmas[k] in lang.verbs_before_among)


def object_is_context(view: SentenceView, t1: int) -> bool:
    """Whether what follows the trigger's preposition is the party at hand: a round ("invested in
    the round", "dans ce tour de table") or a pronoun or short reference ("invest in it")."""
    after = view.words[t1 - view.span.start : t1 - view.span.start + 4]
    return any(w in view.lang.funding_words or w in view.lang.context_objects for w in after)


# --------------------------------------------------------------------------- participation
@frame("participate", "MEMBER_OF", "FUNDS")
def participate(site: Site) -> list[Pair]:
    """"X also took part", "Among them are X, Y": the target is named after the trigger ("took part
    in the pilot"), else the funded party or the program the text is about; the participants stand
    before the trigger, else in the list after it."""
    view, lang, ctx = site.view, site.lang, site.ctx
    fits = site.anyorg if site.rel_type == "FUNDS" else site.progs
    leads = site.has("after")
    own_words = {w for k, w in enumerate(view.words) if k not in view.inside}
    if site.has("participants") and not (own_words | ctx.previous_words) & (lang.participant_words | lang.absence_nouns):
        return []  # "des dirigeants d'entreprises, parmi lesquelles X": a part of a whole, no participation
    named = fits(site.R) if site.rights and not leads and preceded_by(view, site.rights[0], lang.prep_in) else []
    owner = _round_owner(site) if site.rel_type == "FUNDS" else None
    if named:
        target, via = named[0], False
    elif owner:  # "X joined Y's round": the round is Y's
        target, via = owner, False
    elif site.rel_type == "FUNDS":
        if site.lang.event_nouns & set(object_words(site)):
            return []  # "X et Y ont participé au salon VivaTech": an event, not the round the text tells
        target, via = ctx.funds_target, True
    else:
        target, via = site.program_near() or (_only_program_ahead(site) if site.has("ahead") else None), True
    # (a group after "by" before the trigger is another verb's agent: "led by X and joined by Y")
    sources = [x for x in site.anyorg(_with_alongside(site)) if x != target] if site.L and not leads and not site.left.agent else []
    if sources:  # "X et Y y participent, de même que Z"
        sources += [x for g in site.rights if after_phrase(view, g, lang.also_members, 3, lang.definite_articles)
                    for x in site.anyorg(g.entities) if x != target]
    if not sources:
        sources = [x for g in site.rights for x in site.anyorg(g.entities) if x != target and x not in named]
    absent = _absentees(site)
    if absent:  # "Parmi les absents figurent X": left out of the program; of a round, nothing
        return [] if site.rel_type == "FUNDS" or not target or absent == "other" else \
            [Pair(s, target, via, policy.ABSENT) for s in dict.fromkeys(sources)]
    return [Pair(s, target, via) for s in dict.fromkeys(sources)] if target else []


def _with_alongside(site: Site) -> list[str]:
    """The subject group, and before it the group it goes along with: "X, alongside Y and Z, will take part"
    (the group before the trigger is "Y and Z"; X, one comma before "alongside", is a subject too)."""
    view, left = site.view, site.left
    if left is None or not after_phrase(view, left, view.lang.also_members, 3, view.lang.definite_articles):
        return site.L
    base, k = view.span.start, left.start - view.span.start - 1
    while k >= 0 and view.words[k] not in (",", "("):
        k -= 1  # back over the phrase ("alongside", "together with") to its comma
    before = next((g for g in view.groups if g.end - base == k), None)
    return (before.entities if before is not None else []) + site.L


@frame("others", "MEMBER_OF")
def with_others(site: Site) -> list[Pair]:
    """"P started in May, with X, Y and others as partners": the list that ends in "and others" right
    before the trigger are members of the program at hand (a subject of the sentence is not: "Google
    launched P with X and others as partners")."""
    view, base = site.view, site.view.span.start
    group = next((g for g in view.groups if 0 < site.found.start - (g.end - base) <= 2
                  and all(w in view.lang.and_words or w == "," for w in view.words[g.end - base : site.found.start])), None)
    target = site.program_near()
    if group is None or target is None:
        return []
    return [Pair(m, target, True) for m in site.anyorg(group.entities) if m != target]


def _round_owner(site: Site) -> str | None:
    """The organization named with a possessive inside the trigger's gap: "joined Y's fundraising"."""
    base = site.view.span.start
    return next((x for g in site.inner_groups if site.view.words[g.end - base : g.end - base + 1]
                 and site.view.words[g.end - base] in site.lang.possessives for x in site.anyorg(g.entities)), None)


def _only_program_ahead(site: Site) -> str | None:
    """The one program the whole text names, named after the trigger; None where it names two."""
    programs = {eid for _, eid in site.ctx.programs}
    return next(iter(programs)) if len(programs) == 1 and any(t >= site.t1 for t, _ in site.ctx.programs) else None


def _absentees(site: Site, reach: int = 6) -> str | None:
    """A noun of absence before the trigger (within ``reach`` words) or inside it: "absent" when the
    list names who is left out of the program at hand ("Notable absentees include X", "Parmi les grands
    absents du consortium figurent X"), "other" when a common noun after it says from what else
    ("absentees from the photo include X")."""
    view, lang = site.view, site.lang
    lo = max(0, site.found.start - reach)
    at = [k for k in range(lo, site.found.end) if view.words[k] in lang.absence_nouns]
    if not at:
        return None
    skip = lang.articles | lang.determiners | lang.mentions.list_prepositions | _program_words(lang)
    # what stands between the noun and the trigger, or after a trigger the noun ends ("Among the
    # absentees from the dinner were X"), up to a copula
    last = site.found.end - 1  # (the trigger's last word, a verb where the noun stands inside it)
    end = site.found.start if at[-1] < site.found.start else last if at[-1] < last else min(len(view.words), last + 5)
    gap = []
    for k in range(at[-1] + 1, end):
        w = view.words[k]
        if w in lang.cleft_copulas or not w.isalpha():
            break
        if w not in skip and k not in view.inside:
            gap.append(w)
    return "other" if gap else "absent"


# --------------------------------------------------------------------------- membership
@frame("include", "MEMBER_OF")
def include(site: Site) -> list[Pair]:
    """"P regroupe X, Y et Z", "Members include X": the program before, its members after."""
    if _outsiders(site):
        return []  # "Its customers include X", "Le jury réunit X": no members of anything
    if site.rights and not site.rights[0].leadin and site.rights[0].start - site.t1 > 5:
        return []  # "The AIRR includes Dawn, a system built with X and Y": X and Y are not its members
    if _thing_from(site):
        return []  # "brings together data from X and Y": the program gathers the data, X and Y are not members
    targets, ctx_used = site.progs(site.L), False
    lead = _team_lead(site) if not targets else None
    if lead:  # "Upstage's consortium includes X and Y": the lead's partners, in no named program
        return [Pair(lead, m, False, policy.TEAM_MEMBERS) for m in site.anyorg(site.R_all) if m != lead]
    if not targets and site.has("members"):
        # "La fondation compte sept membres : ...": a membership organization has members too
        targets = [x for x in site.L if site.labels.get(x) == "Organization"]
    if not targets:
        p = site.program_near()
        targets, ctx_used = ([p] if p else []), True
    modifiers = _membership_modifiers(site)  # "including three Council of Europe member states": not the Council
    members = [x for x in site.anyorg(site.R_all) if x not in targets and x not in modifiers]
    absent = _absentees(site)  # "Notable absentees include X"; not "absentees from the photo"
    if absent == "other":
        return []
    return [Pair(m, t, ctx_used, policy.ABSENT if absent else None) for t in targets[:1] for m in members]


def _membership_modifiers(site: Site) -> set[str]:
    """The names right before a membership noun they modify: "three Council of Europe member states",
    "EU members": the body whose members are meant, none of them."""
    words, base, nouns = site.view.words, site.view.span.start, site.lang.membership_nouns
    return {g.entities[-1] for g in site.rights if g.entities and words[g.end - base : g.end - base + 1]
            and words[g.end - base] in nouns}


def _thing_from(site: Site) -> bool:
    """The first name after the trigger follows a preposition that follows a common noun: "brings together
    data from X", "unites researchers at X", "réunit des données de X": the trigger's object is that noun."""
    view, lang = site.view, site.lang
    if not site.rights or site.rights[0].start < site.t1 or not preceded_by(view, site.rights[0], lang.mentions.list_prepositions):
        return False
    gap = site.object_gap()
    at = max((i for i, w in enumerate(gap) if w in lang.mentions.list_prepositions), default=0)
    return any(w.isalpha() and w not in lang.articles and w not in lang.determiners for w in gap[:at])


def _outsiders(site: Site, reach: int = 6) -> bool:
    """Within ``reach`` words before the trigger, names left out and no punctuation crossed, a noun for
    people or things outside a program: "Its customers include X", "Customers of P include:", "Members of
    the jury of the P prize include X", "Le jury réunit X"."""
    view, seen = site.view, 0
    for k in range(site.found.start - 1, -1, -1):
        if k in view.inside:
            continue
        w = view.words[k]
        if w in site.lang.outsider_nouns:
            return True
        seen += 1
        if seen >= reach or not w.isalnum() and w not in site.lang.names.pointing and w not in site.lang.possessives:
            return False
    return False


def _team_lead(site: Site) -> str | None:
    """The organization whose team or consortium the subject is: "X's consortium" (a possessive
    after X), "le consortium de X" (X after the team noun) or "the consortium led by X"."""
    left, view, lang = site.left, site.view, site.lang
    if not left or len(site.orgs(left.entities)) != 1:
        return None
    base = view.span.start
    after = view.words[left.end - base : left.end - base + 2]
    before = view.words[max(0, left.start - base - 3) : left.start - base]
    owned = len(after) == 2 and after[0] in lang.possessives and after[1] in lang.team_nouns
    of_team = len(before) >= 2 and before[-2] in lang.team_nouns and before[-1] in lang.prep_of
    led = len(before) == 3 and before[0] in lang.team_nouns and before[1] in lang.mentions.led_words \
        and before[2] in lang.agent_prepositions
    return site.orgs(left.entities)[0] if owned or of_team or led else None


@frame("roster", "MEMBER_OF")
def roster(site: Site) -> list[Pair]:
    """"Founding partners – A providing models; B supplying compute", "The partners of the project are A,
    B and C", "Quatre laboratoires sont concernés : A, B et C", "Three start-ups were selected to build
    the first model — A, B and C": a noun phrase announces a program's members, with no verb of
    membership. The program is the one the sentence names before the list, else the one the text is
    about (with none, nothing); an organization before the noun ("X's partners are") owns no program.
    The members are the items of the list after the trigger, and of the lines set out after the sentence."""
    view = site.view
    if any(site.orgs(g.entities) for g in view.groups if g.start < site.t0 and not _in_opening_aside(view, g, site.t0)):
        return []
    named = site.progs(site.L) + [x for g in site.inner_groups for x in site.progs(g.entities)]
    target = named[0] if named else site.program_near()
    if not target:
        return []
    items = list_items(view, site.t1) + [x for g in site.set_out for x in g.entities]
    members = [x for x in site.anyorg(items) if x != target]
    return [Pair(m, target, not named) for m in dict.fromkeys(members)]


def _in_opening_aside(view: SentenceView, g: Group, t0: int) -> bool:
    """The group stands in the phrase an aside opens the sentence with, before the last comma ahead of
    the trigger: "Besides Washington, London and Brussels, the first signatories were:" (no owner of the roster)."""
    lang, words, base = view.lang, view.words, view.span.start
    if not words or words[0] not in lang.aside_openers:  # (the additive openers are aside openers too)
        return False
    commas = [k for k in range(t0 - base) if words[k] == ","]
    return bool(commas) and g.end - base <= commas[-1]


@frame("recipients", "FUNDS")
def recipients(site: Site) -> list[Pair]:
    """"X announced the recipients of its grants: A, for ...; B, which ...", "Its first grants went to: A; B",
    "Les bénéficiaires de son appel à projets : A, pour ... ; B": a noun phrase announces who a funder's grants
    went to. The funder is the organization named before the noun in the sentence, else, behind a possessive
    ("its", "ses"), the one organization the sentence before opens with; the recipients are the items of the
    list after the trigger and of the lines set out after the sentence. No funder, no claim."""
    view, lang = site.view, site.lang
    before = [g for g in view.groups if g.start < site.t0]
    if before:
        funders = site.orgs(before[0].entities)
    else:
        k = site.found.start - 1
        while k >= max(0, site.found.start - 3) and view.words[k].isalpha() and k not in view.inside \
                and view.words[k] not in lang.names.pointing:
            k -= 1  # ("its first grants", "ses premiers lauréats")
        previous = site.ctx.previous_view
        opener = previous.groups[0] if previous is not None and previous.groups else None
        funders = site.orgs(opener.entities) if k >= 0 and view.words[k] in lang.names.pointing and opener is not None \
            and opener.start - previous.span.start <= 8 else []
    if len(funders) != 1:
        return []
    items = list_items(view, site.t1) + [x for g in site.set_out for x in g.entities]
    return [Pair(funders[0], x, False) for x in dict.fromkeys(site.anyorg(items)) if x != funders[0]]


@frame("roster", "PARTNERS_WITH")
def partners_roster(site: Site) -> list[Pair]:
    """"Partnerships announced:", "Nouveaux partenariats :" then a list set out line by line: the
    partners of the company the article opens with. Nothing where a program is at hand (its partners
    are its members), where the sentence names anyone before the noun, or where no company opens the
    article before the list."""
    view, topic = site.view, site.ctx.topic
    if not topic or site.program_near() or any(g.start < site.t0 for g in view.groups):
        return []
    items = [x for g in site.set_out for x in site.anyorg(g.entities)]
    if topic in items:  # (the company "opening" the article is a list item: no party named before the list)
        return []
    return [Pair(topic, x, True) for x in dict.fromkeys(items)]


@frame("apposed", "MEMBER_OF")
def apposed(site: Site) -> list[Pair]:
    """"The alliance's newest member, X, ...", "Le nouveau membre de P, X, ...", "welcomed its latest recruit,
    X.": the member stands in apposition to its role, between commas or before the sentence's end; the
    program is named after "of" / "de", or owns the role ("P's", "its" for the program at hand). An
    organization owning it ("Nvidia's new partner, X") makes it no membership."""
    view, lang, base = site.view, site.lang, site.view.span.start
    words, end = view.words, site.found.end
    groups = [g for g in view.groups if g.start - base >= end]
    target, via = None, False
    if groups and end < len(words) and words[end] in lang.prep_of and site.progs(groups[0].entities) \
            and all(w in lang.articles for w in words[end + 1 : groups[0].start - base]):
        target, end, groups = site.progs(groups[0].entities)[0], groups[0].end - base, groups[1:]
    else:
        owner = site.left if site.left and site.left.end - base == site.found.start - 1 \
            and words[site.found.start - 1] in lang.possessives else None
        if owner is not None:
            target = next(iter(site.progs(owner.entities)), None)
        elif site.found.start and words[site.found.start - 1] in lang.names.pointing \
                and not any(site.orgs(g.entities) for g in view.groups if g.start < site.t0):
            target, via = site.program_near(), True
    if target is None or not groups or words[end : groups[0].start - base] != [","]:
        return []
    after = words[groups[0].end - base : groups[0].end - base + 1]
    if after and after[0] not in (",", ".", ";"):
        return []  # ("the new partner, X and Y's joint venture")
    return [Pair(m, target, via) for m in site.anyorg(groups[0].entities) if m != target]


@frame("select", "MEMBER_OF")
def select(site: Site) -> list[Pair]:
    """"P has selected X and Y", "P a retenu X et Y": a program chooses its participants, named right
    after the verb; an organization choosing one ("X selected Y as its supplier") is no membership."""
    targets = site.progs(site.L)
    if not targets or site.orgs(site.L) or not site.rights or site.rights[0].start < site.t1:
        return []
    if any(w not in site.lang.articles and w not in site.lang.transparent for w in site.object_gap()):
        return []  # "P selected a site near X": the object is something else
    return [Pair(m, targets[0], False) for m in site.anyorg(site.R) if m != targets[0]]


@frame("examples", "MEMBER_OF")
def examples(site: Site) -> list[Pair]:
    """"P has grown to include more than 100 member organizations, ... groups like X and Y", "P est
    passée à 120 membres, dont X et Y": the program before; its members are the examples after the
    first lead-in later in the sentence, past a relative clause on the members."""
    targets = site.progs(site.L)
    if not targets or site.orgs(site.L):
        return []
    view = site.view
    examples_ = next((g for g in view.groups if g.start >= site.t1 and preceded_by(view, g, site.lang.list_leadins)), None)
    return [Pair(m, targets[0], False) for m in site.anyorg(examples_.entities) if m != targets[0]] if examples_ else []


@frame("passive", "MEMBER_OF")
def membership_passive(site: Site) -> list[Pair]:
    """"P, porté par X et Y": the program before, its members after the agent word; the program at hand
    only where no other subject stands right before ("L'étude, pilotée par X": the study's)."""
    if not site.progs(site.L) and _other_subject(site):
        return []
    near = site.program_near()
    targets = site.progs(site.L) or ([near] if near else [])
    members = site.orgs(site.agent or site.R)
    return [Pair(m, t, not site.progs(site.L)) for t in targets[:1] for m in members]


@frame("operated", "MEMBER_OF")
def operated(site: Site) -> list[Pair]:
    """"P is run by X and Y", "the consortium, operated by X", "The programme is hosted by X": the operators of
    a program are its members. The subject must be the program: named right before the participle (past
    commas and auxiliaries), or a program's noun there for the program at hand; any other subject ("Inflection
    AI is run by X", "the lab, run by X") makes it no membership. People among the agents are left out."""
    view, k = site.view, site.found.start - 1
    while k >= 0 and (view.words[k] in (",", ")") or auxiliary(view, k) or view.words[k] in site.lang.subject_adverbs
                      or view.words[k] in site.lang.relatives):  # ("P, which is run by X")
        k -= 1
    if k < 0:
        return []
    subject = site.left if site.left and site.left.end - view.span.start == k + 1 else None
    named = site.progs(subject.entities) if subject else []
    if subject and not named:
        return []  # an organization is the subject
    if named:
        target, via = named[0], False
    elif k not in view.inside and view.words[k] in _program_words(site.lang):
        target, via = site.program_near(), True
    else:
        return []
    # (only this participle's agents: in "operated by X and funded by Y", Y is the funder)
    members = site.orgs(site.agent or site.R)
    return [Pair(m, target, via) for m in dict.fromkeys(members) if m != target] if target else []


def _other_subject(site: Site) -> bool:
    """Is the word before the trigger (past commas and auxiliaries) a common noun that names no
    program, outside any mention: "L'étude, pilotée par X", "the study was coordinated by X"?"""
    view, k = site.view, site.found.start - 1
    while k >= 0 and (view.words[k] == "," or auxiliary(view, k)):
        k -= 1
    return k >= 0 and k not in view.inside and view.words[k].isalpha() and view.words[k] not in _program_words(site.lang) \
        and view.words[k] not in site.lang.articles


@frame("signed", "MEMBER_OF")
def signed(site: Site) -> list[Pair]:
    """"The P declaration was signed by X and Y", "la charte, signée par X et Y", "Signed by X, P ...": the
    signatories of a program's text (the subject, with nothing but auxiliaries and commas before the
    participle) are its members; no program as the subject, nothing (an agreement between two parties
    is the memorandum rules')."""
    left, view, lang = site.left, site.view, site.lang
    # "P was signed by the following countries:" then a bulleted list: the lines set out are the agents
    agents = site.agent or [x for g in site.set_out for x in g.entities]
    if left is None or not site.progs(left.entities) or not agents:
        return []
    base = view.span.start
    gap = range(left.end - base, site.found.start)
    if any(view.words[k] != "," and not auxiliary(view, k) for k in gap):
        return []  # "the contract for P was signed by X": P is no subject
    before = [w for w in view.words[: left.start - base] if w not in lang.articles and w not in lang.determiners]
    if before and before[-1] not in (",", ":"):
        return []  # (a complement: "the memorandum on P, signed by X")
    target = site.progs(left.entities)[0]
    return [Pair(m, target, False) for m in site.orgs(agents + more_agents(view, site.t1))]


@frame("active", "MEMBER_OF", "EXCLUDED_FROM")
def membership(site: Site) -> list[Pair]:
    """"X rejoint P", "X is not a member of P": members before, the program after, else the
    program of a relative clause or the one the text is about."""
    view, L = site.view, site.L
    unit = _unit_subject(site)
    L = _with_alongside(site) if unit is None else unit
    if L and (_announces_members(site) or _person_of(site)):
        L = []  # "Le gouvernement a dévoilé les lauréats de P", "X's chief executive sits on the board of P": not X
    targets = site.progs(site.R)
    if targets:
        sources = [x for x in site.anyorg(L) if x not in targets] or _cleft_subjects(site)
        if not sources:  # "X a intégré P, dont A et B"
            # (a list after a lead-in or its verb; not "the AIRR, a programme the government set up")
            sources = [x for g in site.rights[1:] if g.leadin or preceded_by(view, g, site.lang.list_verbs)
                       for x in site.anyorg(g.entities) if x not in targets]
        return [Pair(s, t, False) for t in targets for s in sources]
    R = site.R
    if len(R) == 1 and site.labels.get(R[0]) == "Organization" and site.orgs(L) and site.has("organization"):
        return [Pair(s, R[0], False) for s in site.orgs(L)]  # "X joins the OECD"
    if site.progs(L) and site.orgs(R) and not _members_of(site):
        # "P compte parmi ses membres X et Y"; not "P is open to all members of Q": Q has members, is none
        return [Pair(s, t, False) for t in site.progs(L)[:1] for s in site.orgs(site.R_all)]
    if site.progs(L) and not site.orgs(L):
        return []
    antecedent = relative_antecedent(view, site.left) if site.left else None
    if antecedent and site.progs(antecedent.entities):  # "P, ... dont X et Y sont partenaires fondateurs"
        return [Pair(s, site.progs(antecedent.entities)[0], False) for s in site.orgs(L)]
    if site.has("object") and not site.rights and _object_stated(site):
        return []  # "Airbus compte intégrer ces outils": the object is stated, and is no program
    if _named_object(site):
        return []  # "joined Google as chief scientist", "joined the Commission's expert group": no program
    if not L and _common_noun_after(site):
        return []  # "a member of staff at X": the trigger's object is a common noun, no program
    if site.trigger.type == "EXCLUDED_FROM" and _other_object(site):
        return []  # "left the room", "absent de la photo", "left for Paris": what was left is stated, and is no program
    if _unknown_name_after(site):
        return []  # "Cleveland Clinic, part of the Cleveland Innovation District": a name, unknown, is its object
    # ("excluded from the final selection. ... the P project": the one program, named later)
    if site.found.start and view.words[site.found.start - 1] in site.lang.relatives:
        # "P a été monté par X et Y, qui en sont membres": the program of the relative's own sentence only
        p = site.ctx.program_here(site.t0, view.span.start)
    else:
        p = site.program_near() or (_only_program_ahead(site) if names_program(site) else None)
    if not p:
        return []
    sources = [x for x in site.orgs(L) + site.orgs(site.R_all) if x != p]
    return [Pair(s, p, True) for s in dict.fromkeys(sources)]


def _members_of(site: Site) -> bool:
    """The trigger is a membership noun and its "of"/"de": what follows has members, is none of them
    ("P is open to all members of Q"); not "with the exception of X", "à l'exception d'Orange"."""
    words, f, lang = site.view.words, site.found, site.lang
    return f.end - f.start >= 2 and words[f.end - 1] in lang.prep_of and words[f.end - 2] in lang.membership_nouns


@frame("operators", "MEMBER_OF")
def operators(site: Site) -> list[Pair]:
    """"X, Y and Z run P", "X and Y have co-led P": as the active membership frame, with the subject right
    before the verb (commas, auxiliaries and one other word between at most: "jointly run"); in "Z, who
    leads X's team and co-leads P" the person leads, not X."""
    view, base = site.view, site.view.span.start
    if site.left is None:
        return []
    words = view.words
    gap = [k for k in range(site.left.end - base, site.found.start) if words[k] not in (",", "-") and not auxiliary(view, k)
           and words[k + 1] != "-"]  # ("co-led": the verb's prefix)
    if gap and gap[0] == site.left.end - base + 1 and words[gap[0]] in site.lang.relatives and words[gap[0] - 1] == ",":
        gap = gap[1:]  # "X and Y, which run P"
    if len(gap) > 1 or any(not view.words[k].isalpha() or view.words[k] in site.lang.relatives for k in gap):
        return []
    return membership(site)


def _announces_members(site: Site, reach: int = 2) -> bool:
    """Does the subject announce the membership noun the trigger opens with, a verb of announcing, an
    article and at most ``reach`` other words on either side ("mercredi", "quatre") before it: "X a dévoilé les quatre
    lauréats de P", "X announced the members of P"? Not "X a annoncé son adhésion à P" (its own)."""
    view, lang, base = site.view, site.lang, site.view.span.start
    gap = range(site.left.end - base, site.found.start)
    verbs = [k for k in gap if view.words[k] in lang.announcing_verbs or view.lemmas[k] in lang.announcing_verbs]
    if not verbs:
        return False
    rest = [view.words[k] for k in range(verbs[-1] + 1, site.found.start)]  # ("a dévoilé mercredi les lauréats")
    at = next((i for i, w in enumerate(rest[: reach + 1]) if w in lang.articles), None)
    return at is not None and len(rest) - at <= reach + 1 and all(w.isalnum() for w in rest)


def _person_of(site: Site, reach: int = 2) -> bool:
    """Is the subject a person of the organization named, not the organization: "X's chief executive"
    (a possessive, then a person's title within ``reach`` words), "le directeur général de X" (a title,
    then "de", right before X)?"""
    view, lang, base = site.view, site.lang, site.view.span.start
    titles = lang.mentions.person_titles
    after = view.words[site.left.end - base : min(site.found.start, site.left.end - base + reach + 1)]
    if after and after[0] in lang.possessives and titles & set(after[1:]):
        return True
    k = site.left.start - base
    before = view.words[max(0, k - reach - 1) : k]
    return len(before) >= 2 and before[-1] in lang.prep_of and bool(titles & set(before[:-1]))


def _unit_subject(site: Site) -> list[str] | None:
    """Where the subject is a named unit of the organization before the trigger ("le laboratoire LIP6
    de Sorbonne Université a rejoint P": a name right before "de", a unit noun before it), that unit;
    else None. (An unnamed unit stands for its organization, as the gold files read it: "Keio's
    research group has joined P" makes Keio a member.)"""
    view, lang, left = site.view, site.lang, site.left
    if left is None:
        return None
    base = view.span.start
    k = left.start - base - 1
    if k < 1 or view.words[k] not in lang.prep_of:
        return None
    named = next((g for g in view.groups if g.end - base == k), None)
    if named is None or not any(w in lang.unit_nouns for w in view.words[max(0, named.start - base - 2) : named.start - base]):
        return None
    return site.anyorg(named.entities)


def _cleft_subjects(site: Site, reach: int = 4) -> list[str]:
    """With no subject before the trigger, the organizations a copula names right after its program,
    within ``reach`` plain words: "One company that won't be joining the group is X", "The firm that
    left the group last year was X", "Le grand absent de P est X"."""
    if site.L or len(site.rights) < 2:
        return []
    view, base = site.view, site.view.span.start
    first, after = site.rights[0], site.rights[1]
    between = view.words[first.end - base : after.start - base]
    if not between or len(between) > reach or between[-1] not in site.lang.cleft_copulas:
        return []
    return site.orgs(after.entities) if all(w.isalnum() for w in between) else []


def _other_object(site: Site) -> bool:
    """Right after the trigger, a role ("retenu comme fournisseur") or common words that do not stand
    for the program at hand ("left the room", "absent de la photo"), or a destination ("left for Paris"): a
    stated object that is no program."""
    after = site.view.words[site.found.end : site.found.end + 2]
    if site.lang.role_prepositions & set(after) or after[:1] and after[0] in site.lang.prep_to:
        return True
    content = object_words(site)
    k = site.found.end
    if not content and site.has("objectless") and site.view.words[k : k + 1] \
            and site.view.words[k] in site.lang.mentions.list_prepositions:
        content = object_words(site, start=k + 1)  # "X is absent from the photo": what the preposition names
    return bool(content) and (not _program_words(site.lang) & set(content) or bool(site.lang.event_nouns & set(content)))


@lru_cache(maxsize=None)
def _founded_nouns(lang: LanguageData) -> frozenset[str]:
    """Nouns for what a founding verb may create: programs, and any organization a name cue or an
    apposition names ("a lab", "un institut", "a task force")."""
    cues = {w for words in lang.mentions.cues.values() for c in words for w in c.split()}
    return lang.founding_nouns | lang.founding_stages | _program_words(lang) | cues | set(lang.mentions.apposition_heads)


def _founds_other(site: Site) -> bool:
    """Right after a founding trigger, an article or determiner, then common words none of which is a
    noun for what is founded: "unveiled its quarterly results, days after it joined P", "a mis sur pied une
    réunion avec les lauréats du programme P": the object is stated and is no program."""
    view, lang, k = site.view, site.lang, site.found.end
    if k >= len(view.words) or k in view.inside or view.words[k] not in lang.articles | lang.determiners:
        return False
    skip = lang.time_nouns | lang.mentions.calendar | lang.articles | lang.determiners | lang.novelty_words
    content: list[str] = []  # up to four words, numbers and hyphens stepped over ("a two-year pilot")
    for j in range(k + 1, min(len(view.words), k + 8)):
        w = view.words[j]
        if j in view.inside or w in lang.mentions.list_prepositions or len(content) == 4 \
                or not (w.isalnum() or w in ("-", "$", "\u20ac", "%")):
            break
        if w.isalpha() and w not in skip and not any(c.isdigit() for c in view.words[j - 1]):
            content.append(w)  # (not the unit of an amount: "a $100 million P")
    return bool(content) and not _founded_nouns(lang) & set(content)


def names_program(site: Site) -> bool:
    """The words right after the trigger name a selection, which stands for the program at hand:
    "dropped from the shortlist", "excluded from the final selection". (A reference head, "the
    alliance", "le texte", points at its own antecedent.)"""
    if _member_role(site):
        return True  # "came on board as the fifth member", "comme nouveau membre": a member of the program at hand
    if _members_closing(site):
        return True  # "X and Y are the founding members.": of the program at hand
    content = set(object_words(site))
    return bool(site.lang.selection_nouns & content) and not site.lang.event_nouns & content  # ("the guest list")


def _members_closing(site: Site) -> bool:
    """The trigger ends on a membership noun its clause ends with, a definite article or a possessive
    inside it: "X and Y are the founding members.", "X is one of its partners,"."""
    view, lang, f = site.view, site.lang, site.found
    inside = view.words[f.start : f.end]
    closes = f.end >= len(view.words) or view.words[f.end] in (".", ",", ";")
    return closes and inside[-1] in lang.membership_nouns \
        and any(w in lang.definite_articles or w in lang.names.pointing for w in inside)


def _member_role(site: Site, reach: int = 3) -> bool:
    """Right after the trigger, a role preposition and, within ``reach`` plain words, a membership noun:
    "as the fifth member", "as a founding partner", "comme nouveau membre", "en tant que membre"."""
    view, lang = site.view, site.lang
    start = site.found.end
    roles = [k for k in range(start, min(len(view.words), start + 2)) if view.words[k] in lang.role_prepositions]
    if not roles:
        return False
    k = roles[0] + 1
    k += view.words[k] in lang.relatives if k < len(view.words) else 0  # (French "en tant que")
    for j in range(k, min(len(view.words), k + reach + 1)):
        if j in view.inside or not view.words[j].isalpha():
            return False
        if view.words[j] in lang.membership_nouns:
            return True
    return False


@lru_cache(maxsize=None)
def _indefinite(lang: LanguageData) -> frozenset[str]:
    return lang.articles - lang.definite_articles


@lru_cache(maxsize=None)
def _program_words(lang: LanguageData) -> frozenset[str]:
    return lang.selection_nouns | {h for h, kinds in lang.references.heads.items() if "Program" in kinds}


def object_words(site: Site, reach: int = 2, start: int | None = None) -> list[str]:
    """Up to ``reach`` common words right after the trigger (or from word ``start``), articles and
    determiners left out, before any name, punctuation or preposition ("the final selection" -> final, selection)."""
    view, lang = site.view, site.lang
    skip, stops = lang.articles | lang.determiners, lang.mentions.list_prepositions
    content: list[str] = []
    start = site.found.end if start is None else start
    for j in range(start, min(len(view.words), start + reach + 3)):
        w = view.words[j]
        if j in view.inside or not w.isalpha() or w in stops or len(content) == reach:
            break
        if w not in skip:
            content.append(w)
    return content


def _named_object(site: Site, reach: int = 2) -> bool:
    """The trigger's object is a name that is no program, right after it (a determiner between at
    most): what was joined or left is that organization, or something of its, never a program
    the text spoke of before."""
    if not site.rights or site.progs(site.R_all):
        return False
    between = site.object_gap()
    return len(between) <= reach and all(w in site.lang.articles or w in site.lang.determiners for w in between)
def _unknown_name_after(site: Site) -> bool:
    """Right after the trigger (past a preposition, an article and a program's head: "au projet Jean
    Zay"), a capitalised run no mention holds, not made of a program's head words only ("the Alliance"
    may be the program at hand): the object is that name, unknown to the pipeline, not the program the
    text spoke of."""
    view, lang = site.view, site.lang
    heads = lang.references.heads
    k = site.found.end
    doc, base = view.span.doc, view.span.start
    def opens_object(j: int) -> bool:  # (a preposition only before an article or a head: "au projet", not "in Seoul")
        w, nxt = view.words[j], view.words[j + 1] if j + 1 < len(view.words) else ""
        return w in lang.articles or w in lang.determiners or "Program" in heads.get(w, ()) \
            or w in lang.prep_in and (nxt in lang.articles or "Program" in heads.get(nxt, ()))
    while k < len(view.words) and k not in view.inside and not doc[base + k].text[:1].isupper() and opens_object(k):
        k += 1
    run = []
    while k < len(view.words) and k not in view.inside and (doc[base + k].text[:1].isupper()
                                                            or run and view.words[k] == "-"):
        run.append(view.words[k])
        k += 1
    if k < len(view.words) and "Program" in heads.get(view.words[k], ()):
        return False  # "the Seattle-Tsukuba program": a name before a program's head may be the one at hand
    return bool(run) and not all("Program" in heads.get(w, ()) for w in run)


def _activity_object(site: Site) -> bool:
    """Right after the trigger, an article, a plain noun and "of" before another plain word, none a
    mention, a program's noun or a word for the party at hand: "funded the collection of voice data",
    "a financé la collecte de données" (the money's object is stated, and is no party)."""
    k, view, lang = site.found.end, site.view, site.lang
    words, nouns = view.words, _program_words(lang)
    heads, at_hand = lang.references.heads, lang.context_objects | lang.funding_words
    def plain(j: int) -> bool:
        return j < len(words) and j not in view.inside and words[j].isalpha() and words[j] not in nouns \
            and words[j] not in heads and words[j] not in at_hand
    if not (k + 3 < len(words) and words[k] in lang.articles and plain(k + 1) and words[k + 2] in lang.prep_of):
        return False
    j = k + 3 + (words[k + 3] in lang.articles)
    return plain(j)


def _common_noun_after(site: Site) -> bool:
    """The word right after the trigger is a plain word, no name and no determiner ("of staff"); or,
    after a trigger ending in "of" and an article, the next two words are plain and neither is a
    program's noun ("members of the press", not "members of the new alliance"; a verb's object, "a
    intégré le dispositif", may be the program at hand)."""
    k, view, lang = site.found.end, site.view, site.lang
    plain = lambda j: j < len(view.words) and j not in view.inside and view.words[j].isalpha()  # noqa: E731
    if plain(k) and view.words[k] not in lang.determiners | lang.articles:
        return True
    if not (k < len(view.words) and view.words[k] in lang.articles and view.words[k - 1] in lang.prep_of):
        return False
    nouns = _program_words(lang)
    return plain(k + 1) and view.words[k + 1] not in nouns and not (plain(k + 2) and view.words[k + 2] in nouns) \
        and k + 2 not in view.inside


def _object_stated(site: Site) -> bool:
    """A determiner and a common noun right after the trigger: its object, named and no name."""
    after = site.view.words[site.found.end : site.found.end + 2]
    return len(after) == 2 and after[0] in site.lang.determiners and after[1].isalpha()


# --------------------------------------------------------------------------- founding
@frame("passive", "FOUNDED")
def founded_passive(site: Site) -> list[Pair]:
    """"P, lancé par X et Y": the program before, its founders after the agent word; a noun names
    the program after its agent ("la création par X de P")."""
    if not site.agent and _agent_is_no_name(site):
        # "P, which X established by executive order", "P, que X a créé par décret": an object relative, active
        antecedent = relative_antecedent(site.view, site.left) if site.left else None
        programs = site.progs(antecedent.entities) if antecedent else []
        return [Pair(s, programs[0], False) for s in site.orgs(site.L) if programs and s != programs[0]]
        # ("P a été lancé par erreur sur le site de X": the agent word governs no party)
    targets = site.progs(site.L)
    if not targets and site.agent:
        targets = next((site.progs(g.entities) for g in site.rights if not g.agent), [])
    if not targets and not site.L:  # "Lancé en 2021 à l'initiative de X, P a réuni ...": P opens the clause
        targets = _fronted_program(site)
    if not targets and not site.L:  # "le nouveau centre créé par X et Y. Baptisé « P », il ...": P, named after
        targets = [t for t in [named_later(site)] if t]
    if not targets and site.L and site.view.index in site.ctx.headlines:
        # "A and B launch AI research partnership backed by C": an active launch the passive pattern spans
        return [Pair(s, t, False) for t in _headline_program(site, site.found.start + 1) for s in site.orgs(site.L)]
    return [Pair(s, t, False) for t in targets for s in site.orgs(site.agent or site.R) if s not in targets]


def _fronted_program(site: Site) -> list[str]:
    """A participle opens the sentence and the trigger stands in its phrase: the program right after
    the comma closing that phrase (only articles and a program's noun between) is what was founded:
    "Lancé en 2021 à l'initiative de X, P a réuni ...", "Créée à l'initiative de X, l'initiative P ..."."""
    view, lang, base = site.view, site.lang, site.view.span.start
    words = view.words
    if site.left is not None or "," not in words[site.found.end :] or not _opens_with_participle(view):
        return []
    comma = words.index(",", site.found.end)
    g = next((g for g in site.rights if g.start - base > comma), None)
    if g is None or any(site.progs(h.entities) for h in site.rights if h.start - base < comma):
        return []
    between = words[comma + 1 : g.start - base]
    if len(between) > 3 or not all(w in lang.articles or "Program" in lang.references.heads.get(w, ()) for w in between):
        return []
    return site.progs(g.entities)[:1]


def _opens_with_participle(view: SentenceView) -> bool:
    """The sentence's first word may be a past participle: a verb or an adjective where the Doc has
    tags (not a noun: "Grâce à ..."), else by its ending ("Launched")."""
    table = nlp_mod.tokens(view.span.doc)
    row = table.rows[view.span.start]
    if table.has_annotation("POS"):
        return row.pos_ in ("VERB", "AUX", "ADJ", "PROPN")  # (a capitalised participle may read as a name: "Lancé")
    return bool(view.lang.participle_suffixes) and fold(row.text).endswith(view.lang.participle_suffixes)


def _agent_is_no_name(site: Site) -> bool:
    """The trigger ends on its agent word and a word of manner follows it: "lancé par erreur",
    "launched by mistake" (no agent is named)."""
    view, lang, k = site.view, site.lang, site.found.end
    return view.words[k - 1] in lang.agent_prepositions and k < len(view.words) and view.words[k] in lang.agent_fillers


@frame("active", "FOUNDED")
def founded(site: Site) -> list[Pair]:
    """"X et Y lancent P (avec Z)": founders before (and after "with"), the program after, else
    the next program named ("X lance une initiative. Baptisée P, ...")."""
    view, L = site.view, site.L
    if _founds_other(site):
        return []  # "unveiled its quarterly results ... the P initiative": what was launched is no program
    targets = site.progs(site.R)
    antecedent = relative_antecedent(view, site.left) if site.left and not targets else None
    if antecedent and site.progs(antecedent.entities):  # "P, que X et Y ont lancé", "P, which X set up"
        targets = site.progs(antecedent.entities)[:1]
    if not targets and not site.R:
        targets = _announced_later(site)
    if site.has("nominal") and site.left and "," in view.words[site.left.end - view.span.start : site.found.start]:
        L = []  # "Pour Paris, qui ... du G7, le lancement du PMIA": no creator named
    sources = site.orgs(L) or site.orgs(site.agent or [])  # "la création de P par X"
    # "X founded P with Y": Y is a member (SCHEMA.md); "X co-founded P with Y": Y is a founder too
    with_ = [x for g in site.rights[1:] if preceded_by(view, g, site.lang.prep_with) for x in site.orgs(g.entities)
             if x not in sources]
    if not targets and site.view.index in site.ctx.headlines:
        targets = _headline_program(site, site.found.end)
    if not targets and len(sources) >= 2 and not site.R_all and _unnamed_object(site):
        # "MTN et Microsoft vont lancer une initiative commune": launching something together, unnamed
        return [Pair(p.source, p.target, False, policy.JOINT_LAUNCH) for p in _all_pairs(sources)]
    if not targets:  # "X has formed a coalition with Y. The coalition, called P, ...": P, named later
        named = founded_unnamed(site, sources)
        if named:
            return named
    k = site.found.start
    cofounding = view.words[k].startswith("co") or view.words[max(0, k - 2) : k] == ["co", "-"]
    kind = None if cofounding else policy.FOUNDED_WITH
    return [Pair(s, t, False) for t in targets for s in sources] + [Pair(x, t, False, kind) for t in targets for x in with_] \
        + [Pair(s, t, False, policy.SIZED_LAUNCH) for t in targets if _sized(site, t) for s in sources]


def _headline_program(site: Site, start: int, reach: int = 5) -> list[str]:
    """A headline launches a group it does not name ("A and B launch AI research partnership backed
    by C", "X et Y lancent un programme de recherche sur ..."): the article's topic program, the one
    program its body names, where the headline names no program and the trigger's object, within
    ``reach`` plain words from ``start`` (no name, no preposition), holds a founding noun."""
    if site.ctx.topic_program is None or site.progs(site.R_all + site.L):
        return []
    view, lang = site.view, site.lang
    for j in range(start, min(len(view.words), start + reach)):
        w = view.words[j]
        if j in view.inside or not w.isalpha() or w in lang.mentions.list_prepositions:
            return []
        if w in lang.founding_nouns:
            return [site.ctx.topic_program]
    return []


def _sized(site: Site, target: str) -> bool:
    """An amount stands between the trigger and the program it launches: "AWS launched a $100 million
    Generative AI Innovation Center" (the founder puts that money in it)."""
    g = next((g for g in site.rights if target in g.entities), None)
    if g is None or g.start <= site.t1:
        return False
    return bool(find_amounts(site.view.span.doc[site.t1 : g.start].text, site.lang.code))


def founded_unnamed(site: Site, sources: list[str]) -> list[Pair]:
    """"X a formé une alliance avec Y et Z, baptisée P", "X has formed a coalition with Y. The coalition,
    called P, ...": X founds the group a naming word names later; the parties after "with" are its
    members (SCHEMA.md). Nothing unless the object is an indefinite group noun and P is so named."""
    view, lang = site.view, site.lang
    if not sources or not site.rights or not preceded_by(view, site.rights[0], lang.prep_with):
        return []
    indefinite = _indefinite(lang)
    words = view.words[site.found.start + 1 : site.found.end + 3]
    if not any(w in indefinite and lang.founding_nouns & set(words[k + 1 : k + 3]) for k, w in enumerate(words)):
        return []
    target = named_later(site)
    if target is None:
        return []
    with_ = [x for g in site.rights if preceded_by(view, g, lang.prep_with) for x in site.orgs(g.entities)
             if x not in sources]
    return [Pair(s, target, False, "FOUNDED") for s in sources if s != target] \
        + [Pair(x, target, False, policy.FOUNDED_WITH) for x in dict.fromkeys(with_) if x != target]


def _filler(tokens: Iterable[Token], lang: LanguageData) -> bool:
    """Only spaces, punctuation and articles: nothing stands between two places of the text."""
    return all(x.is_space or x.is_punct or fold(x.text) in lang.articles for x in tokens)


def _announced_later(site: Site) -> list[str]:
    """The unnamed object's program: the next named in the sentence; in the next sentence, only one
    that opens it ("OpenAI lance une initiative. OpenAI for Countries vise ..."), that a naming word
    names ("Baptisée P", "Son nom : P") or whose name holds the object's noun ("formed a coalition
    ... . It joins the Health AI Coalition"), not any program the next sentence speaks of."""
    view, doc = site.view, site.view.span.doc
    later = [(t, eid) for t, eid in site.ctx.programs if site.t0 < t < site.next_end]
    if not later or later[0][0] < view.span.end:
        return [eid for _, eid in later[:1]]
    if _filler(doc[view.span.end : later[0][0]], site.lang):
        return [later[0][1]]
    named = named_later(site)
    if named:
        return [named]
    nouns = site.lang.founding_nouns & set(view.words[site.found.end : site.found.end + 3])
    for t, eid in later:
        name = [fold(x.text) for x in doc[t : min(t + 8, len(doc))]]
        stop = next((k for k, x in enumerate(doc[t : min(t + 8, len(doc))]) if x.is_punct), len(name))
        if nouns & set(name[:stop]):
            return [eid]
    return []


def named_later(site: Site) -> str | None:
    """The first program after the trigger, up to the end of the next sentence, that a naming word
    names ("baptisée P", "sous le nom de P", "called the P", "son nom : P"): only articles, "of", quotes,
    a colon or a comma between."""
    doc, lang = site.view.span.doc, site.lang
    for t, eid in site.ctx.programs:
        if not site.t1 <= t < site.next_end:
            continue
        for k in range(t - 1, max(site.t1, t - 5) - 1, -1):
            w = fold(doc[k].text)
            if w in lang.naming_words:
                return eid
            if not (w in lang.articles or w in lang.prep_of or doc[k].is_quote or w in (":", ",")):
                break
    return None


def _unnamed_object(site: Site) -> bool:
    """The trigger's object is an indefinite common noun ("une initiative", "a joint programme"),
    right after it or, where the Doc has a parser, its object after a time phrase ("de lancer dès
    le début de 2026 une initiative")."""
    indefinite = _indefinite(site.lang)
    after = site.view.words[site.found.end : site.found.end + 1]
    if after and after[0] in indefinite:
        return True
    doc = site.view.span.doc
    if not nlp_mod.tokens(doc).has_annotation("DEP"):
        return False
    objects = [c for t in doc[site.t0 : site.t1] for c in t.children if c.dep_ == "obj" and c.i >= site.t1]
    return bool(objects) and objects[0].pos_ == "NOUN" \
        and any(d.dep_ == "det" and fold(d.text) in indefinite for d in objects[0].children)


# --------------------------------------------------------------------------- funding
@frame("announce", "FUNDS")
def announce(site: Site) -> list[Pair]:
    """"X raised $50M": no edge of its own; X is the party later funder lists fund."""
    funded = [x for x in (site.L if site.left and not site.left.agent else []) if site.labels.get(x) in ORG_LABELS]
    if funded:
        site.ctx.funded(funded[0], site.view.index)
    return []


@frame("cofund", "FUNDS")
def cofund(site: Site) -> list[Pair]:
    """"... led by X, with participation from Y and Z", "the round drew Y and Z": co-investors in
    the round of the party funded in this sentence, else of the party before the trigger; with
    ``patrons``, founding members of a centre patrons finance ("avec cinq membres fondateurs que sont")."""
    view, ctx = site.view, site.ctx
    words = site.lang.round_words if site.has("round") else site.lang.patronage_words if site.has("patrons") else None
    if not speaks_of_money(view, words):
        return []
    if ctx.funds_sentence == view.index and ctx.funds_target:
        target, via = ctx.funds_target, True
    elif site.anyorg(site.L):
        target, via = site.anyorg(site.L)[0], False
    else:
        # (founding patrons fund the program at hand: "financer le centre et son budget, avec cinq membres ...")
        patrons_of = site.program_near() if site.has("patrons") else None
        target, via = patrons_of or ctx.funds_target or ctx.round_party(view), True
    if site.labels.get(target) == "Government":
        return []  # a government raises no round others join ("LONDON--... it has raised $9M, with participation from Y")
    sources = [x for g in site.rights for x in site.anyorg(g.entities) if x != target]
    return [Pair(x, target, via) for x in dict.fromkeys(sources)] if target else []


def _funded_before(site: Site) -> str | None:
    """The party the sentence before funded (a program first; else the one party funded there), where
    this one says its subject gives in its turn ("quant à elle", "for its part"); None otherwise."""
    words = site.view.words[: site.found.end]
    if not has_phrase(words, map(" ".join, site.lang.in_turn)):
        return None
    before = list(dict.fromkeys(site.ctx.recipients.get(site.ctx.before, [])))
    programs = site.progs(before)
    return programs[0] if programs else before[0] if len(before) == 1 else None


@frame("pledge", "FUNDS")
def pledge(site: Site) -> list[Pair]:
    """"X pledged $8bn", "X offers credits (to Y)": Y, else the party at hand; with ``object``, only a
    recipient named inside the trigger ("fournira à Y un accès à ses supercalculateurs")."""
    sources = site.anyorg(site.L)
    to = site.group_after(site.lang.prep_to)
    if to:
        return [Pair(s, t, False) for t in site.anyorg(to.entities)[:1] for s in sources if s != t]
    antecedent = relative_antecedent(site.view, site.left) if site.left else None
    if antecedent and site.anyorg(antecedent.entities):  # "Y, dans laquelle X a investi 13 Md$"
        return [Pair(s, site.anyorg(antecedent.entities)[0], False) for s in sources]
    if site.has("object"):  # "X fournira à Y un accès à ses supercalculateurs": Y inside the trigger, or no one
        inside = [x for g in site.inner_groups for x in site.anyorg(g.entities)]
        if inside:
            return [Pair(s, inside[0], False) for s in sources if s != inside[0]]
        turn = _funded_before(site)  # "P reçoit 20 M€ de Y. X fournira quant à elle un accès à ..."
        return [Pair(s, turn, True) for s in sources if turn and s != turn]
    if _place_destination(site):
        return []  # "Separately, X pledged $500bn of investment in Germany": the money goes to a place, not the party at hand
    t = site.ctx.funds_target or site.program_near()
    if t is None:  # "X a confirmé investir 15 M€, ... lors du prochain tour de Y"
        of = site.group_after(site.lang.prep_stake)
        t = site.anyorg(of.entities)[0] if of and site.anyorg(of.entities) else None
    return [Pair(s, t, True) for s in sources if t and s != t]


@frame("added", "FUNDS")
def added(site: Site) -> list[Pair]:
    """"A contributed $30M, while B added $10M", "A apporte 20 M€, tandis que B ajoute 5 M€": the funders
    inside the trigger (after its contrastive opener) give the party funded earlier in this sentence,
    with a sum of their own right after the verb; nothing where no party was funded before them."""
    view, ctx = site.view, site.ctx
    if ctx.funds_sentence != view.index or not ctx.funds_target:
        return []
    after = view.span.doc[site.t1 : min(site.t1 + 8, view.span.end)].text
    if not given_amounts(after, view.lang.code):
        return []  # "while B added a demo", "added $10M to its market value": no money B gives
    to = site.group_after(site.lang.prep_to)
    t = (site.anyorg(to.entities) or [None])[0] if to else ctx.funds_target
    return [Pair(s, t, not to) for g in site.inner_groups for s in site.anyorg(g.entities) if t and s != t]


@frame("dative", "FUNDS")
def dative(site: Site) -> list[Pair]:
    """"X granted Y $20M", "X gave Y a $5M grant": the funders before the verb, the first name right after
    it receives, where money X gives follows that name at once (no "to": "granted the reporters an
    interview" names no money; "gave Y a $5bn valuation" is no money given)."""
    view, first = site.view, (site.rights[0] if site.rights else None)
    if first is None or first.start - site.t1 > 1 or not site.anyorg(site.L):
        return []
    after = view.span.doc[first.end : min(first.end + 6, view.span.end)]
    if not after or after[0].is_punct or not given_amounts(after.text, view.lang.code):
        return []
    return [Pair(s, t, False) for t in site.anyorg(first.entities)[:1] for s in site.anyorg(site.L) if s != t]


@frame("funders", "FUNDS")
def funders(site: Site) -> list[Pair]:
    """"parmi les actionnaires de Y figurent X", "Y's investors include X", "X figuraient aussi
    parmi les investisseurs (de Y)"."""
    of_group = site.group_after(site.lang.prep_of)
    if subject_before(site.view, site.t0) and site.anyorg(site.L):
        t = (site.anyorg(of_group.entities) or [None])[0] if of_group else site.ctx.funds_target
        return [Pair(x, t, not of_group) for x in site.anyorg(site.L) if t and x != t]
    if of_group:
        target = site.anyorg(of_group.entities)[:1]
        sources = site.anyorg(site.L) + [x for g in site.rights if g is not of_group for x in site.anyorg(g.entities)]
        return [Pair(s, t, False) for t in target for s in sources]
    t = (site.anyorg(site.L) or [None])[0] or site.ctx.funds_target or site.program_near()
    return [Pair(s, t, not site.L) for s in site.anyorg(site.R_all) if t and s != t]


@frame("raise", "FUNDS")
def raise_(site: Site) -> list[Pair]:
    """"X lève 235 M$ auprès de Y": X is funded by Y (and is the party at hand from now on)."""
    left, ctx = site.left, site.ctx
    if site.L and not (left and left.agent) and site.anyorg(site.L):
        ctx.funded(site.anyorg(site.L)[0], site.view.index)
    if left and left.agent:  # "the round was led by X and drew money from Y"
        t = ctx.funds_target
        return [Pair(s, t, True) for s in site.anyorg(site.agent or site.R_all) if t and s != t]
    return [Pair(s, t, False) for t in site.anyorg(site.L) for s in site.anyorg(site.agent or site.R_all)]


@frame("passive", "FUNDS")
def funds_passive(site: Site) -> list[Pair]:
    """"Y, financé par X": the funders after the agent word, the funded party before it or after
    "dans" ("la somme injectée dans Y l'est par X"), else the party at hand."""
    agent = site.agent
    sources = site.anyorg(agent or site.R)
    if agent:  # "financé par X, que contrôle Z, par Y et par W": every "par" after the first
        sources += [x for x in more_agents(site.view, site.t1) if x not in sources and site.labels.get(x) in ORG_LABELS]
        sources += [x for x in _added_before(site) if x not in sources]  # "Outre X, P est financé par Y"
    into = site.group_after(site.lang.prep_into, exclude=agent)
    left = [] if _left_in_closed_relative(site) else site.anyorg(site.L)
    targets = site.anyorg(into.entities) if into else _launched(site) or left or _named_opening(site)
    if not targets:  # "les 400 millions restants sont versés par X"
        t = site.ctx.funds_target or site.program_near() or site.ctx.round_party(site.view)
        return [Pair(s, t, True) for s in sources if t]
    return [Pair(s, t, False) for t in targets for s in sources]


def _apposed_subject(site: Site) -> bool:
    """The first group after the trigger is the subject of a phrase set after the object, no object:
    "pledged $600bn of investment in the United States, a sum the White House hailed", "un montant que Y
    a salué" (a comma, an indefinite article, its noun, then at most "that" and an article before the
    name; no preposition)."""
    lang = site.lang
    gap = site.object_gap()
    if "," not in gap:
        return False
    tail = gap[len(gap) - gap[::-1].index(","):]
    prepositions = lang.prep_of | lang.prep_in | lang.prep_into | lang.prep_to | lang.prep_stake | lang.prep_with
    return 2 <= len(tail) <= 4 and tail[0] in _indefinite(lang) \
        and not set(tail) & prepositions


def _place_destination(site: Site, reach: int = 8) -> bool:
    """A place after the trigger, in its clause, takes the money: "in"/"en" before a capitalised word that
    names no organization ("of investment in Germany") or names a country's government ("aux États-Unis")."""
    view, lang, base = site.view, site.lang, site.view.span.start
    words, stop = view.words, min(len(view.words), site.found.end + reach)
    for k in range(site.found.end, stop):
        if words[k] in (";", ",", ".") or words[k] in lang.clause_breaks:
            return False
        if words[k] not in lang.place_in or k + 1 >= len(words):
            continue
        n = k + 1 + (words[k + 1] in lang.definite_articles and k + 2 < len(words))
        if not view.span[n].text[:1].isupper():
            continue
        group = next((g for g in view.groups if g.start <= base + n < g.end), None)
        if group is None or all(site.labels.get(x) == "Government" for x in group.entities):
            return True
    return False


def _left_in_closed_relative(site: Site) -> bool:
    """The group before the trigger stands in a relative clause that a comma opened and another closed
    before the trigger: "The campus, where X set up its lab, is funded by Y", "le campus, où X a installé son
    laboratoire, est financé par Y" (X is no party of the money)."""
    if not site.left:
        return False
    view, base, lang = site.view, site.view.span.start, site.lang
    k = site.left.start - base
    opened = next((j for j in range(k - 1, 0, -1) if view.words[j] in (",", ";", "(")), None)
    if opened is None or view.words[opened] != "," or opened + 1 >= k:
        return False
    rel = lang.relatives | lang.relative_possessives
    return (view.words[opened + 1] in rel or view.span[opened + 1].lower_ in lang.place_relatives) \
        and "," in view.words[site.left.end - base : site.found.start]


def _relative_before_object(site: Site) -> bool:
    """A comma and a relative word stand between the trigger and its first group after it: the object is
    a noun before them ("co-fund the cyber hub, whose founding members include X"), X a party of the clause
    (a possessive relative only with a verb right after the name: in "finance trois labos, dont X et Y", "dont"
    lists examples of the object)"""
    lang, view, gap = site.lang, site.view, site.object_gap()
    k = site.rights[0].end - view.span.start
    verb_after = k < len(view.words) and auxiliary(view, k)
    rel = lang.relatives | (lang.relative_possessives if verb_after else frozenset())
    at = site.found.end  # (the place relative as written: "où" folds to "ou", "or")
    return any(gap[k] == "," and (gap[k + 1] in rel or view.span[at + k + 1].lower_ in lang.place_relatives)
               for k in range(len(gap) - 1))


@lru_cache(maxsize=None)
def _money_channels(lang: LanguageData) -> tuple[str, ...]:
    """What names the channel money goes through, not its recipient: the funding channels ("via P")
    and the program frameworks ("au titre de P", "as part of P"), each once."""
    return tuple(dict.fromkeys(lang.channels + lang.program_channels))


@frame("active", "FUNDS")
def funds(site: Site) -> list[Pair]:
    """"X finance Y", "X invests in Y": funders before, the funded party after, else the
    antecedent of a relative clause or the party at hand."""
    if site.agent and not site.anyorg(site.L):
        return funds_passive(site)
    view = site.view
    if _apposed_participle(site):
        return []  # "P, financé à hauteur de 20 M€, réunit A et B": a participle said of P, A is no object
    sources, targets = site.anyorg(site.L), site.anyorg(site.R)
    if site.left and after_phrase(view, site.left, site.lang.channels, reach=5):
        sources = []  # "Under P, the Commission awarded ...", "Au titre de P, ...": the money's channel, not its giver
    if sources and site.rights and _relative_before_object(site):
        return []  # "cofinancent le pôle cyber, dont la DGA est membre": the object is the noun, the name another's
    if sources and site.rights and (site.rights[0].agent or _apposed_subject(site)):
        return []  # "X a investi 40 M€ en Allemagne, un montant salué par Y": an agent is no funded party
    if site.rights and (preceded_by(view, site.rights[0], site.lang.prep_with)
                        or after_phrase(view, site.rights[0], _money_channels(site.lang), reach=6,
                                        skip=site.lang.definite_articles | site.lang.ordinals | {","})):
        targets = []  # "X sponsored a hackathon with Y": Y acts with X; "via P", "au titre de P": the money's channel
    if site.rights and preceded_by(view, site.rights[0], site.lang.place_in):
        # "pledged $600bn of investment in the United States": a country there is a place
        targets = [t for t in targets if site.labels.get(t) != "Government"]
        if not targets:
            return []
    compound = _compound(site)
    if compound:  # "Anthropic, the Amazon- and Google-backed start-up, ...": the compound's names fund
        sources = compound[0]
        targets = targets if site.rights else compound[1]
    if sources and not targets and site.has("object") and not object_is_context(view, site.t1):
        # "invest $5bn in an AI zone": the object is stated, and is no organization; unless the next
        # sentence opens on the funder's own program ("X announces a $110M investment in research. X's
        # P program provides ..."): the investment goes there
        owned = _owned_next(site, sources)
        return [Pair(s, owned, True) for s in sources if s != owned] if owned else []
    if targets and site.has("object") and _examples_after_object(site):
        return []  # "investissent dans l'IA militaire (JAIC, Palantir)": examples of a stated object
    nominal = view.words[site.found.start].endswith(site.lang.nominal_suffixes)
    antecedent = relative_antecedent(view, site.left) if site.left and not targets else None
    if sources and antecedent and site.anyorg(antecedent.entities):  # "Y, dans laquelle X a investi"
        return [Pair(s, site.anyorg(antecedent.entities)[0], False) for s in sources]
    if sources and not targets and not nominal:
        if _unknown_name_after(site):
            return []  # "a accordé au projet Jean Zay une aide": another project, not the one at hand
        if _activity_object(site):
            return []  # "la GIZ a financé la collecte de données ...": the money buys an activity the sentence names
        t = site.ctx.funds_target or site.program_near()
        return [Pair(s, t, True) for s in sources if t]
    return [Pair(s, t, False) for t in targets + (_gapped_targets(site) if targets else []) for s in sources]


def _compound(site: Site) -> tuple[list[str], list[str]] | None:
    """A funder joined to the trigger by a hyphen ("the Amazon-backed start-up", "Amazon- and
    Google-backed"): (the funders, the party an apposition before them describes: "Anthropic, the
    Amazon-backed start-up"), or None where the trigger stands alone."""
    view, left, base = site.view, site.left, site.view.span.start
    t = site.t0 - base
    if left is None or t < 2 or view.words[t - 1] != "-" or left.end - base != t - 1:
        return None
    k, n = _name_start(view, t - 2), 1
    if k >= 2 and view.words[k - 1] in site.lang.and_words and len(left.entities) > 1 \
            and view.span.doc[base + k - 2].text.endswith("-"):
        k, n = _name_start(view, k - 2), 2  # "Amazon- and Google-backed" (the tokenizer keeps "Amazon-" whole)
    funders = left.entities[-n:]
    before = view.words[max(0, k - 2) : k]
    apposed = len(left.entities) > n and len(before) == 2 and before[0] == "," and before[1] in site.lang.articles
    return site.anyorg(funders), site.anyorg(left.entities[-n - 1 : -n]) if apposed else []


def _name_start(view: SentenceView, k: int) -> int:
    """The first word of the name whose last word is word k of the sentence."""
    while k > 0 and k - 1 in view.inside:
        k -= 1
    return k


def _gapped_targets(site: Site) -> list[str]:
    """"X invested $10 million in A and $5 million in B", "X investit 20 M€ dans A et 10 M€ dans B": a
    second sum and its party after the first, the verb left out; the same preposition as the trigger's."""
    view, base = site.view, site.view.span.start
    if len(site.rights) < 2:
        return []
    first, second = site.rights[0], site.rights[1]
    between = view.words[first.end - base : second.start - base]
    prep = view.words[site.found.end - 1]
    if len(between) < 3 or between[0] not in site.lang.list_joiners or between[-1] != prep:
        return []
    gap = view.span.doc[first.end : second.start - 1].text
    return site.anyorg(second.entities) if find_amounts(gap, view.lang.code) else []


def _launched(site: Site) -> list[str]:
    """The program an opening clause's subject launches right after it: "Avec le soutien financier de X, Y
    lance le programme P", "With funding from X, Y launched P" (X funds P, not Y)."""
    left, view = site.left, site.view
    if left is None or left.start < site.t1 or site.progs(left.entities):
        return []
    base, lang = view.span.start, view.lang
    k = left.end - base
    while k < len(view.words) and auxiliary(view, k):
        k += 1
    if k >= len(view.words) or not (view.words[k] in _launch_words(lang) or view.lemmas[k] in _launch_words(lang)):
        return []
    after = next((g for g in view.groups if g.start - base > k), None)
    return site.progs(after.entities)[:1] if after and after.start - base - k <= 3 else []


@lru_cache(maxsize=None)
def _launch_words(lang: LanguageData) -> frozenset[str]:
    """The first words of the active founding triggers ("lance", "launched")."""
    return frozenset(w for t in triggers_for(lang) if t.type == "FOUNDED" and t.frame == "active"
                     for w in first_words(t))


def _apposed_participle(site: Site) -> bool:
    """The trigger opens an incise right after the name before it, and its first group after it stands past
    the incise's closing comma: "P, funded last year, brings together A and B" (a participle on P)."""
    view, left = site.view, site.left
    if left is None or not site.rights or left.end - view.span.start != site.found.start - 1:
        return False
    return view.words[site.found.start - 1] == "," and "," in site.object_gap()


def _added_before(site: Site) -> list[str]:
    """The organizations of a phrase that opens the sentence with an additive word and ends at its first
    comma, before the trigger: "Outre X et Y, P est financé par Z" (X and Y fund P as well)."""
    view = site.view
    comma = opening_comma(view, site.lang.additive_openers)
    if comma is None:
        return []
    comma += view.span.start
    return [x for g in view.groups if g.end <= comma < site.t0 for x in site.orgs(g.entities)]


def _named_opening(site: Site) -> list[str]:
    """The name an opening naming word gives, before the trigger: "Baptisé P et soutenu par X, il ...",
    "Called P and backed by X, the centre ..." (P is what X backs)."""
    view = site.view
    k = next((i for i, w in enumerate(view.words) if w.isalpha()), None)
    if k is None or view.words[k] not in site.lang.naming_words:
        return []
    g = next((g for g in view.groups if g.start - view.span.start > k), None)
    if g is None or g.end > site.t0 or any(w.isalpha() and w not in site.lang.articles
                                          for w in view.words[k + 1 : g.start - view.span.start]):
        return []
    return site.anyorg(g.entities)[:1]


def _owned_next(site: Site, sources: list[str]) -> str | None:
    """A program of one of ``sources`` that opens the next sentence ("Amazon's P program ..."), where
    the stated object is no spending on the funder's own assets ("in its data centres")."""
    view, doc, lang = site.view, site.view.span.doc, site.lang
    if not lang.possessives:
        return None
    if has_phrase(view.words[site.found.end :], lang.money.own_assets_after):
        return None
    for t, eid in site.ctx.programs:
        if not view.span.end <= t < site.next_end:
            continue
        owner = site.ctx.ends.get(t - 1) if t and fold(doc[t - 1].text) in lang.possessives else None
        opening = owner is not None and _filler((x for x in doc[view.span.end : t - 1]
                                                 if site.ctx.ends.get(x.i + 1) != owner), lang)
        if opening and owner in sources:
            return eid
    return None


def _examples_after_object(site: Site) -> bool:
    """The first group after the trigger stands in parentheses after a stated common-noun object."""
    view = site.view
    between = view.words[site.found.end : site.rights[0].start - view.span.start]
    if "(" not in between:
        return False
    head = between[: between.index("(")]
    return any(w.isalpha() and w not in view.lang.articles for w in head)


# --------------------------------------------------------------------------- symmetric types
@frame("venture", "PARTNERS_WITH")
def venture(site: Site) -> list[Pair]:
    """"X, Y et Z ont annoncé une coentreprise", "a joint venture with Y"; never the venture itself
    ("Bleu, la coentreprise créée avec Y": Bleu is the venture; its other owner, if any, is the company
    the article opens with)."""
    with_group = site.group_after(site.lang.prep_with)
    if with_group:
        partners = site.orgs(with_group.entities)
        owners = site.orgs(site.L)
        if _apposed_venture(site):
            topic = [site.ctx.topic] if site.ctx.topic else []
            owners = [x for x in site.orgs(topic) if x not in partners and x not in owners]
        return [Pair(a, b, False) for a in owners for b in partners]
    if len(site.orgs(site.L)) >= 2:
        return _all_pairs(site.orgs(site.L))
    return _all_pairs(_venture_owners(site))


def _apposed_venture(site: Site) -> bool:
    """The subject stands in apposition to the venture noun: "Bleu, la coentreprise", "X, a joint venture"."""
    if site.left is None:
        return False
    view, lang = site.view, site.lang
    gap = view.words[site.left.end - view.span.start : site.found.start]
    return bool(gap) and gap[0] == "," and all(w in lang.articles or w in lang.determiners for w in gap[1:])


def _venture_owners(site: Site) -> list[str]:
    """The owners named right after the venture noun ("Bleu, the joint venture of Orange and Capgemini",
    "la coentreprise d'Orange et de Capgemini", "a joint venture between X and Y"), never the venture
    itself: the groups after "of" / "between", joined by "and" (with "of" repeated)."""
    view, lang, base = site.view, site.lang, site.view.span.start
    owners: list[str] = []
    end = site.t1
    for g in site.rights:
        gap = view.words[end - base : g.start - base]
        if g.start < site.t1 or len(gap) > 3:
            break
        words = set(gap) - lang.articles
        if not (words & (lang.prep_of | lang.prep_between)) or words - lang.prep_of - lang.prep_between - lang.and_words:
            break
        owners, end = owners + site.orgs(g.entities), g.end
    return owners  # (_all_pairs pairs none of fewer than two)


def _partner_of_program(site: Site) -> bool:
    """The partner noun's "de" names a program ("les pays partenaires du programme, aux côtés du Ghana", "partners
    of the project, alongside X"): its partners are the program's members (a membership trigger reads them), no
    party after it pairs with the subject."""
    view, lang = site.view, site.lang
    k = site.found.end
    while k < len(view.words) and view.words[k].rstrip("'") in lang.articles:
        k += 1
    if view.words[site.found.end - 1] not in lang.prep_of or k >= len(view.words):
        return False
    return view.words[k] in lang.mentions.program_descriptors or k in view.inside and any(
        site.progs(g.entities) for g in view.groups if g.start - view.span.start == k)


@frame("pair", "PARTNERS_WITH", "SIGNS_MOU_WITH")
def pair(site: Site) -> list[Pair]:
    """"X s'associe à Y", "X et Y signent un accord", "partenariat entre X et Y"."""
    view, lang, rights = site.view, site.lang, site.rights
    L, R = site.L, site.R
    base = view.span.start
    if site.has("inner") or _relative_inside(site):
        return _inner_pairs(site)
    if _between_unnamed(site) or _partner_of_program(site):
        return []
    founding = founded_unnamed(site, site.orgs(L))  # "X a formé une alliance avec Y, baptisée P"
    if founding:
        return founding
    owner = _of_with(site)
    if owner:  # "(X salue) le partenariat de Microsoft avec OpenAI": Microsoft's partnership, not X's
        return owner
    if rights and lang.prep_from & set(view.words[max(0, rights[0].start - base - 2) : rights[0].start - base]):
        # "X signed a contract to buy chips from Y": a supplier, not a partner
        return _all_pairs(site.orgs(L)) if len(site.orgs(L)) >= 2 else []
    if site.has("reciprocal"):  # "X et Y s'associent (avec Z)": the subjects pair, a partner only after "avec"
        next_word = view.words[site.found.end] if site.found.end < len(view.words) else ""
        partners = site.orgs(R) if rights and (preceded_by(view, rights[0], lang.prep_with) or (
            next_word in lang.prep_to and rights[0].start - site.t1 <= 2)) else []
        return [Pair(a, b, False) for a in site.orgs(L) for b in partners] if partners else _all_pairs(site.orgs(L))
    between = rights and any(w in lang.prep_between for w in view.words[site.found.start : rights[0].start - base])
    if rights and (preceded_by(view, rights[0], lang.prep_between) or between) and len(site.orgs(R)) >= 2:
        return _all_pairs(site.orgs(R))
    if L and site.orgs(R):  # (what they make together, a program after the noun, is no partner: the subjects pair)
        return [Pair(a, b, False) for a in site.orgs(L) for b in site.orgs(R)] + _ellipsis_pairs(site)
    antecedent = relative_antecedent(view, site.left) if L else None
    if antecedent and site.orgs(antecedent.entities):
        # "Faurecia, avec lequel elle a annoncé un partenariat": the subject pairs with the antecedent
        return [Pair(a, b, False) for a in site.orgs(L) for b in site.orgs(antecedent.entities)[:1] if a != b]
    if rights and rights[0].agent and len(site.orgs(R)) >= 2:
        return _all_pairs(site.orgs(R))  # "the memorandum, signed by X and Y"
    if len(site.orgs(L)) >= 2 and not _as_role(site):
        return _all_pairs(site.orgs(L))
    if len(site.orgs(R)) >= 2 and site.has("between") and preceded_by(view, rights[0], lang.prep_between):
        return _all_pairs(site.orgs(R))  # (not "in collaboration with X and Y")
    subject = _far_subject(site) if not L and rights and preceded_by(view, rights[0], lang.prep_with) else []
    return [Pair(a, b, False) for a in subject for b in site.orgs(R) if a != b]


def _between_unnamed(site: Site, reach: int = 3) -> bool:
    """A trigger ending with "between" / "entre" names its parties right after it (a descriptor at
    most: "between the Paris firm X and Y"); a clause break or a long gap there says the partnership
    is of parties it does not name ("rapprochements entre concurrents : X ...")."""
    view, lang = site.view, site.lang
    if view.words[site.found.end - 1] not in lang.prep_between:
        return False
    gap = site.object_gap()
    return not site.rights or len(gap) > reach or any(not w.isalnum() for w in gap)


def _far_subject(site: Site) -> list[str]:
    """The subject opening the sentence, for a partnership noun too far from it to have a group before
    it in its clause: "Elle a ouvert la semaine avec l'annonce de son datacenter, puis celle d'un
    partenariat avec Y". Only a noun (an article before the trigger) and only where no other name
    stands between the subject and the trigger."""
    view, lang, base = site.view, site.lang, site.view.span.start
    if not view.groups or site.found.start == 0 or view.words[site.found.start - 1] not in lang.articles:
        return []
    first = view.groups[0]
    if first.agent or first.end > site.t0 or any(first.end <= g.start and g.end <= site.t0 for g in view.groups[1:]):
        return []
    if any(w not in lang.articles for w in view.words[: first.start - base]):
        return []  # ("Selon X, ...", "Chez X, ...": no subject)
    return site.orgs(first.entities)


def _as_role(site: Site, reach: int = 2) -> bool:
    """The partner noun is a role given to the subjects ("X and Y were chosen as partners for the rollout",
    "X et Y ont été choisis comme partenaires"): someone else's partners, not each other's."""
    view, f = site.view, site.found
    return bool(site.lang.role_prepositions & set(view.words[max(0, f.start - reach) : f.end]))


def _of_with(site: Site) -> list[Pair]:
    """"le partenariat de X avec Y": the party after "de" right after the trigger's noun pairs with
    the one after "avec"; the subject before stays out."""
    view, lang = site.view, site.lang
    if len(site.rights) < 2 or site.rights[0].start - site.t0 > 3 or not preceded_by(view, site.rights[0], lang.prep_of):
        return []
    with_ = site.rights[1]
    if not preceded_by(view, with_, lang.prep_with) or with_.start - site.rights[0].end > 2:
        return []
    return [Pair(a, b, False) for a in site.orgs(site.rights[0].entities) for b in site.orgs(with_.entities) if a != b]


def _ellipsis_pairs(site: Site) -> list[Pair]:
    """The same relation again with a partner after a repeated preposition: "un partenariat avec X,
    puis un autre avec Y", "avec X et avec Y"."""
    view, lang = site.view, site.lang
    out = []
    for g in site.rights[1:]:
        k = g.start - view.span.start - 1
        while k > 0 and view.words[k] in lang.articles:
            k -= 1
        if k > 0 and view.words[k] in lang.prep_with and view.words[k - 1] in lang.ellipsis_before:
            out += [Pair(a, b, False) for a in site.orgs(site.L) for b in site.orgs(g.entities) if a != b]
    return out


def _relative_inside(site: Site) -> bool:
    """A group inside the trigger's gap is the subject of a relative clause on its noun ("le
    partenariat que X a noué avec Y"): the parties are inside, whatever stands before."""
    view, base = site.view, site.view.span.start
    for g in site.inner_groups:
        k = g.start - base - 1
        while k > 0 and view.words[k] in site.lang.definite_articles:
            k -= 1
        if view.words[k] in site.lang.relatives:
            return True
    return False


def _inner_pairs(site: Site) -> list[Pair]:
    """"l'accord que X et Y ont signé", "le partenariat qu'X a noué avec Y": the parties inside the
    trigger's gap pair among themselves, or each with a partner after "avec"."""
    inner = [x for g in site.inner_groups for x in site.orgs(g.entities)]
    with_ = next((g for g in site.rights if g.start >= site.t1 and preceded_by(site.view, g, site.lang.prep_with)), None)
    if with_:
        return [Pair(a, b, False) for a in inner for b in site.orgs(with_.entities) if a != b]
    return _all_pairs(inner)
