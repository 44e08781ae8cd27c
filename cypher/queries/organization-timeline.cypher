// answers: What was said about an organization, in date order (claim date, else article's)?
// param organization: the organization's name or any alias, any case (example: IBM)
// anchor: organization
// Anchored: graph/queries.py turns the name into the ids of the entities so named (entity_ids_by_name),
// found here by id on the entity labels; matched by name in this statement, LadybugDB read every
// node of the store first (58-71 s on a 100,000-node store, bench/bench_queries.py).
MATCH (o:Company|University|Government|Program|Organization)
WHERE o.id IN $organization
MATCH (c:Claim)-[:SUBJECT|OBJECT]->(o)
MATCH (d:Document)-[:STATES]->(c)
MATCH (c)-[:SUBJECT]->(src)
MATCH (c)-[:OBJECT]->(dst)
RETURN coalesce(c.date, d.published, 'undated') AS date, d.id AS document, src.name AS source,
       c.type AS type, dst.name AS target, c.status AS status, c.evidence AS evidence
ORDER BY date, document, c.sentence, source, type, target;
