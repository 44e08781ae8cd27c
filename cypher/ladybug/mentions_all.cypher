MATCH (x)-[m:MENTIONED_IN]->(d:Document)
RETURN x.id, d.id, m.count;
