// answers: Who funds whom, with which amounts (the latest stated)?
MATCH (f)-[r:FUNDS]->(t)
RETURN f.name AS funder, t.name AS recipient, r.amount AS amount, r.currency AS currency,
       r.amount_text AS amount_text, r.status AS status, r.weight AS documents, r.last_seen AS last_seen
ORDER BY funder, recipient;
