MATCH (m:AipgMeta)
RETURN m.key, m.value;
