import { describe, expect, it } from "vitest";
import { bySignal } from "./fixtures.js";
import { detectSignal, lintCuePatterns, rubrics, signals, type Signal } from "../src/index.js";

const all: Record<string, readonly string[]> = {};
const seen = new Set<readonly string[]>();
const collect = (signal: Signal) => {
  for (const [name, list] of Object.entries(signal.cues)) {
    if (seen.has(list)) continue;
    seen.add(list);
    all[`${signal.id}.${name}`] = list;
  }
};
for (const signal of Object.values(signals) as Signal[]) collect(signal);
for (const rubric of Object.values(rubrics)) for (const signal of rubric.signals) collect(signal);

describe("lintCuePatterns", () => {
  it("finds nothing wrong in the built-in cue patterns", () => {
    expect(Object.keys(all).length).toBeGreaterThan(20);
    expect(lintCuePatterns(all)).toEqual([]);
  });

  it.each([
    ["should have|should not have", "ungrouped-alternative"],
    ["set up so|for people fail|to fail", "ungrouped-alternative"],
    ["felt so|a lot|much better", "mixed-article"],
    ["i didn't check", "unmatchable-word"],
    ["we had to reorganise the rota", "unmatchable-word"],
    ["beyond anyone's control", "unmatchable-word"],
    ["anymore|(no longer|any more)", "partial-group"],
    ["(since then|ever since)now", "partial-group"],
  ] as const)("flags %j as %s", (pattern, code) => {
    expect(lintCuePatterns({ list: [pattern] }).map((w) => w.code)).toContain(code);
  });

  it.each(["should (have|not have)", "felt (so|a lot|much)? better", "i did not check", "i really|just? really|just? rushed", "reorganize~ the rota", "(since then|ever since)? i (always|now)"])("accepts %j", (pattern) => {
    expect(lintCuePatterns({ list: [pattern] })).toEqual([]);
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
