"""Frozen values that flow between stages: Document, Entity, Claim, Edge, Extraction, Graph.

Dicts appear only at I/O edges (``to_dict`` / ``from_dict``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from aipg.graph.ids import stable_hash


@lru_cache(maxsize=1 << 12, typed=True)  # the claims step rebuilds each Claim (``replace``) with the same id fields
def _claim_id(document_id: str, sentence: int, type_: str, source: str, target: str) -> str:
    """A Claim's id: the hash of the fields that name its statement."""
    return stable_hash(document_id, sentence, type_, source, target)


def _flat(value: Any) -> dict[str, Any]:
    """A flat dataclass's fields as a dict: what ``dataclasses.asdict`` gives for scalar fields,
    without its recursive deep copy (about 15x slower, most of a bulk plan of 500,000 claims)."""
    return {name: getattr(value, name) for name in _names(type(value))}


@lru_cache(maxsize=None)
def _names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


@dataclass(frozen=True)
class Document:
    """One article. ``id`` is the file name without extension, unique in a store."""

    id: str
    title: str
    text: str
    language: str  # "fr" or "en"
    sha256: str
    path: str = ""
    url: str | None = None
    publisher: str | None = None
    published: str | None = None  # ISO 8601 date, as precise as known
    #: what extracted it (loaders.pipeline.extractor_version()) and with which knowledge base
    #: (KnowledgeBase.version): a rebuild with other versions may give other claims
    extractor_version: str | None = None
    kb_version: str | None = None

    def to_dict(self, with_text: bool = False) -> dict[str, Any]:
        d = _flat(self)
        if not with_text:
            d.pop("text")
        return d


@dataclass(frozen=True)
class Entity:
    """An organization or person node. ``label`` is one of schema.LABELS."""

    id: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    country: str | None = None  # ISO 3166-1 alpha-2

    @property
    def kind(self) -> str:
        return self.label

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "label": self.label,
            "aliases": list(self.aliases),
            **({"country": self.country} if self.country else {}),
        }


@dataclass(frozen=True)
class Claim:
    """One statement found in one sentence of one document.

    ``id`` is derived from (document, sentence, type, source, target), so the
    same statement extracted twice has the same id.
    """

    document_id: str
    type: str
    source: str
    target: str
    status: str
    confidence: float
    evidence: str
    sentence: int
    start: int
    end: int
    rule: str
    date: str | None = None
    amount: float | None = None
    currency: str | None = None
    amount_text: str | None = None
    # a total several sources share ("raised $270M from A, B and C"): never each one's amount
    round_amount: float | None = None
    round_currency: str | None = None
    round_amount_text: str | None = None
    id: str = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "id", _claim_id(self.document_id, self.sentence, self.type, self.source, self.target))

    def to_dict(self) -> dict[str, Any]:
        return _flat(self)


@dataclass(frozen=True)
class Edge:
    """A summary edge (source, type, target) derived from its claims by graph.merge."""

    source: str
    type: str
    target: str
    weight: int
    sources: tuple[str, ...]
    evidence: tuple[str, ...]
    status: str
    confidence: float
    first_seen: str | None = None
    last_seen: str | None = None
    amount: float | None = None
    currency: str | None = None
    amount_text: str | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)

    def to_dict(self) -> dict[str, Any]:
        d = _flat(self)
        d["sources"] = list(self.sources)
        d["evidence"] = list(self.evidence)
        return d


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one document, after the schema step.

    ``entities`` carry as aliases the surface forms found in this document;
    ``mentions`` counts mentions per entity id; ``dropped`` lists what the
    schema step removed, as (claim, reason) pairs for the ingest report.
    """

    document: Document
    entities: tuple[Entity, ...]
    claims: tuple[Claim, ...]
    mentions: tuple[tuple[str, int], ...] = ()
    dropped: tuple[Any, ...] = ()  # schema.Dropped; Any to keep model free of schema imports


@dataclass(frozen=True)
class Graph:
    """Entities and summary edges (what the mirror, analysis and views work on)."""

    entities: tuple[Entity, ...]
    edges: tuple[Edge, ...]
    documents: tuple[Document, ...] = ()
    claims: tuple[Claim, ...] = ()
