"""The mirror written as GraphML, GEXF, node-link JSON, neo4j-admin CSV, or a Cypher script.

GraphML and GEXF have no list type: lists (aliases, sources, evidence) are
joined with " | " and None values are left out. In both, the node attribute
``label`` holds the display name (Gephi shows it) and ``kind`` the schema
label; edges carry ``relation`` (the type; GEXF reserves ``type``) and
``label`` (the type again, shown by Gephi on edges).
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from aipg.graph.errors import UsageError
from aipg.graph.model import Claim
from aipg.graph.schema import CLAIM_LABEL, DOCUMENT_LABEL, check_label, check_type

FORMATS = ("graphml", "gexf", "json", "csv", "cypher")
LIST_JOIN = " | "
#: neo4j-admin --array-delimiter for the CSV export.
ARRAY_DELIMITER = "|"

NODE_COLUMNS = (("id:ID(Entity)", "id"), ("name", "name"), (":LABEL", "label"), ("kind", "kind"),
                ("aliases:string[]", "aliases"), ("country", "country"))
EDGE_COLUMNS = ((":START_ID(Entity)", None), (":END_ID(Entity)", None), (":TYPE", None),
                ("weight:int", "weight"), ("sources:string[]", "sources"), ("evidence:string[]", "evidence"),
                ("status", "status"), ("confidence:float", "confidence"), ("first_seen", "first_seen"),
                ("last_seen", "last_seen"), ("amount:float", "amount"), ("currency", "currency"),
                ("amount_text", "amount_text"))
CLAIM_COLUMNS = (("id:ID(Claim)", "id"), (":LABEL", None), ("type", "type"), ("source", "source"),
                 ("target", "target"), ("document_id", "document_id"), ("status", "status"),
                 ("confidence:float", "confidence"), ("evidence", "evidence"), ("sentence:int", "sentence"),
                 ("start:int", "start"), ("end:int", "end"), ("rule", "rule"), ("date", "date"),
                 ("amount:float", "amount"), ("currency", "currency"), ("amount_text", "amount_text"))


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only, shaped for GraphML / GEXF and Gephi."""
    def scalars(d: dict[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in d.items():
            if v is None:
                continue
            out[k] = LIST_JOIN.join(map(str, v)) if isinstance(v, (list, tuple)) else v
        return out

    f = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        attrs = scalars(d)
        attrs["kind"] = d.get("label") or d.get("kind")
        attrs["label"] = d.get("name") or n
        f.add_node(n, **attrs)
    for u, v, key, d in g.edges(keys=True, data=True):
        f.add_edge(u, v, key=key, relation=key, label=key, **scalars(d))
    return f


def node_link(g: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx node-link data, edges under "edges", each with its type as "key"."""
    return nx.node_link_data(g, edges="edges")


# ----------------------------------------------------------------------------- CSV
def _csv_value(value: Any, header: str) -> str:
    if value is None:
        return ""
    if header.endswith("[]"):
        return ARRAY_DELIMITER.join(str(x).replace(ARRAY_DELIMITER, "/") for x in value)
    return str(value)


def write_csv(g: nx.MultiDiGraph, directory: str | Path, claims: Iterable[Claim] = ()) -> list[Path]:
    """nodes.csv and edges.csv (plus claims.csv and claim_edges.csv when claims are
    given) with neo4j-admin import headers; array values use ``|`` as delimiter."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    files = []

    def write(name: str, header: list[str], rows: Iterable[list[str]]) -> None:
        path = d / name
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        files.append(path)

    write("nodes.csv", [h for h, _ in NODE_COLUMNS],
          ([_csv_value(n if a == "id" else attrs.get(a), h) for h, a in NODE_COLUMNS]
           for n, attrs in g.nodes(data=True)))
    write("edges.csv", [h for h, _ in EDGE_COLUMNS],
          ([u, v, key] + [_csv_value(attrs.get(a), h) for h, a in EDGE_COLUMNS[3:]]
           for u, v, key, attrs in g.edges(keys=True, data=True)))
    claims = list(claims)
    if claims:
        write("claims.csv", [h for h, _ in CLAIM_COLUMNS],
              ([c.id, CLAIM_LABEL] + [_csv_value(getattr(c, a), h) for h, a in CLAIM_COLUMNS[2:]] for c in claims))
        write("claim_edges.csv", [":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"],
              ([c.id, end, rel] for c in claims for end, rel in ((c.source, "SUBJECT"), (c.target, "OBJECT"))
               if end in g))
    return files


# ----------------------------------------------------------------------------- Cypher
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a string, number, bool or list of them.

    >>> print(cypher_literal("l'IA \\\\ \\"x\\"\\n"))
    'l\\'IA \\\\ "x"\\n'
    >>> cypher_literal([1, 2.5, True])
    '[1, 2.5, true]'
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise UsageError(f"cannot write {value} as a Cypher literal: fix the value in the store")
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    out = []
    for ch in str(value):
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ch in "\u2028\u2029":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def _props(attrs: dict[str, Any], skip: tuple[str, ...] = ()) -> str:
    parts = [f"{k}: {cypher_literal(v)}" for k, v in attrs.items() if v is not None and k not in skip]
    return "{" + ", ".join(parts) + "}"


def cypher_script(g: nx.MultiDiGraph, claims: Iterable[Claim] = ()) -> str:
    """Idempotent Cypher (Neo4j dialect) that rebuilds the graph: uniqueness
    constraints first (IF NOT EXISTS), then MERGE per node and edge, then the
    claims with their documents when given. Labels and types come from graph.schema."""
    labels = sorted({check_label(d["label"]) for _, d in g.nodes(data=True)})
    claims = list(claims)
    constrained = labels + ([CLAIM_LABEL, DOCUMENT_LABEL] if claims else [])
    lines = ["// aipg graph export: run with cypher-shell -f FILE, or paste into Neo4j Browser"]
    for label in constrained:
        lines.append(f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;")
    for n, d in sorted(g.nodes(data=True)):
        props = {"name": d.get("name"), "kind": d["label"], "aliases": list(d.get("aliases") or []),
                 "country": d.get("country")}
        lines.append(f"MERGE (n:{check_label(d['label'])} {{id: {cypher_literal(n)}}}) SET n += {_props(props)};")
    for u, v, key, d in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        lu, lv = check_label(g.nodes[u]["label"]), check_label(g.nodes[v]["label"])
        attrs = {k: list(x) if isinstance(x, tuple) else x for k, x in d.items()}
        lines.append(
            f"MATCH (a:{lu} {{id: {cypher_literal(u)}}}) MATCH (b:{lv} {{id: {cypher_literal(v)}}}) "
            f"MERGE (a)-[r:{check_type(key)}]->(b) SET r += {_props(attrs)};"
        )
    for c in claims:
        props = {k: v for k, v in c.to_dict().items() if k not in ("id", "document_id", "source", "target")}
        lines.append(
            f"MERGE (d:{DOCUMENT_LABEL} {{id: {cypher_literal(c.document_id)}}}) "
            f"MERGE (c:{CLAIM_LABEL} {{id: {cypher_literal(c.id)}}}) SET c += {_props(props)} "
            f"MERGE (d)-[:STATES]->(c);"
        )
        for end, rel in ((c.source, "SUBJECT"), (c.target, "OBJECT")):
            if end in g:
                lines.append(
                    f"MATCH (c:{CLAIM_LABEL} {{id: {cypher_literal(c.id)}}}) "
                    f"MATCH (e:{check_label(g.nodes[end]['label'])} {{id: {cypher_literal(end)}}}) "
                    f"MERGE (c)-[:{rel}]->(e);"
                )
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- one entry point
def export(g: nx.MultiDiGraph, fmt: str, path: str | Path, claims: Iterable[Claim] = ()) -> list[Path]:
    """Write the mirror in ``fmt`` (one of FORMATS) to ``path`` (a directory for csv) with
    the claims behind its edges (csv, cypher); return the files written."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    path = Path(path)
    # only the claims behind the edges exported (the mirror may have been filtered)
    claims = [c for c in claims if g.has_edge(c.source, c.target, c.type)]
    if fmt == "csv":
        return write_csv(g, path, claims)
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(flat(g), path)
    elif fmt == "gexf":
        nx.write_gexf(flat(g), path)
    elif fmt == "json":
        path.write_text(json.dumps(node_link(g), ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        path.write_text(cypher_script(g, claims), encoding="utf-8")
    return [path]
