UNWIND $rows AS r
MATCH (x:{source} {id: r.source})-[e:{type}]->(y:{target})
WHERE y.id = r.target
DELETE e;
