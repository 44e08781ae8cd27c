// answers: Which organizations share programs with an organization, and how many?
// param organization: the organization's name or any alias, any case (example: IBM)
// anchor: organization
// Anchored: graph/queries.py turns the name into the ids of the entities so named (entity_ids_by_name),
// found here by id on the entity labels; matched by name in this statement, LadybugDB read every
// node of the store first (14-20 s on a 100,000-node store, bench/bench_queries.py).
MATCH (o:Company|University|Government|Program|Organization)
WHERE o.id IN $organization
MATCH (o)-[:MEMBER_OF]->(p:Program)<-[:MEMBER_OF]-(other)
// LadybugDB may reuse a relationship within one pattern (Neo4j never does): say other is not o.
WHERE other.id <> o.id
RETURN o.name AS organization, other.name AS co_member, count(DISTINCT p) AS shared_programs
ORDER BY shared_programs DESC, co_member;
