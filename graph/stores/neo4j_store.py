"""The server store: Neo4j through the official driver. The only module that imports ``neo4j``.

Statements live in ``cypher/neo4j/``; labels and types are formatted into
them only after graph.schema's check_label / check_type, and every value is a
``$parameter``. Each document is ingested in one managed write transaction
(``session.execute_write``, so the driver retries transient failures), with
the same claims, summary edges and idempotency rules as the embedded store.
Rows sent through ``UNWIND $rows`` use property names as their keys, so Neo4j's
linter (tests/test_cypher_lint.py) checks them like any property.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Mapping

import neo4j
from neo4j import exceptions as neo4j_errors

import cypher
from graph.config import Settings
from graph.errors import StoreError, StoreUnavailable, UsageError
from graph.merge import summarize_one, union_entity
from graph.model import Claim, Document, Edge, Entity, Extraction
from graph.schema import (
    CLAIM_LABEL,
    DOCUMENT_LABEL,
    DOMAIN,
    LABELS,
    PROVENANCE_TYPES,
    REL_TYPES,
    allowed,
    check_label,
    check_type,
    ordered_pair,
)
from graph.stores.base import IngestResult, QueryResult, Stats
from graph.stores.readonly import check_read_only

# The driver logs connection failures as warnings; with no handler configured they would reach
# stderr beside the one-line error the CLI prints, so they go to a null handler unless the app logs.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

Key = tuple[str, str, str]
Rows = Callable[[str, Mapping[str, Any] | None], list[list[Any]]]

#: Seconds to wait for a TCP connection: an unreachable server fails fast.
CONNECTION_TIMEOUT = 5.0
DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"
#: What the driver raises when the server fails us; translated into one-line StoreErrors.
_FAILURES = (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError)
_PLACEHOLDER = re.compile(r"\{(label|labels|source|target|type)\}")
_DECLARED = re.compile(r"^//\s*parameters:\s*(.*)$", re.MULTILINE)


# --------------------------------------------------------------------------- statements
def _fill(text: str, names: Mapping[str, str]) -> str:
    for key, value in names.items():
        text = text.replace("{" + key + "}", check_type(value) if key == "type" else check_label(value))
    return text


@lru_cache(maxsize=None)
def _cypher(name: str, **names: str) -> str:
    """Statement ``cypher/neo4j/<name>.cypher`` with {label}/{source}/{target}/{type} filled in."""
    (text,) = cypher.statements(cypher.load("neo4j", name))
    return _fill(text, names)


def schema_statements() -> list[str]:
    """Constraints (one per entity label, Document and Claim) and the full-text index."""
    out: list[str] = []
    for stmt in cypher.statements(cypher.load("neo4j", "schema")):
        if "{label}" in stmt:
            out += [stmt.replace("{label}", l) for l in (*map(check_label, LABELS), DOCUMENT_LABEL, CLAIM_LABEL)]
        else:
            out.append(stmt.replace("{labels}", "|".join(map(check_label, LABELS))))
    return out


def declared_parameters(name: str) -> tuple[str, ...]:
    """The ``// parameters: a, b`` header of ``cypher/neo4j/<name>.cypher`` ("(none)" -> ())."""
    m = _DECLARED.search(cypher.load("neo4j", name))
    words = [w.strip() for w in (m.group(1) if m else "").split(",")]
    return tuple(w for w in words if w and w != "(none)")


def statement_variants() -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Every statement this store can send: (file name, text, declared parameters).

    Placeholders are expanded over every label, and every (type, source label,
    target label) that graph.schema.DOMAIN allows, so a linter sees exactly
    what reaches the server.
    """
    for stmt in schema_statements():
        yield "schema", stmt, ()
    for path in sorted(cypher.ROOT.joinpath("neo4j").glob("*.cypher")):
        name = path.stem
        if name == "schema":
            continue
        params = declared_parameters(name)
        (text,) = cypher.statements(cypher.load("neo4j", name))
        used = set(_PLACEHOLDER.findall(text))
        if {"source", "target"} <= used:
            for t in REL_TYPES:
                src, dst = DOMAIN[t]
                for s in sorted(src):
                    for d in sorted(dst):
                        yield name, _fill(text, {"type": t, "source": s, "target": d}), params
        elif "type" in used:
            for t in REL_TYPES:
                yield name, _fill(text, {"type": t}), params
        elif "label" in used:
            for l in LABELS:
                yield name, _fill(text, {"label": l}), params
        else:
            yield name, text, params


# --------------------------------------------------------------------------- errors
def translate_error(error: Exception, settings: Settings) -> StoreError:
    """One-line StoreError (with the fix) for a driver exception met while reaching the server."""
    uri, user, db = settings.store, settings.neo4j_user, settings.neo4j_database
    if isinstance(error, neo4j_errors.AuthError):
        return StoreUnavailable(
            f"Neo4j at {uri} refused the credentials for user {user}: set NEO4J_USER / NEO4J_PASSWORD "
            "to the values in docker-compose's NEO4J_PASSWORD"
        )
    if isinstance(error, neo4j_errors.Neo4jError) and (
        error.code == DATABASE_NOT_FOUND or "database does not exist" in str(error.message).lower()
    ):
        return StoreUnavailable(f"Neo4j at {uri} has no database {db}: create it or set NEO4J_DATABASE")
    if isinstance(error, (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError)):
        return StoreUnavailable(
            f"Neo4j not reachable at {uri}: start it with `docker compose up -d --wait`, "
            "or drop --store to use the embedded store"
        )
    if isinstance(error, (neo4j_errors.ConfigurationError, ValueError)):
        return StoreUnavailable(
            f"{uri} is not a usable Neo4j URI ({_one_line(str(error))}): use bolt://HOST:7687 or neo4j://HOST:7687"
        )
    detail = error.message if isinstance(error, neo4j_errors.Neo4jError) and error.message else str(error)
    return StoreError(f"Neo4j at {uri} failed: {_one_line(detail)}")


def _one_line(message: str) -> str:
    return " ".join(message.split("\n")[0].split())


# --------------------------------------------------------------------------- values
def _plain(value: Any) -> Any:
    """Query values as plain Python: nodes and relationships as property dicts with ``_label``."""
    if isinstance(value, neo4j.graph.Node):
        return {"_label": next(iter(sorted(value.labels)), None), **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_label": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return {"_nodes": [_plain(n) for n in value.nodes], "_rels": [_plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time values
        return value.iso_format()
    return value


def _key(c: Claim) -> Key:
    return (c.source, c.type, c.target)


def _claim(row: list[Any]) -> Claim:
    (doc, type_, src, dst, status, conf, evidence, sentence, start, end, rule, date, amount, cur, amount_text) = row
    return Claim(doc, type_, src, dst, status, conf, evidence, sentence, start, end, rule, date, amount, cur, amount_text)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


class _Tx:
    """One managed transaction: reads and batched ``UNWIND $rows`` writes."""

    def __init__(self, tx: neo4j.ManagedTransaction, batch_size: int) -> None:
        self.tx, self.batch_size = tx, batch_size

    def rows(self, stmt: str, params: Mapping[str, Any] | None = None) -> list[list[Any]]:
        return [list(r.values()) for r in self.tx.run(stmt, dict(params or {}))]

    def run(self, stmt: str, params: Mapping[str, Any] | None = None) -> None:
        self.tx.run(stmt, dict(params or {})).consume()

    def write(self, stmt: str, rows: list[dict[str, Any]], **params: Any) -> None:
        for i in range(0, len(rows), self.batch_size):
            self.run(stmt, {"rows": rows[i : i + self.batch_size], **params})


# --------------------------------------------------------------------------- the store
class Neo4jStore:
    """A Neo4j database behind the Store protocol; ``settings.store`` is its bolt:// or neo4j:// URI."""

    dialect = "neo4j"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.database = settings.neo4j_database
        self.batch_size = max(1, settings.batch_size)
        self._driver = None
        auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password is not None else None
        try:
            self._driver = neo4j.GraphDatabase.driver(
                settings.store, auth=auth, connection_timeout=CONNECTION_TIMEOUT
            )
            self._driver.verify_connectivity()
            # The database is only resolved by a query: a missing one fails here, before any write.
            for stmt in schema_statements():
                self._driver.execute_query(stmt, database_=self.database)
        except (*_FAILURES, ValueError) as e:
            self.close()
            raise translate_error(e, settings) from None

    # ------------------------------------------------------------------ plumbing
    def _rows(self, stmt: str, params: Mapping[str, Any] | None = None) -> list[list[Any]]:
        try:
            records = self._driver.execute_query(
                stmt, dict(params or {}), database_=self.database, routing_=neo4j.RoutingControl.READ
            ).records
        except _FAILURES as e:
            raise translate_error(e, self.settings) from None
        return [list(r.values()) for r in records]

    def __enter__(self) -> "Neo4jStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        driver, self._driver = self._driver, None
        if driver is not None:
            driver.close()

    def wipe(self) -> None:
        """Delete every node and relationship (the live tests start from nothing)."""
        self._driver.execute_query(_cypher("wipe"), database_=self.database)

    # ------------------------------------------------------------------ reads
    def _stored_entities(self, ids: Iterable[str], rows: Rows | None = None) -> dict[str, Entity]:
        rows = rows or self._rows
        ids = sorted(set(ids))
        found: dict[str, Entity] = {}
        if not ids:
            return found
        for label in LABELS:
            for id_, name, aliases, country in rows(_cypher("entity_get", label=label), {"ids": ids}):
                found[id_] = Entity(id_, name, label, tuple(aliases or ()), country)
        return found

    def labels_of(self, ids: Iterable[str]) -> dict[str, str]:
        return {i: e.label for i, e in self._stored_entities(ids).items()}

    def documents(self) -> list[Document]:
        return [
            Document(id=i, title=t, text="", language=lang, sha256=sha, path=p or "", url=u, publisher=pub, published=d)
            for i, t, lang, sha, p, u, pub, d in self._rows(_cypher("documents_all"))
        ]

    def entities(self) -> list[Entity]:
        out = [
            Entity(i, name, label, tuple(aliases or ()), country)
            for label in LABELS
            for i, name, aliases, country in self._rows(_cypher("entities_all", label=label))
        ]
        return sorted(out, key=lambda e: e.id)

    def edges(self) -> list[Edge]:
        out = [
            Edge(s, t, d, w, tuple(src or ()), tuple(ev or ()), st, c, f, l, a, cur, at)
            for t in REL_TYPES
            for s, d, w, src, ev, st, c, f, l, a, cur, at in self._rows(_cypher("edges_all", type=t))
        ]
        return sorted(out, key=lambda e: e.key)

    def claims(self, document_id: str | None = None) -> list[Claim]:
        if document_id is None:
            rows = self._rows(_cypher("claims_all"))
        else:
            rows = self._rows(_cypher("claims_of_document"), {"id": document_id})
        return sorted((_claim(r) for r in rows), key=lambda c: (c.document_id, c.sentence, c.type, c.source, c.target))

    def mentions(self) -> list[tuple[str, str, int]]:
        return sorted((e, d, n) for e, d, n in self._rows(_cypher("mentions_all")))

    def stats(self) -> Stats:
        def count(stmt: str) -> int:
            return self._rows(stmt)[0][0]

        return Stats(
            documents=count(_cypher("count_documents")),
            claims=count(_cypher("count_claims")),
            entities_by_label={l: count(_cypher("count_label", label=l)) for l in LABELS},
            edges_by_type={t: count(_cypher("count_type", type=t)) for t in REL_TYPES},
        )

    def query(self, cypher_text: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        check_read_only(cypher_text)
        try:
            result = self._driver.execute_query(
                cypher_text, dict(params or {}), database_=self.database, routing_=neo4j.RoutingControl.READ
            )
        except neo4j_errors.ClientError as e:
            if isinstance(e, neo4j_errors.AuthError) or e.code == DATABASE_NOT_FOUND:
                raise translate_error(e, self.settings) from None
            names = ", ".join((*LABELS, DOCUMENT_LABEL, CLAIM_LABEL))
            types = ", ".join((*REL_TYPES, *PROVENANCE_TYPES))
            raise UsageError(
                f"{_one_line(e.message or str(e))}: check the query; labels are {names}; relationship types are {types}"
            ) from None
        except _FAILURES as e:
            raise translate_error(e, self.settings) from None
        rows = tuple(tuple(_plain(v) for v in r.values()) for r in result.records)
        return QueryResult(tuple(result.keys), rows)

    # ------------------------------------------------------------------ ingest
    def ingest(self, extraction: Extraction) -> IngestResult:
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(self._ingest_tx, extraction)
        except _FAILURES as e:  # StoreError from a bad extraction passes through as it is
            raise translate_error(e, self.settings) from None

    def _ingest_tx(self, tx: neo4j.ManagedTransaction, ex: Extraction) -> IngestResult:
        """The whole document in ``tx``: any exception rolls all of it back."""
        w = _Tx(tx, self.batch_size)
        doc = ex.document
        stored_sha = w.rows(_cypher("document_sha"), {"id": doc.id})
        if stored_sha and stored_sha[0][0] == doc.sha256:
            return IngestResult(doc.id, "unchanged")
        replacing = bool(stored_sha)
        old_claims: list[Claim] = []
        old_mentioned: dict[str, str] = {}
        if replacing:
            old_claims = [_claim(r) for r in w.rows(_cypher("claims_of_document"), {"id": doc.id})]
            old_mentioned = {i: l for i, l in w.rows(_cypher("document_mentions"), {"id": doc.id})}
            w.run(_cypher("document_claims_delete"), {"id": doc.id})
            w.run(_cypher("document_mentions_delete"), {"id": doc.id})
        w.run(_cypher("document_upsert"), doc.to_dict())

        # Entities: one per id; a stored id keeps its label and name, aliases are unioned.
        seen: dict[str, Entity] = {}
        for e in ex.entities:
            seen[e.id] = union_entity(seen[e.id], e) if e.id in seen else e
        stored = self._stored_entities(seen, w.rows)
        merged = {i: union_entity(stored[i], e) if i in stored else e for i, e in seen.items()}
        self._upsert_entities(w, merged.values())

        claims = self._write_claims(w, ex, merged)
        counts = dict(ex.mentions)
        mention_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for i, e in merged.items():
            mention_rows[e.label].append({"id": i, "count": int(counts.get(i, 1)), "aliases": list(seen[i].aliases)})
        for label, rows in mention_rows.items():
            w.write(_cypher("mention_upsert", label=label), rows, document=doc.id)

        if replacing:
            self._refresh_aliases(w, {**old_mentioned, **{i: e.label for i, e in merged.items()}})
        keys = {_key(c) for c in old_claims} | {_key(c) for c in claims}
        self._recompute_edges(w, keys)
        orphans: dict[str, list[str]] = defaultdict(list)
        for i, label in old_mentioned.items():
            if i not in merged:
                orphans[label].append(i)
        for label, ids in orphans.items():
            w.run(_cypher("entity_orphans_delete", label=label), {"ids": ids})
        return IngestResult(
            doc.id,
            "replaced" if replacing else "added",
            claims_written=len(claims),
            claims_removed=len(old_claims),
            edges_recomputed=len(keys),
        )

    @staticmethod
    def _upsert_entities(w: _Tx, entities: Iterable[Entity]) -> None:
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in entities:
            rows[check_label(e.label)].append(
                {"id": e.id, "name": e.name, "aliases": list(e.aliases), "kind": e.label, "country": e.country}
            )
        for label, batch in rows.items():
            w.write(_cypher("entity_upsert", label=label), batch)

    @staticmethod
    def _write_claims(w: _Tx, ex: Extraction, entities: Mapping[str, Entity]) -> list[Claim]:
        """Claims (canonical symmetric order, once per id) with STATES, SUBJECT and OBJECT."""
        doc_id = ex.document.id
        claims: dict[str, Claim] = {}
        for c in ex.claims:
            src, dst = ordered_pair(check_type(c.type), c.source, c.target)
            c = replace(c, document_id=doc_id, source=src, target=dst)
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
        rows = []
        subjects: dict[str, list[dict[str, str]]] = defaultdict(list)
        objects: dict[str, list[dict[str, str]]] = defaultdict(list)
        for c in claims.values():
            row = c.to_dict()
            row["confidence"] = float(c.confidence)
            row["amount"] = _float(c.amount)
            rows.append(row)
            subjects[entities[c.source].label].append({"id": c.id, "source": c.source})
            objects[entities[c.target].label].append({"id": c.id, "target": c.target})
        w.write(_cypher("claim_upsert"), rows, document=doc_id)
        for label, batch in subjects.items():
            w.write(_cypher("claim_subject", label=label), batch)
        for label, batch in objects.items():
            w.write(_cypher("claim_object", label=label), batch)
        return list(claims.values())

    def _refresh_aliases(self, w: _Tx, labels: Mapping[str, str]) -> None:
        """Aliases = stored ones still seen in some document, then the name and any new surface forms."""
        stored = self._stored_entities(labels, w.rows)
        by_label: dict[str, list[str]] = defaultdict(list)
        for i, e in stored.items():
            by_label[e.label].append(i)
        seen: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for label, ids in by_label.items():
            for i, d, aliases in w.rows(_cypher("entity_aliases_seen", label=label), {"ids": ids}):
                seen[i].append((d, aliases or []))
        updated = []
        for i, e in stored.items():
            supported = [e.name] + [a for _, al in sorted(seen[i]) for a in al]
            kept = [a for a in e.aliases if a in supported]
            aliases = tuple(dict.fromkeys(kept + supported))
            if aliases != e.aliases:
                updated.append(replace(e, aliases=aliases))
        self._upsert_entities(w, updated)

    def _recompute_edges(self, w: _Tx, keys: set[Key]) -> None:
        """Summary edge of each key from all its stored claims; deleted when none remain."""
        labels = {i: e.label for i, e in self._stored_entities({k[0] for k in keys} | {k[2] for k in keys}, w.rows).items()}
        by_source: dict[str, list[dict[str, str]]] = defaultdict(list)
        for s, t, d in keys:
            if s in labels:
                by_source[labels[s]].append({"source": s, "type": t, "target": d})
        found: dict[Key, list[Claim]] = defaultdict(list)
        for label, batch in by_source.items():
            for row in w.rows(_cypher("claims_of_keys", label=label), {"keys": batch}):
                c = _claim(row)
                found[_key(c)].append(c)
        doc_ids = sorted({c.document_id for cs in found.values() for c in cs})
        dates = dict(map(tuple, w.rows(_cypher("document_dates"), {"ids": doc_ids}))) if doc_ids else {}
        upserts: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        deletes: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for s, t, d in sorted(keys):
            if s not in labels or d not in labels:
                continue  # an endpoint is gone, and its edges went with it
            group = (t, labels[s], labels[d])
            if found.get((s, t, d)):
                row = summarize_one(found[(s, t, d)], dates).to_dict()
                row["amount"] = _float(row["amount"])
                upserts[group].append(row)
            else:
                deletes[group].append({"source": s, "target": d})
        for (t, ls, lt), rows in deletes.items():
            w.write(_cypher("edge_delete", type=t, source=ls, target=lt), rows)
        for (t, ls, lt), rows in upserts.items():
            w.write(_cypher("edge_upsert", type=t, source=ls, target=lt), rows)
