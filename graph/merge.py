"""The only code that merges provenance: claims -> summary edges, entity unions."""

from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Mapping

from aipg.graph.model import Claim, Edge, Entity
from aipg.graph.schema import STATUSES


def _when(claim: Claim, doc_dates: Mapping[str, str | None]) -> str | None:
    return claim.date or doc_dates.get(claim.document_id)


def summarize_one(claims: list[Claim], doc_dates: Mapping[str, str | None]) -> Edge:
    """One summary edge from the claims of a single (source, type, target)."""
    ordered = sorted(claims, key=lambda c: (c.document_id, c.sentence, c.start))
    first = ordered[0]
    docs = sorted({c.document_id for c in ordered})
    evidence: list[str] = []
    for c in ordered:
        if c.evidence not in evidence:
            evidence.append(c.evidence)
    dates = sorted(d for d in (_when(c, doc_dates) for c in ordered) if d)
    with_amount = [c for c in ordered if c.amount is not None]
    latest = max(with_amount, key=lambda c: (_when(c, doc_dates) or "", c.document_id, c.sentence), default=None)
    status = STATUSES[0] if any(c.status == STATUSES[0] for c in ordered) else STATUSES[1]
    return Edge(
        source=first.source,
        type=first.type,
        target=first.target,
        weight=len(docs),
        sources=tuple(docs),
        evidence=tuple(evidence),
        status=status,
        confidence=max(c.confidence for c in ordered),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        amount=latest.amount if latest else None,
        currency=latest.currency if latest else None,
        amount_text=latest.amount_text if latest else None,
    )


def summarize(claims: Iterable[Claim], doc_dates: Mapping[str, str | None] | None = None) -> list[Edge]:
    """Summary edges, one per (source, type, target), from claims.

    ``doc_dates`` maps document id -> published date, the fallback when a
    claim states no date of its own.

    >>> c1 = Claim("d1", "FUNDS", "a", "b", "potential", 0.6, "A may fund B.", 0, 0, 13, "r")
    >>> c2 = Claim("d2", "FUNDS", "a", "b", "stated", 0.8, "A funds B.", 3, 40, 50, "r", date="2024")
    >>> [(e.weight, e.status, e.confidence, e.first_seen) for e in summarize([c1, c2])]
    [(2, 'stated', 0.8, '2024')]
    """
    doc_dates = doc_dates or {}
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        groups[(c.source, c.type, c.target)].append(c)
    return [summarize_one(groups[k], doc_dates) for k in sorted(groups)]


def union_entity(old: Entity, new: Entity) -> Entity:
    """Merge what two sightings of one entity id know: the stored label and name win,
    aliases are unioned (order kept), a missing country is filled in."""
    aliases = list(old.aliases)
    for a in new.aliases:
        if a not in aliases:
            aliases.append(a)
    return Entity(
        id=old.id,
        name=old.name or new.name,
        label=old.label,
        aliases=tuple(aliases),
        country=old.country or new.country,
    )
