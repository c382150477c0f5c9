// Development aid: scores the DEV split of the corpus and prints agreement per dimension.
// Usage: quick-eval [rubric-id] [dimension] [-v]   (-v prints the disagreements of that dimension)
import { readFileSync } from "node:fs";
import { rubrics, score } from "../src/index.js";
import { quadraticWeightedKappa } from "../src/audit/agreement.js";

const [only, dim] = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const verbose = process.argv.includes("-v");
for (const id of Object.keys(rubrics)) {
  if (only && only !== id) continue;
  const rows = readFileSync(`tests/corpus/${id}.v1.jsonl`, "utf8").trim().split("\n").map((l) => JSON.parse(l)).filter((r) => r.split === "dev");
  const agree: Record<string, number[]> = {};
  const pairs: Record<string, [number[], number[]]> = {};
  for (const row of rows) {
    const r = score((rubrics as any)[row.rubric], { text: row.text });
    for (const [k, v] of Object.entries(row.labels as Record<string, number>)) {
      const got = (r.dimensions as any)[k].level;
      const a = (agree[k] ??= [0, 0, 0, 0, 0]);
      const p = (pairs[k] ??= [[], []]); p[0].push(v); p[1].push(got);
      a[0]!++; if (got === v) a[1]!++; if (Math.abs(got - v) <= 1) a[2]!++; if (got > v) a[3]!++; if (got < v) a[4]!++;
      if (verbose && got !== v && k === dim) console.log(`${row.id} ${k} label=${v} got=${got} :: ${(r.dimensions as any)[k].rationale} [${(r.dimensions as any)[k].evidence.map((e: any) => e.signal + ":" + e.text).join(" | ")}]\n   NOTE: ${row.labelNote}\n   ${row.text.slice(0, 900)}\n`);
    }
  }
  console.log(id, rows.length, Object.entries(agree).map(([k, [n, e, a, hi, lo]]) => `${k} qwk=${quadraticWeightedKappa(pairs[k]![0], pairs[k]![1]).toFixed(2)} ex=${(e! / n!).toFixed(2)} adj=${(a! / n!).toFixed(2)} hi=${hi} lo=${lo}`).join(" | "));
}
