"""graph.analysis and graph.lookup against values worked out by hand on small graphs."""

from __future__ import annotations

import json
import math

import pytest

from aipg.graph import analysis
from aipg.graph.errors import UnknownEntity, UsageError
from aipg.graph.lookup import candidates, resolve
from aipg.graph.mirror import to_networkx
from aipg.graph.model import Edge, Entity, Graph


def edge(src, typ, dst, weight=1, first=None, last=None, status="stated", confidence=0.9):
    return Edge(src, typ, dst, weight, tuple(f"d{i}" for i in range(weight)), (f"{src} {typ} {dst}.",),
                status, confidence, first, last)


@pytest.fixture
def g():
    # Ties (EXCLUDED_FROM left out): a-p, b-p, c-p, a-c, d-c, c-q
    #
    #        b          q
    #        |          |
    #        p -------- c --- d
    #         \        /
    #          `-- a -'
    return to_networkx(Graph(
        (Entity("a", "Alpha Corp", "Company", ("Alpha", "Société Alpha")), Entity("b", "Beta", "Company"),
         Entity("c", "Gamma University", "University"), Entity("d", "Delta Ministry", "Government"),
         Entity("p", "Pi Alliance", "Program"), Entity("q", "Quantum Fund", "Program")),
        (edge("a", "MEMBER_OF", "p", 1, "2020", "2020"),
         edge("b", "MEMBER_OF", "p", 2, "2022-03", "2023-06-01", confidence=0.5),
         edge("c", "MEMBER_OF", "p", 1),  # no dates: kept by every date filter
         edge("a", "PARTNERS_WITH", "c", 1, "2021-05-02", "2021-05-02"),
         edge("d", "FUNDS", "c", 3, "2019", "2024", status="potential"),
         edge("b", "EXCLUDED_FROM", "q", 1, "2023", "2023"),
         edge("c", "FOUNDED", "q", 1, "2024-01", "2024-01")),
    ))


def test_degree_counts_in_out_total_and_weight(g):
    deg = analysis.degree(g)
    # c: out MEMBER_OF p, FOUNDED q, PARTNERS_WITH a (symmetric: also in); in FUNDS from d
    #    -> in 2, out 3, total 4 distinct edges, weighted 1 + 1 + 1 + 3 = 6
    assert deg["c"] == {"in": 2, "out": 3, "total": 4, "weighted": 6}
    # b: MEMBER_OF p (weight 2); its EXCLUDED_FROM is not a tie
    assert deg["b"] == {"in": 0, "out": 1, "total": 1, "weighted": 2}
    assert deg["p"] == {"in": 3, "out": 0, "total": 3, "weighted": 4}
    assert deg["q"]["total"] == 1


def test_betweenness_exact_by_hand(g):
    # 15 pairs among 6 nodes; shortest paths through c: a-d, a-q, b-d, b-q, d-p, d-q, p-q (7);
    # through p: a-b, b-c, b-d, b-q (4). Normalized by (n-1)(n-2)/2 = 10.
    bc = analysis.betweenness(g)
    assert bc["c"] == pytest.approx(0.7)
    assert bc["p"] == pytest.approx(0.4)
    assert bc["a"] == bc["b"] == bc["d"] == bc["q"] == 0


def test_betweenness_sampled_with_all_sources_equals_exact(g):
    sampled = analysis.betweenness(g, exact_limit=2, samples=6)
    assert sampled == pytest.approx(analysis.betweenness(g))


def test_type_filter_changes_betweenness(g):
    # MEMBER_OF only: a star a, b, c around p; p lies on the 3 leaf pairs -> 3 / 10
    bc = analysis.betweenness(g, types=["MEMBER_OF"])
    assert bc["p"] == pytest.approx(0.3)
    assert bc["c"] == 0


def test_pagerank_two_nodes_by_hand():
    # a -> p, p dangling (its rank spreads to both). With alpha = 0.85, N = 2:
    # PR(a) = 0.075 + 0.425 PR(p), PR(a) + PR(p) = 1  =>  PR(a) = 0.5 / 1.425
    g = to_networkx(Graph((Entity("a", "A", "Company"), Entity("p", "P", "Program")),
                          (edge("a", "MEMBER_OF", "p"),)))
    pr = analysis.pagerank(g)
    assert pr["a"] == pytest.approx(0.5 / 1.425, abs=1e-6)
    assert pr["p"] == pytest.approx(1 - 0.5 / 1.425, abs=1e-6)


def test_eigenvector_star_by_hand():
    # star with 3 leaves: largest eigenvalue sqrt(3), eigenvector (sqrt(3), 1, 1, 1) / sqrt(6)
    leaves = ("x", "y", "z")
    g = to_networkx(Graph((Entity("p", "P", "Program"), *(Entity(n, n, "Company") for n in leaves)),
                          tuple(edge(n, "MEMBER_OF", "p") for n in leaves)))
    ev = analysis.eigenvector(g)
    assert ev["p"] == pytest.approx(1 / math.sqrt(2), abs=1e-6)
    for n in leaves:
        assert ev[n] == pytest.approx(1 / math.sqrt(6), abs=1e-6)


def test_louvain_splits_two_triangles():
    # two triangles joined by one edge (m = 7): the split has modularity
    # 2 * (3/7 - (7/14)^2) = 0.357 > 0 for one block, so Louvain returns the two triangles
    names = "abcdef"
    pairs = [("a", "b"), ("a", "c"), ("b", "c"), ("d", "e"), ("d", "f"), ("e", "f"), ("c", "d")]
    g = to_networkx(Graph(tuple(Entity(n, n.upper(), "Company") for n in names),
                          tuple(edge(u, "PARTNERS_WITH", v) for u, v in pairs)))
    assert analysis.communities(g, seed=1) == [["a", "b", "c"], ["d", "e", "f"]]
    assert analysis.communities(g, seed=1) == analysis.communities(g, seed=1)


def test_k_core(g):
    # the triangle a-p-c is the only 2-core; b, d, q hang off it with degree 1
    assert analysis.k_core(g) == ["a", "c", "p"]
    assert analysis.core_number(g)["b"] == 1
    assert analysis.k_core(g, k=1) == ["a", "b", "c", "d", "p", "q"]


def test_date_filters(g):
    # as of 2021: b-p (2022), c FOUNDED q (2024) and b EXCLUDED_FROM q (2023) are not there yet
    as_of_2021 = analysis.subgraph(g, until="2021")
    assert sorted(as_of_2021.edges(keys=True)) == [
        ("a", "c", "PARTNERS_WITH"), ("a", "p", "MEMBER_OF"), ("c", "p", "MEMBER_OF"), ("d", "c", "FUNDS")]
    assert analysis.degree(g, until="2021")["c"]["total"] == 3
    # since mid-2023: a-p (2020) and a-c (2021) are over; a year ("2023") lasts to its 31 December
    since = analysis.subgraph(g, since="2023-07")
    assert sorted(since.edges(keys=True)) == [
        ("b", "q", "EXCLUDED_FROM"), ("c", "p", "MEMBER_OF"), ("c", "q", "FOUNDED"), ("d", "c", "FUNDS")]
    # b-p ends 2023-06-01: kept from 2023-06, gone from 2023-07
    assert since.number_of_edges() + 1 == analysis.subgraph(g, since="2023-06").number_of_edges()
    assert analysis.shortest_paths(g, "b", "d", until="2021") == []


def test_label_status_confidence_filters(g):
    sub = analysis.subgraph(g, labels=["Company", "Program"])
    assert sorted(sub) == ["a", "b", "p", "q"]
    assert sorted(sub.edges(keys=True)) == [("a", "p", "MEMBER_OF"), ("b", "p", "MEMBER_OF"), ("b", "q", "EXCLUDED_FROM")]
    assert [k for *_, k in analysis.subgraph(g, status="potential").edges(keys=True)] == ["FUNDS"]
    assert ("b", "p", "MEMBER_OF") not in analysis.subgraph(g, min_confidence=0.6).edges(keys=True)
    assert sorted(analysis.subgraph(g, types="FUNDS", isolates=False)) == ["c", "d"]
    with pytest.raises(UsageError, match="unknown label 'Startup'"):
        analysis.subgraph(g, labels=["Startup"])
    with pytest.raises(UsageError, match="--since 'last year' is not a date"):
        analysis.subgraph(g, since="last year")


def test_ego_network_and_neighbors(g):
    assert sorted(analysis.ego_network(g, "b", depth=1)) == ["b", "p", "q"]  # EXCLUDED_FROM kept here
    rows = analysis.neighbors(g, "b", depth=2)
    assert [(r["id"], r["distance"]) for r in rows] == [("p", 1), ("q", 1), ("a", 2), ("c", 2)]
    assert rows[0]["via"] == ["MEMBER_OF <- b"]
    assert rows[3]["via"] == ["FOUNDED -> q", "MEMBER_OF -> p"]


def test_shortest_paths(g):
    assert analysis.shortest_paths(g, "b", "d") == [["b", "p", "c", "d"]]
    assert analysis.shortest_paths(g, "a", "b", types=["PARTNERS_WITH"]) == []
    steps = analysis.path_steps(g, ["b", "p", "c"])
    assert [(s["type"], s["forward"]) for s in steps] == [("MEMBER_OF", True), ("MEMBER_OF", False)]


def test_comembership(g):
    # p has members a, b, c; q is founded by c alone (b is excluded from it, not a member)
    co = analysis.comembership(g)
    assert sorted(tuple(sorted(e)) for e in co.edges()) == [("a", "b"), ("a", "c"), ("b", "c")]
    assert co["a"]["c"] == {"programs": ["p"], "weight": 1}
    assert analysis.comembership(g, min_shared=2).number_of_edges() == 0
    assert analysis.comembership(g, until="2021").number_of_edges() == 1  # b joined in 2022


def test_centrality_dispatch(g):
    assert analysis.centrality(g, "degree")["c"] == 4.0
    with pytest.raises(UsageError, match="unknown metric 'fame'"):
        analysis.centrality(g, "fame")


def test_lookup(g):
    assert resolve(g, "c") == "c"
    assert resolve(g, "societe alpha") == "a"  # alias, accents and case folded
    assert resolve(g, "GAMMA university!") == "c"
    with pytest.raises(UnknownEntity) as err:
        resolve(g, "Gama Univ")
    assert str(err.value).startswith('no entity named "Gama Univ": did you mean Gamma University (c)')
    assert candidates(g, "Pi Aliance", limit=1) == ["p"]


def test_lookup_ambiguous():
    g = to_networkx(Graph((Entity("ai-alliance", "AI Alliance", "Program", ("Alliance",)),
                           Entity("alliance-x", "Alliance", "Organization")), ()))
    with pytest.raises(UnknownEntity, match='"alliance" names 2 entities: AI Alliance \\(ai-alliance\\), '
                                            'Alliance \\(alliance-x\\); give the id instead'):
        resolve(g, "alliance")


# --------------------------------------------------------------------------- the CLI, on a real LadybugDB store
@pytest.fixture
def store(tmp_path):
    import hashlib

    from aipg.graph.config import load_settings
    from aipg.graph.model import Claim, Document, Extraction
    from aipg.graph.stores import open_store

    def doc(i, title, published):
        return Document(f"d{i}", title, "", "en", hashlib.sha256(title.encode()).hexdigest(),
                        url=f"https://example.org/{i}", published=published)

    ibm, meta = Entity("ibm", "IBM", "Company", ("IBM",)), Entity("meta", "Meta", "Company", ("Meta",))
    alliance = Entity("ai-alliance", "AI Alliance", "Program", ("AI Alliance", "l'Alliance"))
    openai = Entity("openai", "OpenAI", "Company", ("OpenAI",))
    keio = Entity("keio", "Keio University", "University", ("Keio",))
    s1 = "IBM and Meta launched the AI Alliance."
    s2 = "OpenAI is not part of the alliance."
    s3 = "Keio University joined the AI Alliance in 2024."
    extractions = [
        Extraction(doc(1, "Alliance launch", "2023-12-05"), (ibm, meta, alliance, openai), (
            Claim("d1", "FOUNDED", "ibm", "ai-alliance", "stated", 0.9, s1, 0, 0, len(s1), "t"),
            Claim("d1", "FOUNDED", "meta", "ai-alliance", "stated", 0.9, s1, 0, 0, len(s1), "t"),
            Claim("d1", "EXCLUDED_FROM", "openai", "ai-alliance", "stated", 0.8, s2, 1, 40, 40 + len(s2), "t"))),
        Extraction(doc(2, "Keio joins", "2024-03-01"), (keio, alliance), (
            Claim("d2", "MEMBER_OF", "keio", "ai-alliance", "stated", 0.9, s3, 0, 0, len(s3), "t", date="2024"),)),
    ]
    path = str(tmp_path / "t.lbug")
    with open_store(load_settings({}, store=path)) as st:
        for ex in extractions:
            st.ingest(ex)
    return path


def run(*args):
    from click.testing import CliRunner

    from aipg.cli import cli

    return CliRunner().invoke(cli, list(args))


def test_cli_centrality_and_communities(store):
    r = run("centrality", "--store", store, "--format", "json")
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert rows[0]["id"] == "ai-alliance" and rows[0]["degree"] == 3  # EXCLUDED_FROM is not a tie
    r = run("centrality", "--store", store, "--metric", "betweenness", "--label", "Program", "--format", "csv")
    # the alliance is on the 3 paths among ibm, meta, keio; 5 nodes (openai isolated) -> 3 / (4 * 3 / 2)
    assert r.stdout.splitlines() == ["id,name,label,betweenness", "ai-alliance,AI Alliance,Program,0.5"]
    r = run("centrality", "--store", store, "--until", "2023", "--format", "json")
    assert json.loads(r.stdout)[0]["degree"] == 2  # Keio joined in 2024
    r = run("communities", "--store", store, "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)[0]["size"] == 4


def test_cli_neighbors_and_path(store):
    r = run("neighbors", "l'alliance", "--store", store, "--format", "csv")
    assert r.exit_code == 0, r.output
    assert [line.split(",")[0] for line in r.stdout.splitlines()[1:]] == ["ibm", "keio", "meta", "openai"]
    r = run("path", "Keio", "meta", "--store", store, "--format", "json")
    steps = json.loads(r.stdout)
    assert [(s["from"], s["relation"], s["to"]) for s in steps] == [
        ("keio", "MEMBER_OF", "ai-alliance"), ("ai-alliance", "<-FOUNDED", "meta")]
    r = run("path", "openai", "ibm", "--store", store)
    assert r.exit_code == 0 and r.stdout.strip() == "no path between openai and ibm with these filters"


def test_cli_unknown_name_exits_2_with_candidates(store):
    r = run("neighbors", "Open AI Labs", "--store", store)
    assert r.exit_code == 2
    assert r.stderr.strip().startswith('aipg: no entity named "Open AI Labs": did you mean OpenAI (openai)')
    r = run("centrality", "--store", store, "--since", "soon")
    assert r.exit_code == 2 and "--since 'soon' is not a date" in r.stderr


def test_cli_export_and_html(store, tmp_path):
    r = run("export", "--store", store, "--format", "csv", "-o", str(tmp_path / "csv"))
    assert r.exit_code == 0, r.output
    assert (tmp_path / "csv" / "claims.csv").read_text(encoding="utf-8").count("\n") == 1 + 4
    r = run("export", "--store", store, "--format", "graphml", "--type", "FOUNDED", "-o", str(tmp_path / "g.graphml"))
    import networkx as nx
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_edges() == 2
    r = run("html", "--store", store, "-o", str(tmp_path / "v.html"), "--focus", "Keio", "--size-by", "degree")
    assert r.exit_code == 0, r.output
    page = (tmp_path / "v.html").read_text(encoding="utf-8")
    assert "Keio joins" in page and "https://example.org/2" in page and "https://cdn" not in page


# --------------------------------------------------------------------------- disconnected networks, marked paths
def test_eigenvector_is_computed_per_component():
    # x - y - z (a path), u - v, and w alone: networkx refuses the whole graph (AmbiguousSolution)
    g = to_networkx(Graph(tuple(Entity(n, n.upper(), "Company") for n in "xyzuvw"),
                          (edge("x", "PARTNERS_WITH", "y"), edge("y", "PARTNERS_WITH", "z"),
                           edge("u", "PARTNERS_WITH", "v"))))
    scores = analysis.eigenvector(g)
    # a path of three: eigenvector (1/2, 1/sqrt 2, 1/2) of eigenvalue sqrt 2; a pair: 1/sqrt 2 each
    assert scores == pytest.approx({"x": 0.5, "y": 2 ** -0.5, "z": 0.5, "u": 2 ** -0.5, "v": 2 ** -0.5, "w": 0.0})
    assert analysis.components(g) == {"x": 1, "y": 1, "z": 1, "u": 2, "v": 2, "w": 3}
    rows = analysis.rank(g, "eigenvector", top=2)
    assert [(r["id"], r["component"]) for r in rows] == [("u", 2), ("v", 2)]  # ties by id after the score
    assert analysis.centrality(g, "eigenvector", types=["FUNDS"]) == dict.fromkeys("xyzuvw", 0.0)


def test_path_steps_mark_hedged_and_negative_relations():
    g = to_networkx(Graph((Entity("a", "A", "Company"), Entity("p", "P", "Program"), Entity("f", "F", "Company")),
                          (edge("a", "MEMBER_OF", "p", 1, "2020", "2020"), edge("a", "EXCLUDED_FROM", "p", 1, "2024"),
                           edge("f", "FUNDS", "p", status="potential"))))
    assert analysis.shortest_paths(g, "a", "f") == [["a", "p", "f"]]
    steps = analysis.path_steps(g, ["a", "p", "f"])
    assert [analysis.step_label(s) for s in steps] == ["MEMBER_OF", "EXCLUDED_FROM (not a tie)", "<-FUNDS (potential)"]
    assert [(s["status"], s["negative"]) for s in steps] == [("stated", False), ("stated", True), ("potential", False)]


def test_cli_eigenvector_on_a_disconnected_store(store):
    # the alliance and its three founders or members form a star; OpenAI, only excluded, has no tie
    r = run("centrality", "--store", store, "--metric", "eigenvector", "--format", "csv")
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == [
        "id,name,label,eigenvector,component",
        "ai-alliance,AI Alliance,Program,0.7071,1",
        "ibm,IBM,Company,0.4082,1",
        "keio,Keio University,University,0.4082,1",
        "meta,Meta,Company,0.4082,1",
        "openai,OpenAI,Company,0,2",
    ]
