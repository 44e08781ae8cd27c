// answers: What was said about an organization, in date order (claim date, else article's)?
// param organization: the organization's name or any alias, any case (example: IBM)
WITH toLower($organization) AS wanted
MATCH (o)
WHERE toLower(o.name) = wanted OR any(a IN o.aliases WHERE toLower(a) = wanted)
MATCH (c:Claim)-[:SUBJECT|OBJECT]->(o)
MATCH (d:Document)-[:STATES]->(c)
MATCH (c)-[:SUBJECT]->(src)
MATCH (c)-[:OBJECT]->(dst)
RETURN coalesce(c.date, d.published, 'undated') AS date, d.id AS document, src.name AS source,
       c.type AS type, dst.name AS target, c.status AS status, c.evidence AS evidence
ORDER BY date, document, c.sentence;
