MATCH (d:Document)
RETURN count(*);
