UNWIND $ids AS i
MATCH (n:{label} {id: i})
RETURN n.id, n.name, n.aliases, n.country;
