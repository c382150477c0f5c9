// Writes tests/eval-gates.json from the current frozen-test-split figures: a dimension that
// meets its target is gated at the target; one that does not is gated at a regression floor
// (its figure now, less 0.03) and listed as a known shortfall. The gates test reads this file.
import { writeFileSync } from "node:fs";
import { TARGETS, evaluateSplit, targetFor } from "./eval.mjs";

const floor = (x) => Math.floor((x - 0.03) * 100) / 100;
const gates = { targets: TARGETS, split: "test", dimensions: {}, auc: {} };
for (const e of evaluateSplit("test")) {
  gates.auc[e.rubric.id] = e.strongVsWeakAuc >= TARGETS.auc ? TARGETS.auc : floor(e.strongVsWeakAuc);
  for (const [key, d] of Object.entries(e.dimensions)) {
    const target = targetFor(e.rubric.id, key);
    gates.dimensions[`${e.rubric.id}/${key}`] = {
      qwk: d.qwk >= target ? target : floor(d.qwk),
      qwkTargetMet: d.qwk >= target,
      adjacent: d.adjacent >= TARGETS.adjacent ? TARGETS.adjacent : floor(d.adjacent),
      adjacentTargetMet: d.adjacent >= TARGETS.adjacent,
    };
  }
}
writeFileSync("tests/eval-gates.json", JSON.stringify(gates, null, 2) + "\n");
console.log("wrote tests/eval-gates.json");
