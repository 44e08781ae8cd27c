// The first rows of mous-by-year, for a row limit, in two statements (graph/queries.py runs them):
// 1. each year in order with its number of MOU claims and the documents holding claims of that year
//    other than its own articles (a claim dated in another year than its article's);
// 2. the rows of the first years ($keys: the earliest years whose claims together exceed $limit, or
//    every year), read from those years' articles and those other documents ($documents) only.
// The full text cut by LIMIT joined all 145,000 MOU claims of a 100,000-node store to their parties
// (0.5-0.8 s); the engine starts this one from the documents: 0.08 s + 0.18 s (bench/README.md).
MATCH (d:Document)-[:STATES]->(c:Claim)
WHERE c.type = 'SIGNS_MOU_WITH'
WITH coalesce(left(coalesce(c.date, d.published), 4), 'undated') AS year, d
RETURN year, count(*) AS claims,
       collect(DISTINCT CASE WHEN coalesce(left(d.published, 4), 'undated') <> year THEN d.id END) AS documents
ORDER BY year;
MATCH (d:Document)-[:STATES]->(c:Claim)-[:SUBJECT]->(a), (c)-[:OBJECT]->(b)
WHERE (coalesce(left(d.published, 4), 'undated') IN $keys OR d.id IN $documents)
  AND c.type = 'SIGNS_MOU_WITH'
  AND coalesce(left(coalesce(c.date, d.published), 4), 'undated') IN $keys
RETURN coalesce(left(coalesce(c.date, d.published), 4), 'undated') AS year, a.name AS party_a,
       b.name AS party_b, d.id AS document, c.evidence AS evidence
ORDER BY year, party_a, party_b, document, c.sentence
LIMIT $limit;
