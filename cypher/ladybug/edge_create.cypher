// Summary edges are rewritten whole: edge_delete first, then CREATE (UNWIND ... MERGE on a
// relationship scans tables on every call; two MATCH clauses keep both endpoints key lookups).
UNWIND $rows AS r
MATCH (x:{source} {id: r.source})
MATCH (y:{target} {id: r.target})
CREATE (x)-[:{type} {weight: r.weight, sources: r.sources, evidence: r.evidence, status: r.status,
    confidence: r.confidence, first_seen: r.first_seen, last_seen: r.last_seen,
    amount: CAST(r.amount AS DOUBLE), currency: r.currency, amount_text: r.amount_text}]->(y);
