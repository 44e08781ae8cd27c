// CREATE, not MERGE: this document's old claims were deleted first, claim ids are unique per
// document, and UNWIND ... MERGE scans the whole node table on every call (measured).
UNWIND $rows AS r
MATCH (d:Document {id: $document})
CREATE (d)-[:STATES]->(c:Claim {id: r.id, type: r.type, status: r.status, confidence: r.confidence,
    evidence: r.evidence, sentence: r.sentence, start: r.start, `end`: r.`end`, rule: r.rule, date: r.date,
    amount: CAST(r.amount AS DOUBLE), currency: r.currency, amount_text: r.amount_text,
    round_amount: CAST(r.round_amount AS DOUBLE), round_currency: r.round_currency,
    round_amount_text: r.round_amount_text,
    document_id: r.document_id, source: r.source, target: r.target, year: r.year});
