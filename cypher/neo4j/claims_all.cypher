// parameters: (none)
MATCH (c:Claim)
RETURN c.document_id, c.type, c.source, c.target, c.status, c.confidence, c.evidence, c.sentence,
       c.start, c.`end`, c.rule, c.date, c.amount, c.currency, c.amount_text,
       c.round_amount, c.round_currency, c.round_amount_text;
