"""A graph.stores.bulk plan as Arrow tables, one per (table, FROM/TO pair), in column order.

LadybugDB's ``COPY <table> FROM $rows`` maps columns by position: node tables
take their properties in the order of cypher/ladybug/schema.cypher, relationship
tables ``from``, ``to`` and then their properties. Explicit Arrow types keep a
column that happens to hold only nulls typed as the schema says.
"""

from __future__ import annotations

from typing import Any, Iterator

import pyarrow as pa

from aipg.graph.schema import CLAIM_LABEL, DOCUMENT_LABEL, LABELS, PROVENANCE_TYPES, REL_TYPES

S, F, I, L = pa.string(), pa.float64(), pa.int64(), pa.list_(pa.string())

ENTITY = pa.schema([("id", S), ("name", S), ("aliases", L), ("kind", S), ("country", S)])
DOCUMENT = pa.schema([("id", S), ("title", S), ("url", S), ("publisher", S), ("published", S), ("language", S),
                      ("path", S), ("sha256", S), ("extractor_version", S), ("kb_version", S)])
CLAIM = pa.schema([("id", S), ("type", S), ("status", S), ("confidence", F), ("evidence", S), ("sentence", I),
                   ("start", I), ("end", I), ("rule", S), ("date", S), ("amount", F), ("currency", S),
                   ("amount_text", S), ("round_amount", F), ("round_currency", S), ("round_amount_text", S),
                   ("document_id", S), ("source", S), ("target", S), ("year", S)])
ENDS = [("from", S), ("to", S)]
LINK = pa.schema(ENDS)
MENTION = pa.schema([*ENDS, ("count", I), ("aliases", L)])
EDGE = pa.schema([*ENDS, ("weight", I), ("sources", L), ("evidence", L), ("status", S), ("confidence", F),
                  ("first_seen", S), ("last_seen", S), ("amount", F), ("currency", S), ("amount_text", S)])
#: The only names a COPY statement is written with.
TABLES = frozenset((*LABELS, DOCUMENT_LABEL, CLAIM_LABEL, *REL_TYPES, *PROVENANCE_TYPES))


def _table(schema: pa.Schema, rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=schema)


def _edge(source: str, target: str, row: dict[str, Any]) -> dict[str, Any]:
    return {"from": row[source], "to": row[target], **row}


def tables(plan) -> Iterator[tuple[str, tuple[str, str] | None, pa.Table]]:
    """(table name, (FROM label, TO label) for a relationship table with several pairs, rows), nodes first."""
    for label, entities in sorted(plan.entities.items()):
        rows = [{"id": e.id, "name": e.name, "aliases": list(e.aliases), "kind": e.label, "country": e.country}
                for e in entities]
        yield label, None, _table(ENTITY, rows)
    yield DOCUMENT_LABEL, None, _table(DOCUMENT, plan.documents)
    yield CLAIM_LABEL, None, _table(CLAIM, plan.claims)
    yield "STATES", None, _table(LINK, [{"from": c["document_id"], "to": c["id"]} for c in plan.claims])
    for name, groups in (("SUBJECT", plan.subjects), ("OBJECT", plan.objects)):
        for label, pairs in sorted(groups.items()):
            yield name, (CLAIM_LABEL, label), _table(LINK, [{"from": c, "to": e} for c, e in pairs])
    for label, rows in sorted(plan.mentions.items()):
        yield "MENTIONED_IN", (label, DOCUMENT_LABEL), _table(
            MENTION, [{"from": e, "to": d, "count": n, "aliases": a} for e, d, n, a in rows])
    for (rel_type, source, target), rows in sorted(plan.edges.items()):
        yield rel_type, (source, target), _table(EDGE, [_edge("source", "target", r) for r in rows])
