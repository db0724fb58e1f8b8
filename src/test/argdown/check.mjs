// Parses an Argdown file with Argdown's own parser (@argdown/core) and prints what it found as one
// JSON line: the lexer and parser errors, exceptions, and the counts of statements (equivalence
// classes), arguments and relations by type. Exit code 0 when the file parsed without any error.
// Usage: node check.mjs FILE
import { readFileSync } from "node:fs";
import { ArgdownApplication, ParserPlugin, DataPlugin, ModelPlugin } from "@argdown/core";

const file = process.argv[2];
if (!file) {
  console.error("usage: node check.mjs FILE");
  process.exit(2);
}
const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), "parse-input");
app.addPlugin(new DataPlugin(), "build-model");
app.addPlugin(new ModelPlugin(), "build-model");
const response = app.run({
  input: readFileSync(file, "utf8"),
  process: ["parse-input", "build-model"],
  logExceptions: false,
  throwExceptions: false,
});
const relations = {};
for (const relation of response.relations ?? []) {
  relations[relation.relationType] = (relations[relation.relationType] ?? 0) + 1;
}
const errors = [
  ...(response.lexerErrors ?? []).map((e) => `lexer: line ${e.line}: ${e.message}`),
  ...(response.parserErrors ?? []).map((e) => `parser: line ${e.token?.startLine}: ${e.message}`),
  ...(response.exceptions ?? []).map((e) => `exception: ${e.message}`),
];
console.log(
  JSON.stringify({
    errors,
    statements: Object.keys(response.statements ?? {}).length,
    arguments: Object.keys(response.arguments ?? {}).length,
    relations,
    frontMatter: response.frontMatter ? Object.keys(response.frontMatter) : [],
  }),
);
process.exit(errors.length === 0 ? 0 : 1);
