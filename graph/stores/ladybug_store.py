"""The embedded store: one LadybugDB file. The only module that imports ``ladybug``.

Statements live in ``cypher/ladybug/``; labels and types are formatted into
them only after graph.schema's check_label / check_type, and every value is a
``$parameter``. Each ingest runs in one transaction; the ingest steps are
graph.stores.cypher_store's. What is LadybugDB's own: the DDL, writing with
CREATE after deleting what a write replaces (``UNWIND ... MERGE`` scans a
whole table on every call, measured), and the file and error handling.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

import ladybug

from aipg import cypher
from aipg.graph.config import Settings
from aipg.graph.errors import RecoveryPending, StoreError, UsageError
from aipg.graph.schema import CLAIM_LABEL, DOCUMENT_LABEL, DOMAIN, LABELS, REL_TYPES, Label, check_label, check_type
from aipg.graph.stores.base import IngestResult, QueryResult
from aipg.graph.stores.cypher_store import CypherStore, Key, Row, Tx, one_line, query_error
from aipg.graph.stores.readonly import check_read_only
from aipg.graph.stores.version import SCHEMA_KEY, SCHEMA_VERSION, Layout, layout_problems, refuse, schema_version

_INTERNAL = frozenset({"_ID", "_SRC", "_DST"})
#: What the engine raises: RuntimeError for its own errors, ValueError (UnicodeDecodeError
#: among them) for values it cannot convert, and MemoryError (std::bad_alloc) for a size it
#: read from a damaged file.
ENGINE_ERRORS = (RuntimeError, ValueError, MemoryError)
_TABLE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
META = "AipgMeta"


def check_name(name: str) -> str:
    """A table, column or type name read from the schema's own database, checked before formatting."""
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_\[\]]*$", name):
        raise StoreError(f"unexpected name {name!r} in the schema: the store is damaged")
    return name


def layout(conn: ladybug.Connection) -> dict[str, dict[str, str]]:
    """Every table of a database with its columns and their types."""
    out: dict[str, dict[str, str]] = {}
    for name, in conn.execute("CALL show_tables() RETURN name").get_all():
        if not _TABLE_NAME.match(name):  # a name the engine made, but never formatted in unchecked
            raise StoreError(f"table name {name!r} is not one aipg makes: the store is damaged")
        out[name] = {row[1]: row[2] for row in conn.execute(f"CALL table_info('{name}') RETURN *").get_all()}
    return out


@lru_cache(maxsize=1)
def expected_layout() -> Layout:
    """The layout schema.cypher makes: read from a fresh in-memory database once per schema and
    engine version, then kept in the user's cache folder (making it costs ~1 s of every open:
    most of what `aipg query` spends before its statement on a 100,000-node store)."""
    cached = _layout_cache()
    try:
        found = json.loads(cached.read_text(encoding="utf-8"))
        if isinstance(found, dict) and all(isinstance(c, dict) for c in found.values()):
            return found
    except (OSError, ValueError):
        pass
    made = _made_layout()
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_name(f"{cached.name}.{os.getpid()}")
        partial.write_text(json.dumps(made), encoding="utf-8")
        os.replace(partial, cached)
    except OSError:
        pass  # no cache folder to write to: made again next time
    return made


def _layout_cache() -> Path:
    """Where the expected layout of this schema on this engine version is kept."""
    key = hashlib.sha256("\n".join([ladybug.__version__, *_schema_statements()]).encode("utf-8")).hexdigest()[:16]
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "aipg" / f"ladybug-layout-{key}.json"


def _made_layout() -> Layout:
    db = ladybug.Database(":memory:")
    conn = ladybug.Connection(db)
    try:
        for stmt in _schema_statements():
            conn.execute(stmt)
        return layout(conn)
    finally:
        conn.close()
        db.close()


def open_error(path: Path, error: Exception) -> StoreError:
    """One-line StoreError, with the fix, for a file the engine would not open."""
    msg = one_line(str(error))
    if "recovery is pending" in msg or "replay shadow" in msg:
        return RecoveryPending(
            f"store {path} was interrupted while saving (checkpoint recovery pending): run "
            f"`aipg store check --recover --store {path}` to finish it, then retry"
        )
    if "not a valid" in msg:
        return StoreError(f"{path} is not a LadybugDB database: pass another --store, or move that file away")
    if "lock" in msg.lower():
        return StoreError(f"store {path} is in use by another process: close it and retry")
    return StoreError(
        f"cannot open store {path} ({msg}): it may be damaged; run `aipg store check --store {path}`, "
        "or rebuild it with `aipg build ARTICLES --store NEW.lbug`"
    )


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


def _first(result, limit: int) -> list[list[Any]]:
    """The first ``limit`` rows of a query result, the rest never fetched."""
    rows = []
    while len(rows) < limit and result.has_next():
        rows.append(result.get_next())
    return rows


def finish_recovery(store: str) -> bool:
    """Finish an interrupted save of the file ``store`` by opening it read-write once (the engine
    replays it on open). True if one was pending; nothing else is written."""
    path = Path(store).expanduser()
    if not path.is_file():
        raise StoreError(f"no store at {path}: build one with `aipg build examples/corpus`")
    try:
        ladybug.Database(str(path), read_only=True).close()
        return False
    except ENGINE_ERRORS as e:
        error = open_error(path, e)
        if not isinstance(error, RecoveryPending):
            raise error from None
    try:
        db = ladybug.Database(str(path))
        ladybug.Connection(db).close()
        db.close()
    except ENGINE_ERRORS as e:
        raise open_error(path, e) from None
    return True


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
    refuses to create a missing file; ``migrate`` upgrades an older file
    (graph.stores.version) instead of refusing it.
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

    def __init__(self, settings: Settings, read_only: bool = False, create: bool = True, migrate: bool = False) -> None:
        path = Path(settings.store).expanduser()
        self.path = path
        self.read_only = read_only
        self._shared: _Tx | None = None  # the transaction of together(), while one is open
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
            self._prepare(migrate)
        except ENGINE_ERRORS as e:
            self.close()
            raise open_error(path, e) from None
        except StoreError:
            self.close()
            raise

    def _prepare(self, migrate: bool) -> None:
        """Compare the file with the schema before writing anything; create it in a new file.

        A store of another schema version, or one missing columns, is refused (OlderStore,
        NewerStore) unless ``migrate``: then missing tables and columns are added and the
        version recorded.
        """
        actual = layout(self._conn)
        if not actual and self.read_only:
            raise StoreError(f"store {self.path} holds no graph yet: build one with "
                             f"`aipg build examples/corpus --store {self.path}`")
        problems: list[str] = []
        if actual:
            version = schema_version(self._meta_rows() if META in actual else {})
            problems = layout_problems(actual, expected_layout(), missing_tables=self.read_only or migrate)
            if version > SCHEMA_VERSION or (not migrate and (version != SCHEMA_VERSION or problems)):
                raise refuse(str(self.path), version, problems)
        if self.read_only:
            return
        for stmt in _schema_statements():
            self._conn.execute(stmt)
        if migrate:
            self._add_columns(layout(self._conn))  # what the DDL (its own ALTERs included) left missing
            self._conn.execute(self._cypher("claim_years"))  # claims stored before they had a year
        if not actual or migrate:
            self._conn.execute(self._cypher("meta_set"), {"key": SCHEMA_KEY, "value": str(SCHEMA_VERSION)})

    def _add_columns(self, before: Layout) -> None:
        """ALTER TABLE ... ADD every column the schema has and the file lacks (existing rows get null)."""
        expected = expected_layout()
        for problem in layout_problems(before, expected, missing_tables=False):
            if " has no column " not in problem:
                raise StoreError(f"store {self.path} cannot be migrated: {problem}; rebuild it with "
                                 "`aipg build ARTICLES --store NEW.lbug`")
        for table, columns in expected.items():
            for name, kind in columns.items():
                if table in before and name not in before[table]:
                    self._conn.execute(f"ALTER TABLE {check_name(table)} ADD {check_name(name)} {check_name(kind)}")

    def _meta_rows(self) -> dict[str, str]:
        return {k: v for k, v in self._conn.execute(self._cypher("meta_get")).get_all()}

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
        except ENGINE_ERRORS as e:
            if "Cannot find property" in str(e):  # our statements name only properties our schema declares
                raise StoreError(f"store {self.path} was written by an older aipg ({one_line(str(e))}): "
                                 f"run `aipg store migrate --store {self.path}` to upgrade its tables") from None
            raise StoreError(f"reading store {self.path} failed ({one_line(str(e))}): if it persists, run "
                             f"`aipg store check --store {self.path}`") from None

    def query(self, cypher_text: str, params: Mapping[str, Any] | None = None, *, limit: int = 0) -> QueryResult:
        check_read_only(cypher_text)
        try:
            result = self._conn.execute(cypher_text, dict(params or {}))
            if isinstance(result, list):
                raise UsageError("query holds several statements: send one statement at a time")
            fetched = result.get_all() if limit <= 0 else _first(result, limit)
            rows = tuple(tuple(_plain(v) for v in row) for row in fetched)
        except RuntimeError as e:
            raise query_error(str(e)) from None
        except (ValueError, MemoryError) as e:
            raise StoreError(f"reading store {self.path} failed ({one_line(str(e))}): run "
                             f"`aipg store check --store {self.path}`") from None
        return QueryResult(tuple(result.get_column_names()), rows)

    # ------------------------------------------------------------------ ingest
    @contextmanager
    def together(self) -> Iterator[None]:
        """Every ingest inside runs in one transaction, committed at the end: a commit cost about a
        quarter of a replaced document's store time (bench/bench_replace.py). Each ingest sees the
        ones before it, as apart; if anything inside raises, all of them are rolled back (the caller
        redoes them one transaction each, so that a failing document fails alone)."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only: open it without read_only to ingest")
        if self._shared is not None:
            raise StoreError("ingests are already grouped in one transaction: do not nest together()")
        self._shared = tx = _Tx(self._conn, self.batch_size)
        try:
            yield
            if tx.begun:
                self._conn.execute("COMMIT")
        except BaseException:
            try:
                if tx.begun:
                    self._conn.execute("ROLLBACK")
            except ENGINE_ERRORS:
                pass  # a database error has already rolled the transaction back
            raise
        finally:
            self._shared = None

    def _transaction(self, document_id: str, work: Callable[[Tx], IngestResult]) -> IngestResult:
        """``work`` in the grouped transaction of ``together()`` (rolled back there on failure), else in
        a transaction of its own: ``together()``'s, around this one ingest."""
        grouped = self._shared is not None
        try:
            if grouped:
                return work(self._shared)
            with self.together():  # (refuses a read-only store)
                return work(self._shared)
        except (RuntimeError, UnicodeError) as e:  # the engine's; a ValueError of ours passes
            written = "nothing of its group was written" if grouped else "nothing was written"
            raise StoreError(f"writing document {document_id} to {self.path} failed, {written}: {one_line(str(e))}") from e

    # One anchored statement per key, source or id: with ``UNWIND $rows`` and a relationship
    # pattern this planner scans the whole table (18 ms -> 96 ms per article as a store grew to
    # 10k articles), while a single primary-key lookup stays under a millisecond.
    def _claims_of_keys(self, tx: Tx, keys: set[Key], labels: Mapping[str, str]) -> list[Row]:
        return [row for s, t, d in sorted(keys)
                for row in tx.rows(self._cypher("claims_of_key", label=labels[s]), {"source": s, "type": t, "target": d})]  # fmt: skip

    def _mentions_of(self, tx: Tx, stmt: str, ids: list[str]) -> list[Row]:
        return [row for i in ids for row in tx.rows(stmt, {"id": i})]

    def _delete_edges(self, tx: Tx, stmt: str, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            tx.run(stmt, row)

    # ------------------------------------------------------------------ bulk
    def is_empty(self) -> bool:
        """No document and no entity stored: a bulk copy may start."""
        counts = [self._rows(self._cypher("count_documents"))[0][0]]
        counts += [self._rows(self._cypher("count_label", label=l))[0][0] for l in LABELS]
        return not any(counts)

    #: COPY statements per transaction in copy_load: LadybugDB holds ~8 MB per COPY until its
    #: transaction commits (90 statements in one transaction: +0.7 GB at 2,000 documents; at
    #: 10,000, 4 per transaction peaked 0.27 GB above the store's base, 16 per transaction 0.36 GB,
    #: in about the same time).
    COPY_GROUP = 4

    def copy_load(self, plan) -> None:
        """Copy a graph.stores.bulk plan into this empty store with ``COPY ... FROM $table``.

        The rows travel as Arrow tables passed as parameters (no file, no value in the text),
        COPY_GROUP tables per transaction (one for all
        holds memory per table until the end, measured): a failure leaves the store empty, as
        it was, the tables that a committed transaction copied deleted again.
        """
        from aipg.graph.stores import arrow_tables

        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only: open it without read_only to load")
        if not self.is_empty():
            raise StoreError(f"store {self.path} is not empty: bulk copies go into a new store; ingest instead")
        copied: list[str] = []
        try:
            group = 0
            for table, pair, rows in arrow_tables.tables(plan):
                if not rows.num_rows:
                    continue
                if group == 0:
                    self._conn.execute("BEGIN TRANSACTION")
                self._conn.execute(self._copy_statement(table, pair), {"rows": rows})
                copied.append(table)
                group += 1
                if group == self.COPY_GROUP:
                    self._conn.execute("COMMIT")
                    group = 0
            if group:
                self._conn.execute("COMMIT")
        except BaseException as e:
            self._undo_copy(copied)
            if isinstance(e, RuntimeError):
                raise StoreError(f"bulk copy into {self.path} failed, nothing was written: {one_line(str(e))}") from e
            raise

    def _undo_copy(self, tables: list[str]) -> None:
        try:
            self._conn.execute("ROLLBACK")
        except RuntimeError:
            pass  # no transaction open, or a database error has already rolled it back
        (text,) = cypher.statements(cypher.load("ladybug", "copy_undo"))
        for table in dict.fromkeys(tables):  # node tables: deleting a node deletes its relationships
            if table in (*LABELS, DOCUMENT_LABEL, CLAIM_LABEL):
                self._conn.execute(text.replace("{table}", table))

    def _copy_statement(self, table: str, pair: tuple[str, str] | None) -> str:
        from aipg.graph.stores.arrow_tables import TABLES

        if table not in TABLES or (pair and not set(pair) <= TABLES):
            raise ValueError(f"unknown table {table!r} {pair or ''}: expected one of the schema's tables")
        (text,) = cypher.statements(cypher.load("ladybug", "copy_pair" if pair else "copy_table"))
        text = text.replace("{table}", table)
        return text.replace("{source}", pair[0]).replace("{target}", pair[1]) if pair else text

    # ------------------------------------------------------------------ columns for the mirror
    def entity_columns(self) -> dict[str, dict[str, list]]:
        """Per label, the ``entities_all`` columns (id, name, aliases, country) as lists, fetched as Arrow."""
        return {l: self._columns(self._cypher("entities_all", label=l)) for l in LABELS}

    def edge_columns(self) -> dict[str, dict[str, list]]:
        """Per relation type, the ``edges_all`` columns (source, target, weight, ...) as lists, fetched as Arrow."""
        return {t: self._columns(self._cypher("edges_all", type=t)) for t in REL_TYPES}

    def entity_tables(self) -> dict[str, Any]:
        """Per label, the ``entities_all`` columns as one Arrow table (no Python object per row)."""
        return {l: self._arrow(self._cypher("entities_all", label=l)) for l in LABELS}

    def edge_tables(self, *, full: bool = True, types: Iterable[str] = REL_TYPES) -> dict[str, Any]:
        """Per relation type (of ``types``), the ``edges_all`` columns as one Arrow table (no Python
        object per row); ``full=False``: without sources, evidence and amounts (``edges_skeleton``)."""
        return {t: self._arrow(self._cypher("edges_all" if full else "edges_skeleton", type=check_type(t)))
                for t in types}

    def _columns(self, stmt: str) -> dict[str, list]:
        # Arrow moves whole columns at once: ~3x faster than row lists on 500k edges (bench/bench_mirror.py).
        table = self._arrow(stmt)
        return {name: table.column(i).to_pylist() for i, name in enumerate(table.column_names)}

    def _arrow(self, stmt: str):
        try:
            return self._conn.execute(stmt).get_as_arrow()
        except RuntimeError as e:
            raise StoreError(f"reading store {self.path} failed: {one_line(str(e))}") from None
