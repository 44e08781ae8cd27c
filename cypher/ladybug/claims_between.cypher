// Candidate claims of some (source, type, target) keys; the caller keeps the exact keys.
// A filtered scan of Claim: one statement, and cheaper here than walking SUBJECT from each source.
MATCH (c:Claim)
WHERE c.source IN $sources AND c.target IN $targets
RETURN c.document_id, c.type, c.source, c.target, c.status, c.confidence, c.evidence, c.sentence,
       c.start, c.`end`, c.rule, c.date, c.amount, c.currency, c.amount_text;
