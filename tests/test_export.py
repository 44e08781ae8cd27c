"""Every export read back gives the same nodes, edges and key attributes; Cypher passes Neo4j's linter."""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from xml.dom import minidom

import networkx as nx
import pytest

from aipg.graph.errors import UsageError
from aipg.graph.export import cypher_literal, cypher_script, export
from aipg.graph.mirror import to_networkx
from aipg.graph.model import Claim, Edge, Entity, Graph

TRICKY = 'Le ministère dit : « l\'IA, c\'est \\ "tout" »;\nsuite | fin\tx'


@pytest.fixture
def graph():
    entities = (
        Entity("openai", "OpenAI", "Company", ("OpenAI", "Open AI"), "US"),
        Entity("sciences-po", "Sciences Po", "University", ("Sciences Po", "l'IEP de Paris")),
        Entity("nextgenai", "NextGenAI", "Program", ("NextGenAI",)),
        Entity("uk-government", "UK Government", "Government", (), "GB"),
    )
    edges = (
        Edge("sciences-po", "MEMBER_OF", "nextgenai", 2, ("d1", "d2"), ("Sciences Po joins NextGenAI.", TRICKY),
             "stated", 0.9, "2025-03-04", "2025-06"),
        Edge("openai", "FOUNDED", "nextgenai", 1, ("d1",), ("OpenAI launched NextGenAI.",), "stated", 0.95, "2025-03-04",
             "2025-03-04"),
        Edge("openai", "FUNDS", "nextgenai", 1, ("d1",), ("OpenAI commits $50 million.",), "potential", 0.7,
             amount=50_000_000.0, currency="USD", amount_text="$50 million"),
        Edge("openai", "SIGNS_MOU_WITH", "uk-government", 1, ("d3",), ("They signed an MOU.",), "stated", 0.8, "2025-07"),
    )
    claims = (
        Claim("d2", "MEMBER_OF", "sciences-po", "nextgenai", "stated", 0.9, TRICKY, 4, 100, 160, "member-of", "2025-06"),
        Claim("d1", "FUNDS", "openai", "nextgenai", "potential", 0.7, "OpenAI commits $50 million.", 1, 10, 40, "funds",
              amount=50_000_000.0, currency="USD", amount_text="$50 million"),
    )
    return to_networkx(Graph(entities, edges)), list(claims)


def _same_structure(g, back, key_attr):
    assert sorted(map(str, back.nodes)) == sorted(g.nodes)
    got = sorted((str(u), str(v), d[key_attr]) for u, v, d in back.edges(data=True))
    assert got == sorted(g.edges(keys=True))


def test_graphml_round_trip(graph, tmp_path):
    g, _ = graph
    (path,) = export(g, "graphml", tmp_path / "g.graphml").files
    back = nx.read_graphml(path)
    _same_structure(g, back, "relation")
    assert back.nodes["openai"]["label"] == "OpenAI"  # Gephi's display label
    assert back.nodes["openai"]["kind"] == "Company"
    assert back.nodes["openai"]["aliases"] == "OpenAI | Open AI"
    assert "country" not in back.nodes["sciences-po"]  # None omitted
    e = back.get_edge_data("sciences-po", "nextgenai")
    (attrs,) = e.values() if back.is_multigraph() else (e,)
    assert attrs["weight"] == 2 and attrs["first_seen"] == "2025-03-04" and attrs["last_seen"] == "2025-06"
    assert attrs["evidence"] == "Sciences Po joins NextGenAI. | " + TRICKY
    funds = [d for *_, d in back.edges(data=True) if d["relation"] == "FUNDS"][0]
    assert funds["amount"] == 50_000_000.0 and funds["currency"] == "USD" and funds["status"] == "potential"


def test_gexf_round_trip(graph, tmp_path):
    g, _ = graph
    (path,) = export(g, "gexf", tmp_path / "g.gexf").files
    back = nx.read_gexf(path)
    _same_structure(g, back, "relation")
    assert back.nodes["nextgenai"]["label"] == "NextGenAI"
    assert back.nodes["nextgenai"]["kind"] == "Program"
    mou = [d for *_, d in back.edges(data=True) if d["relation"] == "SIGNS_MOU_WITH"][0]
    assert mou["weight"] == 1 and mou["first_seen"] == "2025-07" and "last_seen" not in mou


def test_json_node_link_round_trip(graph, tmp_path):
    g, _ = graph
    (path,) = export(g, "json", tmp_path / "g.json").files
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "edges" in data
    back = nx.node_link_graph(data, edges="edges")
    assert nx.utils.graphs_equal(back, g)
    assert back.nodes["openai"]["aliases"] == ["OpenAI", "Open AI"]
    assert back["sciences-po"]["nextgenai"]["MEMBER_OF"]["evidence"][1] == TRICKY


def test_csv_neo4j_admin_files(graph, tmp_path):
    g, claims = graph
    files = export(g, "csv", tmp_path / "csv", claims).files
    assert [f.name for f in files] == ["nodes.csv", "edges.csv", "claims.csv", "claim_edges.csv"]
    read = {f.name: list(csv.DictReader(f.open(encoding="utf-8", newline=""))) for f in files}
    nodes = {r["id:ID(Entity)"]: r for r in read["nodes.csv"]}
    assert sorted(nodes) == sorted(g.nodes)
    assert nodes["openai"][":LABEL"] == "Company" and nodes["openai"]["aliases:string[]"] == "OpenAI|Open AI"
    assert nodes["sciences-po"]["country"] == ""
    edges = sorted((r[":START_ID(Entity)"], r[":END_ID(Entity)"], r[":TYPE"]) for r in read["edges.csv"])
    assert edges == sorted(g.edges(keys=True))
    member = next(r for r in read["edges.csv"] if r[":TYPE"] == "MEMBER_OF")
    assert member["weight:int"] == "2" and float(member["confidence:float"]) == 0.9
    assert member["sources:string[]"] == "d1|d2"
    assert member["first_seen"] == "2025-03-04"
    # the array delimiter inside an element is replaced; claims.csv keeps the sentence verbatim
    assert member["evidence:string[]"].split("|")[1] == TRICKY.replace("|", "/")
    claim = next(r for r in read["claims.csv"] if r["type"] == "MEMBER_OF")
    assert claim["evidence"] == TRICKY and claim[":LABEL"] == "Claim" and claim["id:ID(Claim)"] == claims[0].id
    assert sorted((r[":END_ID(Entity)"], r[":TYPE"]) for r in read["claim_edges.csv"]) == [
        ("nextgenai", "OBJECT"), ("nextgenai", "OBJECT"), ("openai", "SUBJECT"), ("sciences-po", "SUBJECT")]


def test_cypher_literal_escaping():
    assert cypher_literal(TRICKY) == "'Le ministère dit : « l\\'IA, c\\'est \\\\ \"tout\" »;\\nsuite | fin\\tx'"
    assert cypher_literal(["a'b", 2, 0.5, False]) == "['a\\'b', 2, 0.5, false]"
    assert cypher_literal("x\u2028y\x00") == "'x\\u2028y\\u0000'"
    with pytest.raises(UsageError):
        cypher_literal(float("nan"))


def test_cypher_script_shape(graph):
    g, claims = graph
    text = cypher_script(g, claims)
    lines = [l for l in text.splitlines() if l and not l.startswith("//")]
    constraints = [l for l in lines if l.startswith("CREATE CONSTRAINT")]
    assert constraints == lines[: len(constraints)] and all("IF NOT EXISTS" in l for l in constraints)
    assert all(l.endswith(";") for l in lines)
    assert all("MERGE" in l for l in lines[len(constraints):])
    assert sum(l.startswith("MERGE (n:") for l in lines) == g.number_of_nodes()
    assert sum("MERGE (a)-[r:" in l for l in lines) == g.number_of_edges()
    assert "\n" not in cypher_literal(TRICKY)  # one statement per line holds even for multi-line evidence


def test_cypher_script_passes_neo4j_linter(graph, tmp_path):
    from cypherlint import lint_many, require_linter

    require_linter()
    g, claims = graph
    (path,) = export(g, "cypher", tmp_path / "g.cypher", claims).files
    statements = [l for l in path.read_text(encoding="utf-8").splitlines() if l and not l.startswith("//")]
    diagnostics = lint_many([(s, ()) for s in statements])
    assert [(s, d) for s, d in zip(statements, diagnostics) if d] == []
    # and the linter does catch a badly escaped literal, so the check above can fail
    assert lint_many([("MERGE (n:Company {id: 'l'IA'})", ())])[0]


def test_unknown_format(graph, tmp_path):
    with pytest.raises(UsageError, match="unknown export format 'dot'"):
        export(graph[0], "dot", tmp_path / "g.dot")


# --------------------------------------------------------------------------- Gephi-ready
def test_gexf_draws_for_gephi(graph, tmp_path):
    g, _ = graph
    (path,) = export(g, "gexf", tmp_path / "g.gexf", size_by="degree").files
    root = ET.parse(path).getroot()
    ns = {"g": "http://www.gexf.net/1.2draft", "viz": "http://www.gexf.net/1.2draft/viz"}
    graph_el = root.find("g:graph", ns)
    assert graph_el.get("mode") == "dynamic" and graph_el.get("timeformat") == "date"
    back = nx.read_gexf(path)
    # colours by label, sizes by the chosen metric, positions from the HTML view's layout
    from aipg.graph.html import layout
    from aipg.graph.layout import LABEL_COLORS

    pos = layout(g)
    for n, d in back.nodes(data=True):
        color = LABEL_COLORS[g.nodes[n]["label"]].lstrip("#")
        assert (d["viz"]["color"]["r"], d["viz"]["color"]["g"], d["viz"]["color"]["b"]) == tuple(
            int(color[i:i + 2], 16) for i in (0, 2, 4))
        assert (d["viz"]["position"]["x"], -d["viz"]["position"]["y"]) == pos[n]
    assert back.nodes["nextgenai"]["viz"]["size"] > back.nodes["uk-government"]["viz"]["size"]
    assert back.nodes["nextgenai"]["degree"] == 3.0
    # spells: whole days from first_seen to last_seen; a month ends on its last day
    spells = {d["relation"]: d.get("spells") for *_, d in back.edges(data=True)}
    assert spells["MEMBER_OF"] == [("2025-03-04", "2025-06-30")]
    assert spells["SIGNS_MOU_WITH"] == [("2025-07-01", "2025-07-31")]
    assert spells["FUNDS"] is None  # undated: present all along
    assert back.nodes["uk-government"]["spells"] == [("2025-07-01", "2025-07-31")]
    assert "spells" not in back.nodes["openai"]  # one undated relation: always there
    # parallel relations between one pair (OpenAI FOUNDED and FUNDS NextGenAI) stay two edges with ids
    ids = {e.get("id") for e in graph_el.iter("{http://www.gexf.net/1.2draft}edge")}
    assert {"openai|FOUNDED|nextgenai", "openai|FUNDS|nextgenai"} <= ids
    assert back.number_of_edges("openai", "nextgenai") == 2
    for e in graph_el.iter("{http://www.gexf.net/1.2draft}edge"):
        assert e.find("viz:color", ns) is not None
        assert e.get("type") in (None, "directed", "undirected", "mutual")  # GEXF's edge types, nothing else


def test_graphml_named_keys_and_edge_ids(graph, tmp_path):
    g, _ = graph
    (path,) = export(g, "graphml", tmp_path / "g.graphml").files
    root = ET.parse(path).getroot()
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    keys = {(k.get("for"), k.get("id")) for k in root.iter(ns + "key")}
    assert not [k for _, k in keys if re.fullmatch(r"d\d+", k)]
    assert {("node", "label"), ("node", "kind"), ("edge", "relation"), ("edge", "weight"), ("edge", "edge_label")} <= keys
    assert len({k for _, k in keys}) == len(keys)  # key ids are unique in the document, as GraphML requires
    assert {k.get("attr.name") for k in root.iter(ns + "key") if k.get("for") == "edge"} >= {"label", "relation"}
    used = {d.get("key") for d in root.iter(ns + "data")}
    assert used <= {k for _, k in keys} and "id" not in used
    ids = sorted(e.get("id") for e in root.iter(ns + "edge"))
    assert ids == sorted(f"{u}|{k}|{v}" for u, v, k in g.edges(keys=True))
    back = nx.read_graphml(path, force_multigraph=True)
    assert back.number_of_edges("openai", "nextgenai") == 2


def test_gephi_csv(graph, tmp_path):
    g, _ = graph
    written = export(g, "gephi-csv", tmp_path / "gephi", size_by="degree")
    assert [f.name for f in written.files] == ["gephi-nodes.csv", "gephi-edges.csv"]
    nodes, edges = (list(csv.DictReader(f.open(encoding="utf-8", newline=""))) for f in written.files)
    assert list(nodes[0]) == ["Id", "Label", "Kind", "Country", "Aliases", "degree"]
    assert list(edges[0])[:4] == ["Source", "Target", "Type", "Weight"]
    by_id = {e["Id"]: e for e in edges}
    assert by_id["openai|SIGNS_MOU_WITH|uk-government"]["Type"] == "Undirected"
    member = by_id["sciences-po|MEMBER_OF|nextgenai"]
    assert (member["Type"], member["Weight"], member["Label"], member["First seen"]) == (
        "Directed", "2", "MEMBER_OF", "2025-03-04")
    assert {e["Id"] for e in edges} >= {"openai|FOUNDED|nextgenai", "openai|FUNDS|nextgenai"}
    # the two tables give back the same graph
    back = nx.MultiDiGraph()
    back.add_nodes_from((n["Id"], n) for n in nodes)
    back.add_edges_from((e["Source"], e["Target"], e["Label"], e) for e in edges)
    assert sorted(back.edges(keys=True)) == sorted(g.edges(keys=True)) and set(back) == set(g)
    assert {n["Id"]: n["Label"] for n in nodes}["sciences-po"] == "Sciences Po"


# --------------------------------------------------------------------------- safe anywhere
NASTY_NAME = "Evil\x0cCorp\x1b[31m =cmd"
FORMULAS = ('=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tTAB", "\rCR")


@pytest.fixture
def nasty():
    entities = (
        Entity("evil", NASTY_NAME, "Company", FORMULAS[:2]),
        Entity("=hyper", FORMULAS[0], "Company", ()),
        Entity("p", "Club\x00\x08", "Program", ()),
    )
    edges = (
        Edge("evil", "MEMBER_OF", "p", 2, (FORMULAS[1], "doc\x0cname"), (FORMULAS[2] + "\nnext line", "a\x1bb"),
             "stated", 0.9, "2024-02", "2024-02"),
        Edge("=hyper", "FUNDS", "p", 1, ("@doc",), (FORMULAS[3],), "stated", 0.5, amount=-5.0, currency="USD",
             amount_text=FORMULAS[4]),
        Edge("=hyper", "PARTNERS_WITH", "evil", 1, ("d",), (FORMULAS[5],), "potential", 0.5),
    )
    claims = (Claim(FORMULAS[1], "MEMBER_OF", "evil", "p", "stated", 0.9, FORMULAS[0] + "\nx", 0, 0, 1, "r"),)
    return to_networkx(Graph(entities, edges)), list(claims)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_xml_exports_are_well_formed_with_control_characters(nasty, tmp_path, fmt):
    g, _ = nasty
    (path,) = export(g, fmt, tmp_path / f"g.{fmt}").files
    ET.parse(path)  # strict parsers: raise on any character XML 1.0 forbids
    minidom.parse(str(path))
    back = nx.read_gexf(path) if fmt == "gexf" else nx.read_graphml(path)
    assert back.nodes["evil"]["label"] == "Evil Corp [31m =cmd"
    assert back.nodes["p"]["label"] == "Club  "
    assert back.number_of_edges() == 3


def test_csv_cells_never_run_as_formulas(nasty, tmp_path):
    g, claims = nasty
    written = [export(g, "csv", tmp_path / "neo4j", claims), export(g, "gephi-csv", tmp_path / "gephi")]
    cells = 0
    for w in written:
        for f in w.files:
            header, *rows = list(csv.reader(f.open(encoding="utf-8", newline="")))
            for row in rows:
                for h, cell in zip(header, row):
                    cells += 1
                    if h.endswith((":float", ":int")) or h in ("Weight", "Confidence", "Amount", "degree", "pagerank"):
                        float(cell or 0)  # numbers stay numbers, negative ones too
                    else:
                        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (f.name, h, cell)
    assert cells > 50
    nodes = {r["name"]: r for r in csv.DictReader((tmp_path / "neo4j" / "nodes.csv").open(encoding="utf-8", newline=""))}
    assert "'" + FORMULAS[0] in nodes
    edges = list(csv.DictReader((tmp_path / "neo4j" / "edges.csv").open(encoding="utf-8", newline="")))
    funds = next(e for e in edges if e[":TYPE"] == "FUNDS")
    assert funds["amount:float"] == "-5.0" and funds[":START_ID(Entity)"] == "'=hyper"
    # the ids in edges.csv still match nodes.csv, so neo4j-admin links them
    ids = {r["id:ID(Entity)"] for r in nodes.values()}
    assert {e[":START_ID(Entity)"] for e in edges} | {e[":END_ID(Entity)"] for e in edges} <= ids
    # line breaks are kept (quoted) and said
    assert any("--multiline-fields=true" in n for n in written[0].notes)
    assert written[1].notes == ()  # no sentences there


def test_no_note_without_line_breaks(graph, tmp_path):
    g, claims = graph
    claims = [c for c in claims if "\n" not in c.evidence]
    g2 = g.copy()
    g2["sciences-po"]["nextgenai"]["MEMBER_OF"]["evidence"] = ["one line"]
    assert export(g2, "csv", tmp_path / "c", claims).notes == ()


def test_export_paths(graph, tmp_path):
    g, _ = graph
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match="is a file: CSV exports write a folder"):
        export(g, "gephi-csv", tmp_path / "file")
    with pytest.raises(UsageError, match="is a directory: give a file name"):
        export(g, "gexf", tmp_path)



# --------------------------------------------------------------------------- the CLI, on a real LadybugDB store
def test_cli_exports_from_a_store_with_hostile_text(tmp_path):
    """A file name and sentences that would break XML or run in a spreadsheet, through `aipg export`."""
    from click.testing import CliRunner

    from aipg.cli import cli
    from aipg.graph.config import load_settings
    from aipg.graph.stores import open_store
    from conftest import build_extraction, entity

    acme, gaia = entity("Company", "Acme\x0cRobotics"), entity("Program", "Gaia Initiative")
    sentences = ['=HYPERLINK("http://evil.example","Acme\x1b joins") the Gaia Initiative.',
                 "Acme funds the Gaia Initiative.\nNext line."]
    ex = build_extraction("=cmd|' /C calc'!A0", sentences, [acme, gaia],
                          [(0, "MEMBER_OF", acme.id, gaia.id), (1, "FUNDS", acme.id, gaia.id)],
                          published="2024-02-10", title="@SUM(A1) report")
    store = str(tmp_path / "s.lbug")
    with open_store(load_settings({}, store=store)) as st:
        st.ingest(ex)

    def run(*args):
        return CliRunner().invoke(cli, ["export", "--store", store, *args], prog_name="aipg")

    for fmt in ("gexf", "graphml"):
        out = tmp_path / f"g.{fmt}"
        r = run("--format", fmt, "-o", str(out))
        assert (r.exit_code, r.stdout, r.stderr) == (0, f"wrote {out}\n", "")
        minidom.parse(str(out))
        back = nx.read_gexf(out) if fmt == "gexf" else nx.read_graphml(out)
        assert back.number_of_edges() == 2 and back.nodes[acme.id]["label"] == "Acme Robotics"
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert {d["relation"]: d["spells"] for *_, d in back.edges(data=True)} == {
        "MEMBER_OF": [("2024-02-10", "2024-02-10")], "FUNDS": [("2024-02-10", "2024-02-10")]}
    r = run("--format", "csv", "-o", str(tmp_path / "csv"))
    assert r.exit_code == 0 and r.stdout.splitlines()[0] == f"wrote {tmp_path / 'csv' / 'nodes.csv'}"
    assert r.stderr == ("note: edges.csv, claims.csv: some cells hold line breaks (quoted, as CSV allows): "
                        "pass --multiline-fields=true to neo4j-admin database import\n")
    claims = list(csv.DictReader((tmp_path / "csv" / "claims.csv").open(encoding="utf-8", newline="")))
    assert {c["document_id"] for c in claims} == {"'=cmd|' /C calc'!A0"}
    assert sorted(c["evidence"][:2] for c in claims) == ["'=", "Ac"]
    r = run("--format", "gephi-csv", "--size-by", "degree", "-o", str(tmp_path / "gephi"))
    assert (r.exit_code, r.stderr) == (0, "")
    assert r.stdout == f"wrote {tmp_path / 'gephi' / 'gephi-nodes.csv'}\nwrote {tmp_path / 'gephi' / 'gephi-edges.csv'}\n"


def test_listing_csv_output_is_spreadsheet_safe(capsys):
    from aipg.cli import render

    render(["name", "score", "note"], [("=HYPERLINK(\"http://x\")", -0.5, "@SUM"), ("IBM", 2, None)], "csv")
    assert capsys.readouterr().out == 'name,score,note\n"\'=HYPERLINK(""http://x"")",-0.5,\'@SUM\nIBM,2,\n'
