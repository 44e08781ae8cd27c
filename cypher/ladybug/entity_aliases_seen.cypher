// The surface forms one entity still has in some document (to drop stale aliases).
// One id per statement: UNWIND $ids with a relationship pattern scans the table (measured).
MATCH (n:{label} {id: $id})-[m:MENTIONED_IN]->(d:Document)
RETURN n.id, d.id, m.aliases;
