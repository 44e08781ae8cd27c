"""The embedded store: one LadybugDB file. The only module that imports ``ladybug``.

Statements live in ``cypher/ladybug/``; labels and types are formatted into
them only after graph.schema's check_label / check_type, and every value is a
``$parameter``. Each ingest runs in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Mapping

import ladybug

import cypher
from graph.config import Settings
from graph.errors import StoreError, UsageError
from graph.merge import summarize_one, union_entity
from graph.model import Claim, Document, Edge, Entity, Extraction
from graph.schema import (
    CLAIM_LABEL,
    DOCUMENT_LABEL,
    DOMAIN,
    LABELS,
    PROVENANCE_TYPES,
    REL_TYPES,
    Label,
    allowed,
    check_label,
    check_type,
    ordered_pair,
)
from graph.stores.base import IngestResult, QueryResult, Stats
from graph.stores.readonly import check_read_only

Key = tuple[str, str, str]
_INTERNAL = frozenset({"_ID", "_SRC", "_DST"})


@lru_cache(maxsize=None)
def _cypher(name: str, **names: str) -> str:
    """Statement ``cypher/ladybug/<name>.cypher`` with {label}/{source}/{target}/{type} filled in."""
    (text,) = cypher.statements(cypher.load("ladybug", name))
    for key, value in names.items():
        text = text.replace("{" + key + "}", check_type(value) if key == "type" else check_label(value))
    return text


def _schema_statements() -> list[str]:
    """The DDL of cypher/ladybug/schema.cypher, expanded from graph.schema."""
    entity_labels = [check_label(l) for l in LABELS]
    fills = {
        "{claim_pairs}": ", ".join(f"FROM {CLAIM_LABEL} TO {l}" for l in entity_labels if l != Label.PERSON),
        "{mention_pairs}": ", ".join(f"FROM {l} TO {DOCUMENT_LABEL}" for l in entity_labels),
    }
    out: list[str] = []
    for stmt in cypher.statements(cypher.load("ladybug", "schema")):
        for key, value in fills.items():
            stmt = stmt.replace(key, value)
        if "{label}" in stmt:
            out += [stmt.replace("{label}", l) for l in entity_labels]
        elif "{type}" in stmt:
            for t in REL_TYPES:
                src, dst = DOMAIN[check_type(t)]
                pairs = ", ".join(f"FROM {s} TO {d}" for s in sorted(src) for d in sorted(dst))
                out.append(stmt.replace("{type}", t).replace("{pairs}", pairs))
        else:
            out.append(stmt)
    return out


def _plain(value: Any) -> Any:
    """Query values as plain Python.

    Nodes and relationships become dicts of their set properties (the table
    columns left null are dropped, as Neo4j stores no nulls) plus ``_label``;
    internal ids go.
    """
    if isinstance(value, dict) and "_LABEL" in value:
        props = {k: _plain(v) for k, v in value.items() if k not in _INTERNAL and k != "_LABEL" and v is not None}
        return {"_label": value["_LABEL"], **props}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _key(c: Claim) -> Key:
    return (c.source, c.type, c.target)


def _one_line(message: str) -> str:
    return " ".join(message.split("\n")[0].split())


def _claim(row: list[Any]) -> Claim:
    (doc, type_, src, dst, status, conf, evidence, sentence, start, end, rule, date, amount, cur, amount_text) = row
    return Claim(doc, type_, src, dst, status, conf, evidence, sentence, start, end, rule, date, amount, cur, amount_text)


class LadybugStore:
    """A LadybugDB file behind the Store protocol.

    ``read_only`` opens an existing file for reading only; ``create=False``
    refuses to create a missing file.
    """

    dialect = "ladybug"

    def __init__(self, settings: Settings, read_only: bool = False, create: bool = True) -> None:
        path = Path(settings.store).expanduser()
        self.path = path
        self.read_only = read_only
        self.batch_size = max(1, settings.batch_size)
        if path.is_dir():
            raise StoreError(f"store path {path} is a folder: give a file path such as {path / 'aipg.lbug'}")
        if (read_only or not create) and not path.exists():
            raise StoreError(f"no store at {path}: build one with `aipg build examples/corpus`")
        if not path.parent.is_dir():
            raise StoreError(
                f"cannot create store {path}: folder {path.parent} does not exist; "
                f"create it (mkdir -p {path.parent}) or pass another --store"
            )
        try:
            self._db = ladybug.Database(str(path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as e:
            msg = _one_line(str(e))
            if "not a valid" in msg:
                raise StoreError(
                    f"{path} is not a LadybugDB database: pass another --store, or move that file away"
                ) from None
            if "lock" in msg.lower():
                raise StoreError(f"store {path} is in use by another process: close it and retry") from None
            raise StoreError(f"cannot open store {path}: {msg}") from None
        if not read_only:
            for stmt in _schema_statements():
                self._conn.execute(stmt)

    # ------------------------------------------------------------------ plumbing
    def _rows(self, stmt: str, params: Mapping[str, Any] | None = None) -> list[list[Any]]:
        try:
            return self._conn.execute(stmt, dict(params or {})).get_all()
        except RuntimeError as e:
            raise StoreError(f"reading store {self.path} failed: {_one_line(str(e))}") from None

    def _write(self, stmt: str, rows: list[dict[str, Any]], **params: Any) -> None:
        """UNWIND ``rows`` through ``stmt`` in batches of settings.batch_size."""
        for i in range(0, len(rows), self.batch_size):
            self._conn.execute(stmt, {"rows": rows[i : i + self.batch_size], **params})

    def __enter__(self) -> "LadybugStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        self._conn = self._db = None
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()

    # ------------------------------------------------------------------ reads
    def _stored_entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        ids = sorted(set(ids))
        found: dict[str, Entity] = {}
        if not ids:
            return found
        for label in LABELS:
            for id_, name, aliases, country in self._rows(_cypher("entity_get", label=label), {"ids": ids}):
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
            result = self._conn.execute(cypher_text, dict(params or {}))
        except RuntimeError as e:
            names = ", ".join((*LABELS, DOCUMENT_LABEL, CLAIM_LABEL))
            types = ", ".join((*REL_TYPES, *PROVENANCE_TYPES))
            raise UsageError(
                f"{_one_line(str(e))}: check the query; labels are {names}; relationship types are {types}"
            ) from None
        if isinstance(result, list):
            raise UsageError("query holds several statements: send one statement at a time")
        rows = tuple(tuple(_plain(v) for v in row) for row in result.get_all())
        return QueryResult(tuple(result.get_column_names()), rows)

    # ------------------------------------------------------------------ ingest
    def ingest(self, extraction: Extraction) -> IngestResult:
        doc = extraction.document
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only: open it without read_only to ingest")
        stored_sha = self._rows(_cypher("document_sha"), {"id": doc.id})
        if stored_sha and stored_sha[0][0] == doc.sha256:
            return IngestResult(doc.id, "unchanged")
        self._conn.execute("BEGIN TRANSACTION")
        try:
            result = self._ingest(extraction, replacing=bool(stored_sha))
            self._conn.execute("COMMIT")
        except BaseException as e:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:
                pass  # a database error has already rolled the transaction back
            if isinstance(e, RuntimeError):
                raise StoreError(
                    f"writing document {doc.id} to {self.path} failed, nothing was written: {_one_line(str(e))}"
                ) from e
            raise
        return result

    def _ingest(self, ex: Extraction, replacing: bool) -> IngestResult:
        doc = ex.document
        old_claims = self.claims(doc.id) if replacing else []
        old_mentioned: dict[str, str] = {}
        if replacing:
            old_mentioned = {i: l for i, l in self._rows(_cypher("document_mentions"), {"id": doc.id})}
            self._conn.execute(_cypher("document_claims_delete"), {"id": doc.id})
            self._conn.execute(_cypher("document_mentions_delete"), {"id": doc.id})
        self._conn.execute(_cypher("document_upsert"), doc.to_dict())

        # Entities: one per id; a stored id keeps its label and name, aliases are unioned.
        seen: dict[str, Entity] = {}
        for e in ex.entities:
            seen[e.id] = union_entity(seen[e.id], e) if e.id in seen else e
        stored = self._stored_entities(seen)
        merged = {i: union_entity(stored[i], e) if i in stored else e for i, e in seen.items()}
        # Rewriting an unchanged node still costs file space: update only what changed.
        self._write_entities([e for i, e in merged.items() if i in stored and e != stored[i]], "entity_update")
        self._write_entities([e for i, e in merged.items() if i not in stored], "entity_create")

        claims = self._write_claims(ex, merged)
        counts = dict(ex.mentions)  # an entity of the extraction without a count was mentioned once
        mention_rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for i, e in merged.items():
            mention_rows[e.label].append({"entity": i, "count": int(counts.get(i, 1)), "aliases": list(seen[i].aliases)})
        for label, rows in mention_rows.items():
            self._write(_cypher("mention_create", label=label), rows, document=doc.id)

        labels = {**old_mentioned, **{i: e.label for i, e in merged.items()}}
        if replacing:
            self._refresh_aliases(labels)
        old_keys = {_key(c) for c in old_claims}
        keys = old_keys | {_key(c) for c in claims}
        self._recompute_edges(keys, labels, doc.id, old_keys)
        orphans: dict[str, list[str]] = defaultdict(list)
        for i, label in old_mentioned.items():
            if i not in merged:
                orphans[label].append(i)
        for label, ids in orphans.items():
            self._conn.execute(_cypher("entity_orphans_delete", label=label), {"ids": ids})
        return IngestResult(
            doc.id,
            "replaced" if replacing else "added",
            claims_written=len(claims),
            claims_removed=len(old_claims),
            edges_recomputed=len(keys),
        )

    def _write_entities(self, entities: Iterable[Entity], statement: str) -> None:
        """``entity_create`` for new ids, ``entity_update`` for stored ones."""
        rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for e in entities:
            rows[check_label(e.label)].append(
                {"id": e.id, "name": e.name, "aliases": list(e.aliases), "kind": e.label, "country": e.country}
            )
        for label, batch in rows.items():
            self._write(_cypher(statement, label=label), batch)

    def _write_claims(self, ex: Extraction, entities: Mapping[str, Entity]) -> list[Claim]:
        """Claims (canonical symmetric order, once per id) with STATES, SUBJECT and OBJECT."""
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
        rows = []
        subjects: dict[str, list[dict[str, str]]] = defaultdict(list)
        objects: dict[str, list[dict[str, str]]] = defaultdict(list)
        for c in claims.values():
            row = c.to_dict()
            row["confidence"] = float(c.confidence)
            rows.append(row)
            subjects[entities[c.source].label].append({"claim": c.id, "entity": c.source})
            objects[entities[c.target].label].append({"claim": c.id, "entity": c.target})
        self._write(_cypher("claim_create"), rows, document=doc_id)
        for label, batch in subjects.items():
            self._write(_cypher("claim_subject", label=label), batch)
        for label, batch in objects.items():
            self._write(_cypher("claim_object", label=label), batch)
        return list(claims.values())

    def _refresh_aliases(self, labels: Mapping[str, str]) -> None:
        """Aliases = stored ones still seen in some document, then the name and any new surface forms."""
        stored = self._stored_entities(labels)
        by_label: dict[str, list[str]] = defaultdict(list)
        for i, e in stored.items():
            by_label[e.label].append(i)
        seen: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
        for label, ids in by_label.items():
            for i, d, aliases in self._rows(_cypher("entity_aliases_seen", label=label), {"ids": ids}):
                seen[i].append((d, aliases or []))
        updated = []
        for i, e in stored.items():
            supported = [e.name] + [a for _, al in sorted(seen[i]) for a in al]
            kept = [a for a in e.aliases if a in supported]
            aliases = tuple(dict.fromkeys(kept + supported))
            if aliases != e.aliases:
                updated.append(replace(e, aliases=aliases))
        self._write_entities(updated, "entity_update")

    def _recompute_edges(self, keys: set[Key], labels: Mapping[str, str], doc_id: str, old_keys: set[Key]) -> None:
        """Summary edge of each key rewritten from all its stored claims (none left: no edge).

        ``labels`` has every endpoint's stored label. Only edges that existed
        before (``doc_id``'s old keys, or keys other documents state) are deleted
        first: deleting costs a table scan, and most keys of a new document are new.
        """
        rows = self._rows(
            _cypher("claims_between"),
            {"sources": sorted({k[0] for k in keys}), "targets": sorted({k[2] for k in keys})},
        )
        found: dict[Key, list[Claim]] = defaultdict(list)
        for c in map(_claim, rows):
            if _key(c) in keys:
                found[_key(c)].append(c)
        doc_ids = sorted({c.document_id for cs in found.values() for c in cs})
        dates = dict(self._rows(_cypher("document_dates"), {"ids": doc_ids})) if doc_ids else {}
        deletes: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        creates: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
        for key in sorted(keys):
            s, t, d = key
            group = (t, labels[s], labels[d])
            claims = found.get(key, [])
            if key in old_keys or any(c.document_id != doc_id for c in claims):
                deletes[group].append({"source": s, "target": d})
            if claims:
                creates[group].append(summarize_one(claims, dates).to_dict())
        for (t, ls, lt), batch in deletes.items():
            self._write(_cypher("edge_delete", type=t, source=ls, target=lt), batch)
        for (t, ls, lt), batch in creates.items():
            self._write(_cypher("edge_create", type=t, source=ls, target=lt), batch)
