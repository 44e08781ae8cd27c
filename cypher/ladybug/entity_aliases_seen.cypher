// The surface forms each entity still has in some document (to drop stale aliases).
UNWIND $ids AS i
MATCH (n:{label} {id: i})-[m:MENTIONED_IN]->(d:Document)
RETURN n.id, d.id, m.aliases;
