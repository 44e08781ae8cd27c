MATCH (d:Document {id: $id})
RETURN d.sha256;
