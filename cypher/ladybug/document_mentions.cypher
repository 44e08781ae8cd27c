// Entities a document mentions, with their one label and the surface forms it used.
MATCH (x)-[m:MENTIONED_IN]->(d:Document {id: $id})
RETURN x.id, label(x), m.aliases;
