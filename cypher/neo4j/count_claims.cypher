// parameters: (none)
MATCH (c:Claim)
RETURN count(*);
