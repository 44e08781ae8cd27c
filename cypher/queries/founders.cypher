// answers: Who founded or launched which programs, and when was it first reported?
MATCH (f)-[r:FOUNDED]->(p:Program)
RETURN p.name AS program, f.name AS founder, f.kind AS kind, r.first_seen AS first_seen
ORDER BY program, founder;
