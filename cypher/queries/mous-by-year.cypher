// answers: Which MOUs were signed each year (the claim's date, else its article's)?
// The year is the claim's own (graph.stores.cypher_store.claim_year, written with it), so the
// engine filters the Claim table on type before joining the parties.
MATCH (c:Claim)
WHERE c.type = 'SIGNS_MOU_WITH'
MATCH (c)-[:SUBJECT]->(a)
MATCH (c)-[:OBJECT]->(b)
RETURN coalesce(c.year, 'undated') AS year, a.name AS party_a, b.name AS party_b, c.document_id AS document,
       c.evidence AS evidence
ORDER BY year, party_a, party_b, document, c.sentence;
