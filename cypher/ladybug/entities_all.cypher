MATCH (n:{label})
RETURN n.id, n.name, n.aliases, n.country;
