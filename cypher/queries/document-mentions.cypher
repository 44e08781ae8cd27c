// answers: Which entities does each article mention, how often, and in which words?
MATCH (x)-[m:MENTIONED_IN]->(d:Document)
RETURN d.id AS document, x.id AS entity, m.count AS count, m.aliases AS aliases
ORDER BY document, entity;
