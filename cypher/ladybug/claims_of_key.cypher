// The claims of one (source, type, target) key: a primary-key lookup, then SUBJECT backwards,
// filtered after a WITH. One key per statement: with UNWIND $keys, or the filter in the MATCH,
// the planner scans the whole Claim table instead of starting from the key (measured).
MATCH (x:{label} {id: $source})<-[:SUBJECT]-(c:Claim)
WITH c
WHERE c.type = $type AND c.target = $target
RETURN c.document_id, c.type, c.source, c.target, c.status, c.confidence, c.evidence, c.sentence,
       c.start, c.`end`, c.rule, c.date, c.amount, c.currency, c.amount_text,
       c.round_amount, c.round_currency, c.round_amount_text;
