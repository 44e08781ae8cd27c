"""Cypher statements kept as files, loaded by name.

Layout: ``cypher/<dialect>/<name>.cypher`` for schema and upsert statements
(dialect ``ladybug`` or ``neo4j``) and ``cypher/queries/`` for the named read
queries. Only the store modules (and the query library) read this folder.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def load(folder: str, name: str) -> str:
    """Text of ``cypher/<folder>/<name>.cypher``.

    >>> load("ladybug", "does-not-exist")
    Traceback (most recent call last):
    ...
    FileNotFoundError: no Cypher file cypher/ladybug/does-not-exist.cypher
    """
    path = ROOT / folder / f"{name}.cypher"
    if not path.is_file():
        raise FileNotFoundError(f"no Cypher file cypher/{folder}/{name}.cypher")
    return path.read_text(encoding="utf-8")


def statements(text: str) -> list[str]:
    """Split a file into statements on ';' at line ends, dropping '//' comment lines."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    parts = (s.strip().rstrip(";").strip() for s in (body + "\n").split(";\n"))
    return [s for s in parts if s]
