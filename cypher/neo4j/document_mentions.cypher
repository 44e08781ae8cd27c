// Entities a document mentions, with their one label.
// parameters: id
MATCH (x)-[:MENTIONED_IN]->(d:Document {id: $id})
RETURN x.id, head(labels(x));
