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


def write_clause(cypher: str) -> str | None:
    """The first write clause in ``cypher`` ("DETACH DELETE" kept whole), or None."""
    words = keywords(cypher)
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
    clause = write_clause(cypher)
    if clause:
        raise ReadOnlyViolation(
            f"query refused: write clause {clause} is not allowed in `aipg query` (it is read-only); "
            "use `aipg build` to change the store"
        )
