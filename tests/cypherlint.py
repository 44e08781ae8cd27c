"""Neo4j's official Cypher linter, from Python, against the project's schema.

``lint_cypher(text, parameters)`` returns the linter's diagnostics (empty when
the statement is clean). The schema given to the linter is the project's:
labels and relationship types from graph.schema, and the property keys the
stores write (the fields of graph.model's Document, Claim and Edge, plus
``kind`` on entities and ``count`` / ``aliases`` on MENTIONED_IN), so a
misspelt label or property, or a LadybugDB-only function such as ``label()``,
is reported. Many statements go through one node process with ``lint_many``.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterable

import pytest

from aipg.graph import schema
from aipg.graph.model import Claim, Document, Edge, Entity
from aipg.graph.stores.cypher_store import CLAIM_STORED

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "tests" / "lint" / "cypher_lint.mjs"
PACKAGE = ROOT / "node_modules" / "@neo4j-cypher" / "language-support"


def _fields(cls: type, drop: Iterable[str] = ()) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)} - set(drop)


def db_schema() -> dict[str, list[str]]:
    """Labels, relationship types and property keys of a aipg graph in Neo4j."""
    keys = (
        _fields(Entity, drop=("label",))  # the label is the node label, and `kind` as a property
        | {"kind"}
        | _fields(Document, drop=("text",))  # stores keep metadata, not text
        | _fields(Claim)
        | set(CLAIM_STORED)  # the claim's year, which the stores derive as they write it
        | _fields(Edge)
        | {"count", "aliases"}  # MENTIONED_IN
        | {"key", "value"}  # AipgMeta, the store's own record
    )
    return {
        "labels": sorted({*schema.LABELS, schema.DOCUMENT_LABEL, schema.CLAIM_LABEL, "AipgMeta"}),
        "relationshipTypes": sorted({*schema.REL_TYPES, *schema.PROVENANCE_TYPES}),
        "propertyKeys": sorted(keys),
    }


def linter_available() -> bool:
    return PACKAGE.is_dir() and shutil.which("node") is not None


def require_linter() -> None:
    """Skip (outside CI) or fail (in CI) when the linter is not installed."""
    if linter_available():
        return
    reason = "Neo4j Cypher linter not installed: run `npm ci` at the repository root (needs node)"
    if os.environ.get("CI"):
        pytest.fail(reason + " -- CI must not skip the Cypher lint")
    pytest.skip(reason)


def _lint_batch(items: list[dict]) -> list[list[str]]:
    proc = subprocess.run(
        ["node", str(HARNESS)],
        input=json.dumps({"schema": db_schema(), "items": items}),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"cypher linter failed (exit {proc.returncode}): {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def lint_many(items: Iterable[tuple[str, Iterable[str]]]) -> list[list[str]]:
    """Diagnostics for each (statement text, declared parameter names).

    One node process lints a whole batch (its start-up costs seconds); a large
    batch is shared among one process per CPU, as each statement takes the
    linter 50-200 ms.
    """
    items = [{"query": text, "parameters": sorted(set(params))} for text, params in items]
    workers = max(1, min(os.cpu_count() or 1, len(items) // 40))
    with ThreadPoolExecutor(workers) as pool:
        outputs = list(pool.map(_lint_batch, [items[w::workers] for w in range(workers)]))
    results: list[list[str]] = [[] for _ in items]
    for w, out in enumerate(outputs):
        results[w::workers] = out
    return results


def lint_cypher(text: str, parameters: Iterable[str] = ()) -> list[str]:
    """Diagnostics of Neo4j's linter for ``text`` (one or more statements); [] when clean.

    ``parameters`` names the ``$parameters`` the caller will pass; any other
    parameter used in ``text`` is reported as undefined.
    """
    return lint_many([(text, parameters)])[0]
