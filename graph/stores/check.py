"""``aipg store check``: what a store is (schema, versions, an interrupted save) and whether
what it holds still agrees with itself.

Counts are verified by reading everything back: the engine's counts against the
rows read, each claim's id against the hash of its fields and its document,
and every summary edge against the one graph.merge recomputes from the stored
claims. A damaged file that still opens shows up here as a list of problems.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Mapping

from aipg.graph.config import Settings
from aipg.graph.errors import RecoveryPending, UsageError
from aipg.graph.ids import stable_hash
from aipg.graph.merge import summarize
from aipg.graph.model import Edge
from aipg.graph.schema import REL_TYPES, STATUSES
from aipg.graph.stores import open_store
from aipg.graph.stores.base import Store
from aipg.graph.stores.cypher_store import claim_year
from aipg.graph.stores.version import KEYS, NewerStore, OlderStore

_SHA = re.compile(r"^[0-9a-f]{64}$")
SHOWN = 20  # problems listed one by one; more are counted


@dataclass(frozen=True)
class CheckReport:
    """What ``aipg store check`` found; ``problems`` is empty when the store is sound."""

    store: str
    meta: Mapping[str, str] = field(default_factory=dict)
    recovery: str = "none"  # "none", "pending" or "done"
    documents: int | None = None
    claims: int | None = None
    edges: int | None = None
    problems: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"store": self.store, **{k: self.meta.get(k) for k in KEYS}, "recovery": self.recovery,
                "documents": self.documents, "claims": self.claims, "edges": self.edges,
                "problems": list(self.problems)}  # fmt: skip


def _differences(stored: Edge, recomputed: Edge) -> list[str]:
    out = []
    for name in ("weight", "sources", "status", "confidence", "first_seen", "last_seen", "amount", "currency"):
        a, b = getattr(stored, name), getattr(recomputed, name)
        if isinstance(a, float) and isinstance(b, float) and math.isclose(a, b, rel_tol=1e-9):
            continue
        if (tuple(a) if isinstance(a, (list, tuple)) else a) != (tuple(b) if isinstance(b, (list, tuple)) else b):
            out.append(f"{name} {a!r}, recomputed from its claims {b!r}")
    return out


def verify(store: Store) -> tuple[int, int, int, list[str]]:
    """(documents, claims, summary edges, problems) of an open store, everything read back."""
    problems: list[str] = []
    stats = store.stats()
    documents = store.documents()
    claims = store.claims()
    edges = store.edges()
    for what, counted, read in (("documents", stats.documents, len(documents)), ("claims", stats.claims, len(claims)),
                                ("summary edges", sum(stats.edges_by_type.values()), len(edges))):
        if counted != read:
            problems.append(f"{what}: the store counts {counted} but {read} read back")
    doc_ids = {d.id for d in documents}
    for d in documents:
        if not _SHA.match(d.sha256 or ""):
            problems.append(f"document {d.id}: sha256 {d.sha256!r} is not a SHA-256 digest")
        if d.language not in ("fr", "en"):
            problems.append(f"document {d.id}: language {d.language!r} is not fr or en")
    for c in claims:
        if c.type not in REL_TYPES or c.status not in STATUSES or not 0 <= c.confidence <= 1:
            problems.append(f"claim {c.id} of {c.document_id}: type {c.type!r}, status {c.status!r} or "
                            f"confidence {c.confidence!r} out of the schema")
    for claim_id, doc_id, sentence, type_, source, target, stated_by, date, published, year in store.claim_links():
        if claim_id != stable_hash(doc_id, sentence, type_, source, target):
            problems.append(f"claim {claim_id} of {doc_id}: its id is not the hash of its fields (altered?)")
        if doc_id not in doc_ids:
            problems.append(f"claim {claim_id}: its document {doc_id} is not stored")
        elif stated_by != doc_id:
            problems.append(f"claim {claim_id}: not linked to its document {doc_id} by STATES")
        elif year != claim_year(date, published):
            problems.append(f"claim {claim_id} of {doc_id}: year {year!r}, but its date and its document's "
                            f"give {claim_year(date, published)!r} (altered?)")
    recomputed = {e.key: e for e in summarize(claims, {d.id: d.published for d in documents})}
    stored = {e.key: e for e in edges}
    for key in sorted(stored.keys() | recomputed.keys()):
        name = " ".join((key[0], f"-{key[1]}->", key[2]))
        if key not in recomputed:
            problems.append(f"summary edge {name} has no claim behind it")
        elif key not in stored:
            problems.append(f"summary edge {name} is missing: its claims are stored")
        else:
            problems += [f"summary edge {name}: {d}" for d in _differences(stored[key], recomputed[key])]
    return len(documents), len(claims), len(edges), problems


def check_store(settings: Settings, *, recover: bool = False) -> CheckReport:
    """Open the store read-only (after one read-write open that finishes an interrupted save,
    with ``recover``) and verify it; problems are reported, not raised."""
    where = settings.store
    recovery = "none"
    if recover:
        if settings.is_server:
            raise UsageError("--recover is for the embedded store: a Neo4j server recovers by itself")
        from aipg.graph.stores.ladybug_store import finish_recovery

        recovery = "done" if finish_recovery(where) else "none"
    try:
        with open_store(settings, read_only=True) as st:
            meta = st.meta()
            documents, claims, edges, problems = verify(st)
    except RecoveryPending as e:
        return CheckReport(where, recovery="pending", problems=(str(e),))
    except (OlderStore, NewerStore) as e:
        return CheckReport(where, problems=(str(e),))
    if len(problems) > SHOWN:
        problems = problems[:SHOWN] + [f"... and {len(problems) - SHOWN} more problem(s)"]
    return CheckReport(where, meta, recovery, documents, claims, edges, tuple(problems))
