// All claims of some (source, type, target) keys whose sources have label {label}.
// parameters: keys
UNWIND $keys AS k
MATCH (x:{label} {id: k.source})<-[:SUBJECT]-(c:Claim)
WHERE c.type = k.type AND c.target = k.target
RETURN c.document_id, c.type, c.source, c.target, c.status, c.confidence, c.evidence, c.sentence,
       c.start, c.`end`, c.rule, c.date, c.amount, c.currency, c.amount_text,
       c.round_amount, c.round_currency, c.round_amount_text;
