"""The store Protocol: what every backend (LadybugDB, Neo4j) offers, and nothing more."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Protocol, runtime_checkable

from aipg.graph.model import Claim, Document, Edge, Entity, Extraction


@dataclass(frozen=True)
class IngestResult:
    """What happened to one document: ``status`` is "added", "unchanged" or "replaced";
    ``claims_written`` counts the claims the document now has, ``claims_removed`` the stored claims a
    replacement deleted (a claim stored unchanged is kept, not counted)."""

    document_id: str
    status: str
    claims_written: int = 0
    claims_removed: int = 0
    edges_recomputed: int = 0


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    #: True when a row limit left rows out (graph.queries.run with ``limit``).
    cut: bool = False


@dataclass(frozen=True)
class Stats:
    documents: int
    claims: int
    entities_by_label: Mapping[str, int] = field(default_factory=dict)
    edges_by_type: Mapping[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "claims": self.claims,
            "entities": dict(self.entities_by_label),
            "edges": dict(self.edges_by_type),
        }


@runtime_checkable
class Store(Protocol):
    """A graph store. Backends import their driver only in their own module."""

    #: "ladybug" or "neo4j": picks the Cypher dialect folder under cypher/.
    dialect: str

    def ingest(self, extraction: Extraction) -> IngestResult:
        """Write one document's extraction atomically.

        Same document id and sha256 as stored: nothing changes ("unchanged").
        New sha256: that document's claims are replaced, the summary edges of
        every (source, type, target) touched before or after are recomputed
        from all their claims, entity aliases are unioned, and MENTIONED_IN
        counts replaced ("replaced"). A failure leaves the store as it was.
        """

    def labels_of(self, ids: Iterable[str]) -> dict[str, str]:
        """Stored label of each entity id that exists (to keep one label per id)."""

    def entities_of(self, ids: Iterable[str]) -> dict[str, Entity]:
        """The stored entity of each id that exists, read by its indexed id."""

    def documents(self) -> list[Document]:
        """Stored documents (``text`` is empty: stores keep metadata, not text)."""

    def entities(self) -> list[Entity]: ...

    def edges(self) -> list[Edge]:
        """Summary edges between entities."""

    def claims(self, document_id: str | None = None) -> list[Claim]: ...

    def mentions(self) -> list[tuple[str, str, int]]:
        """(entity id, document id, count) for every MENTIONED_IN."""

    def query(self, cypher: str, params: Mapping[str, Any] | None = None, *, limit: int = 0) -> QueryResult:
        """Run a read-only statement (write clauses raise ReadOnlyViolation); with ``limit`` > 0, only
        its first ``limit`` rows are fetched and converted."""

    def stats(self) -> Stats: ...

    def meta(self) -> dict[str, str]:
        """The store's record: schema version, aipg, extractor and knowledge-base versions."""

    def set_meta(self, values: Mapping[str, str]) -> None:
        """Write keys of the store's record."""

    def close(self) -> None: ...

