"""Every Neo4j statement aipg can send passes Neo4j's own Cypher linter with zero diagnostics,
and the linter, given the project's schema, does catch the mistakes it is here for.

Everything is linted in one batch (node start-up and the linter's warm-up cost seconds).
"""

from __future__ import annotations

import pytest

from aipg import cypher
from cypherlint import db_schema, lint_cypher, lint_many, require_linter
from aipg.graph import queries
from aipg.graph.stores.neo4j_store import schema_statements, statement_variants

#: Planted mistakes, each with the parameters it declares.
PLANTED = {
    "misspelt label": ("MATCH (p:Programme) RETURN p.name", ()),
    "ladybug label()": ("MATCH (a:Company)-[r]->(b) RETURN label(r)", ()),
    "neo4j type()": ("MATCH (a:Company)-[r]->(b) RETURN type(r)", ()),
    "misspelt type and property": ("MATCH (a:Company)-[r:MEMBER_FO]->(p:Program) RETURN a.nmae", ()),
    "declared parameter": ("MATCH (p:Program) WHERE p.name = $program RETURN p.id", ("program",)),
    "undeclared parameter": ("MATCH (p:Program) WHERE p.name = $program RETURN p.id", ()),
    "syntax error": ("MATCH (p:Program RETURN p", ()),
    "ladybug shortest-path": (queries.get("shortest-path").text("ladybug"), ("source", "target")),
    "ladybug organization-partners": (queries.get("organization-partners").text("ladybug"), ("organization",)),
}


@pytest.fixture(scope="module")
def store_statements():
    return list(statement_variants())


@pytest.fixture(scope="module")
def linted(store_statements):
    """Diagnostics keyed by ("store", i), ("query", name) and ("planted", what)."""
    require_linter()
    keys, items = [], []
    for i, (_, text, params) in enumerate(store_statements):
        keys.append(("store", i))
        items.append((text, params))
    for q in queries.library():
        keys.append(("query", q.name))
        items.append((q.text("neo4j"), [p.name for p in q.parameters]))
        first = q.first("neo4j")  # what `aipg query` sends with its row limit
        keys.append(("first", q.name))
        items.append((first, [p.name for p in q.parameters] + sorted(queries.parameters_used(first) & queries.RESERVED)))
    for what, (text, params) in PLANTED.items():
        keys.append(("planted", what))
        items.append((text, params))
    return dict(zip(keys, lint_many(items)))


def test_store_sends_every_file_and_label(store_statements):
    names = {name for name, _, _ in store_statements}
    assert names == {p.stem for p in cypher.ROOT.joinpath("neo4j").glob("*.cypher")}
    upserts = [t for n, t, _ in store_statements if n == "entity_upsert"]
    assert len(upserts) == 6 and all("MERGE (n:" in t for t in upserts)
    # one edge statement per (type, source label, target label) graph.schema allows:
    # MEMBER_OF, FUNDS, SIGNS_MOU_WITH, PARTNERS_WITH, FOUNDED, EXCLUDED_FROM
    assert sum(1 for n, _, _ in store_statements if n == "edge_upsert") == 5 * 2 + 5 * 5 + 4 * 4 + 4 * 4 + 4 * 1 + 4 * 2


def test_store_statements_lint_clean(store_statements, linted):
    dirty = {f"{name}: {text}": linted[("store", i)] for i, (name, text, _) in enumerate(store_statements)
             if linted[("store", i)]}  # fmt: skip
    assert dirty == {}


def test_named_queries_lint_clean(linted):
    assert {name: d for (kind, name), d in linted.items() if kind == "query" and d} == {}
    assert len([k for k in linted if k[0] == "query"]) == len(queries.library())


def test_first_rows_forms_lint_clean(linted):
    assert {name: d for (kind, name), d in linted.items() if kind == "first" and d} == {}
    assert len([k for k in linted if k[0] == "first"]) == len(queries.library())


def test_schema_has_constraints_for_every_label_and_the_fulltext_index():
    stmts = schema_statements()
    for label in db_schema()["labels"]:
        if label == "AipgMeta":  # the store's own record: one node per key
            assert "CREATE CONSTRAINT AipgMeta_key IF NOT EXISTS FOR (m:AipgMeta) REQUIRE m.key IS UNIQUE" in stmts
            continue
        assert f"CREATE CONSTRAINT {label}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE" in stmts
    assert (
        "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS "
        "FOR (n:Company|University|Government|Program|Organization|Person) ON EACH [n.name, n.aliases]"
    ) in stmts
    assert not [s for s in stmts if "apoc" in s.lower()]


# --------------------------------------------------------------------------- the linter catches what it should
def test_misspelt_label_is_caught(linted):
    diags = linted[("planted", "misspelt label")]
    assert len(diags) == 1
    assert diags[0].startswith("1:10 warning Label Programme is not present in the database")


def test_ladybug_label_function_is_caught(linted):
    assert linted[("planted", "ladybug label()")] == [
        "1:35 error Function label is not present in the database. Make sure you didn't misspell it "
        "or that it is available when you run this statement in your application"
    ]
    assert linted[("planted", "neo4j type()")] == []


def test_misspelt_type_and_property_are_caught(linted):
    diags = linted[("planted", "misspelt type and property")]
    assert any("MEMBER_FO is not present" in d for d in diags), diags
    assert any("nmae is not present" in d for d in diags), diags


def test_undeclared_parameter_is_caught(linted):
    assert linted[("planted", "declared parameter")] == []
    assert linted[("planted", "undeclared parameter")] == ["1:34 error Parameter $program is not defined."]


def test_syntax_error_is_caught(linted):
    assert linted[("planted", "syntax error")]


def test_ladybug_only_texts_are_caught_as_neo4j(linted):
    """Why two queries keep a text per dialect: LadybugDB's would not run on Neo4j."""
    diags = linted[("planted", "ladybug shortest-path")]
    assert any("Function rels is not present" in d for d in diags), diags
    diags = linted[("planted", "ladybug organization-partners")]
    assert any("Function label is not present" in d for d in diags), diags


def test_lint_cypher_wrapper():
    require_linter()
    assert lint_cypher("MATCH (c:Company)-[:MEMBER_OF]->(p:Program {id: $id}) RETURN c.name", ["id"]) == []
    assert lint_cypher("MATCH (c:Compny) RETURN c.name")[0].startswith("1:10 warning Label Compny")


def test_schema_lists_what_the_stores_write():
    schema = db_schema()
    assert "Document" in schema["labels"] and "Claim" in schema["labels"]
    assert {"STATES", "SUBJECT", "OBJECT", "MENTIONED_IN", "FUNDS"} <= set(schema["relationshipTypes"])
    assert {"kind", "aliases", "count", "sha256", "amount_text", "first_seen", "end"} <= set(schema["propertyKeys"])
    assert "text" not in schema["propertyKeys"] and "label" not in schema["propertyKeys"]
