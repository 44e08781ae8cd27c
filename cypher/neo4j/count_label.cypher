// parameters: (none)
MATCH (n:{label})
RETURN count(*);
