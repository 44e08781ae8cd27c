"""The mirror written as GraphML, GEXF, node-link JSON, neo4j-admin CSV, Gephi CSV, or a Cypher script.

GraphML and GEXF have no list type: lists (aliases, sources, evidence) are
joined with " | " and None values are left out. In both, the node attribute
``label`` holds the display name (Gephi shows it) and ``kind`` the schema
label; edges carry ``relation`` (the type; GEXF reserves ``type``) and
``label`` (the type again, shown by Gephi on edges), and an ``id``
``source|TYPE|target``, so parallel relations between one pair stay apart.
GraphML keys are named after the attribute (``<key id="weight">``), not ``d3``.

GEXF is drawn for Gephi: ``viz`` colour by label (graph.layout.LABEL_COLORS),
size by a centrality, position from the HTML view's layout, and each edge's
``first_seen``..``last_seen`` as a spell (whole days, ``timeformat="date"``),
so Gephi's timeline plays the network as it grew.

XML 1.0 cannot hold most control characters, even escaped: in GraphML and GEXF
each one (``\f``, ``\x1b``, ...) becomes a space. CSV cells that a spreadsheet
would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return) get a leading ``'``; numbers stay as they are.
"""

from __future__ import annotations

import calendar
import csv
import json
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

import networkx as nx

from aipg.graph.errors import UsageError
from aipg.graph.layout import LABEL_COLORS, MIN_SIZE, TYPE_STYLES, edge_id, layout, rgb, sizes
from aipg.graph.model import Claim
from aipg.graph.schema import CLAIM_LABEL, DOCUMENT_LABEL, SYMMETRIC, check_label, check_type
from aipg.graph.text import spreadsheet_safe  # noqa: F401 (graph.export.spreadsheet_safe, as before)

FORMATS = ("graphml", "gexf", "json", "csv", "gephi-csv", "cypher")
#: the two files of --format gephi-csv (Gephi's Data Laboratory > Import Spreadsheet)
GEPHI_FILES = ("gephi-nodes.csv", "gephi-edges.csv")
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
                 ("amount:float", "amount"), ("currency", "currency"), ("amount_text", "amount_text"),
                 ("round_amount:float", "round_amount"), ("round_currency", "round_currency"),
                 ("round_amount_text", "round_amount_text"))


#: characters XML 1.0 cannot carry at all (not even as &#...;)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with every character XML 1.0 forbids replaced by a space.

    >>> xml_safe("a\\fb\\x1bc\\nd")
    'a b c\\nd'
    """
    return _XML_ILLEGAL.sub(" ", text)


def flat(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar, XML-safe attributes only, shaped for GraphML / GEXF and Gephi."""
    def clean(v: Any) -> Any:
        return xml_safe(v) if isinstance(v, str) else v

    def scalars(d: Mapping[str, Any]) -> dict[str, Any]:
        out = {}
        for k, v in d.items():
            if v is None:
                continue
            out[k] = clean(LIST_JOIN.join(map(str, v)) if isinstance(v, (list, tuple)) else v)
        return out

    f = nx.MultiDiGraph()
    for n, d in g.nodes(data=True):
        attrs = scalars(d)
        attrs["kind"] = d.get("label") or d.get("kind")
        attrs["label"] = clean(d.get("name") or n)
        f.add_node(clean(n), **attrs)
    for u, v, key, d in g.edges(keys=True, data=True):
        u, v = clean(u), clean(v)
        # GEXF's edge `type` is directed / undirected / mutual: the relation type goes in `relation`
        attrs = scalars({k: x for k, x in d.items() if k != "type"})
        f.add_edge(u, v, key=key, id=edge_id(u, key, v), relation=key, label=key, **attrs)
    return f


def write_graphml(f: nx.MultiDiGraph, path: Path) -> None:
    """GraphML with keys named after their attribute and unique, as the format requires:
    an edge key whose name a node key already has gets ``edge_`` before its id (its
    ``attr.name`` stays, so Gephi still reads an edge ``label``); the edge id is the
    ``id`` attribute of each edge, not a data column too."""
    import io
    import xml.etree.ElementTree as ET

    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    ET.register_namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance")
    written = io.BytesIO()
    nx.write_graphml(f, written, named_key_ids=True, edge_id_from_attribute="id", prettyprint=False)
    root = ET.fromstring(written.getvalue())
    keys = root.findall(f"{{{ns}}}key")
    node_ids = {k.get("id") for k in keys if k.get("for") == "node"}
    renamed = {}
    for k in keys:
        if k.get("for") != "edge":
            continue
        if k.get("id") == "id":
            root.remove(k)
            renamed["id"] = None
        elif k.get("id") in node_ids:
            renamed[k.get("id")] = "edge_" + k.get("id")
            k.set("id", renamed[k.get("id")])
    for edge in root.iter(f"{{{ns}}}edge"):
        for data in list(edge.findall(f"{{{ns}}}data")):
            if data.get("key") in renamed:
                if renamed[data.get("key")] is None:
                    edge.remove(data)
                else:
                    data.set("key", renamed[data.get("key")])
    ET.indent(root, space="  ")  # only whitespace between elements: no text value changes
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def _day(date: str | None, *, last: bool) -> str | None:
    """A (partial) ISO date as a whole day for GEXF: '2024-02' -> '2024-02-01', or '2024-02-29' as ``last``."""
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(date or "").strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or (12 if last else 1)), m.group(3)
    if not 1 <= month <= 12:
        return None
    if day is None:
        day = calendar.monthrange(year, month)[1] if last else 1
    return f"{year:04d}-{month:02d}-{int(day):02d}"


def gephi(g: nx.MultiDiGraph, *, size_by: str = "pagerank", seed: int = 0) -> nx.MultiDiGraph:
    """:func:`flat` plus what Gephi draws: ``viz`` (colour, size, position) on nodes and edges,
    the ``size_by`` score on nodes, and ``spells`` from first_seen/last_seen.

    A node's spell runs from its first dated relation to its last; a node or edge with an
    undated relation has no spell, so it is there at every point of the timeline.
    """
    from aipg.graph.analysis import centrality

    scores = centrality(g, size_by) if g.number_of_edges() else {}
    size = sizes(scores)
    pos = layout(g, seed=seed) if len(g) else {}
    f = flat(g)
    spans: dict[str, list[tuple[str | None, str | None]]] = {n: [] for n in g}
    for u, v, key, d in g.edges(keys=True, data=True):
        fd = f.edges[xml_safe(u), xml_safe(v), key]
        start, end = _day(d.get("first_seen"), last=False), _day(d.get("last_seen") or d.get("first_seen"), last=True)
        style = TYPE_STYLES.get(key, {})
        fd["viz"] = {"color": {**rgb(style.get("color", "#888888")), "a": 1.0},
                     "thickness": round(1 + math.log2(max(d.get("weight") or 1, 1)), 2)}
        if start or end:
            fd["spells"] = [(start, end)]
        for n in (u, v):
            spans[n].append((start, end))
    for n, d in g.nodes(data=True):
        fn = f.nodes[xml_safe(n)]
        x, y = pos.get(n, (0.0, 0.0))
        # screen y grows downwards, Gephi's upwards: flip so both show the same picture
        fn["viz"] = {"color": {**rgb(LABEL_COLORS.get(d.get("label"), "#888888")), "a": 1.0},
                     "size": size.get(n, MIN_SIZE), "position": {"x": x, "y": -y, "z": 0.0}}
        if n in scores:
            fn[size_by] = round(float(scores[n]), 6)
        if spans[n] and all(s and e for s, e in spans[n]):
            fn["spells"] = [(min(s for s, _ in spans[n]), max(e for _, e in spans[n]))]
    return f


def node_link(g: nx.MultiDiGraph) -> dict[str, Any]:
    """networkx node-link data, edges under "edges", each with its type as "key"."""
    return nx.node_link_data(g, edges="edges")


# ----------------------------------------------------------------------------- CSV
def _csv_value(value: Any, header: str) -> str:
    if value is None:
        return ""
    if header.endswith("[]"):
        return spreadsheet_safe(ARRAY_DELIMITER.join(str(x).replace(ARRAY_DELIMITER, "/") for x in value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return spreadsheet_safe(str(value))


@dataclass(frozen=True)
class Written:
    """What an export wrote: the files, and the notes a user must read before loading them."""

    files: tuple[Path, ...]
    notes: tuple[str, ...] = ()


def _multiline_note(files: Iterable[Path], hint: str) -> tuple[str, ...]:
    """A note when a CSV cell holds a line break (neo4j-admin needs --multiline-fields=true)."""
    names = []
    for path in files:
        with path.open(encoding="utf-8", newline="") as fh:
            if any("\n" in cell or "\r" in cell for row in csv.reader(fh) for cell in row):
                names.append(path.name)
    if not names:
        return ()
    return (f"{', '.join(names)}: some cells hold line breaks (quoted, as CSV allows): {hint}",)


def _csv_writer(directory: str | Path, files: list[Path]):
    d = Path(directory)
    if d.exists() and not d.is_dir():
        raise UsageError(f"{d} is a file: CSV exports write a folder of files, give a directory with -o")
    d.mkdir(parents=True, exist_ok=True)

    def write(name: str, header: list[str], rows: Iterable[list[str]]) -> None:
        path = d / name
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(header)
            w.writerows(rows)
        files.append(path)

    return write


def write_csv(g: nx.MultiDiGraph, directory: str | Path, claims: Iterable[Claim] = ()) -> list[Path]:
    """nodes.csv and edges.csv (plus claims.csv and claim_edges.csv when claims are
    given) with neo4j-admin import headers; array values use ``|`` as delimiter.
    Text cells that start like a formula get a leading ``'`` (see spreadsheet_safe)."""
    files: list[Path] = []
    write = _csv_writer(directory, files)

    safe = spreadsheet_safe
    write("nodes.csv", [h for h, _ in NODE_COLUMNS],
          ([_csv_value(n if a == "id" else attrs.get(a), h) for h, a in NODE_COLUMNS]
           for n, attrs in g.nodes(data=True)))
    write("edges.csv", [h for h, _ in EDGE_COLUMNS],
          ([safe(u), safe(v), key] + [_csv_value(attrs.get(a), h) for h, a in EDGE_COLUMNS[3:]]
           for u, v, key, attrs in g.edges(keys=True, data=True)))
    claims = list(claims)
    if claims:
        write("claims.csv", [h for h, _ in CLAIM_COLUMNS],
              ([safe(c.id), CLAIM_LABEL] + [_csv_value(getattr(c, a), h) for h, a in CLAIM_COLUMNS[2:]]
               for c in claims))
        write("claim_edges.csv", [":START_ID(Claim)", ":END_ID(Entity)", ":TYPE"],
              ([safe(c.id), safe(end), rel] for c in claims
               for end, rel in ((c.source, "SUBJECT"), (c.target, "OBJECT")) if end in g))
    return files


GEPHI_NODE_COLUMNS = ("Id", "Label", "Kind", "Country", "Aliases")
GEPHI_EDGE_COLUMNS = ("Source", "Target", "Type", "Weight", "Id", "Label", "Status", "Confidence",
                      "First seen", "Last seen", "Amount", "Currency", "Documents")


def write_gephi_csv(g: nx.MultiDiGraph, directory: str | Path, *, size_by: str = "pagerank") -> list[Path]:
    """gephi-nodes.csv and gephi-edges.csv for Gephi's spreadsheet import (Data Laboratory).

    Edges: ``Source,Target,Type,Weight`` first, where ``Type`` is what Gephi expects
    (``Directed``, or ``Undirected`` for the symmetric relations) and the relation type
    is the edge ``Label``; ``Id`` keeps parallel relations apart. Nodes: ``Id,Label``
    (the display name), the schema label as ``Kind``, and the ``size_by`` score.
    """
    from aipg.graph.analysis import centrality

    scores = centrality(g, size_by) if g.number_of_edges() else {}
    files: list[Path] = []
    write = _csv_writer(directory, files)
    cell = lambda v: _csv_value(v, "")  # noqa: E731
    write(GEPHI_FILES[0], [*GEPHI_NODE_COLUMNS, size_by],
          ([cell(n), cell(d.get("name") or n), cell(d.get("label")), cell(d.get("country")),
            cell(LIST_JOIN.join(d.get("aliases") or ())), cell(round(float(scores.get(n, 0.0)), 6))]
           for n, d in g.nodes(data=True)))
    write(GEPHI_FILES[1], list(GEPHI_EDGE_COLUMNS),
          ([cell(u), cell(v), "Undirected" if key in SYMMETRIC else "Directed", cell(d.get("weight") or 1),
            cell(edge_id(u, key, v)), key, cell(d.get("status")), cell(d.get("confidence")),
            cell(d.get("first_seen")), cell(d.get("last_seen")), cell(d.get("amount")), cell(d.get("currency")),
            cell(LIST_JOIN.join(d.get("sources") or ()))]
           for u, v, key, d in g.edges(keys=True, data=True)))
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
def export(
    g: nx.MultiDiGraph, fmt: str, path: str | Path, claims: Iterable[Claim] = (), *,
    size_by: str = "pagerank", seed: int = 0,
) -> Written:
    """Write the mirror in ``fmt`` (one of FORMATS) to ``path`` (a directory for csv and
    gephi-csv) with the claims behind its edges (csv, cypher). ``size_by`` (a centrality)
    and ``seed`` (the layout's) shape gexf and gephi-csv. Returns the files written and
    any note the user must read before loading them."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    path = Path(path)
    # only the claims behind the edges exported (the mirror may have been filtered)
    claims = [c for c in claims if g.has_edge(c.source, c.target, c.type)]
    if fmt == "csv":
        files = write_csv(g, path, claims)
        return Written(tuple(files), _multiline_note(
            files, "pass --multiline-fields=true to neo4j-admin database import"))
    if fmt == "gephi-csv":
        files = write_gephi_csv(g, path, size_by=size_by)
        return Written(tuple(files), _multiline_note(
            files, "Gephi reads them; a spreadsheet shows each such cell on several lines"))
    if path.is_dir():
        raise UsageError(f"{path} is a directory: give a file name with -o (e.g. {path / ('aipg.' + fmt)})")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        write_graphml(flat(g), path)
    elif fmt == "gexf":
        nx.write_gexf(gephi(g, size_by=size_by, seed=seed), path)
    elif fmt == "json":
        path.write_text(json.dumps(node_link(g), ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        path.write_text(cypher_script(g, claims), encoding="utf-8")
    return Written((path,))
