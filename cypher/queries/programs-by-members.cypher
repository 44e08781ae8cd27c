// answers: Which programs have the most members?
MATCH (m)-[:MEMBER_OF]->(p:Program)
RETURN p.name AS program, count(DISTINCT m) AS members
ORDER BY members DESC, program;
