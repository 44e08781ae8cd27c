// The ids (and names) of the entities a name or alias names, any case (anchors of the named queries).
// parameters: name
WITH toLower($name) AS wanted
MATCH (n:Company|University|Government|Program|Organization|Person)
WHERE toLower(n.name) = wanted OR any(a IN n.aliases WHERE toLower(a) = wanted)
RETURN n.id, n.name;
