// answers: Which organizations are members of a program, and how well attested is each?
// param program: the program's name or any alias, any case (example: AI Alliance)
// anchor: program
// Anchored: graph/queries.py turns the name into the ids of the entities so named (entity_ids_by_name).
MATCH (p:Program)
WHERE p.id IN $program
MATCH (m)-[r:MEMBER_OF]->(p)
RETURN p.name AS program, m.name AS member, m.kind AS kind, r.status AS status, r.weight AS documents
ORDER BY program, member;
