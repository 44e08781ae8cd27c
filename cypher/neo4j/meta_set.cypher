// parameters: key, value
MERGE (m:AipgMeta {key: $key})
SET m.value = $value;
