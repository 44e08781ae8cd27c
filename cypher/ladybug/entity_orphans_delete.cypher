// Entities no document mentions any more go away (with any edge still attached).
UNWIND $ids AS i
MATCH (n:{label} {id: i})
WHERE NOT EXISTS { MATCH (n)-[:MENTIONED_IN]->(:Document) }
DETACH DELETE n;
