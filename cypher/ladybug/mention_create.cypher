// This document's old MENTIONED_IN were deleted first, so CREATE (MERGE would scan the rel table).
UNWIND $rows AS r
MATCH (x:{label} {id: r.id})
MATCH (d:Document {id: $document})
CREATE (x)-[:MENTIONED_IN {count: r.count, aliases: r.aliases}]->(d);
