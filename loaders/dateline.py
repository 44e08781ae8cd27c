"""The document's home country: the one country whose government bodies the document names (a
ministry's press release), else where its dateline says it was filed ("PARIS (Reuters) -",
"SAN FRANCISCO, March 4 -", "Paris, le 12 mars 2024 –"). A bare "le Gouvernement" / "the
Government" that no earlier name explains is that country's government (resolve.py).
"""

from __future__ import annotations

import re
from typing import Iterable

from aipg.graph.model import Entity
from aipg.loaders.kb import KnowledgeBase

# A dateline opens one of the document's first lines: one place or several ("PARIS/BRUSSELS",
# "LONDON & TUNIS", "NEW YORK and PARIS"), maybe its region ("SEOUL, Korea", "SUNNYVALE, Calif."),
# then an agency in parentheses or slashes and a dash ("(Reuters) -", "--(BUSINESS WIRE)--"), a dash,
# or a comma and a date ("March 4", "le 12 mars 2024", "11 February 2025", "Jan. 12, 2025 /PRNewswire/ --").
_PLACE = r"[^\W\d][\w'’.\- ]{1,40}?"
_JOIN = r"(?:\s*/\s*|\s+(?:&|and|et)\s+)"
_REGION = r"[A-Z][\w'’.\-]{1,20}(?: [A-Z][\w'’.\-]{1,20}){0,2}"
_DATE = r"(?:(?:le|on)\s+)?(?:\d{1,2}(?:er)?\s+[^\W\d]{3,}\.?|[^\W\d]{3,}\.?\s+\d{1,2})\b"
_TAG = r"(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)"  # the wire: "(Reuters)", "(GLOBE NEWSWIRE)", "/PRNewswire/"
DATELINE = re.compile(
    rf"^\s*(?:#+\s*)?(?P<places>(?P<place>{_PLACE})(?:{_JOIN}{_PLACE}){{0,3}})(?:,\s*{_REGION})??"
    rf"(?:,\s*{_DATE}[^\n]{{0,40}}?(?:{_TAG}\s*)?(?:[-–—]{{1,2}}|$)"
    rf"|\s*-{{0,2}}\s*{_TAG}\s*[-–—]{{1,2}}|\s+[-–—]{{1,2}}\s)",
    re.MULTILINE,
)
_LEAD_LINES = 6  # a dateline stands in the first lines with words (headline, standfirst, byline)


def dateline_places(text: str) -> list[str]:
    """The places the first dateline of ``text`` names ("PARIS/BRUSSELS, 11 February 2025 -" gives
    both), or none.

    >>> dateline_places("Headline\\n\\nSAN FRANCISCO, March 4 (Reuters) - OpenAI said ...")
    ['SAN FRANCISCO']
    >>> dateline_places("France, Germany and Italy signed a pact on Tuesday.")
    []
    """
    lines = [line for line in text.splitlines() if line.strip()][:_LEAD_LINES]
    for line in lines:
        m = DATELINE.match(line)
        if m:
            return [p.strip() for p in re.split(_JOIN, m.group("places")) if p.strip()]
    return []


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of each dateline in the document's first lines, from its place to
    its dash: where the story was filed ("PARIS (Reuters) -").

    >>> dateline_spans("Title\\n\\nPARIS (Reuters) - Kestrel said ...")
    [(7, 24)]
    """
    out, pos, seen = [], 0, 0
    for line in text.splitlines(keepends=True):
        if seen >= _LEAD_LINES:
            break
        if line.strip():
            seen += 1
            m = DATELINE.match(line)
            if m:
                out.append((pos + m.start("place"), pos + m.end()))
        pos += len(line)
    return out


def in_dateline(text: str, start: int, end: int, spans: list[tuple[int, int]] | None = None) -> bool:
    """The span ``start:end`` of ``text`` is a place of a dateline in the document's first lines:
    where the story was filed, never a party ("PARIS (Reuters) - X said it had raised ...").
    ``spans``: the document's ``dateline_spans``, when the caller has them.

    >>> in_dateline("Title\\n\\nPARIS (Reuters) - Kestrel said ...", 7, 12)
    True
    >>> in_dateline("Title\\n\\nParis is where Kestrel works.", 7, 12)
    False
    """
    return start < end and any(a <= start and end <= b for a, b in (dateline_spans(text) if spans is None else spans))


def home_government(text: str, kb: KnowledgeBase, entities: Iterable[Entity]) -> str | None:
    """The KB id of the government of the document's home country: that of the one country whose
    government bodies the document names (its government, a ministry: a release's own), else that of
    its dateline's place (a capital standing for its government, "Paris", "Washington"), where the
    knowledge base has one government for that country; none otherwise (two countries named, no
    dateline, a dateline of no capital: "SAN FRANCISCO", "BRUSSELS")."""
    bodies = [e for e in entities if e.label == "Government" and e.country]
    countries = {e.country for e in bodies}
    if len(countries) > 1:
        return None
    named = {e.id for e in bodies if _stands_for_country(kb, e.id)}
    if len(named) == 1:  # the country's own government is named ("the Government of Canada"): that one
        return next(iter(named))
    if not countries:
        for place in dateline_places(text):
            entry = kb.lookup_actor(place) or kb.lookup_actor(place.title())
            if entry is not None and entry.label == "Government" and entry.country:
                countries.add(entry.country)
                break
    ids = [e.id for e in kb.entries.values() if e.label == "Government" and e.country in countries
           and _stands_for_country(kb, e.id)]
    return ids[0] if len(ids) == 1 else None


def _stands_for_country(kb: KnowledgeBase, eid: str) -> bool:
    """A government that a place named as an actor stands for ("Canada", "Paris"): a country's own."""
    entry = kb.get(eid)
    return entry is not None and bool(entry.actor_aliases)
