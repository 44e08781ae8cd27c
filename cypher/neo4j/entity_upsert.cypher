// parameters: rows
UNWIND $rows AS r
MERGE (n:{label} {id: r.id})
SET n.name = r.name, n.aliases = r.aliases, n.kind = r.kind, n.country = r.country;
