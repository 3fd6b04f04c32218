// Reads [{"name": ..., "text": ...}] as JSON on stdin and prints, as JSON, the Cypher errors
// Neo4j's own parser and semantic analysis find in each text ({"name": [messages]}). Missing
// parameter values are not errors here: the texts are checked without running them.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const queries = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const out = {};
for (const { name, text } of queries) {
  const { diagnostics } = lintCypherQuery(text, {});
  out[name] = diagnostics
    .filter((d) => d.severity === 1 && !/^Parameter \$\w+ is not defined\.$/.test(d.message))
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
}
process.stdout.write(JSON.stringify(out));
