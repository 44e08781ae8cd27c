// One summary edge per (source, type, target); MERGE never duplicates it.
// parameters: rows
UNWIND $rows AS r
MATCH (x:{source} {id: r.source})
MATCH (y:{target} {id: r.target})
MERGE (x)-[e:{type}]->(y)
SET e.weight = r.weight, e.sources = r.sources, e.evidence = r.evidence, e.status = r.status,
    e.confidence = r.confidence, e.first_seen = r.first_seen, e.last_seen = r.last_seen,
    e.amount = r.amount, e.currency = r.currency, e.amount_text = r.amount_text;
