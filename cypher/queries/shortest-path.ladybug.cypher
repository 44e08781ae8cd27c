// answers: How are two organizations connected (a shortest path of up to 5 edges)?
// param source: one end's name or any alias, any case (example: Sony Group)
// param target: the other end's name or any alias, any case (example: University of Tokyo)
// anchor: source, target
// dialects: one text per dialect: Neo4j writes shortestPath((a)-[*..5]-(b)) and lists with
// [n IN nodes(p) | n.name]; LadybugDB writes (a)-[* SHORTEST 1..5]-(b) and properties(nodes(p), 'name').
// EXCLUDED_FROM is left out: being excluded is not a connection.
// Anchored: graph/queries.py turns each name into the ids it names first (entity_ids_by_name), so the
// ends are found by id on the entity labels; matched by name in the same statement, LadybugDB searched
// paths from every node (83-154 s on stores of 2,000-10,000 articles, against 0.1 s anchored).
MATCH (a:Company:University:Government:Program:Organization)
WHERE a.id IN $source
MATCH (b:Company:University:Government:Program:Organization)
WHERE b.id IN $target
MATCH p = (a)-[:MEMBER_OF|FUNDS|SIGNS_MOU_WITH|PARTNERS_WITH|FOUNDED* SHORTEST 1..5]-(b)
RETURN length(p) AS hops, properties(nodes(p), 'name') AS path, properties(rels(p), '_label') AS relations;
