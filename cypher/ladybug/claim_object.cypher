UNWIND $rows AS r
MATCH (c:Claim {id: r.id})
MATCH (x:{label} {id: r.target})
CREATE (c)-[:OBJECT]->(x);
