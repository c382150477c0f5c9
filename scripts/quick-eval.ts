// Development aid: scores the draft corpus and prints exact agreement per dimension.
import { readFileSync, readdirSync } from "node:fs";
import { rubrics, score } from "../src/index.js";

const dir = process.argv[2] ?? "tests/corpus/drafts";
const verbose = process.argv.includes("-v");
for (const file of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
  const rows = readFileSync(`${dir}/${file}`, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const agree: Record<string, [number, number, number]> = {};
  for (const row of rows) {
    const r = score((rubrics as any)[row.rubric], { text: row.text });
    for (const [k, v] of Object.entries(row.labels as Record<string, number>)) {
      const got = (r.dimensions as any)[k].level;
      const a = (agree[k] ??= [0, 0, 0]);
      a[0]++; if (got === v) a[1]++; if (Math.abs(got - v) <= 1) a[2]++;
      if (verbose && got !== v && (process.argv.includes(k))) console.log(`${row.id} ${k} label=${v} got=${got} :: ${(r.dimensions as any)[k].rationale}\n   ${row.text.slice(0, 600)}\n`);
    }
  }
  console.log(file, Object.entries(agree).map(([k, [n, e, a]]) => `${k} exact=${(e / n).toFixed(2)} adj=${(a / n).toFixed(2)}`).join(" | "));
}
