"""Neo4j hygiene (issue 11): credentials never printed, unknown schemes refused as such, a
bounded wait for a port that accepts and never answers, read-only commands that send no schema
statement, and a query guard that refuses writing procedures and administration commands.

No server is needed except for the test marked ``neo4j``; the silent server is a real socket.
"""

from __future__ import annotations

import os
import socket
import threading

import pytest
from click.testing import CliRunner

from aipg.cli import cli
from aipg.graph.config import Settings, checked_store, display_uri, load_settings
from aipg.graph.errors import ReadOnlyViolation, UsageError
from aipg.graph.stores import open_store
from aipg.graph.stores.readonly import check_read_only, procedures

from conftest import NEO4J_SKIP


def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(cli, list(args), prog_name="aipg", env=env)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_password_in_the_uri_is_used_and_never_printed():
    port = free_port()
    result = run("stats", "--store", f"bolt://reader:s3cret@127.0.0.1:{port}")
    assert result.exit_code == 1
    assert "s3cret" not in result.output and "reader" not in result.output
    assert result.stderr.startswith(f"aipg: Neo4j not reachable at bolt://127.0.0.1:{port}: ")
    s = checked_store(Settings(store="neo4j://me:p%40ss@db.example.org:7687"))
    assert (s.store, s.neo4j_user, s.neo4j_password) == ("neo4j://db.example.org:7687", "me", "p@ss")
    assert display_uri("bolt://u:p@h:1") == "bolt://h:1"


@pytest.mark.parametrize("uri, hint", [
    ("http://127.0.0.1:7474", ""),
    ("bolt+routing://127.0.0.1:7687", " (bolt+routing:// is neo4j:// since Neo4j 4.0)"),
])  # fmt: skip
def test_an_unknown_scheme_is_refused_as_such(uri, hint, tmp_path):
    result = run("stats", "--store", uri)
    assert result.exit_code == 2
    assert result.stderr == (
        f"aipg: store {uri}: unknown scheme {uri.split('://')[0]}://{hint}; use bolt://, bolt+s://, bolt+ssc://, "
        "neo4j://, neo4j+s:// or neo4j+ssc:// for Neo4j, or a file path for the embedded store\n")
    assert not any(tmp_path.iterdir()) and not os.path.exists(uri)


def test_an_upper_case_scheme_is_a_server_not_a_file():
    assert load_settings({}, store="BOLT://127.0.0.1:1").store == "bolt://127.0.0.1:1"
    assert load_settings({"NEO4J_URI": "Neo4j://h:1"}).is_server
    with pytest.raises(UsageError):
        open_store(Settings(store="ftp://h/x"))


@pytest.fixture
def silent_port():
    """A port that accepts TCP connections and never says a word."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join()
    for c in held:
        c.close()
    server.close()


def test_a_server_that_never_answers_fails_within_the_stated_wait(silent_port):
    result = run("stats", "--store", f"bolt://127.0.0.1:{silent_port}", env={"AIPG_NEO4J_TIMEOUT": "1"})
    assert result.exit_code == 1
    assert result.stderr == (
        f"aipg: Neo4j at bolt://127.0.0.1:{silent_port} did not answer within 1 s: check that this is the "
        "server's Bolt port and that it is up, or set AIPG_NEO4J_TIMEOUT to wait longer\n")


# --------------------------------------------------------------------------- the query guard
@pytest.mark.parametrize("statement, refused", [
    ("CALL db.createLabel('X')", "procedure db.createLabel"),
    ("CALL apoc.cypher.runWrite('CREATE (n)', {}) YIELD value RETURN value", "procedure apoc.cypher.runWrite"),
    ("CALL `db`.`createProperty`('x')", "procedure db.createProperty"),
    ("CALL threads=1", "procedure threads"),
    ("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "write clause TERMINATE"),
    ("STOP DATABASE neo4j", "write clause STOP"),
    ("USE system START DATABASE neo4j", "write clause START"),
])  # fmt: skip
def test_the_guard_refuses_writing_procedures_and_admin_commands(statement, refused):
    with pytest.raises(ReadOnlyViolation, match=f"^query refused: {refused} "):
        check_read_only(statement)


@pytest.mark.parametrize("statement", [
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.index.fulltext.queryNodes('entity_names', 'alliance') YIELD node RETURN node.name",
    "CALL table_info('Company') RETURN *",
    "CALL { MATCH (n:Company) RETURN n } RETURN count(n)",
    "MATCH (start:Company)-[:FUNDS]->(stop) RETURN start.name, stop.name",
    "RETURN 'CALL db.createLabel' AS text",
])  # fmt: skip
def test_the_guard_lets_reads_through(statement):
    check_read_only(statement)


def test_procedure_names_are_read_whole():
    assert procedures("CALL db . index . fulltext . queryNodes('a', 'b') YIELD node RETURN node") == [
        "db.index.fulltext.queryNodes"]


def test_cli_query_refuses_a_writing_procedure_on_the_embedded_store(tmp_path, sample_corpus):
    store = str(tmp_path / "s.lbug")
    with open_store(Settings(store=store)) as st:
        st.ingest(sample_corpus[0])
    result = run("query", "CALL db.createLabel('X')", "--store", store)
    assert result.exit_code == 2
    assert result.stderr.startswith("aipg: query refused: procedure db.createLabel is not one `aipg query` knows")


# --------------------------------------------------------------------------- live server
@pytest.mark.neo4j
def test_live_read_only_commands_send_no_schema_statement():
    if not os.environ.get("NEO4J_URI"):
        pytest.skip(NEO4J_SKIP)
    settings = load_settings()
    with open_store(settings) as st:  # a writer creates the constraints
        st._driver.execute_query("DROP CONSTRAINT Company_id IF EXISTS", database_=st.database)
    with open_store(settings, read_only=True) as st:
        st.stats()
        names = [r["name"] for r in st._driver.execute_query("SHOW CONSTRAINTS", database_=st.database).records]
    assert "Company_id" not in names
    with open_store(settings):
        pass  # and build/push put it back
