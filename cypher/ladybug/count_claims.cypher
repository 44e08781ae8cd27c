MATCH (c:Claim)
RETURN count(*);
