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
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from graph.ids import fix_quotes, norm, slugify, strip_accents
from graph.model import Entity
from loaders.kb import KnowledgeBase
from loaders.mentions import (
    ACTOR, CUE, KB, LEGAL_SUFFIX_RE, NER, PERSON, REFERENCE, REFERENCE_HEADS, TICKER_RE, Mention, label_from_cues,
)

# How an entity entered the document, from most to least trusted. "weak" (NER without a
# name cue) and "actor" (a country name) entities are kept only when they take part in a claim.
TIER_KB, TIER_CUE, TIER_WEAK, TIER_ACTOR, TIER_PERSON = "kb", "cue", "weak", "actor", "person"

_LEADING = re.compile(r"^(?:l['\u2019]|la |le |les |the |du |de la |des |d['\u2019])", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s$")
_COMPANY_NOUNS = frozenset(
    {"startup", "start-up", "societe", "entreprise", "firme", "groupe", "company", "firm", "editeur", "fabricant",
     "chipmaker", "licorne", "unicorn", "pepite", "maker", "developer", "developpeur"}
)
_COUNTRY_ADJECTIVES = {
    "americain": "US", "americaine": "US", "american": "US", "francais": "FR", "francaise": "FR", "french": "FR",
    "britannique": "GB", "british": "GB", "japonais": "JP", "japonaise": "JP", "japanese": "JP", "chinois": "CN",
    "chinoise": "CN", "chinese": "CN", "allemand": "DE", "allemande": "DE", "german": "DE", "canadien": "CA",
    "canadienne": "CA", "canadian": "CA", "neerlandais": "NL", "neerlandaise": "NL", "dutch": "NL",
    "coreen": "KR", "coreenne": "KR", "korean": "KR", "indien": "IN", "indienne": "IN", "indian": "IN",
}
_CITATION_BEFORE = re.compile(
    r"(?:selon|d['\u2019]apr[eè]s|according to|cit[ée]e? par|rapport[ée]e?s? par|r[ée]v[ée]l[ée]e?s? par|"
    r"partag[ée]e?s?(?: \w+)? par|reported by|told|via)\s*(?:l['\u2019]|le |la |les |the )?$",
    re.I,
)
_CITATION_AFTER = re.compile(
    r"^\s*(?:reported|reports|a rapport[ée]|rapporte|r[ée]v[èe]le|a r[ée]v[ée]l[ée]|[ée]voque|writes|wrote|"
    r"estimates|estime|indique|cites|said in a report|first reported)\b",
    re.I,
)
FUZZY_CUTOFF = 92


@dataclass
class Resolution:
    """Entities of one document and which entity each mention denotes."""

    entities: dict[str, Entity] = field(default_factory=dict)
    tier: dict[str, str] = field(default_factory=dict)
    of_mention: list[str | None] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    citation_only: set[str] = field(default_factory=set)


def clean_name(text: str) -> str:
    """'l’Agence Foo' -> 'Agence Foo'; "Foo's" -> 'Foo'; whitespace folded."""
    s = " ".join(fix_quotes(text).split())
    s = _POSSESSIVE.sub("", s)
    s = _LEADING.sub("", s)
    return s.strip(" ,;:-\"«»“”")


def base_name(name: str) -> str:
    """A name without its legal suffix: 'Foo Corp.' -> 'Foo'."""
    return LEGAL_SUFFIX_RE.sub("", name).strip() or name


def _fold(s: str) -> str:
    return strip_accents(fix_quotes(s)).lower()


class Resolver:
    """Resolves the mentions of documents against one knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        choices: dict[str, str] = {}
        for surface, entry_id, kind in kb.patterns():
            if kind != "actor" and len(surface) >= 5:
                choices.setdefault(norm(surface), entry_id)
        self._fuzzy_keys = list(choices)
        self._fuzzy_ids = [choices[k] for k in self._fuzzy_keys]

    # ------------------------------------------------------------------ unknown names
    def _kb_for_name(self, name: str):
        entry = self.kb.lookup(name) or self.kb.lookup(base_name(name))
        if entry is not None:
            return entry
        key = norm(base_name(name))
        if len(key) < 5 or not self._fuzzy_keys:
            return None
        hit = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self.kb.get(self._fuzzy_ids[hit[2]]) if hit else None

    def resolve(self, text: str, mentions: list[Mention], tokens_before: list[list[str]] | None = None) -> Resolution:
        """Entities of one document. ``tokens_before[i]`` are the folded words just before mention i."""
        res = Resolution(of_mention=[None] * len(mentions))
        unknown: dict[str, str] = {}  # norm(base name) -> entity id, for short-form merging
        for i, m in enumerate(mentions):
            if m.kind == REFERENCE:
                continue
            eid = self._resolve_named(text, m, res, unknown, tokens_before[i] if tokens_before else [])
            res.of_mention[i] = eid
        for i, m in enumerate(mentions):
            if m.kind == REFERENCE:
                res.of_mention[i] = self._antecedent(mentions, i, res)
        self._citations(text, mentions, res)
        for i, eid in enumerate(res.of_mention):
            if eid is None:
                continue
            res.counts[eid] += 1
            m = mentions[i]
            if m.kind == REFERENCE and not m.text[:1].isupper() and not any(c.isupper() for c in m.text[2:]):
                continue  # lowercase references ("la startup") are not names: keep them out of aliases
            e = res.entities[eid]
            alias = clean_name(m.text) if m.kind != PERSON else m.text
            if alias and alias not in e.aliases:
                res.entities[eid] = Entity(e.id, e.name, e.label, e.aliases + (alias,), e.country)
        return res

    def _add(self, res: Resolution, entity: Entity, tier: str) -> str:
        if entity.id not in res.entities:
            res.entities[entity.id] = entity
            res.tier[entity.id] = tier
        elif _rank(tier) < _rank(res.tier[entity.id]):
            res.tier[entity.id] = tier
        return entity.id

    def _resolve_named(self, text: str, m: Mention, res: Resolution, unknown: dict[str, str], before: list[str]):
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
        base = base_name(name)
        key = norm(base)
        if not key or len(key) < 2:
            return None
        for known, eid in unknown.items():  # "Foo" after "Foo Robotics", or the other way round
            if known.startswith(key + " ") or key.startswith(known + " "):
                return eid
        label = m.label or label_from_cues(name)
        if label is None and any(w in _COMPANY_NOUNS for w in before):
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

    def _antecedent(self, mentions: list[Mention], i: int, res: Resolution) -> str | None:
        m = mentions[i]
        words = _fold(m.text).split()
        head = m.key
        labels = REFERENCE_HEADS.get(head, ())
        country = next((_COUNTRY_ADJECTIVES[w] for w in words if w in _COUNTRY_ADJECTIVES), None)
        capitalised_head = any(w[:1].isupper() and _fold(w).strip("'\u2019") == head for w in m.text.split())
        # "l'Alliance", "le Forum": an entity of this document whose name holds the word
        for j in range(len(mentions) - 1, -1, -1):
            eid = res.of_mention[j]
            if eid is None or mentions[j].kind == REFERENCE:
                continue
            e = res.entities[eid]
            if head in _fold(e.name).split() and (capitalised_head or e.label in labels):
                return eid
        # otherwise the nearest earlier entity of a compatible label (same sentence or the 3 before)
        for j in range(i - 1, -1, -1):
            if mentions[j].sentence < m.sentence - 3:
                break
            eid = res.of_mention[j]
            if eid is None or mentions[j].kind == REFERENCE:
                continue
            e = res.entities[eid]
            if e.label in labels and (country is None or e.country in (None, country)):
                return eid
        return None

    def _citations(self, text: str, mentions: list[Mention], res: Resolution) -> None:
        """Entities named only as the source of a report ("selon Reuters") are not actors."""
        cited: Counter = Counter()
        total: Counter = Counter()
        for m, eid in zip(mentions, res.of_mention):
            if eid is None or m.kind == REFERENCE:
                continue
            total[eid] += 1
            before = text[max(0, m.start - 40) : m.start]
            after = text[m.end : m.end + 40]
            if _CITATION_BEFORE.search(before) or _CITATION_AFTER.match(after):
                cited[eid] += 1
        res.citation_only = {eid for eid, n in cited.items() if n == total[eid]}


def _rank(tier: str) -> int:
    return (TIER_KB, TIER_CUE, TIER_PERSON, TIER_WEAK, TIER_ACTOR).index(tier)


def ticker_alias(text: str, end: int) -> str | None:
    """The ticker symbol in '(NASDAQ: FOO)' right after offset ``end``, if any."""
    hit = TICKER_RE.match(text[end : end + 40].lstrip())
    return hit.group(1) if hit else None
