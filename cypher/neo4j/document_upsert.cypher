// parameters: id, title, url, publisher, published, language, path, sha256, extractor_version, kb_version
MERGE (d:Document {id: $id})
SET d.title = $title, d.url = $url, d.publisher = $publisher, d.published = $published,
    d.language = $language, d.path = $path, d.sha256 = $sha256,
    d.extractor_version = $extractor_version, d.kb_version = $kb_version;
