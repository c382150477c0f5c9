// Evaluates the built scorer on one labelled JSONL file (e.g. a new batch before it is merged
// into the corpus): node scripts/eval-file.mjs FILE RUBRIC_ID   (after npm run build)
import { readFileSync } from "node:fs";
import { evaluateRubric, rubrics } from "../dist/index.js";

const [file, id] = process.argv.slice(2);
if (!file || !rubrics[id]) {
  console.error("usage: node scripts/eval-file.mjs FILE RUBRIC_ID");
  process.exit(2);
}
const rows = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line));
const answers = rows.map((r) => ({ id: r.id, answer: { text: r.text }, labels: r.labels, flags: r.flags }));
const e = evaluateRubric(rubrics[id], answers, { ignoreFlags: ["too-short", "too-long"] });
console.log(`${id}: ${e.n} answers, AUC strong/weak ${e.strongVsWeakAuc.toFixed(2)}`);
for (const [key, d] of Object.entries(e.dimensions)) console.log(`  ${key.padEnd(12)} QWK ${d.qwk.toFixed(2)}  exact ${d.exact.toFixed(2)}  adjacent ${d.adjacent.toFixed(2)}`);
