// answers: Who are an organization's partners, and with whom did it sign MOUs?
// param organization: the organization's name or any alias, any case (example: IBM)
// dialects: one text per dialect: the relation type is type(r) in Neo4j and label(r) in LadybugDB.
WITH toLower($organization) AS wanted
MATCH (o)
WHERE toLower(o.name) = wanted OR any(a IN o.aliases WHERE toLower(a) = wanted)
MATCH (o)-[r:PARTNERS_WITH|SIGNS_MOU_WITH]-(other)
RETURN o.name AS organization, label(r) AS relation, other.name AS partner, r.status AS status,
       r.weight AS documents, r.first_seen AS first_seen, r.last_seen AS last_seen
ORDER BY partner, relation;
