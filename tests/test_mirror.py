"""A built store mirrors into an nx.MultiDiGraph of entities and summary edges."""

from __future__ import annotations

import networkx as nx

from conftest import ACME, BOREALIS, GAIA, MINISTRY
from aipg.graph.mirror import mirror


def test_mirror_of_a_built_store(built_store):
    g = mirror(built_store)
    assert isinstance(g, nx.MultiDiGraph)
    assert sorted(g.nodes) == sorted([ACME.id, BOREALIS.id, GAIA.id, MINISTRY.id])  # no Document or Claim
    acme = g.nodes[ACME.id]
    assert (acme["name"], acme["label"], acme["kind"], acme["country"]) == ("Acme Robotics", "Company", "Company", "FR")
    assert acme["aliases"] == ["Acme Robotics", "Acme Robotics Ltd", "Acme"]
    assert sorted((s, t, k) for s, t, k in g.edges(keys=True)) == sorted([
        (ACME.id, GAIA.id, "MEMBER_OF"),
        (ACME.id, GAIA.id, "FUNDS"),
        (BOREALIS.id, GAIA.id, "MEMBER_OF"),
        (ACME.id, BOREALIS.id, "PARTNERS_WITH"),
        (MINISTRY.id, GAIA.id, "FOUNDED"),
        (ACME.id, MINISTRY.id, "SIGNS_MOU_WITH"),
    ])  # fmt: skip
    funds = g[ACME.id][GAIA.id]["FUNDS"]
    assert funds["weight"] == 2
    assert funds["sources"] == ["d1", "d2"]
    assert (funds["amount"], funds["currency"], funds["status"], funds["confidence"]) == (5_000_000.0, "EUR", "stated", 0.9)
    assert (funds["first_seen"], funds["last_seen"]) == ("2024-03-01", "2024-06-01")
    assert len(funds["evidence"]) == 2
    assert g[MINISTRY.id][GAIA.id]["FOUNDED"]["first_seen"] == "2023"


def test_mirror_of_an_empty_store(store):
    g = mirror(store)
    assert g.number_of_nodes() == g.number_of_edges() == 0
