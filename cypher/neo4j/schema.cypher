// Neo4j schema, created idempotently (IF NOT EXISTS) every time a store is opened.
// Placeholders are filled by graph/stores/neo4j_store.py from graph.schema only:
// {label} runs the statement once per entity label, Document and Claim;
// {labels} is every entity label joined by '|'.
// parameters: (none)
CREATE CONSTRAINT {label}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;
// Browser search over names and every alias: CALL db.index.fulltext.queryNodes('entity_names', 'alliance')
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:{labels}) ON EACH [n.name, n.aliases];
// The store's own record (graph/stores/version.py): one node per key.
CREATE CONSTRAINT AipgMeta_key IF NOT EXISTS FOR (m:AipgMeta) REQUIRE m.key IS UNIQUE;
