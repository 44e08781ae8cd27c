MERGE (m:AipgMeta {key: $key})
SET m.value = $value;
