"""SCHEMA.md as code: labels, relation types, allowed patterns, and validate()."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Iterable, Mapping

from aipg.graph.model import Claim


class Label(StrEnum):
    COMPANY = "Company"
    UNIVERSITY = "University"
    GOVERNMENT = "Government"
    PROGRAM = "Program"
    ORGANIZATION = "Organization"
    PERSON = "Person"


class RelType(StrEnum):
    MEMBER_OF = "MEMBER_OF"
    FUNDS = "FUNDS"
    SIGNS_MOU_WITH = "SIGNS_MOU_WITH"
    PARTNERS_WITH = "PARTNERS_WITH"
    FOUNDED = "FOUNDED"
    EXCLUDED_FROM = "EXCLUDED_FROM"


class Status(StrEnum):
    STATED = "stated"
    POTENTIAL = "potential"


LABELS: tuple[str, ...] = tuple(l.value for l in Label)
REL_TYPES: tuple[str, ...] = tuple(t.value for t in RelType)
STATUSES: tuple[str, ...] = tuple(s.value for s in Status)
SYMMETRIC: frozenset[str] = frozenset({RelType.SIGNS_MOU_WITH.value, RelType.PARTNERS_WITH.value})

#: "organization" in SCHEMA.md's source/target columns.
ORG_LABELS: frozenset[str] = frozenset({"Company", "University", "Government", "Organization"})
#: "any organization": an organization or a Program.
ANY_ORG_LABELS: frozenset[str] = ORG_LABELS | {"Program"}

#: type -> (allowed source labels, allowed target labels)
DOMAIN: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "MEMBER_OF": (ANY_ORG_LABELS, frozenset({"Program", "Organization"})),
    "FUNDS": (ANY_ORG_LABELS, ANY_ORG_LABELS),
    "SIGNS_MOU_WITH": (ORG_LABELS, ORG_LABELS),
    "PARTNERS_WITH": (ORG_LABELS, ORG_LABELS),
    "FOUNDED": (ORG_LABELS, frozenset({"Program"})),
    "EXCLUDED_FROM": (ORG_LABELS, frozenset({"Program", "Organization"})),
}

#: Provenance node labels and relationship types (never from document text either).
DOCUMENT_LABEL = "Document"
CLAIM_LABEL = "Claim"
PROVENANCE_TYPES: tuple[str, ...] = ("STATES", "SUBJECT", "OBJECT", "MENTIONED_IN")


def check_label(label: str) -> str:
    """Return ``label`` if it is a schema label, else raise ValueError (guards Cypher text)."""
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}: expected one of {', '.join(LABELS)}")
    return label


def check_type(rel_type: str) -> str:
    """Return ``rel_type`` if it is a schema relation type, else raise ValueError."""
    if rel_type not in REL_TYPES:
        raise ValueError(f"unknown relation type {rel_type!r}: expected one of {', '.join(REL_TYPES)}")
    return rel_type


def allowed(rel_type: str, source_label: str, target_label: str) -> bool:
    src, dst = DOMAIN[rel_type]
    return source_label in src and target_label in dst


def ordered_pair(rel_type: str, source: str, target: str) -> tuple[str, str]:
    """Symmetric types are stored once per pair, smaller id first."""
    if rel_type in SYMMETRIC and target < source:
        return target, source
    return source, target


@dataclass(frozen=True)
class Dropped:
    """A claim the schema step removed, with the reason shown in the ingest report."""

    claim: Claim
    reason: str


def validate(
    claims: Iterable[Claim], labels: Mapping[str, str]
) -> tuple[list[Claim], list[Dropped]]:
    """Keep the claims that respect SCHEMA.md; return the rest with a reason each.

    ``labels`` maps entity id -> label. Symmetric claims come back with their
    endpoints in canonical order; duplicates (same claim id) are kept once.
    """
    kept: list[Claim] = []
    dropped: list[Dropped] = []
    seen: set[str] = set()
    for c in claims:
        reason = None
        if c.type not in REL_TYPES:
            reason = f"unknown relation type {c.type}"
        elif c.status not in STATUSES:
            reason = f"unknown status {c.status}"
        elif c.source == c.target:
            reason = "self-loop"
        elif c.source not in labels or c.target not in labels:
            reason = "endpoint is not a known entity"
        elif not allowed(c.type, labels[c.source], labels[c.target]):
            reason = f"{c.type} not allowed from {labels[c.source]} to {labels[c.target]}"
        elif not 0.0 <= c.confidence <= 1.0:
            reason = f"confidence {c.confidence} outside 0..1"
        if reason:
            dropped.append(Dropped(c, reason))
            continue
        src, dst = ordered_pair(c.type, c.source, c.target)
        if (src, dst) != (c.source, c.target):
            c = replace(c, source=src, target=dst)
        if c.id in seen:
            continue
        seen.add(c.id)
        kept.append(c)
    return kept, dropped
