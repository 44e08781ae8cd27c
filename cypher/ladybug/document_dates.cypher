UNWIND $ids AS i
MATCH (d:Document {id: i})
RETURN d.id, d.published;
