// parameters: (none)
MATCH (d:Document)
RETURN d.id, d.title, d.language, d.sha256, d.path, d.url, d.publisher, d.published, d.extractor_version,
       d.kb_version
ORDER BY d.id;
