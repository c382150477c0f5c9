import { describe, expect, it } from "vitest";
import { bySignal } from "./fixtures.js";
import { detectSignal, rubrics, signals, type Signal } from "../src/index.js";

// Cue patterns separate single-word alternatives with "|"; multi-word alternatives need a group:
// "should (have|not have)", not "should have|should not have", which reads as "should",
// then "have" or "should", then "not", then "have" and never matches the phrase meant. The
// tell-tale sign is a word offered again in the very next step. (Two identical steps in a row,
// such as two optional adverbs, are deliberate and allowed.)
function stepsOf(pattern: string): string[][] {
  return pattern.trim().toLowerCase().split(/\s+/).map((piece) => piece.replace(/\?$/, "").split("|"));
}

const all = new Map<readonly string[], string>();
const collect = (signal: Signal) => {
  for (const [name, list] of Object.entries(signal.cues)) if (!all.has(list)) all.set(list, `${signal.id}.${name}`);
};
for (const signal of Object.values(signals) as Signal[]) collect(signal);
for (const rubric of Object.values(rubrics)) for (const signal of rubric.signals) collect(signal);

describe("built-in cue patterns", () => {
  it("never offer a word again in the next step (a multi-word alternative written without a group)", () => {
    const suspicious: string[] = [];
    for (const [list, name] of all) {
      for (const pattern of list) {
        // A group's alternatives are whole phrases: the steps around it are checked, the group is not.
        const steps = stepsOf(pattern.replace(/\([^)]*\)\??/g, "GROUP"));
        for (let i = 1; i < steps.length; i++) {
          const previous = steps[i - 1]!;
          const same = previous.length === steps[i]!.length && previous.every((w, k) => w === steps[i]![k]);
          if (!same && steps[i]!.some((w) => previous.includes(w) && w !== "*" && w !== "...")) suspicious.push(`${name}: ${pattern}`);
        }
      }
    }
    expect(suspicious).toEqual([]);
  });

  it("never mix an article with other words in one step (\"so|a lot|much\" reads as \"so\" or \"a\", then \"lot\")", () => {
    const DETERMINERS = new Set(["a", "an", "the", "my", "our", "your", "his", "her", "their", "this", "that", "these", "those", "every", "each", "any", "some", "no", "one", "two", "three", "several", "few", "@num"]);
    const suspicious: string[] = [];
    for (const [list, name] of all) {
      for (const pattern of list) {
        // A group's alternatives are whole phrases: only the steps outside groups are checked.
        const steps = stepsOf(pattern.replace(/\([^)]*\)\??/g, "GROUP"));
        steps.forEach((step, i) => {
          // As the last step, a mixed list ends the pattern either way.
          if (i === steps.length - 1 || step.length < 2 || !(step.includes("a") || step.includes("an"))) return;
          if (step.some((w) => !DETERMINERS.has(w))) suspicious.push(`${name}: ${pattern}`);
        });
      }
    }
    expect(suspicious).toEqual([]);
  });
});

describe("failure cues that were once written without groups", () => {
  it.each([
    "We delivered the fit-out two weeks late.",
    "Looking back I should have escalated on day two.",
    "The first quarter went poorly.",
    "We finished under target for the year.",
    "In the end the client went with a competitor.",
  ])("%j names a failure", (answer) => {
    expect(detectSignal(signals.failureMention, answer).length).toBeGreaterThan(0);
  });
});

describe("other cues that were once written without groups", () => {
  const cases: ReadonlyArray<readonly [Signal, string]> = [
    [signals.answerCorrection, "Can I redo that one?"],
    [signals.answerCorrection, "Could I have another go at the rota question?"],
    [signals.answerCorrection, "To answer that properly: I would start from last year's actuals."],
    [signals.measurableOutcome, "The next launch went much better."],
    [signals.minimisation, "It was late, but it worked out in the end."],
    [signals.platitude, "I learned to double check everything."],
    [signals.platitude, "I learned that it's okay to fail."],
    [signals.measurableOutcome, "It was hard at first, but after a month I felt better."],
    [signals.learningMarker, "I'm much more careful with handovers."],
    [signals.ownResponsibility, "I made a costly mistake on the quote."],
    [signals.learningMarker, "What I'm taking from it is a simple habit."],
  ];
  it.each(bySignal(cases))("%s fires on %j", (_id, signal, answer) => {
    expect(detectSignal(signal, answer).length).toBeGreaterThan(0);
  });
});
