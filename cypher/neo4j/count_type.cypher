// parameters: (none)
MATCH ()-[e:{type}]->()
RETURN count(*);
