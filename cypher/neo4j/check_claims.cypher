// parameters: (none)
// aipg store check: every claim with the fields its id is a hash of, and the document stating it.
MATCH (c:Claim)
OPTIONAL MATCH (d:Document)-[:STATES]->(c)
RETURN c.id, c.document_id, c.sentence, c.type, c.source, c.target, d.id;
