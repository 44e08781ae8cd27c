// aipg store check: every claim with the fields its id is a hash of, the document stating it, and
// what its year is derived from (its date and that document's publication date).
MATCH (c:Claim)
OPTIONAL MATCH (d:Document)-[:STATES]->(c)
RETURN c.id, c.document_id, c.sentence, c.type, c.source, c.target, d.id, c.date, d.published, c.year;
