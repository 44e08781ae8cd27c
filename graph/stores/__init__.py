"""Stores: embedded LadybugDB (default) and Neo4j, behind graph.stores.base.Store."""
