"""Mentions -> entities of one document: canonical ids, labels, aliases, references.

Knowledge-base mentions take the KB's id and label. Unknown names are
cleaned (determiners, legal suffixes), matched to the KB by exact then fuzzy
name (rapidfuzz), merged with each other when one is a short form of another,
and typed by their name cues or the noun in front of them ("la startup X").
Short references ("l'Alliance", "the company") point to the nearest earlier
entity of a compatible label.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from aipg.graph.ids import fix_quotes, norm, slugify
from aipg.graph.model import Entity
from aipg.loaders.dateline import dateline_spans, home_government, in_dateline
from aipg.loaders.kb import KnowledgeBase
from aipg.loaders.lang import ReferenceWords, for_language, union, words_of
from aipg.loaders.mentions import (
    ACTOR, CUE, KB, LEGAL_SUFFIX_RE, PERSON, RUN, Mention, label_from_cues,
)
from aipg.loaders.references import REFERENCE
from aipg.loaders.sentence import channel_at, fold

# How an entity entered the document, from most to least trusted. "weak" (NER without a
# name cue) and "actor" (a country name) entities are kept only when they take part in a claim.
TIER_KB, TIER_CUE, TIER_WEAK, TIER_ACTOR, TIER_PERSON = "kb", "cue", "weak", "actor", "person"

# A name is written in any language ("the Agence nationale de la recherche" in an English article):
# it loses the articles of every language, and the head of a reference (found with the document's
# own words) is looked up over every language. The words around a mention are the document's.
_LEADING = re.compile("^(?:" + "|".join(union("references.name_articles")) + ")", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_HEADS = union("references.heads")
_STARTUP_HEADS = union("references.startup_heads")
_TEXT_HEADS = union("references.text_heads")
_TEXT_NAMES = union("references.text_names")
_LONE_HEADS = union("references.lone_heads")
_COUNTRY_ADJECTIVES = union("references.country_adjectives")
_GOVERNMENT_HEADS = union("names.governments")
_OWNED = re.compile(r"^\s*(?:of|de|du|des|d['\u2019])\b", re.I)  # "the government of Japan": its own country
# a wire agency's dateline: "June 8 (Reuters) - Cohere said ..."
_DATELINE = re.compile(r"^\(\s*\)\s*[-\u2013\u2014]")
FUZZY_CUTOFF = 92


def _based_in(text: str, end: int, based: frozenset[str]) -> bool:
    """The place ending at ``end`` is a company's seat written as one word with its participle:
    "a London-based startup", "Toronto-headquartered"."""
    m = re.match(r"\s*[-\u2010\u2011]\s*(\w+)", text[end : end + 20])
    return m is not None and fold(m.group(1)) in based


@dataclass
class Resolution:
    """Entities of one document and which entity each mention denotes."""

    entities: dict[str, Entity] = field(default_factory=dict)
    tier: dict[str, str] = field(default_factory=dict)
    of_mention: list[str | None] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    citation_only: set[str] = field(default_factory=set)
    pairs: dict[int, tuple[str, ...]] = field(default_factory=dict)  # mention index -> the N parties of a group


def clean_name(text: str) -> str:
    """'l’Agence Foo' -> 'Agence Foo'; "Foo's" -> 'Foo'; whitespace folded."""
    s = " ".join(fix_quotes(text).split())
    s = _POSSESSIVE.sub("", s)
    s = _LEADING.sub("", s)
    return s.strip(" ,;:-\"«»“”")


def _opens_sentence(text: str, start: int) -> bool:
    """True when the text at ``start`` opens a sentence or a line (its capital says nothing)."""
    before = text[:start].rstrip(" \t\"'\u00ab\u201c\u2018")
    return not before or before[-1] in ".!?:\n"


def base_name(name: str) -> str:
    """A name without its legal suffix: 'Foo Corp.' -> 'Foo'."""
    return LEGAL_SUFFIX_RE.sub("", name).strip() or name



def _salient(mentions: list[Mention], i: int, res: Resolution, wanted: set[str], size: int) -> tuple[str, ...] | None:
    """The ``size`` organizations of the ``wanted`` labels named in the five sentences before
    mention i that have strictly more mentions so far than every other (the article's parties
    among the investors it lists), else None."""
    counts: Counter = Counter()
    for j in range(i):
        eid = res.of_mention[j]
        if eid is not None and eid not in res.citation_only and res.entities[eid].label in wanted:
            counts[eid] += 1
    recent = {res.of_mention[j] for j in range(i) if mentions[j].sentence >= mentions[i].sentence - 5}
    ranked = sorted(((n, eid) for eid, n in counts.items() if eid in recent), reverse=True)
    if len(ranked) < size or (len(ranked) > size and ranked[size - 1][0] == ranked[size][0]):
        return None
    return tuple(eid for _, eid in ranked[:size])


_RELATIVES = union("relative_objects")
_OBJECT_PREPOSITIONS = union("dangling_prepositions")
_ARTICLES = union("articles")


def _after_preposition(text: str, m: Mention) -> bool:
    """The reference is a preposition's object: "dans la société", "into the company"."""
    before = fold(text[max(0, m.start - 40) : m.start]).split()
    while before and before[-1] in _ARTICLES and before[-1] not in _OBJECT_PREPOSITIONS:  # (French "à" folds to "a")
        before.pop()
    return bool(before) and before[-1] in _OBJECT_PREPOSITIONS


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)((?:les|le|la|the) |l['\u2019])$", re.I)
_ARTICLE_OPENS = re.compile(r"(?:les|le|la|the) |l['\u2019]", re.I)


class Resolver:
    """Resolves the mentions of documents against one knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._startups = frozenset(e.id for e in kb.entries.values() if e.origin.startswith("startups"))
        choices: dict[str, str] = {}
        for surface, entry_id, kind in kb.patterns():
            if kind != "actor" and len(surface) >= 5:
                choices.setdefault(norm(surface), entry_id)
        self._fuzzy_keys = list(choices)
        self._fuzzy_ids = [choices[k] for k in self._fuzzy_keys]
        self._by_length: dict[int, tuple[list[str], list[str]]] = {}
        self._of_length: dict[int, list[int]] = {}  # key length -> indices of the keys that long
        for i, k in enumerate(self._fuzzy_keys):
            self._of_length.setdefault(len(k), []).append(i)
        self._named: dict[str, object] = {}  # name -> its entry or None: a document repeats its names
        self._aliases: dict[str, frozenset[str]] = {}  # entry id -> its folded aliases
        self._titles: dict[tuple[str, str, bool], bool] = {}  # (entity id, head) -> its name holds the head

    # ------------------------------------------------------------------ unknown names
    def _kb_for_name(self, name: str):
        if name not in self._named:
            self._named[name] = self._find_name(name)
        return self._named[name]

    def _find_name(self, name: str):
        entry = self.kb.lookup(name) or self.kb.lookup(base_name(name))
        if entry is not None:
            return entry
        key = norm(base_name(name))
        if len(key) < 5 or not self._fuzzy_keys:
            return None
        keys, ids = self._fuzzy_of_length(len(key))
        hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        # a typo at the end ("Index Venture"), never a different first word ("PSP" is not "CPP"), nor
        # another last word of a long name, a place ("... universitaire de Nantes" is not "... d'Angers")
        if not hit:
            return None
        words, found = key.split(), hit[0].split()
        same_last = len(words) < 4 or found[-1][:3] == words[-1][:3]
        return self.kb.get(ids[hit[2]]) if found[0] == words[0] and same_last else None

    def _fuzzy_of_length(self, n: int) -> tuple[list[str], list[str]]:
        """The fuzzy keys (and their ids, in the same order) that can score FUZZY_CUTOFF against a
        key of n characters: fuzz.ratio is at most 100 * (1 - |n - m| / (n + m)), so lengths far
        from n never reach it (a superset by one point, so that rounding cannot drop a key)."""
        if n not in self._by_length:
            keep = sorted(i for m, idx in self._of_length.items()
                          if 100 * (1 - abs(n - m) / (n + m)) >= FUZZY_CUTOFF - 1 for i in idx)
            self._by_length[n] = ([self._fuzzy_keys[i] for i in keep], [self._fuzzy_ids[i] for i in keep])
        return self._by_length[n]

    def resolve(self, text: str, mentions: list[Mention], tokens_before: list[list[str]] | None = None,
                language: str | None = None) -> Resolution:
        """Entities of one document. ``tokens_before[i]`` are the folded words just before mention i;
        ``language`` is the document's (without it, the words of every language are read)."""
        words: ReferenceWords = words_of(language, "references")
        res = Resolution(of_mention=[None] * len(mentions))
        unknown: dict[str, str] = {}  # norm(base name) -> entity id, for short-form merging
        filed = dateline_spans(text)
        based = words_of(language, "mentions").based
        for i, m in enumerate(mentions):
            if m.kind == REFERENCE or m.kind == ACTOR and (in_dateline(text, m.start, m.end, filed)
                                                          or _based_in(text, m.end, based)):
                continue  # (a dateline's place is where the story was filed, no party: "PARIS (Reuters) - X ...";
                # nor is a seat written with its participle: "a London-based startup", "Toronto-headquartered")
            eid = self._resolve_named(text, m, res, unknown, tokens_before[i] if tokens_before else [],
                                      words.company_nouns)
            res.of_mention[i] = eid
        self._surnames(mentions, res)
        self._citations(text, mentions, res, words)  # before references: a cited source is no antecedent
        index = _Index(mentions, res)
        gap = words_of(language, "mentions").list_gap  # between two names of a list: "X and Y", "X et la Y"
        channels = _channel_programs(text, mentions, res, language)
        for i, m in enumerate(mentions):
            if m.kind == REFERENCE and m.key.startswith("pair"):
                pair = self._pair(text, mentions, i, res, words)
                if pair:
                    res.pairs[i] = pair
            elif m.kind == REFERENCE and m.key == "pronoun":
                res.of_mention[i] = self._pronoun(text, mentions, i, res, words)
            elif m.kind == REFERENCE and i + 1 < len(mentions) and mentions[i + 1].tok_start == m.tok_end \
                    and mentions[i + 1].kind != REFERENCE and res.of_mention[i + 1] is not None:
                res.of_mention[i] = res.of_mention[i + 1]  # "la start-up Mistral AI": a description of the name
            elif m.kind == REFERENCE and not _owned(text, mentions, i, res, words) and not _collective(text, m, words):
                res.of_mention[i] = self._antecedent(text, mentions, i, res, index, gap, channels)
        self._home_government(text, mentions, res)
        for i, eid in enumerate(res.of_mention):
            if eid is None:
                continue
            res.counts[eid] += 1
            m = mentions[i]
            if m.kind == REFERENCE and (m.key == "pronoun" or not any(c.isupper() for c in m.text[1:]) and (
                    not m.text[:1].isupper() or _opens_sentence(text, m.start))):
                # pronouns and lowercase references ("la startup", "The company" opening a sentence) are
                # not names: keep them out of aliases ("Alliance" written mid-sentence is one)
                continue
            e = res.entities[eid]
            alias = clean_name(m.text) if m.kind != PERSON else m.text
            for form in (alias, self._with_article(text, m)):
                if form and form not in e.aliases:
                    e = Entity(e.id, e.name, e.label, e.aliases + (form,), e.country)
            res.entities[eid] = e
        return res

    def _with_article(self, text: str, m: Mention) -> str | None:
        """The mention with the article before it, where the knowledge base spells the name so
        ("les Émirats arabes unis", "the Netherlands"): the form a reader quotes."""
        if m.kind not in (KB, ACTOR):
            return None
        before = text[max(0, m.start - 5) : m.start]
        hit = _ARTICLE_BEFORE.search(before)
        for form in ((hit.group(1) if hit else "") + m.text, m.text):
            # (the article test first: most mentions have none, and the aliases need not be read)
            if _ARTICLE_OPENS.match(form) and form != clean_name(m.text) \
                    and fold(form) in self._folded_aliases(m.key):
                return form
        return None

    def _folded_aliases(self, key: str) -> frozenset[str]:
        """The folded aliases and actor aliases of knowledge-base entry ``key``, read once."""
        if key not in self._aliases:
            entry = self.kb.get(key)
            self._aliases[key] = frozenset(fold(a) for a in entry.aliases + entry.actor_aliases)
        return self._aliases[key]

    def _add(self, res: Resolution, entity: Entity, tier: str) -> str:
        if entity.id not in res.entities:
            res.entities[entity.id] = entity
            res.tier[entity.id] = tier
        elif _rank(tier) < _rank(res.tier[entity.id]):
            res.tier[entity.id] = tier
        return entity.id

    def _resolve_named(self, text: str, m: Mention, res: Resolution, unknown: dict[str, str], before: list[str],
                       company_nouns: frozenset[str]):
        if m.kind in (KB, ACTOR):
            entry = self.kb.get(m.key)
            tier = TIER_ACTOR if m.kind == ACTOR else TIER_KB
            return self._add(res, Entity(entry.id, entry.name, entry.label, (), entry.country), tier)
        if m.kind == PERSON:
            return self._person(m, res)
        name = clean_name(m.key)
        if not name or self.kb.is_non_org(name) or self.kb.is_non_org(m.text):
            return None
        entry = self._kb_for_name(name)
        if entry is not None:
            return self._add(res, Entity(entry.id, entry.name, entry.label, (), entry.country), TIER_KB)
        if m.kind == RUN:  # "Index Venture" is Index Ventures; any other capitalised run is no name
            return None
        base = base_name(name)
        key = norm(base)
        if not key or len(key) < 2:
            return None
        for known, eid in unknown.items():  # "Foo" after "Foo Robotics", or the other way round
            if known.startswith(key + " ") or key.startswith(known + " "):
                return eid
        label = m.label or label_from_cues(name)
        if label is None and any(w in company_nouns for w in before):
            label = "Company"
        tier = TIER_CUE if m.kind == CUE or label else TIER_WEAK
        eid = slugify(base)
        unknown[key] = eid
        return self._add(res, Entity(eid, base, label or "Organization", (), None), tier)

    def _person(self, m: Mention, res: Resolution) -> str | None:
        name = " ".join(m.text.split())
        parts = name.replace("M. ", "").replace("Mme ", "").split()
        if len(parts) == 1:  # "M. Ito", "Clegg": the person already named in full
            for eid, e in res.entities.items():
                if e.label == "Person" and e.name.split()[-1] == parts[0]:
                    return eid
            return None
        return self._add(res, Entity(slugify(name), name, "Person", (), None), TIER_PERSON)

    def _antecedent(self, text: str, mentions: list[Mention], i: int, res: Resolution, index: "_Index",
                    gap: frozenset[str], channels: frozenset[int] = frozenset()) -> str | None:
        """The entity a short reference points to.

        A capitalised head that is a word of an entity's name ("l'Alliance") picks that entity.
        Otherwise candidates of a compatible label in this sentence or the five before compete
        on salience: mentions so far, a bonus for standing first in their sentence (the subject,
        in news prose), a cost per sentence of distance; the same clause's nearest names are
        passed over ("Amazon's investment in the start-up" is not Amazon investing in itself). Where
        the winner was named in one list with another candidate as often named ("Poolside and Mistral
        AI ... The start-up"; ``gap``: the words between two names of a list), none. A program's mention in
        ``channels`` ("au titre du P") is no candidate.
        ``index`` holds what the earlier mentions tell, so that a reference costs no rescan.
        """
        m = mentions[i]
        words = fold(m.text).split()
        head = m.key
        if head == "pair":
            return None
        labels = _HEADS.get(head, ())
        if _apposed(text, mentions, i, res, channels):
            return res.of_mention[i - 1]  # an apposition: "Humain, the AI company backed by ..." is Humain
        country = next((_COUNTRY_ADJECTIVES[w] for w in words if w in _COUNTRY_ADJECTIVES), None)
        capitalised_head = any(w[:1].isupper() and fold(w).strip("'\u2019").split("'")[-1] == head for w in m.text.split())
        # "l'Alliance" -> AI Alliance; but "the company" is no part of "Kingdom Holding Company":
        # the latest earlier name having the head among its words
        want = None if capitalised_head else [l for l in labels if l != "Company"]
        named = index.latest_named(head, i, want)
        while named in channels:  # ("au titre du Programme X, le programme": the channel holds the head, no antecedent)
            named = index.latest_named(head, named, want)
        if named is not None:
            return res.of_mention[named]
        index.advance(i)
        reach = 10_000 if "Program" in labels else 5
        startups = self._startups if head in _STARTUP_HEADS else None
        # a name later in the same clause is another party ("le groupe a investi dans Mistral AI"; not
        # after a comma: "the group is Nvidia, as UALink would compete")
        later = {res.of_mention[j] for j in index.named_in_sentence(m.sentence)
                 if j > i and not {",", ";"} & set(text[m.end : mentions[j].start])}
        # a preposition's object is no name of its own clause: "X et Y ont mis de l'argent dans la société"
        governed = _after_preposition(text, m)
        best, best_score = None, None
        latest: dict[int, str] = {}  # the mention each candidate competed with -> the candidate
        lone = head in _LONE_HEADS  # ("the carrier": only the one company of the last three sentences)
        # Each entity competes with its latest mention in reach: a later mention never scores
        # lower (one more mention outweighs the first-in-sentence bonus, and it is no farther).
        for eid, js in index.recent(m.sentence - reach):
            e = res.entities[eid]
            titled = self._titled(e, head)  # "l'institut" for ANITI, known as "Institut ANITI"
            if (e.label not in labels and not titled) or (country is not None and e.country not in (None, country)) \
                    or eid in later:
                continue
            if (head in _TEXT_HEADS or head in _TEXT_NAMES) and _TEXT_NAMES.isdisjoint(fold(e.name).split()):
                continue  # "le texte", "la déclaration" is a declaration's or a charter's, never an alliance's
            if startups and eid not in startups and index.startup_before(startups):
                continue  # "la start-up": a start-up named before wins over a big group
            if lone and (res.tier.get(eid) != TIER_KB or index.last_sentence[eid] == m.sentence):
                continue  # (a company the knowledge base knows, named before the sentence: "X controls the operator")
            j = next((j for j in reversed(js) if j not in channels and not (mentions[j].sentence == m.sentence
                                                      and (m.tok_start - mentions[j].tok_end < 8
                                                           or (governed and _same_clause(text, mentions[j], m))))),
                     None)
            if j is None or mentions[j].sentence < m.sentence - reach:
                continue
            distance = m.sentence - mentions[j].sentence
            # the article's topic (named most) outweighs the last name read
            # (an entity whose own name holds the head comes before one of a fitting label only; not for a
            # program's head, "le programme": programs' names hold it, and the article's topic decides)
            # then one the text itself typed with a head of the same kinds ("le réseau X ... le dispositif", "the X
            # network ... the alliance")
            score = (titled and "Program" not in labels, _typed_by(text, mentions, js, head, labels),
                     2 * index.seen_at[j] + 2 * (index.first_in_sentence.get(mentions[j].sentence) == j) - distance, j)
            latest[j] = eid
            if best_score is None or score >= best_score:
                best, best_score = eid, score
        if best is not None and _listed_with(text, mentions, best_score[-1], latest, index, gap):
            return None
        if lone and {eid for j, eid in latest.items() if mentions[j].sentence >= m.sentence - 2} != {best}:
            return None
        return best

    def _titled(self, e: Entity, head: str, anywhere: bool = False) -> bool:
        """A short name of the entity (its own or a knowledge-base one) opens or closes with the head, in
        any language ("Institut ANITI", "Vector Institute" for "l'institut"); never a company (its
        name holds generic words: "the company" is no part of "Kingdom Holding Company") nor a person."""
        if e.label in ("Company", "Person") or len(head) < 4:
            return False
        key = (e.id, head, anywhere)
        if key not in self._titles:
            names = [fold(e.name)] + (list(self._folded_aliases(e.id)) if self.kb.get(e.id) else [])
            # (a short name that the head opens or closes: "Institut ANITI"; not a long formal name that holds
            # it in passing, "Centre national de la recherche scientifique" is no "centre" named before)
            # (``anywhere``: any word of any name, for a list the text has just called so: "ces instituts")
            ends = [ws if anywhere else (ws[0], ws[-1]) for ws in (re.split(r"[\s'\u2019-]+", n) for n in names)
                    if anywhere or len(ws) <= 3]
            self._titles[key] = any(_same_word(w, head) for pair in ends for w in pair)
        return self._titles[key]

    def _surnames(self, mentions: list[Mention], res: Resolution) -> None:
        """A one-word new name that is the last word of a person's "Firstname Lastname" in the document
        ("raises $675M from Microsoft and Bezos" beside "Jeff Bezos") is that person, no organization:
        it names none, or, where the document names one that opens with it ("Bezos Expeditions", the
        person's vehicle), that one."""
        people = {m.text.split()[1] for i, m in enumerate(mentions) if len(m.text.split()) == 2
                  and (m.kind == PERSON or m.kind == RUN and res.of_mention[i] is None) and clean_name(m.text) == m.text
                  and all(w[:1].isupper() and w.isalpha() for w in m.text.split())}
        for i, m in enumerate(mentions):
            eid = res.of_mention[i]
            if eid is None or m.text not in people or res.tier.get(eid) not in (TIER_CUE, TIER_WEAK):
                continue
            vehicle = next((j for j, v in enumerate(mentions) if v.kind not in (PERSON, REFERENCE)
                            and v.text.startswith(m.text + " ")), None)
            target = res.of_mention[vehicle] if vehicle is not None else None
            if vehicle is not None and target in (None, eid):  # ("Bezos Expeditions" merged into "Bezos", or no name yet)
                name = clean_name(mentions[vehicle].text)
                target = self._add(res, Entity(slugify(name), name, label_from_cues(name) or "Company", (), None), TIER_CUE)
            for j in [j for j, x in enumerate(res.of_mention) if x == eid]:
                res.of_mention[j] = target
            if vehicle is not None:
                res.of_mention[vehicle] = target
            if target != eid:  # (a surname met again already points at its vehicle: keep it)
                res.entities.pop(eid, None)
                res.tier.pop(eid, None)

    def _home_government(self, text: str, mentions: list[Mention], res: Resolution) -> None:
        """A bare "le Gouvernement" / "the Government" that no earlier name explains (a headline's, a
        release's first line) is the government of the document's home country (dateline.py); not one
        with a nationality or a complement ("the government of Japan", "le gouvernement japonais")."""
        bare = [i for i, m in enumerate(mentions) if res.of_mention[i] is None and not _OWNED.match(text[m.end : m.end + 4])
                and (m.kind == REFERENCE and m.key in _GOVERNMENT_HEADS  # ("The Government" in a title-case headline: a run)
                     or m.kind == RUN and fold(clean_name(m.text)) in _GOVERNMENT_HEADS)
                and not any(w in _COUNTRY_ADJECTIVES for w in fold(m.text).split())]
        eid = home_government(text, self.kb, res.entities.values()) if bare else None
        entry = self.kb.get(eid) if eid else None
        if entry is None:
            return
        self._add(res, Entity(entry.id, entry.name, entry.label, (), entry.country), TIER_KB)
        for i in bare:
            res.of_mention[i] = entry.id

    def _pair(self, text: str, mentions: list[Mention], i: int, res: Resolution, words: ReferenceWords) -> tuple[str, ...] | None:
        """"les deux acteurs", "both companies", "the pair", "les trois groupes": the N most recent
        distinct organizations of the kind the head names (governments for "les deux pays", companies
        for "les trois groupes"), read back from the reference sentence by sentence (five at most;
        a number with no head, "the two have", takes them from one sentence only);
        where the nearest sentences that name N of them name more, the N that stand out by mentions
        so far, else None ("X et Y ... avec Z. Les deux groupes" is ambiguous)."""
        m = mentions[i]
        size = int(m.key.partition(":")[2] or 2)
        said = set(fold(m.text).split())
        if said & words.group_governments:
            wanted = {"Government"}
        elif said & words.group_companies:
            wanted = {"Company"}
        elif said & words.group_universities:
            wanted = {"University"}
        else:
            wanted = {"Company", "University", "Government", "Organization"}
        # "the four institutes", "ces instituts": a program known as an institute is one too; a head of one
        # kind says which ("les deux écoles": universities, not the company that partners with them)
        head = fold(m.text).split()[-1]
        singular = head[:-1] if head[-1:] in "sx" else head
        if _HEADS.get(singular, ("Company",)) != ("Company",) and len(_HEADS[singular]) == 1 \
                and not said & (words.group_governments | words.group_companies):  # ("the two labs" may be universities)
            wanted = set(_HEADS[singular])
        if not size:
            return self._pointed(text, mentions, i, res, wanted, singular)
        # ("The two have worked together": with no noun, only the two the text has just named, by name)
        bare = m.key.startswith("pairs")
        found: list[str] = []
        for sentence in range(m.sentence, max(-1, m.sentence - 6), -1):
            here = [j for j in range(i - 1, -1, -1) if mentions[j].sentence == sentence
                    and not (bare and mentions[j].kind == REFERENCE)]
            for j in here:  # (latest first)
                eid = res.of_mention[j]
                if eid is not None and eid not in found and eid not in res.citation_only \
                        and (res.entities[eid].label in wanted or self._titled(res.entities[eid], singular)):
                    found.append(eid)
            if len(found) == size:
                return tuple(found)
            if len(found) > size or (found and bare):
                break
        return _salient(mentions, i, res, wanted, size) if len(found) > size and not bare else None

    def _pointed(self, text: str, mentions: list[Mention], i: int, res: Resolution, wanted: set[str],
                 singular: str) -> tuple[str, ...] | None:
        """"ces instituts", "these firms": the parties of the nearest list before the reference's sentence
        (one of the three sentences before that names two or more of the head's kind, or a run of bullet
        lines naming one each); none where the nearest such sentence names a single one."""
        m = mentions[i]
        labels = set(_HEADS.get(singular, ())) or wanted

        def fits(j: int) -> bool:
            eid = res.of_mention[j]
            return eid is not None and eid not in res.citation_only and mentions[j].kind != REFERENCE and (
                res.entities[eid].label in labels or self._titled(res.entities[eid], singular, anywhere=True))

        run: list[str] = []
        of_sentence: dict[int, list[int]] = {}  # the mentions before the reference, by sentence
        for j in range(i):
            of_sentence.setdefault(mentions[j].sentence, []).append(j)
        for sentence in range(m.sentence - 1, max(-1, m.sentence - 13), -1):
            js = of_sentence.get(sentence, [])
            here = list(dict.fromkeys(res.of_mention[j] for j in js if fits(j)))
            bullet = js[:1]
            if len(here) == 1 and bullet and _bullet_line(text, mentions[bullet[0]].start):
                run = here + run
                continue
            if not run and len(here) >= 2 and sentence >= m.sentence - 3:
                return tuple(here)
            break
        return tuple(run) if len(run) >= 2 else None

    def _pronoun(self, text: str, mentions: list[Mention], i: int, res: Resolution,
                 words: ReferenceWords) -> str | None:
        """A subject pronoun opening a sentence ("Elle est soutenue par ...", "It partners with ...")
        continues the previous sentence's subject, when that subject is an organization."""
        m = mentions[i]
        # (after a relative word, "Faurecia, avec lequel elle ...", the names before are the antecedent's)
        after_relative = fold(text[max(0, m.start - 14) : m.start]).split()[-1:] in ([w] for w in _RELATIVES)
        named = [j for j in range(i) if mentions[j].sentence == m.sentence and res.of_mention[j] is not None
                 and res.of_mention[j] not in res.citation_only and res.entities[res.of_mention[j]].label != "Person"
                 and not after_relative]
        reporter = next((j for j in reversed(named) if _reports(text[mentions[j].end : m.start], words)), None)
        if reporter is not None:  # "Shares of X rose after Y said it had ...": the one who says it
            return res.of_mention[reporter]
        here = [j for j in named if mentions[j].subject or j == named[0]]
        if here:  # reported speech: "Siemens confirmed that it had created ..."
            return res.of_mention[here[-1]]
        before = [j for j in range(i) if mentions[j].sentence == m.sentence - 1]
        prev = [j for j in before if res.of_mention[j] is not None]
        if not prev:
            return None
        # the previous sentence's subject ("Fondée par X et Y, l'entreprise assure ... Elle a levé ...", "The
        # alliance will be chaired by Statnett's CDO. It has ..."); none where that subject is a reference the text
        # does not resolve ("Le consortium est dirigé par la directrice d'Orange. Il ...": not Orange)
        flagged = any(x.subject for x in mentions)
        subject = _subject_of(text, mentions, before, res, flagged)
        if subject is not None:
            return res.of_mention[subject]
        if any(mentions[j].kind == REFERENCE and res.of_mention[j] is None and not mentions[j].key.startswith("pair")
               and (mentions[j].subject or not flagged) for j in before[:1]):
            return None
        # no named subject there ("Un premier tour, mené par X, lui avait permis ..."): the organization
        # the text is about (mentioned most so far) among those of the last three sentences
        counts: Counter = Counter()
        last: dict[str, int] = {}
        for j in range(i):
            eid = res.of_mention[j]
            if eid is not None and res.entities[eid].label != "Person":
                counts[eid] += 1
                last[eid] = j
        recent = [eid for eid, j in last.items() if mentions[j].sentence >= m.sentence - 3]
        return max(recent, key=lambda eid: (counts[eid], last[eid])) if recent else None

    def _citations(self, text: str, mentions: list[Mention], res: Resolution, words: ReferenceWords) -> None:
        """Entities named only as the source of a report ("selon Reuters") are not actors."""
        cited_before, cited_after = words.citations
        cited: set[str] = set()
        uncited: set[str] = set()  # (one mention that is no citation keeps an entity an actor: its others go untested)
        for m, eid in zip(mentions, res.of_mention):
            if eid is None or m.kind == REFERENCE or eid in uncited:
                continue
            before = text[max(0, m.start - 40) : m.start]
            after = text[m.end : m.end + 40]
            # (the anchored tests first: the search of ``before`` tries every offset)
            if cited_after.match(after) or _DATELINE.match(before[-1:] + after) or cited_before.search(before):
                cited.add(eid)
            else:
                uncited.add(eid)
        res.citation_only = cited - uncited


_ROLE_WORDS = union("names.role_words")
_POSSESSOR = re.compile(r"^['\u2019]s\b")
_AFTER_POSSESSOR = re.compile(r"^['\u2019]s\s+((?:[\w-]+\s+){0,2}[\w-]+)")
_ROLE_OF = re.compile(r"(?:^|\s)([\w-]+(?:\s+[\w-]+){0,2})\s+(?:de|du|des|d'|of|at)\s*(?:la\s+|l'|the\s+)?$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u00bb\u201d)]*\s|\n")


def _employer(text: str, m: Mention) -> bool:
    """The mention names a person's employer: "Statnett's chief digital officer", "le directeur technique de
    Helsing", "the head of research at Orange" (the person is the one who acts there)."""
    after = _AFTER_POSSESSOR.match(text[m.end : m.end + 40])
    if after and not _ROLE_WORDS.isdisjoint(fold(after.group(1)).split()):
        return True
    hit = _ROLE_OF.search(fold(text[max(0, m.start - 48) : m.start]))
    return bool(hit) and not _ROLE_WORDS.isdisjoint(hit.group(1).split())


def _subject_of(text: str, mentions: list[Mention], js: list[int], res: Resolution, flagged: bool) -> int | None:
    """The mention (of ``js``, one sentence's, in order) that is its sentence's subject and denotes an
    organization, else None. Where the document is parsed (``flagged``), the first mention flagged a subject
    that does; otherwise by position: a mention opening the sentence or its main clause after an opening
    phrase's comma, never a preposition's object ("Backed by Nvidia, the alliance ..."), a possessive
    modifier ("Statnett's CDO") nor a person's employer."""
    start = mentions[js[0]].start if js else 0
    ends = [] if flagged or not js else list(_SENTENCE_END.finditer(text, max(0, start - 400), start))
    opening = ends[-1].end() if ends else max(0, start - 400)  # (where the sentence opens, by position)
    for n, j in enumerate(js):
        m, eid = mentions[j], res.of_mention[j]
        if _POSSESSOR.match(text[m.end : m.end + 3]) or _employer(text, m):
            continue
        if flagged:
            if m.subject and eid is not None and res.entities[eid].label != "Person":
                return j
            continue
        lead = text[opening : m.start].split()
        while lead and fold(lead[-1]) in _ARTICLES and fold(lead[-1]) not in _OBJECT_PREPOSITIONS:
            lead.pop()  # ("the" before a name: "Backed by Nvidia, the Quantum Alliance")
        lead = " ".join(lead)
        if n and not lead.endswith(","):
            return None
        if lead and (not lead.endswith(",") or _after_preposition(text, m)):
            continue
        return j if eid is not None and res.entities[eid].label != "Person" else None
    return None


@lru_cache(maxsize=256)
def _kinds(head: str, labels: tuple[str, ...]) -> frozenset[str]:
    """The heads that type a name as ``head`` does (see ``_typed_by``)."""
    return frozenset({head} if labels == ("Company",) else {w for w, of in _HEADS.items() if of == labels})


def _typed_by(text: str, mentions: list[Mention], js: list[int], head: str, labels: tuple[str, ...]) -> bool:
    """One of the mentions ``js`` stands right after or before a head word of the kinds ``labels``: "le réseau
    Swiss Clinical AI", "the Nordic Health AI network" (the text itself gave it that kind); for a company's
    head, that head itself ("le géant Microsoft" is no "entreprise" the text typed: every company is one)."""
    kinds = _kinds(head, labels)
    for j in js:
        around = fold(text[max(0, mentions[j].start - 24) : mentions[j].start]).split()[-1:] \
            + fold(text[mentions[j].end : mentions[j].end + 24]).split()[:1]
        if any(w.strip(",.;:") in kinds for w in around):
            return True
    return False


def _owned(text: str, mentions: list[Mention], i: int, res: Resolution, words: ReferenceWords) -> bool:
    """Reference i is the thing of an owner its sentence names before it: "Microsoft said its programme will
    fund ...", "la Fondation Mozilla pour son projet": the owner's own, no program named before (the article's
    topic included); "Son pilotage", "its programme" opening a sentence keep their reading."""
    m = mentions[i]
    first = fold(m.text).split()[:1]
    if not first or first[0] not in words.possessive_determiners:
        return False
    for j in range(i - 1, -1, -1):
        if mentions[j].sentence != m.sentence:
            return False
        if res.of_mention[j] is not None and res.of_mention[j] not in res.citation_only:
            return True
    return False


def _collective(text: str, m: Mention, words: ReferenceWords, reach: int = 400) -> bool:
    """The reference's head was introduced just before as an unnamed collective: "A group of researchers from
    the university will test it. The group received ...", "un réseau de chercheurs ... le réseau" (an
    indefinite article, the head, "of" / "de" and a word in lower case): the reference continues it."""
    if not words.indefinite_articles:
        return False
    before = text[max(0, m.start - reach) : m.start]
    folded = fold(before)
    if len(folded) != len(before):  # (offsets must match the text's to read its capitals)
        return False
    pattern = rf"\b(?:{'|'.join(map(re.escape, words.indefinite_articles))})\s+{re.escape(m.key)}\s+" \
              rf"(?:{'|'.join(map(re.escape, words.name_links))})(?:\s+|')(\w)"
    return any(before[hit.start(1)].islower() for hit in re.finditer(pattern, folded))


def _apposed(text: str, mentions: list[Mention], i: int, res: Resolution, channels: frozenset[int]) -> bool:
    """Reference i stands in apposition right after a named organization: "Humain, the AI company backed by ..."."""
    m, k = mentions[i], i - 1
    eid = res.of_mention[k] if i > 0 else None
    return eid is not None and mentions[k].sentence == m.sentence and k not in channels \
        and text[mentions[k].end : m.start].strip() == "," and not m.subject \
        and res.entities[eid].label != "Person" and eid not in res.citation_only


def _channel_programs(text: str, mentions: list[Mention], res: Resolution, language: str | None) -> frozenset[int]:
    """The named program mentions that stand as the channel something goes through ("au titre du P")."""
    if not language:
        return frozenset()
    lang = for_language(language)
    return frozenset(j for j, (m, eid) in enumerate(zip(mentions, res.of_mention))
                     if eid is not None and m.kind != REFERENCE and res.entities[eid].label == "Program"
                     and channel_at(lang, text, m.start))


def _listed_with(text: str, mentions: list[Mention], j: int, latest: dict[int, str], index: "_Index",
                 gap: frozenset[str]) -> bool:
    """Mention j stands in one list with the mention next to it of another candidate named as often
    so far: "Poolside and Mistral AI", "Stargate et l'AI Alliance" (which one a reference means, the text
    does not say)."""
    for k in (j - 1, j + 1):
        if k not in latest or latest[k] == latest[j] or mentions[k].sentence != mentions[j].sentence:
            continue
        a, b = sorted((j, k))
        between = fold(text[mentions[a].end : mentions[b].start]).replace(",", " , ").split()
        if all(w in gap or w == "," for w in between) and index.seen_at.get(j) == index.seen_at.get(k):
            return True
    return False


def _same_clause(text: str, a: Mention, m: Mention) -> bool:
    """No comma, semicolon or colon stands between mention a and the later m."""
    return not {",", ";", ":"} & set(text[a.end : m.start])


def _same_word(a: str, b: str) -> bool:
    """The same folded word, or its spelling in a close language: "institut" / "institute"."""
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 6 and long_.startswith(short) and len(long_) - len(short) <= 2)


def _bullet_line(text: str, start: int) -> bool:
    """The line holding offset ``start`` opens with a bullet: "- ANITI, à Toulouse"."""
    line = text[text.rfind("\n", 0, start) + 1 : start].lstrip()
    return line[:1] in ("-", "•", "*", "\u2013", "\u2014", "\u00b7")


def _reports(between: str, words: ReferenceWords, reach: int = 4) -> bool:
    """The words between a name and a pronoun are its verb of saying: "Y said (that) it", "Y a indiqué qu'il"."""
    if any(c in between for c in ",.;:()\"«»"):
        return False
    said = fold(between).split()
    return 0 < len(said) <= reach and (said[-1] in words.subordinators or said[0] in words.reporting_verbs)


class _Index:
    """What the mentions before a reference tell, kept as references are resolved in order, so
    that resolving one costs no rescan of every earlier mention (extraction stays linear in
    the length of the article).

    Named mentions are indexed once (their entities are known before any reference is
    resolved); ``advance(i)`` then takes in every mention before ``i``, references included,
    as they are final by then.
    """

    def __init__(self, mentions: list[Mention], res: Resolution) -> None:
        self.mentions, self.res = mentions, res
        self.by_word: dict[tuple[str, str | None], list[int]] = {}  # (word, label or None) -> named js
        self.by_sentence: dict[int, list[int]] = {}
        for j, (m, eid) in enumerate(zip(mentions, res.of_mention)):
            if eid is None or m.kind == REFERENCE:
                continue
            self.by_sentence.setdefault(m.sentence, []).append(j)
            e = res.entities[eid]
            for word in set(fold(e.name).split()) | set(fold(m.text).replace("'", " ").split()):
                self.by_word.setdefault((word, None), []).append(j)
                self.by_word.setdefault((word, e.label), []).append(j)
        self.done = 0
        self.seen: Counter = Counter()
        self.seen_at: dict[int, int] = {}  # j -> mentions of its entity up to and including j
        self.first_in_sentence: dict[int, int] = {}
        self.of_entity: dict[str, list[int]] = {}  # entity -> its mentions so far, in order
        self.last_sentence: dict[str, int] = {}  # entity -> sentence of its latest mention (most recent last)
        self.entities_before: set[str] = set()

    def latest_named(self, word: str, i: int, labels: list[str] | None) -> int | None:
        """The latest named mention before ``i`` with ``word`` among its words (and, when
        ``labels`` is given, an entity of one of those labels)."""
        keys = [(word, None)] if labels is None else [(word, l) for l in labels]
        best = None
        for key in keys:
            js = self.by_word.get(key, ())
            at = bisect_left(js, i)
            if at and (best is None or js[at - 1] > best):
                best = js[at - 1]
        return best

    def named_in_sentence(self, sentence: int) -> list[int]:
        return self.by_sentence.get(sentence, [])

    def advance(self, i: int) -> None:
        """Take in the mentions before ``i``."""
        for j in range(self.done, i):
            eid = self.res.of_mention[j]
            if eid is None:
                continue
            self.seen[eid] += 1
            self.seen_at[j] = self.seen[eid]
            sentence = self.mentions[j].sentence
            self.first_in_sentence.setdefault(sentence, j)
            self.of_entity.setdefault(eid, []).append(j)
            self.last_sentence.pop(eid, None)
            self.last_sentence[eid] = sentence
            self.entities_before.add(eid)
        self.done = max(self.done, i)

    def recent(self, since: int):
        """(entity, its mentions so far) of the entities mentioned in sentence ``since`` or later."""
        for eid in reversed(self.last_sentence):
            if self.last_sentence[eid] < since:
                break
            yield eid, self.of_entity[eid]

    def startup_before(self, startups: frozenset[str]) -> bool:
        return not startups.isdisjoint(self.entities_before)


def _rank(tier: str) -> int:
    return (TIER_KB, TIER_CUE, TIER_PERSON, TIER_WEAK, TIER_ACTOR).index(tier)
