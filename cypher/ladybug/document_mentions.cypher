MATCH (x)-[:MENTIONED_IN]->(d:Document {id: $id})
RETURN x.id, label(x);
