// The summary edges of one type without their lists and amounts: what the HTML view
// chooses from (graph.selection); edges_among reads the rest for the drawn ones.
MATCH (x)-[e:{type}]->(y)
RETURN x.id, y.id, e.weight, e.status, e.confidence, e.first_seen, e.last_seen;
