// parameters: rows
UNWIND $rows AS r
MATCH (c:Claim {id: r.id})
MATCH (x:{label} {id: r.source})
MERGE (c)-[:SUBJECT]->(x);
