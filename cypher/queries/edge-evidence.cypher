// answers: What evidence (claims, their sentences and articles) stands behind one edge?
// param source: the source's name or any alias, any case (example: IBM)
// param type: the relation type, any case (example: SIGNS_MOU_WITH)
// param target: the target's name or any alias, any case (example: Keio University)
// For PARTNERS_WITH and SIGNS_MOU_WITH the two ends may be given in either order.
// anchor: source, target
// Anchored: graph/queries.py turns each name into the ids of the entities so named (entity_ids_by_name),
// found here by id on the entity labels; matched by name in this statement, LadybugDB read every node
// of the store and then every claim (133-150 s on a 100,000-node store, bench/bench_queries.py).
WITH toUpper($type) AS wanted
MATCH (x:Company|University|Government|Program|Organization)
WHERE x.id IN $source
MATCH (y:Company|University|Government|Program|Organization)
WHERE y.id IN $target
MATCH (x)<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(y)
WHERE c.type = wanted
  AND ((c.source = x.id AND c.target = y.id)
       OR (c.source = y.id AND c.target = x.id AND c.type IN ['PARTNERS_WITH', 'SIGNS_MOU_WITH']))
MATCH (d:Document)-[:STATES]->(c)
MATCH (c)-[:SUBJECT]->(src)
MATCH (c)-[:OBJECT]->(dst)
RETURN src.name AS source, c.type AS type, dst.name AS target, c.status AS status,
       c.confidence AS confidence, c.evidence AS evidence, d.id AS document, d.title AS title,
       d.published AS published
ORDER BY document, c.sentence, source, target;
