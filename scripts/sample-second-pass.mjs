// Picks the answers for the independent second labelling pass (fixed seed) and writes them
// without their first labels, so the second labeller cannot see them.
import { readFileSync, writeFileSync } from "node:fs";

const SAMPLE = { "last-job-failure": 40, "goal-hit-and-miss": 18, "interview-debrief": 12 };
let seed = 7;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
const picked = [];
for (const [rubric, n] of Object.entries(SAMPLE)) {
  const rows = readFileSync(`tests/corpus/${rubric}.v1.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const order = rows.map((row) => ({ row, key: random() })).sort((a, b) => a.key - b.key).slice(0, n);
  for (const { row } of order.sort((a, b) => a.row.id.localeCompare(b.row.id))) picked.push({ id: row.id, rubric: row.rubric, question: row.question, text: row.text });
}
writeFileSync("tests/corpus/second-pass/input.jsonl", picked.map((p) => JSON.stringify(p)).join("\n") + "\n");
console.log(`${picked.length} answers for the second pass`);
