"""Large fresh loads: the rows many ingests would write, computed at once and copied in bulk.

``plan`` replays what ``Store.ingest`` does for each extraction in turn on an
empty store (the first label and name of an id win, aliases are unioned in
order of sighting, claims are checked against the stored labels, a document
whose claims break the schema fails alone) and ends with one summary edge per
(source, type, target) from all its claims (graph.merge). The result is the
set of rows a sequence of ingests would leave, which LadybugDB loads with
``COPY FROM`` (LadybugStore.copy_load): 12x faster than the incremental
path on 2,000 synthetic documents, and a file 5x smaller (bench/bench_copy.py).

``load`` picks the path: an empty store that can copy, and at least
``BULK_THRESHOLD`` documents -> one bulk copy; otherwise one ``ingest`` per
document (Neo4j, a store that holds documents already, a small load).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Iterator, Mapping

from aipg.graph.errors import StoreError
from aipg.graph.merge import summarize, union_entity
from aipg.graph.model import Claim, Entity, Extraction
from aipg.graph.schema import check_label, check_type, validate
from aipg.graph.stores.base import IngestResult
from aipg.graph.stores.cypher_store import claim_row, claims_to_write, entity_states

#: From this many new documents into an empty store, ``load`` copies in bulk.
BULK_THRESHOLD = 200

Group = tuple[str, str, str]  # (relation type, source label, target label)


@dataclass
class BulkPlan:
    """Rows to copy, by table: what ``plan`` computed, in the stores' column order."""

    documents: list[dict[str, Any]] = field(default_factory=list)
    entities: dict[str, list[Entity]] = field(default_factory=dict)  # by label
    claims: list[dict[str, Any]] = field(default_factory=list)
    subjects: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # label -> (claim, entity)
    objects: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    mentions: dict[str, list[tuple[str, str, int, list[str]]]] = field(default_factory=dict)  # label -> rows
    edges: dict[Group, list[dict[str, Any]]] = field(default_factory=dict)
    results: list[IngestResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (document id, reason)


class Planner:
    """``plan`` one extraction at a time: ``add`` keeps only the rows each document leaves (no
    parsed text, no Extraction), so a build can stream documents through and plan at the end."""

    def __init__(self) -> None:
        self.out = BulkPlan()
        self.stored: dict[str, Entity] = {}
        self.claims: list[Claim] = []
        self.dates: dict[str, str | None] = {}
        self.subjects: dict[str, list] = defaultdict(list)
        self.objects: dict[str, list] = defaultdict(list)
        self.mentions: dict[str, list] = defaultdict(list)

    def label_of(self, entity_id: str) -> str | None:
        """The label ``entity_id`` will be stored with (its first), None while unseen."""
        e = self.stored.get(entity_id)
        return e.label if e else None

    def add(self, ex: Extraction) -> None:
        """Ingest ``ex`` into the plan, as ``Store.ingest`` would into the store; a second
        extraction of one document id is a StoreError."""
        out, stored, doc = self.out, self.stored, ex.document
        if doc.id in self.dates:
            raise StoreError(f"document {doc.id} appears twice in one bulk load: keep one of them")
        extracted: dict[str, Entity] = {}
        for e in ex.entities:
            extracted[e.id] = union_entity(extracted[e.id], e) if e.id in extracted else e
        touched = entity_states(extracted, {i: stored[i] for i in extracted if i in stored})
        try:
            written = claims_to_write(ex, touched)
        except StoreError as e:
            out.failed.append((doc.path or doc.id, str(e)))
            return
        stored.update(touched)
        self.dates[doc.id] = doc.published
        out.documents.append(doc.to_dict())
        self.claims += written
        for c in written:
            self.subjects[check_label(touched[c.source].label)].append((c.id, c.source))
            self.objects[check_label(touched[c.target].label)].append((c.id, c.target))
        counts = dict(ex.mentions)
        for i, e in touched.items():
            self.mentions[check_label(e.label)].append((i, doc.id, int(counts.get(i, 1)), list(extracted[i].aliases)))
        out.results.append(IngestResult(doc.id, "added", claims_written=len(written),
                                        edges_recomputed=len({(c.source, c.type, c.target) for c in written})))

    def finish(self) -> BulkPlan:
        """The rows to copy: entities, claims and one summary edge per (source, type, target)."""
        out, stored = self.out, self.stored
        for e in stored.values():
            out.entities.setdefault(check_label(e.label), []).append(e)
        out.claims = [claim_row(c, self.dates[c.document_id]) for c in self.claims]
        out.subjects, out.objects, out.mentions = dict(self.subjects), dict(self.objects), dict(self.mentions)
        for edge in summarize(self.claims, self.dates):
            group = (check_type(edge.type), stored[edge.source].label, stored[edge.target].label)
            row = edge.to_dict()
            row["amount"] = None if row["amount"] is None else float(row["amount"])
            out.edges.setdefault(group, []).append(row)
        return out


def plan(extractions: Iterable[Extraction]) -> BulkPlan:
    """The rows that ingesting ``extractions`` one by one into an empty store would leave.

    Two extractions of one document id: a StoreError (``load`` then ingests one by one).
    """
    planner = Planner()
    for ex in extractions:
        planner.add(ex)
    return planner.finish()


def settle(extractions: Iterable[Extraction], stored: Mapping[str, str]) -> Iterator[Extraction]:
    """Extractions made apart (one per worker, no store) as a single run would have made them:
    an id keeps the label it was stored or first seen with, and the claims that label makes
    break the schema are dropped (with the reason) instead of failing their document.
    """
    labels = dict(stored)
    for ex in extractions:
        entities = tuple(e if labels.setdefault(e.id, e.label) == e.label else replace(e, label=labels[e.id])
                         for e in ex.entities)
        if entities != ex.entities:
            kept, dropped = validate(ex.claims, {e.id: e.label for e in entities})
            ex = replace(ex, entities=entities, claims=tuple(kept), dropped=(*ex.dropped, *dropped))
        yield ex


def load(store, extractions: list[Extraction], *, threshold: int = BULK_THRESHOLD,
         progress=None) -> tuple[list[IngestResult], list[tuple[str, str]]]:
    """Write ``extractions`` into ``store``: one bulk copy when it is empty, can copy and gets at
    least ``threshold`` documents; else one ingest each. Returns (results, failures as (document, reason))."""
    from aipg.graph.errors import AipgError

    if len(extractions) >= threshold and hasattr(store, "copy_load") and store.is_empty():
        try:
            p = plan(extractions)
        except StoreError:
            p = None
        if p is not None:
            store.copy_load(p)
            if progress:
                progress(len(extractions))
            return p.results, p.failed
    results, failed = [], []
    for ex in extractions:
        try:
            results.append(store.ingest(ex))
        except AipgError as e:
            failed.append((ex.document.path or ex.document.id, str(e)))
        if progress:
            progress(1)
    return results, failed


@dataclass
class LoadReport:
    """What ``aipg load`` did: ``copied`` when the store was filled by one bulk copy."""

    documents: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    claims_written: int = 0
    copied: bool = False
    dropped: dict[str, int] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"documents": self.documents, "added": self.added, "replaced": self.replaced,
                "unchanged": self.unchanged, "claims_written": self.claims_written, "copied": self.copied,
                "dropped": dict(self.dropped), "failed": [{"document": d, "reason": r} for d, r in self.failed]}


def load_shards(paths: Iterable[str], store, *, threshold: int = BULK_THRESHOLD) -> LoadReport:
    """Write the extractions of Parquet shards (graph.shards) into ``store``, in shard order."""
    from aipg.graph.shards import read_shards

    extractions = list(read_shards(paths))
    ids = {e.id for ex in extractions for e in ex.entities}
    settled = list(settle(extractions, store.labels_of(ids) if ids else {}))
    copied = len(settled) >= threshold and hasattr(store, "copy_load") and store.is_empty()
    results, failed = load(store, settled, threshold=threshold)
    report = LoadReport(documents=len(settled), copied=copied, failed=failed)
    for r in results:
        setattr(report, r.status, getattr(report, r.status) + 1)
        report.claims_written += r.claims_written
    for ex in settled:
        for d in ex.dropped:
            report.dropped[d.reason] = report.dropped.get(d.reason, 0) + 1
    if (report.added or report.replaced) and hasattr(store, "set_meta"):  # what built the store, as build records it
        from datetime import datetime, timezone

        from aipg import __version__

        last = settled[-1].document
        store.set_meta({"aipg_version": __version__, "extractor_version": last.extractor_version or "",
                        "kb_version": last.kb_version or "",
                        "last_build": datetime.now(timezone.utc).replace(microsecond=0).isoformat()})
    return report
