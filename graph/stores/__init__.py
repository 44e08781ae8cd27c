"""Stores: embedded LadybugDB (default) and Neo4j, behind graph.stores.base.Store.

Open one with ``open_store``; each backend module imports its driver only
when that backend is asked for, and both share their ingest steps and reads
(cypher_store.py). Stores are context managers:

    with open_store(settings) as store:
        store.ingest(extraction)
"""

from __future__ import annotations

from aipg.graph.config import Settings, checked_store
from aipg.graph.stores.base import Store


def open_store(settings: Settings, *, read_only: bool = False, create: bool = True, migrate: bool = False) -> Store:
    """The store ``settings.store`` names: a bolt:// / neo4j:// URI -> Neo4j, anything else -> a LadybugDB file.

    A missing LadybugDB file is created unless ``create`` is false or
    ``read_only`` is true (query-only commands): then it is a StoreError
    saying how to build one. ``read_only`` also opens the file in LadybugDB's
    read-only mode; on Neo4j it sends no schema statement (constraints, index) and
    reads stay guarded by ``Store.query``'s check.
    A store of another schema version is refused (graph.stores.version) unless
    ``migrate`` is true: then it is upgraded in place.
    """
    settings = checked_store(settings)
    if settings.is_server:
        from aipg.graph.stores.neo4j_store import Neo4jStore

        return Neo4jStore(settings, read_only=read_only)
    from aipg.graph.stores.ladybug_store import LadybugStore

    return LadybugStore(settings, read_only=read_only, create=create and not read_only, migrate=migrate)
