// parameters: (none)
MATCH (d:Document)
RETURN count(*);
