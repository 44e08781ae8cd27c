MATCH ()-[e:{type}]->()
RETURN count(*);
