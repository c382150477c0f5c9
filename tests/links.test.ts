import { describe, expect, it } from "vitest";
import { changeIsLesson, defineCriterion, defineRubric, defineSignal, practiceIsIntention, rubrics, score, type Level, type Signal } from "../src/index.js";
import { oneQuestion, textAnswer, usualBands } from "./fixtures.js";

// Two toy dimensions whose level is the number of times a word appears (at most 3), so a test
// can set each dimension's own level exactly and watch only what the links do.
function counting(word: string): { signal: Signal; criterion: ReturnType<typeof defineCriterion> } {
  const signal = defineSignal({
    id: `says-${word}`,
    description: `Says "${word}".`,
    cues: { word: [word] },
    detect: ({ cue }) => cue("word").map((m) => ({ ...m, strength: 1 })),
  });
  const criterion = defineCriterion({
    title: word,
    asks: `How often is "${word}" said?`,
    anchors: { 0: { description: "Never.", examples: [] }, 1: { description: "Once.", examples: [] }, 2: { description: "Twice.", examples: [] }, 3: { description: "Three times or more.", examples: [] } },
    signals: [signal],
    params: {},
    advice: {},
    probes: {},
    decide: (r) => ({ level: Math.min(r.count(signal), 3) as Level, because: `Says "${word}" ${r.count(signal)} times.`, cites: [signal] }),
  });
  return { signal, criterion };
}

const apple = counting("apple");
const pear = counting("pear");
const base = {
  id: "fruit",
  version: "1.0.0",
  title: "Fruit",
  summary: "Counts fruit.",
  questions: oneQuestion,
  answer: textAnswer,
  criteria: { apples: apple.criterion, pears: pear.criterion },
  flags: [],
  bands: usualBands,
};
const filler = "I made a mistake at work last week, so I bought some fruit at the market on Saturday morning and carried it home in a bag";

describe("links between dimensions", () => {
  it("raises a level to its bound, says why, keeps the level the dimension's own signals gave and cites the other dimension", () => {
    const rubric = defineRubric({ ...base, links: [{ source: "apples", sourceLevels: [2, 3], target: "pears", atLeast: 2, because: "Apples bring pears." }] });
    const result = score(rubric, { text: `${filler}: an apple, another apple and one pear.` });
    expect(result.dimensions.apples.level).toBe(2);
    expect(result.dimensions.pears.level).toBe(2);
    expect(result.dimensions.pears.rationale).toBe('pear 2/3: Apples bring pears. On its own signals it would be 1: Says "pear" 1 times.');
    // Its own evidence first, then what lifted it.
    expect(result.dimensions.pears.evidence.map((e) => e.signal)).toEqual(["says-pear", "says-apple", "says-apple"]);
    expect(result.total).toBe(4);
  });

  it("applies only at the source levels it names, and never lowers through atLeast", () => {
    const rubric = defineRubric({ ...base, links: [{ source: "apples", sourceLevels: [2, 3], target: "pears", atLeast: 2, because: "Apples bring pears." }] });
    expect(score(rubric, { text: `${filler}: one apple and one pear.` }).dimensions.pears.level).toBe(1);
    const many = score(rubric, { text: `${filler}: an apple, an apple, and a pear for me, a pear for my sister and a pear for the neighbours.` });
    expect(many.reasons).toEqual([]);
    expect(many.dimensions.pears.level).toBe(3);
    expect(many.dimensions.pears.rationale).not.toContain("Apples bring pears");
  });

  it("caps a level with atMost, reads the levels decided on their own, and lets the review cap apply after", () => {
    const rubric = defineRubric({
      ...base,
      links: [
        { source: "apples", sourceLevels: [0], target: "pears", atMost: 1, because: "No apples, few pears." },
        // Read from pears' own level (3), not from the level the first link leaves it at.
        { source: "pears", sourceLevels: [3], target: "apples", atLeast: 1, because: "Many pears bring an apple." },
      ],
    });
    const result = score(rubric, { text: `${filler}: a pear, a pear and a pear.` });
    expect(result.dimensions.pears.level).toBe(1);
    expect(result.dimensions.pears.rationale).toContain("No apples, few pears. On its own signals it would be 3");
    expect(result.dimensions.apples.level).toBe(1);
    // Too short to judge: capped at 1, and the cap says what it capped.
    const short = score(defineRubric({ ...base, links: [{ source: "apples", sourceLevels: [3], target: "pears", atLeast: 3, because: "Apples bring pears." }] }), { text: "apple apple apple" });
    expect(short.dimensions.pears.level).toBe(1);
    expect(short.dimensions.pears.rationale).toMatch(/capped at 1 .*on the signals alone it would be 3: Apples bring pears\./);
  });

  it("rejects a link that names an unknown dimension, links a dimension to itself, bounds nothing or bounds backwards", () => {
    const link = { source: "apples", sourceLevels: [1], target: "pears", because: "x" } as const;
    expect(() => defineRubric({ ...base, links: [{ ...link, source: "plums" as "apples", atLeast: 1 }] })).toThrow(/fruit.*does not have/);
    expect(() => defineRubric({ ...base, links: [{ ...link, target: "apples", atLeast: 1 }] })).toThrow(/to itself/);
    expect(() => defineRubric({ ...base, links: [link] })).toThrow(/neither atLeast nor atMost/);
    expect(() => defineRubric({ ...base, links: [{ ...link, atLeast: 2, atMost: 1 }] })).toThrow(/atLeast above atMost/);
  });

  it("ties lesson and momentum in the built-in failure rubrics", () => {
    for (const id of ["last-job-failure", "goal-hit-and-miss"] as const) expect(rubrics[id].links).toEqual([practiceIsIntention, changeIsLesson]);
    // A change applied since, with no lesson stated as such, shows one was drawn; the evidence
    // shown is the change, not its result.
    const applied = score(rubrics["last-job-failure"], {
      text: "I missed the quarterly filing deadline for a client because I left it to the last week and then got ill. On the next three filings I started two weeks early, and all three went in on time.",
    });
    expect(applied.dimensions.momentum.level).toBe(3);
    expect(applied.dimensions.lesson.level).toBe(1);
    expect(applied.dimensions.lesson.rationale).toContain("On its own signals it would be 0");
    expect(applied.dimensions.lesson.evidence.map((e) => e.signal)).toEqual(["applied-change"]);
  });

  it("raises debrief candor when ownership names the speaker's own act behind a weaker moment", () => {
    expect(rubrics["interview-debrief"].links).toContain(practiceIsIntention);
    const result = score(rubrics["interview-debrief"], {
      text: "The bit I'd redo is the rota question. I went straight to overtime and never mentioned the bank staff we already had.",
    });
    expect(result.dimensions.ownership.level).toBe(3);
    expect(result.dimensions.candor.level).toBe(2);
    expect(result.dimensions.candor.rationale).toContain("On its own signals it would be 1");
    expect(result.dimensions.candor.evidence.map((e) => e.signal)).toContain("own-causal-action");
  });
});
