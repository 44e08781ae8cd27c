"""What both stores share: the ingest steps and the rows -> model conversions.

LadybugDB (ladybug_store.py) and Neo4j (neo4j_store.py) run statements from
``cypher/<dialect>/`` that take the same parameters and return the same
columns, so ``CypherStore`` holds the Store protocol's logic once. A backend adds only
its dialect: how statements run in a write transaction (a ``Tx``) and outside
one (``_rows``), which statements write (CREATE after a delete on LadybugDB,
MERGE on Neo4j), how the claims of some keys are found, ``query``, and the
translation of its driver's errors.

One document's ingest, in one transaction (``CypherStore._ingest``): same id,
sha256, extractor and knowledge-base versions as stored is "unchanged";
otherwise a stored one ("replaced") is written like a new one ("added"), except
that what it stored already stays as it is: a claim with the same id and row,
and its MENTIONED_IN when the document mentions the same entities with the same
forms, as often; its other claims (or its MENTIONED_IN) are deleted and written
anew. The summary edges of every key whose claims changed are recomputed
(graph.merge), and entities no document mentions are deleted.

Aliases, one rule on both paths: an entity's ``aliases`` are the surface
forms seen in the documents that mention it (their MENTIONED_IN ``aliases``),
in order of first sighting. The canonical ``name`` is not added: it is a
property of its own, matched beside the aliases, and an alias only where a
document used it. Adding a document appends its new forms
(graph.merge.union_entity); replacing one also drops the forms no document
shows any more.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable, Collection, Iterable, Mapping, Sequence, TypeVar

from aipg import cypher
from aipg.graph.errors import StoreError, UsageError
from aipg.graph.merge import summarize_one, union_entity
from aipg.graph.model import Claim, Document, Edge, Entity, Extraction
from aipg.graph.schema import CLAIM_LABEL, DOCUMENT_LABEL, LABELS, PROVENANCE_TYPES, REL_TYPES, allowed, ordered_pair
from aipg.graph.schema import check_label, check_type
from aipg.graph.stores.base import IngestResult, Stats

Key = tuple[str, str, str]
Row = list[Any]
Group = tuple[str, str, str]  # (relation type, source label, target label) of an edge statement
T = TypeVar("T")


# --------------------------------------------------------------------------- statements and messages
def fill(text: str, names: Mapping[str, str]) -> str:
    """``text`` with {label}/{source}/{target} (checked labels) and {type} (a checked type) filled in."""
    for key, value in names.items():
        text = text.replace("{" + key + "}", check_type(value) if key == "type" else check_label(value))
    return text


@lru_cache(maxsize=None)
def statement(dialect: str, name: str, **names: str) -> str:
    """The one statement of ``cypher/<dialect>/<name>.cypher``, placeholders filled in."""
    (text,) = cypher.statements(cypher.load(dialect, name))
    return fill(text, names)


def one_line(message: str) -> str:
    return " ".join(message.split("\n")[0].split())


def query_error(message: str) -> UsageError:
    """The error for a statement ``Store.query`` could not run, listing the names it may use."""
    names = ", ".join((*LABELS, DOCUMENT_LABEL, CLAIM_LABEL))
    types = ", ".join((*REL_TYPES, *PROVENANCE_TYPES))
    return UsageError(f"{one_line(message)}: check the query; labels are {names}; relationship types are {types}")


# --------------------------------------------------------------------------- rows -> model
def claim_from_row(row: Row) -> Claim:
    return Claim(*row)  # every claims_* statement returns Claim's fields in order


def entity_from_row(row: Row, label: str) -> Entity:
    id_, name, aliases, country = row
    return Entity(id_, name, label, tuple(aliases or ()), country)


def document_from_row(row: Row) -> Document:
    id_, title, language, sha, path, url, publisher, published, extractor_version, kb_version = row
    return Document(id_, title, "", language, sha, path or "", url, publisher, published, extractor_version,
                    kb_version)


def edge_from_row(row: Row, type_: str) -> Edge:
    source, target, weight, sources, evidence, *rest = row
    return Edge(source, type_, target, weight, tuple(sources or ()), tuple(evidence or ()), *rest)


def key_of(c: Claim) -> Key:
    return (c.source, c.type, c.target)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


# --------------------------------------------------------------------------- ingest steps
def alias_union(stored: Sequence[str], sightings: Iterable[Sequence[str]]) -> tuple[str, ...]:
    """The alias rule: forms seen in some document, stored (first-sighting) order first, new ones after.

    >>> alias_union(["Acme", "Acme Ltd"], [["Acme Robotics", "Acme"], ["Acme"]])
    ('Acme', 'Acme Robotics')
    """
    seen = dict.fromkeys(a for forms in sightings for a in forms)
    return tuple(dict.fromkeys([a for a in stored if a in seen] + list(seen)))


def entity_states(
    extracted: Mapping[str, Entity], stored: Mapping[str, Entity], elsewhere: Mapping[str, list] | None = None,
    recheck: Collection[str] | None = None,
) -> dict[str, Entity]:
    """What each entity an ingest touches is to be stored as.

    ``extracted``: the document's entities, one per id; ``stored``: the stored
    versions of those ids and, on a replacement, of the ids the old version
    mentioned. ``elsewhere`` (replacements only): (document id, surface forms)
    of the other documents mentioning each stored id; with it, aliases are
    recomputed, and ids no document mentions any more are left out.
    ``recheck`` limits that recomputation to these ids (see :func:`forms_lost`:
    for the others a union gives the same aliases).
    """
    out = {i: union_entity(stored[i], e) if i in stored else e for i, e in extracted.items()}
    if elsewhere is None:
        return out
    for i, old in stored.items():
        if recheck is not None and i not in recheck:
            continue
        sightings = [forms for _, forms in sorted(elsewhere.get(i, ()))]
        if i in extracted:
            sightings.append(extracted[i].aliases)
        elif not sightings:
            continue  # an orphan, deleted at the end of the ingest
        out[i] = replace(out.get(i, old), aliases=alias_union(old.aliases, sightings))
    return out


def forms_lost(old_forms: Mapping[str, Sequence[str]], extracted: Mapping[str, Entity]) -> set[str]:
    """Ids whose aliases a replacement may shrink: the old version used a form the new one does not.

    Every other id keeps all its stored forms, so its aliases are the stored ones
    plus the new forms (a union), and the other documents' forms need not be read.

    >>> forms_lost({"a": ["A"], "b": ["B", "Bee"], "c": ["C"]}, {"a": Entity("a", "A", "Company", ("A", "AA")),
    ...            "b": Entity("b", "B", "Company", ("B",))})
    {'b', 'c'}
    """
    return {i for i, forms in old_forms.items()
            if i not in extracted or not set(forms) <= set(extracted[i].aliases)}  # fmt: skip


def changed_keys(old: Iterable[Claim], new: Iterable[Claim], *, same_date: bool = True) -> set[Key]:
    """The (source, type, target) keys whose claims from this document changed.

    A key stated the same way before and after keeps its summary edge as stored,
    unless the document's date changed (it dates the claims that state none).
    """
    before: dict[Key, set[Claim]] = defaultdict(set)
    after: dict[Key, set[Claim]] = defaultdict(set)
    for c in old:
        before[key_of(c)].add(c)
    for c in new:
        after[key_of(c)].add(c)
    keys = set(before) | set(after)
    return keys if not same_date else {k for k in keys if before.get(k) != after.get(k)}


def claims_to_write(ex: Extraction, entities: Mapping[str, Entity]) -> list[Claim]:
    """The extraction's claims, once per id, symmetric ones in canonical order; a claim that is
    not the document's, points outside its entities or breaks graph.schema is a StoreError."""
    doc_id = ex.document.id
    claims: dict[str, Claim] = {}
    for c in ex.claims:
        if c.document_id != doc_id:
            raise StoreError(f"claim {c.id} belongs to document {c.document_id}, not {doc_id}: fix the extraction")
        src, dst = ordered_pair(check_type(c.type), c.source, c.target)
        if (src, dst) != (c.source, c.target):
            c = replace(c, source=src, target=dst)
        for end in (c.source, c.target):
            if end not in entities:
                raise StoreError(
                    f"claim {c.source} {c.type} {c.target} in document {doc_id} points at entity {end!r}, "
                    "which is not among the document's entities: add it to the extraction"
                )
        ls, lt = entities[c.source].label, entities[c.target].label
        if not allowed(c.type, ls, lt):
            raise StoreError(
                f"claim {c.source} {c.type} {c.target} in document {doc_id}: {c.type} is not allowed "
                f"from {ls} to {lt} (stored labels win): run it through graph.schema.validate first"
            )
        claims.setdefault(c.id, c)
    return list(claims.values())


#: Claim properties the stores write beyond graph.model.Claim's fields (derived at write time).
CLAIM_STORED = ("year",)


def claim_year(date: str | None, published: str | None) -> str | None:
    """The year a claim is filed under: the first four characters of its own date, else of its
    article's publication date; None when neither is known (the named queries show "undated").
    Stored on every claim (``year``) so that a query by year filters the claims themselves.

    >>> claim_year("2021-03", "2024-01-01"), claim_year(None, "2024-01-01"), claim_year(None, None)
    ('2021', '2024', None)
    """
    value = date if date is not None else published
    return None if value is None else value[:4]


def claim_row(c: Claim, published: str | None) -> dict[str, Any]:
    """The stored row of ``c``, whose document was published on ``published``."""
    row = c.to_dict()
    row["confidence"], row["amount"] = float(c.confidence), _float(c.amount)
    row["round_amount"] = _float(c.round_amount)
    row["year"] = claim_year(c.date, published)
    return row


def entity_row(e: Entity) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "aliases": list(e.aliases), "kind": e.label, "country": e.country}


def by_label(items: Iterable[T], label: Callable[[T], str], row: Callable[[T], dict[str, Any]]) -> dict[str, list]:
    """Rows grouped by the (checked) label their statement is written for."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        out[check_label(label(item))].append(row(item))
    return out


def edge_rows(
    keys: Iterable[Key], found: Mapping[Key, list[Claim]], dates: Mapping[str, str | None],
    labels: Mapping[str, str], doc_id: str, old_keys: set[Key],
) -> tuple[dict[Group, list[dict[str, Any]]], dict[Group, list[dict[str, Any]]]]:  # fmt: skip
    """(edges to delete, summary edges to write), grouped by (type, source label, target label).

    Only an edge that may exist is deleted: a key ``doc_id`` stated before, or
    one another document states (deleting costs a table scan on LadybugDB,
    and most keys of a new document are new). A key with claims left gets its
    summary rewritten from all of them; one with none is only deleted.
    """
    deletes: dict[Group, list[dict[str, Any]]] = defaultdict(list)
    writes: dict[Group, list[dict[str, Any]]] = defaultdict(list)
    for key in sorted(keys):
        s, t, d = key
        group = (t, labels[s], labels[d])
        claims = found.get(key, [])
        if key in old_keys or any(c.document_id != doc_id for c in claims):
            deletes[group].append({"source": s, "target": d})
        if claims:
            row = summarize_one(claims, dates).to_dict()
            row["amount"] = _float(row["amount"])
            writes[group].append(row)
    return deletes, writes


# --------------------------------------------------------------------------- the shared store
class Tx(ABC):
    """One write transaction as ingest sees it: reads, single statements, batched ``UNWIND $rows``."""

    def __init__(self, batch_size: int) -> None:
        self.batch_size = batch_size

    @abstractmethod
    def rows(self, stmt: str, params: Mapping[str, Any] | None = None) -> list[Row]: ...

    @abstractmethod
    def run(self, stmt: str, params: Mapping[str, Any] | None = None) -> None: ...

    def write(self, stmt: str, rows: list[dict[str, Any]], **params: Any) -> None:
        for i in range(0, len(rows), self.batch_size):
            self.run(stmt, {"rows": rows[i : i + self.batch_size], **params})


class CypherStore(ABC):
    """The Store protocol over a Cypher dialect; subclasses say how statements run."""

    dialect: str
    #: Names of the statements that write: an entity with a new id, one with a stored id, MENTIONED_IN,
    #: a claim with its STATES, a summary edge (set by each backend: CREATE or MERGE is its choice).
    ENTITY_NEW: str
    ENTITY_STORED: str
    MENTION: str
    CLAIM: str
    EDGE: str

    @abstractmethod
    def _rows(self, stmt: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        """Rows of one read statement, outside any transaction."""

    @abstractmethod
    def _transaction(self, document_id: str, work: Callable[[Tx], IngestResult]) -> IngestResult:
        """``work`` in one write transaction: committed if it returns, rolled back if it raises."""

    def _claims_of_keys(self, tx: Tx, keys: set[Key], labels: Mapping[str, str]) -> Iterable[Row]:
        """Claim rows including every claim of ``keys`` (others may come too: the caller filters).

        From each source along SUBJECT (a primary-key lookup), one statement per source label.
        """
        by_source: dict[str, list[dict[str, str]]] = defaultdict(list)
        for s, t, d in sorted(keys):
            by_source[labels[s]].append({"source": s, "type": t, "target": d})
        return [row for label, batch in by_source.items()
                for row in tx.rows(self._cypher("claims_of_keys", label=label), {"keys": batch})]  # fmt: skip

    @abstractmethod
    def close(self) -> None: ...

    def _cypher(self, name: str, **names: str) -> str:
        return statement(self.dialect, name, **names)

    def __enter__(self: T) -> T:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ reads
    def _stored_entities(self, ids: Iterable[str], rows: Callable[..., list[Row]] | None = None) -> dict[str, Entity]:
        rows = rows or self._rows
        ids = sorted(set(ids))
        if not ids:
            return {}
        return {
            r[0]: entity_from_row(r, label)
            for label in LABELS
            for r in rows(self._cypher("entity_get", label=label), {"ids": ids})
        }

    def labels_of(self, ids: Iterable[str]) -> dict[str, str]:
        return {i: e.label for i, e in self._stored_entities(ids).items()}

    def entities_of(self, ids: Iterable[str]) -> dict[str, Entity]:
        return self._stored_entities(ids)

    def documents(self) -> list[Document]:
        return [document_from_row(r) for r in self._rows(self._cypher("documents_all"))]

    def entities(self) -> list[Entity]:
        out = [entity_from_row(r, l) for l in LABELS for r in self._rows(self._cypher("entities_all", label=l))]
        return sorted(out, key=lambda e: e.id)

    def edges(self) -> list[Edge]:
        out = [edge_from_row(r, t) for t in REL_TYPES for r in self._rows(self._cypher("edges_all", type=t))]
        return sorted(out, key=lambda e: e.key)

    def claims(self, document_id: str | None = None) -> list[Claim]:
        if document_id is None:
            rows = self._rows(self._cypher("claims_all"))
        else:
            rows = self._rows(self._cypher("claims_of_document"), {"id": document_id})
        return sorted(map(claim_from_row, rows), key=lambda c: (c.document_id, c.sentence, c.type, c.source, c.target))

    def mentions(self) -> list[tuple[str, str, int]]:
        return sorted((e, d, n) for e, d, n in self._rows(self._cypher("mentions_all")))

    def stats(self) -> Stats:
        def count(name: str, **names: str) -> int:
            return self._rows(self._cypher(name, **names))[0][0]

        return Stats(
            documents=count("count_documents"),
            claims=count("count_claims"),
            entities_by_label={l: count("count_label", label=l) for l in LABELS},
            edges_by_type={t: count("count_type", type=t) for t in REL_TYPES},
        )

    # ------------------------------------------------------------------ the store's own record
    def meta(self) -> dict[str, str]:
        """The store's record (graph.stores.version): schema version and what last built it."""
        return {k: v for k, v in self._rows(self._cypher("meta_get"))}

    def claim_links(self) -> list[Row]:
        """(claim id, document id, sentence, type, source, target, id of the document that STATES it,
        claim date, that document's publication date, stored year) of every claim, for graph.stores.check."""
        return self._rows(self._cypher("check_claims"))

    def set_meta(self, values: Mapping[str, str]) -> None:
        """Write ``values`` into the store's record, in one transaction."""

        def work(tx: Tx) -> IngestResult:
            for key, value in values.items():
                tx.run(self._cypher("meta_set"), {"key": key, "value": str(value)})
            return IngestResult("", "recorded")

        self._transaction("(the store's record)", work)

    # ------------------------------------------------------------------ ingest
    def ingest(self, extraction: Extraction) -> IngestResult:
        return self._transaction(extraction.document.id, lambda tx: self._ingest(tx, extraction))

    def _ingest(self, tx: Tx, ex: Extraction) -> IngestResult:
        doc = ex.document
        stored_sha = tx.rows(self._cypher("document_sha"), {"id": doc.id})
        # same text, extracted by the same extractor with the same knowledge base: nothing to do
        if stored_sha and tuple(stored_sha[0]) == (doc.sha256, doc.extractor_version, doc.kb_version):
            return IngestResult(doc.id, "unchanged")
        replacing = bool(stored_sha)
        old_claims: list[Claim] = []
        old_mentioned: dict[str, str] = {}
        old_mentions: dict[str, tuple[int, list[str]]] = {}
        old_date: str | None = None
        if replacing:
            old_claims = [claim_from_row(r) for r in tx.rows(self._cypher("claims_of_document"), {"id": doc.id})]
            for i, label, forms, count in tx.rows(self._cypher("document_mentions"), {"id": doc.id}):
                old_mentioned[i], old_mentions[i] = label, (count, list(forms or ()))
            old_date = dict(tx.rows(self._cypher("document_dates"), {"ids": [doc.id]})).get(doc.id)
        tx.run(self._cypher("document_upsert"), doc.to_dict())

        extracted: dict[str, Entity] = {}
        for e in ex.entities:
            extracted[e.id] = union_entity(extracted[e.id], e) if e.id in extracted else e
        stored = self._stored_entities([*extracted, *old_mentioned], tx.rows)
        elsewhere = None
        if replacing:
            recheck = forms_lost({i: forms for i, (_, forms) in old_mentions.items()}, extracted)
            elsewhere = self._aliases_elsewhere(tx, [e for i, e in stored.items() if i in recheck], doc.id)
        touched = entity_states(extracted, stored, elsewhere, recheck if replacing else None)
        # Rewriting an unchanged node still costs file space on LadybugDB: write only what changed.
        self._write_entities(tx, self.ENTITY_STORED, [e for i, e in touched.items() if i in stored and e != stored[i]])
        self._write_entities(tx, self.ENTITY_NEW, [e for i, e in touched.items() if i not in stored])

        entities = {i: touched[i] for i in extracted}
        claims = claims_to_write(ex, entities)
        deleted = self._write_claims(tx, doc, claims, {c.id: claim_row(c, old_date) for c in old_claims}, entities)
        counts = dict(ex.mentions)  # an entity of the extraction without a count was mentioned once
        mentions = {i: (int(counts.get(i, 1)), list(extracted[i].aliases)) for i in entities}
        if mentions != old_mentions:  # (a replacement that mentions the same, as often, keeps them)
            if replacing:
                tx.run(self._cypher("document_mentions_delete"), {"id": doc.id})
            rows = by_label(entities.values(), lambda e: e.label,
                            lambda e: {"id": e.id, "count": mentions[e.id][0], "aliases": mentions[e.id][1]})
            for label, batch in rows.items():
                tx.write(self._cypher(self.MENTION, label=label), batch, document=doc.id)

        old_keys = {key_of(c) for c in old_claims}
        keys = changed_keys(old_claims, claims, same_date=old_date == doc.published)
        labels = {**old_mentioned, **{i: e.label for i, e in entities.items()}}
        self._recompute_edges(tx, keys, labels, doc.id, old_keys & keys)
        orphans = by_label((i for i in old_mentioned if i not in entities), old_mentioned.__getitem__, lambda i: i)
        for label, ids in orphans.items():
            tx.run(self._cypher("entity_orphans_delete", label=label), {"ids": ids})
        return IngestResult(
            doc.id,
            "replaced" if replacing else "added",
            claims_written=len(claims),
            claims_removed=deleted,
            edges_recomputed=len(keys),
        )

    def _write_claims(self, tx: Tx, doc: Document, claims: list[Claim], old: Mapping[str, dict[str, Any]],
                      entities: Mapping[str, Entity]) -> int:
        """Store ``claims`` as ``doc``'s, where ``old`` holds the stored rows of its claims by id: a claim
        stored with the same row stays as it is (with its STATES, SUBJECT and OBJECT), the others of
        ``old`` are deleted, and only new or changed claims are written. Returns how many were deleted
        (what the compaction record counts: a kept claim leaves no dead rows). A replacement that changed a
        sentence writes that sentence's claims, not the whole document's again (on LadybugDB every
        deleted row also stays in the file until a compaction)."""
        rows = {c.id: claim_row(c, doc.published) for c in claims}
        kept = {i for i, row in rows.items() if old.get(i) == row}
        gone = [i for i in old if i not in kept]
        if gone and len(gone) == len(old):
            tx.run(self._cypher("document_claims_delete"), {"id": doc.id})
        elif gone:
            tx.run(self._cypher("claims_delete"), {"ids": gone})
        claims = [c for c in claims if c.id not in kept]
        tx.write(self._cypher(self.CLAIM), [rows[c.id] for c in claims], document=doc.id)
        subjects = by_label(claims, lambda c: entities[c.source].label, lambda c: {"id": c.id, "source": c.source})
        objects = by_label(claims, lambda c: entities[c.target].label, lambda c: {"id": c.id, "target": c.target})
        for name, groups in (("claim_subject", subjects), ("claim_object", objects)):
            for label, batch in groups.items():
                tx.write(self._cypher(name, label=label), batch)
        return len(gone)

    def _write_entities(self, tx: Tx, name: str, entities: Iterable[Entity]) -> None:
        for label, rows in by_label(entities, lambda e: e.label, entity_row).items():
            tx.write(self._cypher(name, label=label), rows)

    def _aliases_elsewhere(self, tx: Tx, entities: Iterable[Entity],
                           document_id: str) -> dict[str, list[tuple[str, list[str]]]]:
        """(document id, surface forms) of every MENTIONED_IN of these entities in documents other
        than ``document_id``."""
        found: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for label, ids in by_label(entities, lambda e: e.label, lambda e: e.id).items():
            for i, d, aliases in self._mentions_of(tx, self._cypher("entity_aliases_seen", label=label), ids):
                if d != document_id:
                    found[i].append((d, list(aliases or ())))
        return found

    def _mentions_of(self, tx: Tx, stmt: str, ids: list[str]) -> Iterable[Row]:
        """Rows of ``entity_aliases_seen`` for these ids (one batched statement; LadybugDB overrides)."""
        return tx.rows(stmt, {"ids": ids})

    def _delete_edges(self, tx: Tx, stmt: str, rows: list[dict[str, Any]]) -> None:
        """Run ``edge_delete`` for these (source, target) rows (batched; LadybugDB overrides)."""
        tx.write(stmt, rows)

    def _recompute_edges(
        self, tx: Tx, keys: set[Key], labels: Mapping[str, str], doc_id: str, old_keys: set[Key]
    ) -> None:
        """The summary edge of each key rewritten from all its stored claims (none left: no edge).
        ``labels`` has every endpoint's stored label."""
        found: dict[Key, list[Claim]] = defaultdict(list)
        for c in map(claim_from_row, self._claims_of_keys(tx, keys, labels) if keys else ()):
            if key_of(c) in keys:
                found[key_of(c)].append(c)
        doc_ids = sorted({c.document_id for cs in found.values() for c in cs})
        dates = {i: d for i, d in tx.rows(self._cypher("document_dates"), {"ids": doc_ids})} if doc_ids else {}
        deletes, writes = edge_rows(keys, found, dates, labels, doc_id, old_keys)
        for (t, ls, lt), rows in deletes.items():
            self._delete_edges(tx, self._cypher("edge_delete", type=t, source=ls, target=lt), rows)
        for (t, ls, lt), rows in writes.items():
            tx.write(self._cypher(self.EDGE, type=t, source=ls, target=lt), rows)
