// Two MATCH clauses, never both endpoints in one: the planner only uses the key of the first.
// CREATE, not MERGE: the claim is new (its old version was deleted), and MERGE would scan the rel table.
UNWIND $rows AS r
MATCH (c:Claim {id: r.id})
MATCH (x:{label} {id: r.source})
CREATE (c)-[:SUBJECT]->(x);
