import { describe, expect, it } from "vitest";
import { criteria, defineCriterion, defineFlag, defineRubric, defineSignal, score, signals } from "../src/index.js";
import { oneQuestion, textAnswer, usualBands } from "./fixtures.js";


// A custom signal and criterion, reusing a built-in signal for part of the decision.
const postmortem = defineSignal({
  id: "mentions-postmortem",
  description: "Names a post-mortem or retrospective.",
  cues: { review: ["(post mortem|postmortem|retrospective|retro|rca)", "root cause analysis"] },
  detect: ({ cue }) => cue("review").map((m) => ({ ...m, strength: 1 })),
});

const process = defineCriterion({
  title: "Process",
  asks: "Did the candidate run a review and change a practice?",
  anchors: {
    0: { description: "No review.", examples: [] },
    1: { description: "A review is mentioned.", examples: [] },
    2: { description: "A review and a practice.", examples: [] },
    3: { description: "A review and a timed practice.", examples: [] },
  },
  signals: [postmortem, signals.concretePractice],
  params: {},
  advice: {},
  probes: {},
  decide: (r) => {
    if (r.count(postmortem) === 0) return { level: 0, because: "No review is mentioned.", cites: [] };
    const practice = r.strongest(signals.concretePractice);
    return practice >= 3 ? { level: 3, because: "Review and a timed practice.", cites: [postmortem, signals.concretePractice] }
      : practice === 2 ? { level: 2, because: "Review and a practice.", cites: [postmortem, signals.concretePractice] }
      : { level: 1, because: "Review only.", cites: [postmortem] };
  },
});

const incident = defineRubric({
  id: "incident-postmortem",
  version: "1.0.0",
  title: "Incident post-mortem",
  summary: "Tell me about an incident you caused.",
  questions: oneQuestion,
  answer: textAnswer,
  criteria: { ownership: criteria.ownership, process },
  flags: [defineFlag({ id: "no-review", severity: "info", message: "No review.", looksFor: "No post-mortem.", example: "", signals: [postmortem], raise: (r) => (r.count(postmortem) === 0 ? [] : null) })],
  bands: usualBands,
});

describe("a custom rubric", () => {
  it("scores with built-in and custom signals, with evidence from both", () => {
    const text = "I pushed a config change without a canary and took checkout down for ten minutes. We ran a post-mortem the next day, and now I roll out every config change to one region before the rest.";
    const result = score(incident, { text });
    expect(result.dimensions.ownership.level).toBe(3);
    expect(result.dimensions.process.level).toBe(3);
    expect(result.dimensions.process.evidence.map((e) => e.signal)).toEqual(expect.arrayContaining(["mentions-postmortem", "concrete-practice"]));
    expect(result.receipt.signals).toContain("mentions-postmortem");
    expect(result.flags).toEqual([]);
  });

  it("rejects a broken definition at once, naming the rubric", () => {
    expect(() => defineSignal({ id: "Not Kebab", description: "", cues: {}, detect: () => [] })).toThrow(/kebab-case/);
    expect(() => defineRubric({ ...incident, version: "one" })).toThrow(/incident-postmortem/);
    expect(() => defineRubric({ ...incident, bands: { strong: 0.4, mixed: 0.6 } })).toThrow(/bands/);
    expect(() => defineRubric({ ...incident, calibration: { ownership: { notAParameter: 1 } } })).toThrow(/unknown parameter/);
  });
});
