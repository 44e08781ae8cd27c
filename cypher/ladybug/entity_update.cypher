// For ids already stored: a primary-key MATCH, then SET.
UNWIND $rows AS r
MATCH (n:{label} {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.kind = r.kind, n.country = r.country;
