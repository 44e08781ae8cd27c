"""The embedded store: one LadybugDB file. The only module that imports ``ladybug``.

Statements live in ``cypher/ladybug/``; labels and types are formatted into
them only after graph.schema's check_label / check_type, and every value is a
``$parameter``. Each ingest runs in one transaction; the ingest steps are
graph.stores.cypher_store's. What is LadybugDB's own: the DDL, writing with
CREATE after deleting what a write replaces (``UNWIND ... MERGE`` scans a
whole table on every call, measured), one filtered scan of Claim to find the
claims of some keys, and the file and error handling.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping

import ladybug

from aipg import cypher
from aipg.graph.config import Settings
from aipg.graph.errors import StoreError, UsageError
from aipg.graph.schema import CLAIM_LABEL, DOCUMENT_LABEL, DOMAIN, LABELS, REL_TYPES, Label, check_label, check_type
from aipg.graph.stores.base import IngestResult, QueryResult
from aipg.graph.stores.cypher_store import CypherStore, Key, Row, Tx, one_line, query_error
from aipg.graph.stores.readonly import check_read_only

_INTERNAL = frozenset({"_ID", "_SRC", "_DST"})


def _schema_statements() -> list[str]:
    """The DDL of cypher/ladybug/schema.cypher, expanded from graph.schema."""
    entity_labels = [check_label(l) for l in LABELS]
    fills = {
        "{claim_pairs}": ", ".join(f"FROM {CLAIM_LABEL} TO {l}" for l in entity_labels if l != Label.PERSON),
        "{mention_pairs}": ", ".join(f"FROM {l} TO {DOCUMENT_LABEL}" for l in entity_labels),
    }
    out: list[str] = []
    for stmt in cypher.statements(cypher.load("ladybug", "schema")):
        for key, value in fills.items():
            stmt = stmt.replace(key, value)
        if "{label}" in stmt:
            out += [stmt.replace("{label}", l) for l in entity_labels]
        elif "{type}" in stmt:
            for t in REL_TYPES:
                src, dst = DOMAIN[check_type(t)]
                pairs = ", ".join(f"FROM {s} TO {d}" for s in sorted(src) for d in sorted(dst))
                out.append(stmt.replace("{type}", t).replace("{pairs}", pairs))
        else:
            out.append(stmt)
    return out


def _plain(value: Any) -> Any:
    """Query values as plain Python.

    Nodes and relationships become dicts of their set properties (the table
    columns left null are dropped, as Neo4j stores no nulls) plus ``_label``;
    internal ids go.
    """
    if isinstance(value, dict) and "_LABEL" in value:
        props = {k: _plain(v) for k, v in value.items() if k not in _INTERNAL and k != "_LABEL" and v is not None}
        return {"_label": value["_LABEL"], **props}
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


class _Tx(Tx):
    """Statements on the connection; errors stay RuntimeErrors.

    The transaction BEGINs at the first write, so an unchanged document (the
    common case of a rebuild, only read) costs no transaction at all.
    """

    def __init__(self, conn: ladybug.Connection, batch_size: int) -> None:
        super().__init__(batch_size)
        self.conn, self.begun = conn, False

    def rows(self, stmt: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        return self.conn.execute(stmt, dict(params or {})).get_all()

    def run(self, stmt: str, params: Mapping[str, Any] | None = None) -> None:
        if not self.begun:
            self.conn.execute("BEGIN TRANSACTION")
            self.begun = True
        self.conn.execute(stmt, dict(params or {}))


class LadybugStore(CypherStore):
    """A LadybugDB file behind the Store protocol.

    ``read_only`` opens an existing file for reading only; ``create=False``
    refuses to create a missing file.
    """

    dialect = "ladybug"
    # CREATE, never MERGE: an entity is created only for an id the ingest looked up and did not
    # find, MENTIONED_IN and claims only after this document's old ones were deleted, and a
    # summary edge only after edge_delete removed the one it replaces.
    ENTITY_NEW = "entity_create"
    ENTITY_STORED = "entity_update"
    MENTION = "mention_create"
    CLAIM = "claim_create"
    EDGE = "edge_create"

    def __init__(self, settings: Settings, read_only: bool = False, create: bool = True) -> None:
        path = Path(settings.store).expanduser()
        self.path = path
        self.read_only = read_only
        self.batch_size = max(1, settings.batch_size)
        if path.is_dir():
            raise StoreError(f"store path {path} is a folder: give a file path such as {path / 'aipg.lbug'}")
        if (read_only or not create) and not path.exists():
            raise StoreError(f"no store at {path}: build one with `aipg build examples/corpus`")
        if not path.parent.is_dir():
            raise StoreError(
                f"cannot create store {path}: folder {path.parent} does not exist; "
                f"create it (mkdir -p {path.parent}) or pass another --store"
            )
        try:
            self._db = ladybug.Database(str(path), read_only=read_only)
            self._conn = ladybug.Connection(self._db)
        except RuntimeError as e:
            msg = one_line(str(e))
            if "not a valid" in msg:
                raise StoreError(
                    f"{path} is not a LadybugDB database: pass another --store, or move that file away"
                ) from None
            if "lock" in msg.lower():
                raise StoreError(f"store {path} is in use by another process: close it and retry") from None
            raise StoreError(f"cannot open store {path}: {msg}") from None
        if not read_only:
            for stmt in _schema_statements():
                self._conn.execute(stmt)

    def close(self) -> None:
        conn, db = getattr(self, "_conn", None), getattr(self, "_db", None)
        self._conn = self._db = None
        if conn is not None:
            conn.close()
        if db is not None:
            db.close()

    def _rows(self, stmt: str, params: Mapping[str, Any] | None = None) -> list[Row]:
        try:
            return self._conn.execute(stmt, dict(params or {})).get_all()
        except RuntimeError as e:
            if "Cannot find property" in str(e):  # our statements name only properties our schema declares
                raise StoreError(f"store {self.path} was written by an older aipg ({one_line(str(e))}): "
                                 f"run `aipg build PATHS --store {self.path}` once to upgrade its tables") from None
            raise StoreError(f"reading store {self.path} failed: {one_line(str(e))}") from None

    def query(self, cypher_text: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        check_read_only(cypher_text)
        try:
            result = self._conn.execute(cypher_text, dict(params or {}))
        except RuntimeError as e:
            raise query_error(str(e)) from None
        if isinstance(result, list):
            raise UsageError("query holds several statements: send one statement at a time")
        rows = tuple(tuple(_plain(v) for v in row) for row in result.get_all())
        return QueryResult(tuple(result.get_column_names()), rows)

    # ------------------------------------------------------------------ ingest
    def _transaction(self, document_id: str, work: Callable[[Tx], IngestResult]) -> IngestResult:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only: open it without read_only to ingest")
        tx = _Tx(self._conn, self.batch_size)
        try:
            result = work(tx)
            if tx.begun:
                self._conn.execute("COMMIT")
        except BaseException as e:
            try:
                if tx.begun:
                    self._conn.execute("ROLLBACK")
            except RuntimeError:
                pass  # a database error has already rolled the transaction back
            if isinstance(e, RuntimeError):
                raise StoreError(
                    f"writing document {document_id} to {self.path} failed, nothing was written: {one_line(str(e))}"
                ) from e
            raise
        return result

    def _claims_of_keys(self, tx: Tx, keys: set[Key], labels: Mapping[str, str]) -> list[Row]:
        # One filtered scan of Claim: a single statement, cheaper here than walking SUBJECT from each source.
        sources, targets = sorted({k[0] for k in keys}), sorted({k[2] for k in keys})
        return tx.rows(self._cypher("claims_between"), {"sources": sources, "targets": targets})
