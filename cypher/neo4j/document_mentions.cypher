// Entities a document mentions, with their one label and the surface forms it used.
// parameters: id
MATCH (x)-[m:MENTIONED_IN]->(d:Document {id: $id})
RETURN x.id, head(labels(x)), m.aliases;
