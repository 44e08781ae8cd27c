// answers: What evidence (claims, their sentences and articles) stands behind one edge?
// param source: the source's name or any alias, any case (example: IBM)
// param type: the relation type, any case (example: SIGNS_MOU_WITH)
// param target: the target's name or any alias, any case (example: Keio University)
// For PARTNERS_WITH and SIGNS_MOU_WITH the two ends may be given in either order.
WITH toLower($source) AS s, toLower($target) AS t, toUpper($type) AS wanted
MATCH (x)
WHERE toLower(x.name) = s OR any(a IN x.aliases WHERE toLower(a) = s)
MATCH (y)
WHERE toLower(y.name) = t OR any(a IN y.aliases WHERE toLower(a) = t)
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
ORDER BY document, c.sentence;
