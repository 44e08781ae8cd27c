MATCH (d:Document)
RETURN d.id, d.title, d.language, d.sha256, d.path, d.url, d.publisher, d.published
ORDER BY d.id;
