MATCH (x)-[e:{type}]->(y)
RETURN x.id, y.id, e.weight, e.sources, e.evidence, e.status, e.confidence,
       e.first_seen, e.last_seen, e.amount, e.currency, e.amount_text;
