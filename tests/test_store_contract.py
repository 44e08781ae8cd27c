"""The Store contract: every backend passes these (see the ``store`` fixture in conftest)."""

from __future__ import annotations

import pytest

from conftest import ACME, BOREALIS, GAIA, MINISTRY, build_extraction, entity
from aipg.graph.errors import ReadOnlyViolation, StoreError, UsageError
from aipg.graph.stores.base import Store


def snapshot(store) -> tuple:
    """Everything a store exposes, to compare before and after."""
    return (
        store.documents(),
        store.entities(),
        store.edges(),
        store.claims(),
        store.mentions(),
        store.stats().to_dict(),
    )


def edge(store, source, type_, target):
    found = [e for e in store.edges() if e.key == (source, type_, target)]
    assert len(found) <= 1
    return found[0] if found else None


def test_store_satisfies_protocol(store):
    assert isinstance(store, Store)
    assert store.dialect in ("ladybug", "neo4j")


def test_empty_store_reads_empty(store):
    assert (store.documents(), store.entities(), store.edges(), store.claims(), store.mentions()) == ([],) * 5
    st = store.stats()
    assert st.documents == st.claims == 0
    assert sum(st.entities_by_label.values()) == sum(st.edges_by_type.values()) == 0


def test_ingest_new_documents_counts(store, sample_corpus):
    results = [store.ingest(ex) for ex in sample_corpus]
    assert [r.status for r in results] == ["added"] * 3
    assert [r.claims_written for r in results] == [3, 3, 2]
    st = store.stats()
    assert (st.documents, st.claims) == (3, 8)
    assert {k: v for k, v in st.entities_by_label.items() if v} == {
        "Company": 1, "University": 1, "Program": 1, "Government": 1,
    }  # fmt: skip
    assert {k: v for k, v in st.edges_by_type.items() if v} == {
        "MEMBER_OF": 2, "FUNDS": 1, "PARTNERS_WITH": 1, "FOUNDED": 1, "SIGNS_MOU_WITH": 1,
    }  # fmt: skip
    assert [d.id for d in store.documents()] == ["d1", "d2", "d3"]
    d1 = store.documents()[0]
    assert (d1.published, d1.language, d1.url, d1.sha256) == (
        "2024-03-01", "en", "https://example.org/d1", sample_corpus[0].document.sha256,
    )  # fmt: skip
    assert d1.text == ""  # stores keep metadata, not text


def test_claims_keep_every_property(built_store, sample_corpus):
    expected = sorted(sample_corpus[0].claims, key=lambda c: c.sentence)
    assert built_store.claims("d1") == expected
    assert len(built_store.claims()) == 8
    funds = [c for c in built_store.claims("d1") if c.type == "FUNDS"][0]
    assert (funds.amount, funds.currency, funds.amount_text) == (2_000_000.0, "EUR", "2 million euros")


def test_same_sha_is_unchanged_and_writes_nothing(built_store, sample_corpus):
    before = snapshot(built_store)
    results = [built_store.ingest(ex) for ex in sample_corpus]
    assert [r.status for r in results] == ["unchanged"] * 3
    assert snapshot(built_store) == before


def test_summary_edge_merges_documents(built_store):
    e = edge(built_store, ACME.id, "PARTNERS_WITH", BOREALIS.id)
    assert e.weight == 2
    assert e.sources == ("d1", "d2")
    assert e.evidence == (
        "Acme Robotics and Borealis University announce a partnership.",
        "L'Université Borealis s'associe à Acme.",
    )
    assert (e.first_seen, e.last_seen) == ("2024-03-01", "2024-06-01")
    assert e.status == "stated"  # stated in d1 wins over potential in d2
    assert e.confidence == 0.8  # the highest


def test_symmetric_edges_stored_once_per_pair(built_store):
    pairs = [e for e in built_store.edges() if e.type in ("PARTNERS_WITH", "SIGNS_MOU_WITH")]
    assert [(e.source, e.type, e.target) for e in pairs] == [
        (ACME.id, "PARTNERS_WITH", BOREALIS.id),
        (ACME.id, "SIGNS_MOU_WITH", MINISTRY.id),
    ]
    assert edge(built_store, BOREALIS.id, "PARTNERS_WITH", ACME.id) is None
    assert {(c.source, c.target) for c in built_store.claims() if c.type == "PARTNERS_WITH"} == {
        (ACME.id, BOREALIS.id)
    }


def test_funds_amount_of_latest_claim_and_status(built_store):
    e = edge(built_store, ACME.id, "FUNDS", GAIA.id)
    assert (e.amount, e.currency, e.amount_text) == (5_000_000.0, "EUR", "5 millions d'euros")
    assert e.status == "stated"
    assert e.confidence == 0.9
    assert e.weight == 2


def test_potential_only_edge_stays_potential(store, make_extraction):
    ex = make_extraction(
        "p1",
        ["Acme Robotics may join the Gaia Initiative."],
        [ACME, GAIA],
        [(0, "MEMBER_OF", ACME.id, GAIA.id, {"status": "potential", "confidence": 0.4})],
    )
    store.ingest(ex)
    e = edge(store, ACME.id, "MEMBER_OF", GAIA.id)
    assert (e.status, e.confidence, e.first_seen, e.last_seen) == ("potential", 0.4, None, None)


def test_claim_date_wins_over_document_date(built_store):
    e = edge(built_store, MINISTRY.id, "FOUNDED", GAIA.id)
    assert (e.first_seen, e.last_seen) == ("2023", "2023")


def test_mentioned_in_counts(built_store, sample_corpus):
    expected = sorted((i, ex.document.id, n) for ex in sample_corpus for i, n in ex.mentions)
    assert built_store.mentions() == expected
    assert (ACME.id, "d1", 4) in expected  # "Acme Robotics" x3 (one inside "... Ltd") + "Acme Robotics Ltd"


def test_entity_alias_union_and_stored_label_wins(built_store):
    ents = {e.id: e for e in built_store.entities()}
    acme = ents[ACME.id]
    assert (acme.label, acme.name, acme.country) == ("Company", "Acme Robotics", "FR")
    assert acme.aliases == ("Acme Robotics", "Acme Robotics Ltd", "Acme")
    assert ents[GAIA.id].aliases == ("Gaia Initiative", "initiative Gaia", "Gaia")
    assert built_store.labels_of([ACME.id, GAIA.id, "nobody"]) == {ACME.id: "Company", GAIA.id: "Program"}


def test_changed_document_replaces_only_its_claims(built_store, sample_corpus):
    other_claims = built_store.claims("d2") + built_store.claims("d3")
    founded = edge(built_store, MINISTRY.id, "FOUNDED", GAIA.id)
    d1_v2 = build_extraction(
        "d1",
        ["Acme Robotics will fund the Gaia Initiative with 3 million euros.", "Borealis University is not involved."],
        [entity("Company", "Acme Robotics"), GAIA, BOREALIS],
        [(0, "FUNDS", ACME.id, GAIA.id, {"amount": 3_000_000.0, "currency": "EUR", "amount_text": "3 million euros"})],
        published="2024-07-01",
    )
    result = built_store.ingest(d1_v2)
    assert (result.status, result.claims_written, result.claims_removed) == ("replaced", 1, 3)

    assert [c.evidence for c in built_store.claims("d1")] == [
        "Acme Robotics will fund the Gaia Initiative with 3 million euros."
    ]
    assert built_store.claims("d2") + built_store.claims("d3") == other_claims
    # an edge only d1 stated is gone; an edge it shared is recomputed from what remains
    assert edge(built_store, ACME.id, "MEMBER_OF", GAIA.id) is None
    p = edge(built_store, ACME.id, "PARTNERS_WITH", BOREALIS.id)
    assert (p.weight, p.sources, p.status, p.confidence) == (1, ("d2",), "potential", 0.8)
    assert p.evidence == ("L'Université Borealis s'associe à Acme.",)
    assert (p.first_seen, p.last_seen) == ("2024-06-01", "2024-06-01")
    f = edge(built_store, ACME.id, "FUNDS", GAIA.id)
    assert (f.weight, f.first_seen, f.last_seen) == (2, "2024-06-01", "2024-07-01")
    assert (f.amount, f.amount_text) == (3_000_000.0, "3 million euros")  # now the latest
    assert edge(built_store, MINISTRY.id, "FOUNDED", GAIA.id) == founded
    assert [d.published for d in built_store.documents() if d.id == "d1"] == ["2024-07-01"]
    assert built_store.stats().claims == 6
    # the surface form only the old version used is no longer an alias
    assert "Acme Robotics Ltd" not in {e.id: e for e in built_store.entities()}[ACME.id].aliases


def test_replacement_removes_entities_no_document_mentions(built_store):
    d3_v2 = build_extraction(
        "d3", ["The Gaia Initiative held a meeting."], [GAIA], [], published="2024-10-01"
    )
    assert built_store.ingest(d3_v2).status == "replaced"
    assert MINISTRY.id not in {e.id for e in built_store.entities()}
    assert edge(built_store, MINISTRY.id, "FOUNDED", GAIA.id) is None
    assert edge(built_store, ACME.id, "SIGNS_MOU_WITH", MINISTRY.id) is None
    assert (ACME.id, "d3", 1) not in built_store.mentions()
    assert ACME.id in {e.id for e in built_store.entities()}  # still mentioned in d1 and d2


def test_query_with_parameters(built_store):
    r = built_store.query("MATCH (n:Company {id: $id}) RETURN n.name AS name, n.country AS country", {"id": ACME.id})
    assert r.columns == ("name", "country")
    assert r.rows == (("Acme Robotics", "FR"),)
    r = built_store.query(
        "MATCH (d:Document)-[:STATES]->(c:Claim) WHERE c.type = $t RETURN d.id AS doc ORDER BY doc", {"t": "FUNDS"}
    )
    assert r.rows == (("d1",), ("d2",))


def test_query_returns_nodes_as_plain_dicts(built_store):
    r = built_store.query("MATCH (n:Program) RETURN n")
    (node,) = r.rows[0]
    assert isinstance(node, dict)
    assert (node["id"], node["name"], node["kind"]) == (GAIA.id, "Gaia Initiative", "Program")
    assert list(node["aliases"]) == ["Gaia Initiative", "initiative Gaia", "Gaia"]


@pytest.mark.parametrize(
    "cypher, clause",
    [
        ("MERGE (n:Company {id: 'x'}) RETURN n", "MERGE"),
        ("CREATE (n:Company {id: 'x'})", "CREATE"),
        ("MATCH (n:Company) SET n.name = 'x'", "SET"),
        ("MATCH (n:Company) DELETE n", "DELETE"),
        ("MATCH (n:Company)\nDETACH  DELETE n", "DETACH DELETE"),
        ("match (n:Company) remove n.country", "REMOVE"),
        ("MATCH (n) WHERE n.name = 'it''s' /* note */ create (m:Program {id: 'y'})", "CREATE"),
    ],
)
def test_query_refuses_write_clauses(built_store, cypher, clause):
    before = snapshot(built_store)
    with pytest.raises(ReadOnlyViolation) as err:
        built_store.query(cypher)
    assert str(err.value) == (
        f"query refused: write clause {clause} is not allowed in `aipg query` (it is read-only); "
        "use `aipg build` to change the store"
    )
    assert snapshot(built_store) == before


@pytest.mark.parametrize(
    "cypher",
    [
        "RETURN 'MERGE' AS x",
        'RETURN "CREATE (n)" AS x',
        "MATCH (n:Company) WHERE n.name <> 'DELETE' RETURN n.id AS x // SET comes later",
        "MATCH (n:Company) RETURN n.id AS x /* MERGE */",
    ],
)
def test_query_allows_keywords_in_strings_and_comments(built_store, cypher):
    r = built_store.query(cypher)
    assert r.columns == ("x",)
    assert len(r.rows) == 1


def test_query_syntax_error_is_usage_error(built_store):
    with pytest.raises(UsageError) as err:
        built_store.query("MATCH (n:Company RETURN n")
    assert "check the query; labels are Company, University" in str(err.value)
    assert "\n" not in str(err.value)


def _snapshot_after_failure(store, extraction, error=StoreError):
    before = snapshot(store)
    with pytest.raises(error):
        store.ingest(extraction)
    assert snapshot(store) == before


def test_failing_new_document_leaves_store_unchanged(built_store):
    ghost = entity("Company", "Ghost Labs")
    ex = build_extraction(
        "d4",
        ["Acme Robotics joins the Gaia Initiative.", "Ghost Labs partners with Acme Robotics."],
        [ACME, GAIA],
        [(0, "MEMBER_OF", ACME.id, GAIA.id), (1, "PARTNERS_WITH", ghost.id, ACME.id)],
        published="2024-12-01",
    )
    _snapshot_after_failure(built_store, ex)


def test_failing_replacement_leaves_store_unchanged(built_store):
    # d2 again, changed, with a claim the stored labels forbid: Acme is a Company, not a Program
    ex = build_extraction(
        "d2",
        ["L'Université Borealis rejoint Acme."],
        [BOREALIS, entity("Program", "Acme Robotics", "Acme")],
        [(0, "MEMBER_OF", BOREALIS.id, ACME.id)],
        published="2024-06-02",
    )
    _snapshot_after_failure(built_store, ex)
    fixed = build_extraction(
        "d2",
        ["L'Université Borealis s'associe à Acme Robotics."],
        [BOREALIS, ACME],
        [(0, "PARTNERS_WITH", BOREALIS.id, ACME.id)],
        published="2024-06-02",
    )
    assert built_store.ingest(fixed).status == "replaced"  # the store still works afterwards


def test_aliases_are_the_surface_forms_seen_on_add_and_on_replace(store):
    """One rule on both paths: forms seen in some document, in order of first sighting, the name only if used."""

    def aliases(entity_id):
        return {e.id: e for e in store.entities()}[entity_id].aliases

    def doc(doc_id, sentence, gaia_forms, with_acme=True):
        ents = [entity("Program", "Gaia Initiative", *gaia_forms)] + ([entity("Company", "Acme", "Acme")] * with_acme)
        return build_extraction(doc_id, [sentence], ents, [], published="2024-01-01")

    store.ingest(doc("a1", "Acme backs the initiative Gaia.", ["initiative Gaia"]))
    assert aliases(GAIA.id) == ("initiative Gaia",)  # added: the name "Gaia Initiative" was not used
    store.ingest(doc("a2", "Acme joins Gaia.", ["Gaia"], with_acme=False))
    assert aliases(GAIA.id) == ("initiative Gaia", "Gaia")
    store.ingest(doc("a1", "Acme backs the initiative Gaia (GI).", ["initiative Gaia", "GI"]))
    assert aliases(GAIA.id) == ("initiative Gaia", "Gaia", "GI")  # replaced: still no name added
    store.ingest(doc("a1", "Acme backs GI.", ["GI"]))
    assert aliases(GAIA.id) == ("Gaia", "GI")  # a form no document shows any more is dropped
    store.ingest(doc("a2", "Acme joins the Gaia Initiative.", ["Gaia Initiative"], with_acme=False))
    assert aliases(GAIA.id) == ("GI", "Gaia Initiative")  # the name, once a document uses it
    store.ingest(doc("a1", "Nothing about Acme here, only the Gaia Initiative.", ["Gaia Initiative"], with_acme=False))
    assert aliases(GAIA.id) == ("Gaia Initiative",)
    assert "acme" not in {e.id for e in store.entities()}  # no document mentions it any more


def test_replacement_drops_only_the_forms_of_the_old_version(store):
    acme_corp, acme = entity("Company", "Acme", "Acme Corp"), entity("Company", "Acme", "Acme")
    member = (0, "MEMBER_OF", acme.id, GAIA.id)
    store.ingest(build_extraction("b1", ["Acme Corp joins Gaia."], [acme_corp, GAIA], [member]))
    store.ingest(build_extraction("b2", ["Acme is growing."], [acme], []))
    assert {e.id: e for e in store.entities()}["acme"].aliases == ("Acme Corp", "Acme")
    store.ingest(build_extraction("b1", ["Gaia Initiative grows."], [GAIA], []))  # b1 no longer names Acme
    assert {e.id: e for e in store.entities()}["acme"].aliases == ("Acme",)
    assert edge(store, "acme", "MEMBER_OF", GAIA.id) is None
