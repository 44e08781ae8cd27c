// The ids (and names) of the entities a name or alias names, any case (anchors of the named queries).
// The parameter is lower-cased in a WITH: LadybugDB takes no $parameter inside a list predicate.
WITH toLower($name) AS wanted
MATCH (n:Company:University:Government:Program:Organization:Person)
WHERE toLower(n.name) = wanted OR any(a IN n.aliases WHERE toLower(a) = wanted)
RETURN n.id, n.name;
