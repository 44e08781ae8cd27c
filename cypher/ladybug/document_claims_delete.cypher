// DETACH also removes the claims' STATES, SUBJECT and OBJECT.
MATCH (d:Document {id: $id})-[:STATES]->(c:Claim)
DETACH DELETE c;
