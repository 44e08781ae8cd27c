"""Claims a journalist can quote: after the relation rules, each claim gets the money that is
its own (loaders/amounts.py), evidence without page furniture, and a headline mark
(loaders/evidence.py). One call from the pipeline, per document.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from spacy.tokens import Doc

from aipg.graph.model import Claim, Document
from aipg.graph.schema import ordered_pair
from aipg.loaders import nlp
from aipg.loaders.amounts import OrgMention, assign_amounts
from aipg.loaders.dates import find_dates
from aipg.loaders.evidence import Evidence, clean, headline_lines
from aipg.loaders.kb import KnowledgeBase

HEADLINE = ".headline"  # appended to the rule of a claim found in a headline
HEADLINE_CONFIDENCE = 0.75  # a headline claims more than its article shows: trust it less


def polish(claims: Sequence[Claim], doc: Doc, document: Document,
           org_spans: Sequence[tuple[int, int, Sequence[str], bool]], kb: KnowledgeBase | None = None) -> list[Claim]:
    """The document's claims with their own money, clean evidence and headline marks.

    ``org_spans`` are the organization mentions as the relation rules get them: (token start,
    token end, entity ids, is a reference). A claim found only in a headline keeps a lower
    confidence; where the body states the same (source, type, target), the headline's goes, and so
    does one whose source is the broader form of the body's source of the same type and target
    ("EU unveils P" where the body says the European Commission launched P; see ``broader``).
    """
    if not claims:
        return []
    table = nlp.tokens(doc)
    # (character spans from the rows: a Span's start_char and end_char build Tokens)
    sentences = [table.chars(s, e) for s, e in nlp.sentence_bounds(doc)]
    paragraphs, lines, at = [], 0, 0  # one paragraph a line: the line breaks before each sentence, counted once
    for start, _ in sentences:
        lines += document.text.count("\n", at, start)
        at = start
        paragraphs.append(lines)
    mentions = [OrgMention(*table.chars(s, e), tuple(ids)) for s, e, ids, _ in org_spans]
    claims = assign_amounts(claims, document.text, document.language, sentences, paragraphs, mentions)
    headlines = headline_lines(document.text, document.title)
    out = []
    cleaned: dict[tuple[str, int], Evidence] = {}  # the claims of one sentence share its evidence
    for c in claims:
        ev = cleaned.get((c.evidence, c.start))
        if ev is None:
            ev = cleaned[(c.evidence, c.start)] = clean(c.evidence, c.start)
        date = _date(document.text[c.start : c.end], document.language, document.published)
        if any(a <= ev.start < b for a, b in headlines):  # (one replace: each one hashes the claim's id anew)
            c = replace(c, evidence=ev.text, start=ev.start, end=ev.end, date=date, rule=c.rule + HEADLINE,
                        confidence=round(c.confidence * HEADLINE_CONFIDENCE, 3))
        else:
            c = replace(c, evidence=ev.text, start=ev.start, end=ev.end, date=date)
        out.append(c)
    body = {_key(c) for c in out if not c.rule.endswith(HEADLINE)}
    return [c for c in out if not (c.rule.endswith(HEADLINE) and (
        _key(c) in body or any(t == c.type and o == c.target and broader(kb, c.source, s) for s, t, o in body)))]


def _key(c: Claim) -> tuple[str, str, str]:
    """(source, type, target), in one order for a symmetric type ("Orange s'associe à Mistral AI" over
    "Mistral AI s'est associé à Orange" is one claim)."""
    source, target = ordered_pair(c.type, c.source, c.target)
    return source, c.type, target


def broader(kb: KnowledgeBase | None, general: str, specific: str) -> bool:
    """``general`` is the broader form of ``specific``: a union of countries that a place named as an
    actor stands for ("EU", "Brussels": the knowledge base's actor aliases, no country) and one of its
    bodies (the European Commission: a government of no country either, with no actor alias). A headline
    names the union; the body, who acted. A national government stays beside its ministry: the text
    credits both ("le Gouvernement lance P" and "la ministre a lancé P").
    """
    g, s = (kb.get(general), kb.get(specific)) if kb is not None and general != specific else (None, None)
    return g is not None and s is not None and g.label == s.label == "Government" \
        and g.country is None and s.country is None and bool(g.actor_aliases) and not s.actor_aliases


_PRECISION = {"year": 0, "month": 1, "day": 2}


@lru_cache(maxsize=4096)  # the claims of one sentence share its date
def _date(sentence: str, language: str, published: str | None) -> str | None:
    """The date the claim's sentence states: the most precise one, the first on a tie ("Fondée
    en 2023, la start-up avait levé 385 millions en décembre 2023": 2023-12), else none."""
    dates = find_dates(sentence, language, reference=published)
    if not dates:
        return None
    return max(dates, key=lambda d: (_PRECISION[d.precision], -d.start)).iso
