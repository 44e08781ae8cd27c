// answers: Which MOUs were signed each year (the claim's date, else its article's)?
MATCH (d:Document)-[:STATES]->(c:Claim)
WHERE c.type = 'SIGNS_MOU_WITH'
MATCH (c)-[:SUBJECT]->(a)
MATCH (c)-[:OBJECT]->(b)
RETURN coalesce(left(coalesce(c.date, d.published), 4), 'undated') AS year, a.name AS party_a,
       b.name AS party_b, d.id AS document, c.evidence AS evidence
ORDER BY year, party_a, party_b, document, c.sentence;
