"""The server store: Neo4j through the official driver. The only module that imports ``neo4j``.

Statements live in ``cypher/neo4j/``; labels and types are formatted into
them only after graph.schema's check_label / check_type, and every value is a
``$parameter``. Each document is ingested in one managed write transaction
(``session.execute_write``, so the driver retries transient failures) by the
ingest steps both stores share (graph.stores.cypher_store); this module adds
the driver, MERGE statements, the linter's view of them and error translation.
Rows sent through ``UNWIND $rows`` use property names as their keys, so Neo4j's
linter (tests/test_cypher_lint.py) checks them like any property.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Callable, Iterator, Mapping

import neo4j
from neo4j import exceptions as neo4j_errors

from aipg import cypher
from aipg.graph.config import DEFAULT_NEO4J_TIMEOUT, Settings, display_uri
from aipg.graph.errors import StoreError, StoreUnavailable
from aipg.graph.schema import CLAIM_LABEL, DOCUMENT_LABEL, DOMAIN, LABELS, REL_TYPES, check_label
from aipg.graph.stores.base import IngestResult, QueryResult
from aipg.graph.stores.cypher_store import CypherStore, Row, Tx, fill, one_line, query_error
from aipg.graph.stores.readonly import check_read_only
from aipg.graph.stores.version import SCHEMA_KEY, SCHEMA_VERSION, YEARS_SINCE, refuse, schema_version

# The driver logs connection failures as warnings; with no handler configured they would reach
# stderr beside the one-line error the CLI prints, so they go to a null handler unless the app logs.
logging.getLogger("neo4j").addHandler(logging.NullHandler())

#: Seconds to wait for a connection and for the server's answer (Settings.neo4j_timeout): an
#: unreachable server, or a port that accepts and never answers, fails fast.
CONNECTION_TIMEOUT = DEFAULT_NEO4J_TIMEOUT
DATABASE_NOT_FOUND = "Neo.ClientError.Database.DatabaseNotFound"
#: What the driver raises when the server fails us; translated into one-line StoreErrors.
_FAILURES = (neo4j_errors.Neo4jError, neo4j_errors.DriverError, OSError)
_PLACEHOLDER = re.compile(r"\{(label|labels|source|target|type)\}")
_DECLARED = re.compile(r"^//\s*parameters:\s*(.*)$", re.MULTILINE)


# --------------------------------------------------------------------------- statements
def schema_statements() -> list[str]:
    """Constraints (one per entity label, Document and Claim) and the full-text index."""
    out: list[str] = []
    for stmt in cypher.statements(cypher.load("neo4j", "schema")):
        if "{label}" in stmt:
            out += [stmt.replace("{label}", l) for l in (*map(check_label, LABELS), DOCUMENT_LABEL, CLAIM_LABEL)]
        else:
            out.append(stmt.replace("{labels}", "|".join(map(check_label, LABELS))))
    return out


def declared_parameters(name: str) -> tuple[str, ...]:
    """The ``// parameters: a, b`` header of ``cypher/neo4j/<name>.cypher`` ("(none)" -> ())."""
    m = _DECLARED.search(cypher.load("neo4j", name))
    words = [w.strip() for w in (m.group(1) if m else "").split(",")]
    return tuple(w for w in words if w and w != "(none)")


def statement_variants() -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """Every statement this store can send: (file name, text, declared parameters).

    Placeholders are expanded over every label, and every (type, source label,
    target label) that graph.schema.DOMAIN allows, so a linter sees exactly
    what reaches the server.
    """
    for stmt in schema_statements():
        yield "schema", stmt, ()
    for path in sorted(cypher.ROOT.joinpath("neo4j").glob("*.cypher")):
        name = path.stem
        if name == "schema":
            continue
        params = declared_parameters(name)
        (text,) = cypher.statements(cypher.load("neo4j", name))
        used = set(_PLACEHOLDER.findall(text))
        if {"source", "target"} <= used:
            for t in REL_TYPES:
                src, dst = DOMAIN[t]
                for s in sorted(src):
                    for d in sorted(dst):
                        yield name, fill(text, {"type": t, "source": s, "target": d}), params
        elif "type" in used:
            for t in REL_TYPES:
                yield name, fill(text, {"type": t}), params
        elif "label" in used:
            for l in LABELS:
                yield name, fill(text, {"label": l}), params
        else:
            yield name, text, params


# --------------------------------------------------------------------------- errors
def translate_error(error: Exception, settings: Settings) -> StoreError:
    """One-line StoreError (with the fix) for a driver exception met while reaching the server."""
    uri, user, db = display_uri(settings.store), settings.neo4j_user, settings.neo4j_database
    if isinstance(error, neo4j_errors.AuthError):
        return StoreUnavailable(
            f"Neo4j at {uri} refused the credentials for user {user}: set NEO4J_USER / NEO4J_PASSWORD "
            "to the values in docker-compose's NEO4J_PASSWORD"
        )
    if isinstance(error, neo4j_errors.Neo4jError) and (
        error.code == DATABASE_NOT_FOUND or "database does not exist" in str(error.message).lower()
    ):
        return StoreUnavailable(f"Neo4j at {uri} has no database {db}: create it or set NEO4J_DATABASE")
    if isinstance(error, (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired, OSError)):
        if any(w in str(error).lower() for w in ("handshake", "deadline", "timed out")):
            return StoreUnavailable(
                f"Neo4j at {uri} did not answer within {settings.neo4j_timeout} s: check that this is the "
                "server's Bolt port and that it is up, or set AIPG_NEO4J_TIMEOUT to wait longer"
            )
        return StoreUnavailable(
            f"Neo4j not reachable at {uri}: start it with `docker compose up -d --wait`, "
            "or drop --store to use the embedded store"
        )
    if isinstance(error, (neo4j_errors.ConfigurationError, ValueError)):
        return StoreUnavailable(
            f"{uri} is not a usable Neo4j URI ({one_line(str(error)).replace(settings.store, uri)}): "
            "use bolt://HOST:7687 or neo4j://HOST:7687"
        )
    detail = error.message if isinstance(error, neo4j_errors.Neo4jError) and error.message else str(error)
    return StoreError(f"Neo4j at {uri} failed: {one_line(detail)}")


# --------------------------------------------------------------------------- values
def _plain(value: Any) -> Any:
    """Query values as plain Python: nodes and relationships as property dicts with ``_label``."""
    if isinstance(value, neo4j.graph.Node):
        return {"_label": next(iter(sorted(value.labels)), None), **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_label": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, neo4j.graph.Path):
        return {"_nodes": [_plain(n) for n in value.nodes], "_rels": [_plain(r) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if hasattr(value, "iso_format"):  # neo4j.time values
        return value.iso_format()
    return value


class _Tx(Tx):
    """Statements in one managed transaction."""

    def __init__(self, tx: neo4j.ManagedTransaction, batch_size: int) -> None:
        super().__init__(batch_size)
        self.tx = tx

    def rows(self, stmt: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return [list(r.values()) for r in self.tx.run(stmt, dict(params or {}))]

    def run(self, stmt: str, params: Mapping[str, Any] | None = None) -> None:
        self.tx.run(stmt, dict(params or {})).consume()


# --------------------------------------------------------------------------- the store
class Neo4jStore(CypherStore):
    """A Neo4j database behind the Store protocol; ``settings.store`` is its bolt:// or neo4j:// URI."""

    dialect = "neo4j"
    # MERGE on the stable id: a server's store has uniqueness constraints and no table scans to avoid.
    ENTITY_NEW = ENTITY_STORED = "entity_upsert"
    MENTION = "mention_upsert"
    CLAIM = "claim_upsert"
    EDGE = "edge_upsert"

    def __init__(self, settings: Settings, read_only: bool = False) -> None:
        self.settings = settings
        self.database = settings.neo4j_database
        self.batch_size = max(1, settings.batch_size)
        self.read_only = read_only
        self._driver = None
        auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password is not None else None
        wait = float(settings.neo4j_timeout)
        try:
            self._driver = neo4j.GraphDatabase.driver(
                settings.store, auth=auth, connection_timeout=wait, connection_acquisition_timeout=wait
            )
            self._driver.verify_connectivity()
            # The database is only resolved by a query: a missing one fails here, before any write.
            # Read-only commands send no schema statement: a reader role may not create constraints.
            for stmt in ["RETURN 1"] if read_only else schema_statements():
                self._driver.execute_query(stmt, database_=self.database,
                                           routing_=neo4j.RoutingControl.READ if read_only else neo4j.RoutingControl.WRITE)
            self._check_version()
        except (*_FAILURES, ValueError) as e:
            self.close()
            raise translate_error(e, settings) from None
        except StoreError:
            self.close()
            raise

    def _check_version(self) -> None:
        """Refuse a database a newer aipg wrote, or one older than the claims' years when only reading
        (`aipg store migrate` fills them); fill them and record the schema version when writing."""
        meta = self.meta()
        version = schema_version(meta) if meta else SCHEMA_VERSION
        if version > SCHEMA_VERSION or (self.read_only and version < YEARS_SINCE):
            raise refuse(display_uri(self.settings.store), version, [])
        if not self.read_only:
            if version < YEARS_SINCE:  # claims stored before they had a year: filled once
                self._driver.execute_query(self._cypher("claim_years"), database_=self.database)
            self._driver.execute_query(self._cypher("meta_set"), {"key": SCHEMA_KEY, "value": str(SCHEMA_VERSION)},
                                       database_=self.database)

    def close(self) -> None:
        driver, self._driver = self._driver, None
        if driver is not None:
            driver.close()

    def wipe(self) -> None:
        """Delete every node and relationship (the live tests start from nothing)."""
        self._driver.execute_query(self._cypher("wipe"), database_=self.database)

    def _rows(self, stmt: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        try:
            records = self._driver.execute_query(
                stmt, dict(params or {}), database_=self.database, routing_=neo4j.RoutingControl.READ
            ).records
        except _FAILURES as e:
            raise translate_error(e, self.settings) from None
        return [list(r.values()) for r in records]

    def query(self, cypher_text: str, params: Mapping[str, Any] | None = None, *, limit: int = 0) -> QueryResult:
        check_read_only(cypher_text)
        try:
            result = self._driver.execute_query(
                cypher_text, dict(params or {}), database_=self.database, routing_=neo4j.RoutingControl.READ
            )
        except neo4j_errors.ClientError as e:
            if isinstance(e, neo4j_errors.AuthError) or e.code == DATABASE_NOT_FOUND:
                raise translate_error(e, self.settings) from None
            raise query_error(e.message or str(e)) from None
        except _FAILURES as e:
            raise translate_error(e, self.settings) from None
        records = result.records if limit <= 0 else result.records[:limit]  # the server sent them all
        rows = tuple(tuple(_plain(v) for v in r.values()) for r in records)
        return QueryResult(tuple(result.keys), rows)

    # ------------------------------------------------------------------ ingest
    def _transaction(self, document_id: str, work: Callable[[Tx], IngestResult]) -> IngestResult:
        if self.read_only:
            raise StoreError(f"Neo4j at {display_uri(self.settings.store)} is open read-only: open it without "
                             "read_only to ingest")
        # execute_write retries ``work`` on transient failures; any exception rolls it all back.
        try:
            with self._driver.session(database=self.database) as session:
                return session.execute_write(lambda tx: work(_Tx(tx, self.batch_size)))
        except _FAILURES as e:  # StoreError from a bad extraction passes through as it is
            raise translate_error(e, self.settings) from None
