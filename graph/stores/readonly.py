"""The read-only guard of ``aipg query``: refuse Cypher that contains a write clause.

Driver-free so every backend shares it. Keywords are found by tokenising, so
string literals, comments, backtick names, ``$parameters``, ``n.property``
and ``:Label`` never count: ``RETURN 'MERGE' AS x`` is allowed.
"""

from __future__ import annotations

import re

from aipg.graph.errors import ReadOnlyViolation

#: Clauses that change data, schema, files, extensions or transaction state (Neo4j and Kuzu dialects).
WRITE_KEYWORDS = frozenset(
    {
        "CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY", "LOAD",
        "INSTALL", "UNINSTALL", "ATTACH", "CHECKPOINT", "BEGIN", "COMMIT", "ROLLBACK", "IMPORT",
        "EXPORT", "FOREACH", "UPDATE", "GRANT", "REVOKE", "DENY",
    }
)  # fmt: skip

#: Administration commands (Neo4j): refused when they open a statement, where they are commands
#: ("TERMINATE TRANSACTIONS", "STOP DATABASE"); elsewhere the same words may be variable names.
ADMIN_KEYWORDS = frozenset({"TERMINATE", "STOP", "START", "ENABLE", "DEALLOCATE", "REALLOCATE", "RENAME", "SET"})

#: The procedures ``aipg query`` may CALL: ones that only read (an allow-list: any other
#: procedure may write, as db.createLabel or apoc.cypher.runWrite do). Neo4j's, then LadybugDB's.
READ_PROCEDURES = frozenset(
    {
        "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
        "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.constraints", "db.indexes",
        "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "db.index.vector.querynodes",
        "db.info", "db.ping", "dbms.components",
        "show_tables", "table_info", "show_connection", "db_version", "show_functions", "show_indexes",
        "query_fts_index", "show_warnings", "show_macros", "show_sequences",
    }
)  # fmt: skip

# One alternation, tried left to right: things to skip first, then words and single characters.
_TOKEN = re.compile(
    r"""
    (?P<comment>//[^\n]*|/\*.*?(?:\*/|\Z))
    |(?P<string>'(?:[^'\\]|\\.)*(?:'|\Z)|"(?:[^"\\]|\\.)*(?:"|\Z))
    |(?P<quoted>`(?:[^`]|``)*(?:`|\Z))
    |(?P<word>[A-Za-z_][A-Za-z0-9_]*)
    |(?P<space>\s+)
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def keywords(cypher: str) -> list[str]:
    """Upper-cased bare words of ``cypher`` that could be clause keywords.

    >>> keywords("MATCH (n:Company) WHERE n.name = 'MERGE' // SET\\nRETURN n.set, $create")
    ['MATCH', 'N', 'WHERE', 'N', 'RETURN', 'N']
    """
    words: list[str] = []
    previous = ""  # last significant character before a word: '.', ':' or '$' make it a name
    for m in _TOKEN.finditer(cypher):
        kind = m.lastgroup
        if kind in ("comment", "space"):
            continue
        if kind == "word":
            if previous not in (".", ":", "$"):
                words.append(m.group().upper())
            previous = "w"
        else:
            previous = m.group() if kind == "other" else "q"
    return words


def procedures(cypher: str) -> list[str]:
    """Names of the procedures ``cypher`` CALLs (``CALL { ... }`` subqueries are not procedures).

    >>> procedures("CALL db.labels() YIELD label CALL { MATCH (n) RETURN n } CALL `db`.`createLabel`('X')")
    ['db.labels', 'db.createLabel']
    """
    names: list[str] = []
    parts: list[str] | None = None  # the dotted name being read after CALL
    previous = ""
    for m in _TOKEN.finditer(cypher):
        kind, text = m.lastgroup, m.group()
        if kind in ("comment", "space"):
            continue
        if parts is not None:
            if kind in ("word", "quoted") and (not parts or previous == "."):
                parts.append(text.strip("`").replace("``", "`"))
            elif text == "." and parts and previous != ".":
                pass
            else:
                if parts:
                    names.append(".".join(parts))
                parts = None
        elif kind == "word" and text.upper() == "CALL" and previous not in (".", ":", "$"):
            parts = []
        previous = text if kind == "other" else "w"
    if parts:
        names.append(".".join(parts))
    return names


def write_clause(cypher: str) -> str | None:
    """The first write clause in ``cypher`` ("DETACH DELETE" kept whole), or None."""
    words = keywords(cypher)
    first = 2 if words[:1] == ["USE"] else 0  # "USE db STOP ..." begins with its command too
    if first < len(words) and words[first] in ADMIN_KEYWORDS:
        return words[first]
    for i, w in enumerate(words):
        if w in WRITE_KEYWORDS:
            if w == "DETACH" and i + 1 < len(words) and words[i + 1] == "DELETE":
                return "DETACH DELETE"
            return w
    return None


def check_read_only(cypher: str) -> None:
    """Raise ReadOnlyViolation if ``cypher`` contains a write clause.

    >>> check_read_only("RETURN 'MERGE' AS x")
    >>> check_read_only("MATCH (n) DETACH DELETE n")
    Traceback (most recent call last):
    ...
    graph.errors.ReadOnlyViolation: query refused: write clause DETACH DELETE is not allowed in `aipg query` (it is read-only); use `aipg build` to change the store
    """
    for name in procedures(cypher):
        if name.lower() not in READ_PROCEDURES:
            raise ReadOnlyViolation(
                f"query refused: procedure {name} is not one `aipg query` knows to be read-only (it may write); "
                "CALL only db.labels, db.schema.visualization, db.index.fulltext.queryNodes, table_info and "
                "the like, or use `aipg build` to change the store"
            )
    clause = write_clause(cypher)
    if clause:
        raise ReadOnlyViolation(
            f"query refused: write clause {clause} is not allowed in `aipg query` (it is read-only); "
            "use `aipg build` to change the store"
        )
