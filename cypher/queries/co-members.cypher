// answers: Which organizations share programs with an organization, and how many?
// param organization: the organization's name or any alias, any case (example: IBM)
WITH toLower($organization) AS wanted
MATCH (o)
WHERE toLower(o.name) = wanted OR any(a IN o.aliases WHERE toLower(a) = wanted)
MATCH (o)-[:MEMBER_OF]->(p:Program)<-[:MEMBER_OF]-(other)
// LadybugDB may reuse a relationship within one pattern (Neo4j never does): say other is not o.
WHERE other.id <> o.id
RETURN o.name AS organization, other.name AS co_member, count(DISTINCT p) AS shared_programs
ORDER BY shared_programs DESC, co_member;
