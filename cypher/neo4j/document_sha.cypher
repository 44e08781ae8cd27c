// parameters: id
MATCH (d:Document {id: $id})
RETURN d.sha256, d.extractor_version, d.kb_version;
