// Some of a replaced document's claims, by id (the others are stored as they are now);
// DETACH also removes their STATES, SUBJECT and OBJECT.
// parameters: ids
UNWIND $ids AS i
MATCH (c:Claim {id: i})
DETACH DELETE c;
