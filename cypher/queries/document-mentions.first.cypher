// The first rows of document-mentions, for a row limit (graph/queries.py gives $limit and $window):
// the first $window documents by id, then their mentions. Sorting every mention of the store to keep
// the first ones read all 1.1 million of them (1.6 s on a 60,000-document store, bench/bench_queries.py);
// this reads those of $window documents (0.2 s). Their rows are the first of the whole listing when
// there are more than $limit of them (graph/queries.py widens the window otherwise).
MATCH (first:Document)
WITH first
ORDER BY first.id
LIMIT $window
WITH collect(first.id) AS ids
MATCH (x)-[m:MENTIONED_IN]->(d:Document)
WHERE d.id IN ids
RETURN d.id AS document, x.id AS entity, m.count AS count, m.aliases AS aliases
ORDER BY document, entity
LIMIT $limit;
