// Folds the independent second pass and the adjudicated resolutions into the corpus files:
// each double-labelled answer keeps its first and second labels, and `labels` becomes the final
// label (the agreed level, or the adjudicated one with the rule that settled it). Idempotent.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";

const read = (path) => readFileSync(path, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
const second = new Map();
for (const file of readdirSync("tests/corpus/second-pass").filter((f) => f.startsWith("labels-"))) for (const row of read(`tests/corpus/second-pass/${file}`)) second.set(row.id, row);
const resolutions = new Map(read("tests/corpus/second-pass/resolutions.jsonl").map((r) => [`${r.id}/${r.dimension}`, r]));

for (const file of readdirSync("tests/corpus").filter((f) => f.endsWith(".v1.jsonl"))) {
  const rows = read(`tests/corpus/${file}`);
  let changed = 0;
  for (const row of rows) {
    const b = second.get(row.id);
    if (!b) continue;
    row.firstLabels ??= { ...row.labels };
    row.secondLabels = b.labels;
    const final = { ...row.firstLabels };
    const settled = [];
    for (const [dimension, level] of Object.entries(b.labels)) {
      if (row.firstLabels[dimension] === level) continue;
      const resolution = resolutions.get(`${row.id}/${dimension}`);
      if (!resolution) throw new Error(`No resolution for ${row.id}/${dimension}`);
      final[dimension] = resolution.final;
      settled.push({ dimension, final: resolution.final, rule: resolution.rule, reason: resolution.reason });
    }
    row.labels = final;
    row.resolutions = settled;
    changed++;
  }
  writeFileSync(`tests/corpus/${file}`, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`${file}: ${changed} double-labelled answers`);
}
