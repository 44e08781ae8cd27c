// answers: Which organizations are members of a program, and how well attested is each?
// param program: the program's name or any alias, any case (example: AI Alliance)
WITH toLower($program) AS wanted
MATCH (p:Program)
WHERE toLower(p.name) = wanted OR any(a IN p.aliases WHERE toLower(a) = wanted)
MATCH (m)-[r:MEMBER_OF]->(p)
RETURN p.name AS program, m.name AS member, m.kind AS kind, r.status AS status, r.weight AS documents
ORDER BY program, member;
