// Writes tests/eval-gates.json from the current frozen-test-split figures: a dimension that
// meets its target is gated at the target; one that does not is gated at a regression floor
// (its figure now, less 0.03) and listed as a known shortfall. The gates test reads this file.
//
// Gates only ratchet up: a gate already written is never lowered, so a rule change cannot hide a
// regression by regenerating its own gates. To lower one on purpose (the test split grew, say),
// pass --allow-lower "reason"; the reason is printed and kept in the file.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { TARGETS, evaluateSplit, targetFor } from "./eval.mjs";

const allowAt = process.argv.indexOf("--allow-lower");
const lowerReason = allowAt >= 0 ? process.argv[allowAt + 1] ?? "" : null;
if (lowerReason === "") throw new Error("--allow-lower needs a reason");
const previous = existsSync("tests/eval-gates.json") ? JSON.parse(readFileSync("tests/eval-gates.json", "utf8")) : null;
const lowered = [];
const keep = (name, value, old) => {
  if (old === undefined || value >= old) return value;
  if (lowerReason !== null) {
    lowered.push(`${name} ${old} -> ${value}`);
    return value;
  }
  console.warn(`${name}: the figure now gives a gate of ${value}, below the existing ${old}; keeping ${old} (npm test will fail until it recovers, or pass --allow-lower "reason")`);
  return old;
};
const floor = (x) => Math.floor((x - 0.03) * 100) / 100;
const gates = { targets: TARGETS, split: "test", dimensions: {}, auc: {} };
for (const e of evaluateSplit("test")) {
  gates.auc[e.rubric.id] = keep(`${e.rubric.id}/auc`, e.strongVsWeakAuc >= TARGETS.auc ? TARGETS.auc : floor(e.strongVsWeakAuc), previous?.auc?.[e.rubric.id]);
  for (const [key, d] of Object.entries(e.dimensions)) {
    const target = targetFor(e.rubric.id, key);
    const name = `${e.rubric.id}/${key}`;
    const old = previous?.dimensions?.[name];
    gates.dimensions[name] = {
      qwk: keep(`${name} qwk`, d.qwk >= target ? target : floor(d.qwk), old?.qwk),
      qwkTargetMet: d.qwk >= target,
      adjacent: keep(`${name} adjacent`, d.adjacent >= TARGETS.adjacent ? TARGETS.adjacent : floor(d.adjacent), old?.adjacent),
      adjacentTargetMet: d.adjacent >= TARGETS.adjacent,
    };
  }
}
if (lowered.length > 0) {
  gates.lastLowered = { reason: lowerReason, gates: lowered };
  console.log(`lowered (${lowerReason}): ${lowered.join("; ")}`);
} else if (previous?.lastLowered) {
  gates.lastLowered = previous.lastLowered;
}
writeFileSync("tests/eval-gates.json", JSON.stringify(gates, null, 2) + "\n");
console.log("wrote tests/eval-gates.json");
