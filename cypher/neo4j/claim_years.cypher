// Opening for writing a store made before claims were filed by year (schema version < 4): each claim's
// year is the first four characters of its own date, else of its article's publication date (as
// graph.stores.cypher_store.claim_year computes it at write time); null when neither is known.
// parameters: (none)
MATCH (d:Document)-[:STATES]->(c:Claim)
WHERE c.year IS NULL
SET c.year = left(coalesce(c.date, d.published), 4);
