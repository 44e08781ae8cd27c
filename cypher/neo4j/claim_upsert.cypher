// parameters: rows, document
UNWIND $rows AS r
MATCH (d:Document {id: $document})
MERGE (c:Claim {id: r.id})
SET c.type = r.type, c.status = r.status, c.confidence = r.confidence, c.evidence = r.evidence,
    c.sentence = r.sentence, c.start = r.start, c.`end` = r.`end`, c.rule = r.rule, c.date = r.date,
    c.amount = r.amount, c.currency = r.currency, c.amount_text = r.amount_text,
    c.round_amount = r.round_amount, c.round_currency = r.round_currency, c.round_amount_text = r.round_amount_text,
    c.document_id = r.document_id, c.source = r.source, c.target = r.target, c.year = r.year
MERGE (d)-[:STATES]->(c);
