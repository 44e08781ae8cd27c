// answers: Who are an organization's partners, and with whom did it sign MOUs?
// param organization: the organization's name or any alias, any case (example: IBM)
// dialects: one text per dialect: the relation type is type(r) in Neo4j and label(r) in LadybugDB.
// anchor: organization
// Anchored: graph/queries.py turns the name into the ids of the entities so named (entity_ids_by_name),
// found here by id on the entity labels; matched by name in this statement, LadybugDB read every
// node of the store first (18 s on a 100,000-node store, bench/bench_queries.py).
MATCH (o:Company|University|Government|Program|Organization)
WHERE o.id IN $organization
MATCH (o)-[r:PARTNERS_WITH|SIGNS_MOU_WITH]-(other)
RETURN o.name AS organization, type(r) AS relation, other.name AS partner, r.status AS status,
       r.weight AS documents, r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY partner, relation;
