"""Copy one store into another, document by document: build offline, publish to Neo4j.

Each stored document is turned back into the Extraction that produced it (its
metadata, its claims, the entities it mentions with the words used for them
there, and their mention counts) and ingested into the target. The target's
own rules do the rest, so pushing twice changes nothing the second time, and a
document whose text changed since the last push replaces its claims there.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterator

from aipg.graph import queries
from aipg.graph.model import Claim, Entity, Extraction
from aipg.graph.stores.base import Store


@dataclass(frozen=True)
class PushReport:
    """How many documents the target added, replaced or already had, and the claims sent."""

    documents: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    claims: int = 0

    def to_dict(self) -> dict[str, object]:
        return {"documents": self.documents, **{s: self.statuses.get(s, 0) for s in ("added", "replaced", "unchanged")},
                "claims": self.claims}  # fmt: skip


def extractions(source: Store) -> Iterator[Extraction]:
    """The source's documents as Extractions, in document id order.

    Entities carry the aliases seen in that document (MENTIONED_IN's
    ``aliases``), so the target keeps the same per-document surface forms and,
    pushed in the order they were built, the same alias lists.
    """
    entities = {e.id: e for e in source.entities()}
    mentioned: dict[str, list[tuple[str, int, list[str]]]] = defaultdict(list)
    for doc_id, entity_id, count, aliases in queries.run(source, "document-mentions").rows:
        mentioned[doc_id].append((entity_id, count, list(aliases or [])))
    claims: dict[str, list[Claim]] = defaultdict(list)
    for c in source.claims():
        claims[c.document_id].append(c)
    for doc in source.documents():
        seen = []
        for entity_id, _, aliases in mentioned[doc.id]:
            e = entities[entity_id]
            seen.append(Entity(e.id, e.name, e.label, tuple(aliases), e.country))
        yield Extraction(
            document=doc,
            entities=tuple(seen),
            claims=tuple(claims[doc.id]),
            mentions=tuple((entity_id, count) for entity_id, count, _ in mentioned[doc.id]),
        )


def push(source: Store, target: Store, progress: Callable[[int], None] | None = None) -> PushReport:
    """Ingest every document of ``source`` into ``target``, one transaction per document."""
    statuses: Counter[str] = Counter()
    n = claims = 0
    for ex in extractions(source):
        result = target.ingest(ex)
        statuses[result.status] += 1
        n += 1
        claims += len(ex.claims)
        if progress:
            progress(1)
    return PushReport(documents=n, statuses=dict(statuses), claims=claims)
