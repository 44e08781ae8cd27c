// parameters: rows, document
UNWIND $rows AS r
MATCH (x:{label} {id: r.id})
MATCH (d:Document {id: $document})
MERGE (x)-[m:MENTIONED_IN]->(d)
SET m.count = r.count, m.aliases = r.aliases;
