// The first rows of mous-by-year, for a row limit, in two statements (graph/queries.py runs them):
// 1. each year in order with its number of MOU claims (every claim carries its year);
// 2. the rows of the first years ($keys: the earliest years whose claims together exceed $limit, or
//    every year), the claims filtered on type and year before their parties are joined.
// Before claims carried their year this form started from the year's articles (0.98 s end to end on
// a 100,000-node store); bench/README.md has the figures.
MATCH (c:Claim)
WHERE c.type = 'SIGNS_MOU_WITH'
RETURN coalesce(c.year, 'undated') AS year, count(*) AS claims
ORDER BY year;
MATCH (c:Claim)
WHERE c.type = 'SIGNS_MOU_WITH' AND coalesce(c.year, 'undated') IN $keys
MATCH (c)-[:SUBJECT]->(a)
MATCH (c)-[:OBJECT]->(b)
RETURN coalesce(c.year, 'undated') AS year, a.name AS party_a, b.name AS party_b, c.document_id AS document,
       c.evidence AS evidence
ORDER BY year, party_a, party_b, document, c.sentence
LIMIT $limit;
