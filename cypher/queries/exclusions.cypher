// answers: Who is said to be excluded from, or absent from, which program?
MATCH (o)-[r:EXCLUDED_FROM]->(t)
RETURN o.name AS organization, t.name AS excluded_from, r.status AS status, r.weight AS documents,
       r.evidence AS evidence
ORDER BY organization, excluded_from;
