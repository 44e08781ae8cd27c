UNWIND $rows AS r
MATCH (c:Claim {id: r.claim})
MATCH (x:{label} {id: r.entity})
CREATE (c)-[:OBJECT]->(x);
