// One edge per statement: UNWIND $rows with a relationship pattern scans the table (measured).
MATCH (x:{source} {id: $source})-[e:{type}]->(y:{target})
WHERE y.id = $target
DELETE e;
