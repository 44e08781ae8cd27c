"""The Neo4j backend.

Without a server: connection failures give the documented one-line errors
(a refused port through the CLI; wrong credentials and a missing database
through the translation of the driver's own exception classes), and the
store sends only statements built from graph.schema.

With a server (``NEO4J_URI`` set; marked ``neo4j``): push from the embedded
store reads back identical, pushing or ingesting twice changes nothing, and
every named query returns the same rows as on the embedded store. The store
contract suite (tests/test_store_contract.py) runs here too, through the
``neo4j`` parameter of conftest's ``store`` fixture.
"""

from __future__ import annotations

import os
import socket

import pytest
from click.testing import CliRunner
from neo4j import exceptions as neo4j_errors

from aipg.cli import cli
from conftest import NEO4J_SKIP, fresh_store
from aipg.graph import queries
from aipg.graph.config import Settings, load_settings
from aipg.graph.errors import StoreError, StoreUnavailable
from aipg.graph.stores import open_store
from aipg.graph.stores.neo4j_store import CONNECTION_TIMEOUT, Neo4jStore, statement_variants, translate_error
from aipg.graph.stores.push import extractions, push
from test_queries import EXPECTED, alliance_corpus

URI = "bolt://127.0.0.1:7687"
SETTINGS = Settings(store=URI, neo4j_user="neo4j", neo4j_password="wrong", neo4j_database="graphs")


def free_port() -> int:
    """A local port nothing listens on (bound, read, released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_error(code: str, message: str) -> neo4j_errors.Neo4jError:
    """The exception the driver raises for a server FAILURE with this code, built by the driver's own
    hydration (``_hydrate_neo4j`` in driver 6, ``hydrate`` in 5)."""
    hydrate = getattr(neo4j_errors.Neo4jError, "_hydrate_neo4j", None) or neo4j_errors.Neo4jError.hydrate
    return hydrate(code=code, message=message)


def unreachable(uri: str) -> str:
    return (
        f"Neo4j not reachable at {uri}: start it with `docker compose up -d --wait`, "
        "or drop --store to use the embedded store"
    )


# --------------------------------------------------------------------------- no server needed
@pytest.mark.parametrize("auth_error", [
    neo4j_errors.AuthError("The client is unauthorized due to authentication failure."),
    server_error("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."),
])  # fmt: skip
def test_auth_error_translation(auth_error):
    assert isinstance(auth_error, neo4j_errors.AuthError)
    err = translate_error(auth_error, SETTINGS)
    assert isinstance(err, StoreUnavailable)
    assert str(err) == (
        f"Neo4j at {URI} refused the credentials for user neo4j: set NEO4J_USER / NEO4J_PASSWORD "
        "to the values in docker-compose's NEO4J_PASSWORD"
    )


def test_service_unavailable_translation():
    err = translate_error(neo4j_errors.ServiceUnavailable("Couldn't connect to 127.0.0.1:7687"), SETTINGS)
    assert isinstance(err, StoreUnavailable)
    assert str(err) == unreachable(URI)


def test_database_not_found_translation():
    failure = server_error("Neo.ClientError.Database.DatabaseNotFound", "Graph not found: graphs")
    assert isinstance(failure, neo4j_errors.ClientError)
    err = translate_error(failure, SETTINGS)
    assert isinstance(err, StoreUnavailable)
    assert str(err) == f"Neo4j at {URI} has no database graphs: create it or set NEO4J_DATABASE"


def test_other_server_errors_stay_one_line():
    failure = server_error("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(1) already exists\nwith label Company")
    err = translate_error(failure, SETTINGS)
    assert type(err) is StoreError
    assert str(err) == f"Neo4j at {URI} failed: Node(1) already exists"


def test_refused_port_raises_store_unavailable():
    uri = f"bolt://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailable) as e:
        Neo4jStore(Settings(store=uri, neo4j_password="irrelevant"))
    assert str(e.value) == unreachable(uri)
    assert CONNECTION_TIMEOUT <= 10  # an unreachable host fails within seconds, not minutes


def test_bad_uri_names_the_fix():
    with pytest.raises(StoreUnavailable, match=r"is not a usable Neo4j URI .*: use bolt://HOST:7687"):
        Neo4jStore(Settings(store="bolt://127.0.0.1:port", neo4j_password="x"))


@pytest.mark.parametrize("command", [["stats"], ["query", "funding"], ["query", "MATCH (n) RETURN count(n)"]])
def test_cli_refused_port_one_line_exit_1(command):
    uri = f"bolt://127.0.0.1:{free_port()}"
    r = CliRunner().invoke(cli, [*command, "--store", uri])
    assert r.exit_code == 1
    assert r.output == f"aipg: {unreachable(uri)}\n"


def test_cli_push_refused_port_writes_nothing(tmp_path):
    source = tmp_path / "world.lbug"
    with open_store(Settings(store=str(source))) as st:
        for ex in alliance_corpus():
            st.ingest(ex)
    uri = f"neo4j://127.0.0.1:{free_port()}"
    r = CliRunner().invoke(cli, ["push", "--to", uri, "--from", str(source)])
    assert r.exit_code == 1
    assert r.output == f"aipg: {unreachable(uri)}\n"


def test_cli_push_needs_a_target(monkeypatch):
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.delenv("AIPG_STORE", raising=False)
    r = CliRunner().invoke(cli, ["push"])
    assert r.exit_code == 2
    assert r.output == "aipg: give the target with --to bolt://HOST:7687, or set NEO4J_URI\n"


def test_open_store_dispatches_on_scheme():
    for scheme in ("bolt", "neo4j", "bolt+s", "neo4j+ssc"):
        assert load_settings({}, store=f"{scheme}://127.0.0.1:1").is_server
    uri = f"neo4j://127.0.0.1:{free_port()}"
    with pytest.raises(StoreUnavailable):
        open_store(Settings(store=uri))


def test_statements_use_parameters_not_values():
    for name, text, params in statement_variants():
        assert "'" not in text and '"' not in text, name  # values only ever arrive as $parameters
        if name != "schema":
            assert all(f"${p}" in text for p in params), name


def test_push_rebuilds_the_extractions(tmp_path):
    """Embedded -> embedded: what push sends reproduces the source exactly."""
    with open_store(Settings(store=str(tmp_path / "a.lbug"))) as a, open_store(Settings(store=str(tmp_path / "b.lbug"))) as b:  # fmt: skip
        for ex in alliance_corpus():
            a.ingest(ex)
        sent = list(extractions(a))
        assert [ex.document.id for ex in sent] == ["a1", "a2", "a3", "a4"]
        a2 = sent[1]
        assert {e.id: e.aliases for e in a2.entities}["keio-university"] == ("l'Université Keio",)
        report = push(a, b)
        assert (report.documents, report.statuses, report.claims) == (4, {"added": 4}, 18)
        assert snapshot(b) == snapshot(a)
        again = push(a, b)
        assert again.statuses == {"unchanged": 4}
        assert snapshot(b) == snapshot(a)


def snapshot(store) -> tuple:
    return (store.documents(), store.entities(), store.edges(), store.claims(), store.mentions(),
            store.stats().to_dict(), queries.run(store, "document-mentions").rows)  # fmt: skip


# --------------------------------------------------------------------------- live Neo4j
@pytest.fixture
def neo4j_store(tmp_path):
    if not os.environ.get("NEO4J_URI"):
        pytest.skip(NEO4J_SKIP)
    store = fresh_store("neo4j", tmp_path)
    try:
        yield store
    finally:
        store.close()


@pytest.fixture
def world(tmp_path):
    path = tmp_path / "world.lbug"
    with open_store(Settings(store=str(path))) as st:
        for ex in alliance_corpus():
            st.ingest(ex)
    return path


@pytest.mark.neo4j
def test_live_push_reads_back_identical(neo4j_store, world):
    with open_store(Settings(store=str(world)), read_only=True) as src:
        report = push(src, neo4j_store)
        assert report.statuses == {"added": 4}
        assert snapshot(neo4j_store) == snapshot(src)
        assert push(src, neo4j_store).statuses == {"unchanged": 4}
        assert snapshot(neo4j_store) == snapshot(src)


@pytest.mark.neo4j
def test_live_build_twice_changes_nothing(neo4j_store):
    assert [neo4j_store.ingest(ex).status for ex in alliance_corpus()] == ["added"] * 4
    before = snapshot(neo4j_store)
    assert [neo4j_store.ingest(ex).status for ex in alliance_corpus()] == ["unchanged"] * 4
    assert snapshot(neo4j_store) == before


@pytest.mark.neo4j
def test_live_named_queries_match_embedded(neo4j_store, world):
    for ex in alliance_corpus():
        neo4j_store.ingest(ex)
    with open_store(Settings(store=str(world)), read_only=True) as embedded:
        for name, params, rows in EXPECTED:
            on_neo4j = queries.run(neo4j_store, name, params)
            on_embedded = queries.run(embedded, name, params)
            assert on_neo4j.columns == on_embedded.columns, name
            assert on_neo4j.rows == on_embedded.rows, name
            if rows is not None:
                assert [tuple(r) for r in on_neo4j.rows] == rows, name


@pytest.mark.neo4j
def test_live_cli_push_and_query(neo4j_store, world):
    uri = os.environ["NEO4J_URI"]
    r = CliRunner().invoke(cli, ["push", "--to", uri, "--from", str(world)])
    assert r.exit_code == 0, r.output
    assert r.output == f"pushed {world} to {uri}: 4 document(s), 4 added, 0 replaced, 0 unchanged, 18 claim(s)\n"
    r = CliRunner().invoke(cli, ["query", "programs-by-members", "--store", uri, "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert r.output == "program,members\nAI Alliance,6\nOpenAI for Countries,1\n"


@pytest.mark.neo4j
def test_live_wrong_password_and_missing_database(neo4j_store):
    good = load_settings(store=os.environ["NEO4J_URI"])
    with pytest.raises(StoreUnavailable) as e:
        Neo4jStore(Settings(store=good.store, neo4j_user=good.neo4j_user, neo4j_password="not-the-password"))
    assert str(e.value) == (
        f"Neo4j at {good.store} refused the credentials for user {good.neo4j_user}: "
        "set NEO4J_USER / NEO4J_PASSWORD to the values in docker-compose's NEO4J_PASSWORD"
    )
    with pytest.raises(StoreUnavailable) as e:
        Neo4jStore(Settings(store=good.store, neo4j_user=good.neo4j_user, neo4j_password=good.neo4j_password,
                            neo4j_database="nosuchdb"))  # fmt: skip
    assert str(e.value) == f"Neo4j at {good.store} has no database nosuchdb: create it or set NEO4J_DATABASE"


@pytest.mark.neo4j
def test_live_constraints_and_fulltext_index(neo4j_store):
    names = {row[0] for row in neo4j_store.query("SHOW CONSTRAINTS YIELD name RETURN name").rows}
    assert {f"{l}_id" for l in ("Company", "University", "Government", "Program", "Organization", "Person",
                                "Document", "Claim")} <= names  # fmt: skip
    for ex in alliance_corpus():
        neo4j_store.ingest(ex)
    neo4j_store.query("CALL db.awaitIndexes(60)")  # a new full-text index populates in the background
    rows = neo4j_store.query(
        "CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id", {"q": "Keio"}
    ).rows
    assert ("keio-university",) in rows
