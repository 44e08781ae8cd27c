// Entities a document mentions, with their one label, the surface forms it used and how often.
// parameters: id
MATCH (x)-[m:MENTIONED_IN]->(d:Document {id: $id})
RETURN x.id, head(labels(x)), m.aliases, m.count;
