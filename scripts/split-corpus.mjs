// Merges the labelled drafts into one versioned data file per rubric and assigns each answer to
// the dev or the frozen test split, once, stratified by rubric and label band, with a fixed seed.
// Re-running it on the same drafts gives the same split; answers already split keep their split.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";

const SEED = 20261123;
const DEV_SHARE = 0.6;
const drafts = "tests/corpus/drafts";

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const byRubric = new Map();
for (const file of readdirSync(drafts).filter((f) => f.endsWith(".jsonl")).sort()) {
  for (const line of readFileSync(`${drafts}/${file}`, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const row = JSON.parse(line);
    if (!byRubric.has(row.rubric)) byRubric.set(row.rubric, []);
    byRubric.get(row.rubric).push(row);
  }
}

for (const [rubric, rows] of byRubric) {
  const out = `tests/corpus/${rubric}.v1.jsonl`;
  // Answers already in the corpus keep their row (labels, resolutions) and their split; only new
  // drafts are assigned, so the frozen test split never changes.
  const existing = new Map();
  if (existsSync(out)) for (const line of readFileSync(out, "utf8").trim().split("\n")) { const r = JSON.parse(line); existing.set(r.id, r); }
  const previous = new Map([...existing].map(([id, r]) => [id, r.split]));
  const band = (row) => {
    const levels = Object.values(row.labels);
    const share = levels.reduce((a, b) => a + b, 0) / (3 * levels.length);
    return share >= 0.75 ? "strong" : share >= 0.45 ? "mixed" : "weak";
  };
  const strata = new Map();
  for (const row of rows) {
    if (previous.has(row.id)) continue;
    const key = band(row);
    if (!strata.has(key)) strata.set(key, []);
    strata.get(key).push(row);
  }
  const random = mulberry32(SEED + rubric.length);
  for (const key of [...strata.keys()].sort()) {
    const group = strata.get(key).sort((a, b) => a.id.localeCompare(b.id));
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [group[i], group[j]] = [group[j], group[i]];
    }
    const devCount = Math.round(group.length * DEV_SHARE);
    group.forEach((row, i) => { row.split = i < devCount ? "dev" : "test"; });
  }
  const merged = rows.map((row) => existing.get(row.id) ?? { ...row, corpusVersion: 1 });
  merged.sort((a, b) => a.id.localeCompare(b.id));
  writeFileSync(out, merged.map((row) => JSON.stringify(row)).join("\n") + "\n");
  rows.splice(0, rows.length, ...merged);
  const counts = rows.reduce((c, r) => ((c[r.split] = (c[r.split] ?? 0) + 1), c), {});
  console.log(`${out}: ${rows.length} answers`, counts);
}
