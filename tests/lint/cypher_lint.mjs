// Lint Cypher statements with Neo4j's official linter (@neo4j-cypher/language-support).
//
// Reads one JSON object on stdin:
//   {"schema": {"labels": [...], "relationshipTypes": [...], "propertyKeys": [...]},
//    "items": [{"query": "MATCH ...", "parameters": ["name", ...]}, ...]}
// and writes a JSON list on stdout, one list of diagnostics per item, each
// "line:column severity message". Many statements go through one process
// because node start-up and the grammar load dominate the cost.
import { lintCypherQuery, testData } from "@neo4j-cypher/language-support";

const SEVERITY = { 1: "error", 2: "warning", 3: "info", 4: "hint" };

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on("data", (c) => chunks.push(c));
    process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    process.stdin.on("error", reject);
  });
}

const request = JSON.parse(await readStdin());
const base = {
  labels: request.schema.labels,
  relationshipTypes: request.schema.relationshipTypes,
  propertyKeys: request.schema.propertyKeys,
  // Neo4j's built-in functions and procedures, as shipped with the package:
  // without them the linter cannot tell a Neo4j function from a made-up one.
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
};

const results = request.items.map((item) => {
  const parameters = Object.fromEntries((item.parameters || []).map((p) => [p, null]));
  const { diagnostics } = lintCypherQuery(item.query, { ...base, parameters });
  return diagnostics.map((d) => {
    const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
    return `${where} ${SEVERITY[d.severity] || d.severity} ${d.message}`;
  });
});
process.stdout.write(JSON.stringify(results));
