MATCH (x)-[m:MENTIONED_IN]->(d:Document {id: $id})
DELETE m;
