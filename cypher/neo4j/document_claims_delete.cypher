// DETACH also removes the claims' STATES, SUBJECT and OBJECT.
// parameters: id
MATCH (d:Document {id: $id})-[:STATES]->(c:Claim)
DETACH DELETE c;
