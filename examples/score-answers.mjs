// Scores every answer in examples/answers/ with the built package and prints a readable summary.
// Run with `npm start` (it builds first).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { composeFeedback, rubrics, safeScore } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const folder = join(here, "answers");
const bar = (level) => "■".repeat(level) + "□".repeat(3 - level);

for (const file of readdirSync(folder).filter((f) => f.endsWith(".json")).sort()) {
  const example = JSON.parse(readFileSync(join(folder, file), "utf8"));
  const rubric = rubrics[example.rubric];
  const outcome = safeScore(rubric, example.answer ?? { text: example.text });
  console.log(`\n━━ ${file} · ${rubric.title} · ${example.candidate}`);
  if (!outcome.success) {
    console.log(`   could not score: ${outcome.error.message}`);
    continue;
  }
  const result = outcome.data;
  console.log(`   ${result.band.toUpperCase()} ${result.total}/${result.max}${result.status === "needs-human-review" ? `  (needs human review: ${result.reasons.map((r) => r.code).join(", ")})` : ""}`);
  for (const [id, dim] of Object.entries(result.dimensions)) {
    const quote = dim.evidence[0] ? `  «${dim.evidence[0].text.slice(0, 70)}»` : "";
    console.log(`   ${id.padEnd(12)} ${bar(dim.level)} ${dim.level}/3  ${dim.rationale.replace(/^[^:]*: /, "")}${quote}`);
  }
  if (result.flags.length > 0) console.log(`   flags: ${result.flags.map((f) => f.id).join(", ")}`);
  if (result.probes.length > 0) console.log(`   ask next: ${result.probes[0].question}`);
  const feedback = composeFeedback(result);
  const firstStep = feedback.points.find((p) => p.nextStep);
  if (firstStep) console.log(`   feedback: ${firstStep.nextStep}`);
}
console.log("\nA score is advice to the interviewer, never a hiring decision.");
