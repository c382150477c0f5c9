// Human–human agreement on the double-labelled answers: the first labels (in the corpus files)
// against the independent second pass (tests/corpus/second-pass/labels-*.jsonl).
// Prints quadratic weighted kappa per dimension and lists the disagreements.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { quadraticWeightedKappa, exactAgreement, adjacentAgreement } from "../dist/index.js";

const first = new Map();
for (const file of readdirSync("tests/corpus").filter((f) => f.endsWith(".v1.jsonl"))) {
  for (const line of readFileSync(`tests/corpus/${file}`, "utf8").trim().split("\n")) {
    const row = JSON.parse(line);
    first.set(row.id, row);
  }
}
const second = [];
for (const file of readdirSync("tests/corpus/second-pass").filter((f) => f.startsWith("labels-")).sort()) {
  for (const line of readFileSync(`tests/corpus/second-pass/${file}`, "utf8").trim().split("\n")) second.push(JSON.parse(line));
}
const byDimension = new Map();
const disagreements = [];
for (const b of second) {
  const a = first.get(b.id);
  const initial = a.firstLabels ?? a.labels;
  for (const [dimension, level] of Object.entries(b.labels)) {
    const key = `${a.rubric}/${dimension}`;
    if (!byDimension.has(key)) byDimension.set(key, [[], []]);
    byDimension.get(key)[0].push(initial[dimension]);
    byDimension.get(key)[1].push(level);
    if (initial[dimension] !== level) disagreements.push({ id: b.id, rubric: a.rubric, dimension, first: initial[dimension], second: level, secondNote: b.note });
  }
}
const rows = [];
for (const [key, [x, y]] of [...byDimension].sort()) {
  rows.push({ dimension: key, n: x.length, qwk: quadraticWeightedKappa(x, y), exact: exactAgreement(x, y), adjacent: adjacentAgreement(x, y) });
}
console.table(rows.map((r) => ({ ...r, qwk: r.qwk.toFixed(2), exact: r.exact.toFixed(2), adjacent: r.adjacent.toFixed(2) })));
console.log(`${disagreements.length} disagreements over ${second.length} double-labelled answers`);
if (process.argv.includes("--write")) {
  writeFileSync("tests/corpus/second-pass/agreement.json", JSON.stringify({ answers: second.length, dimensions: rows }, null, 2) + "\n");
  writeFileSync("tests/corpus/second-pass/disagreements.jsonl", disagreements.map((d) => JSON.stringify(d)).join("\n") + "\n");
}
