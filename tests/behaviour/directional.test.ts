import { describe, expect, it } from "vitest";
import { rubrics, score } from "../../src/index.js";

const rubric = rubrics["last-job-failure"];
const level = (text: string, key: "ownership" | "lesson" | "momentum") => score(rubric, { text }).dimensions[key].level;

const stories = [
  "I agreed to the launch date without checking the vendor's lead time, so we shipped three weeks late.",
  "We missed the deadline on the warehouse move and the client was unhappy.",
  "The audit went badly and that was my fault; I dropped the ball on the paperwork.",
  "I sent the board pack late because I left the reconciliations to the last day.",
];
const lessons = [
  "I learned that communication is key.",
  "I learned that a date means nothing until every supplier in the chain has confirmed it.",
];

describe("directional", () => {
  it.each(stories)("adding blame on a colleague never raises ownership: %j", (story) => {
    const blamed = `${story} Honestly, my colleague never sent me the figures, so it was really his fault.`;
    expect(level(blamed, "ownership")).toBeLessThanOrEqual(level(story, "ownership"));
  });

  it.each(stories.flatMap((s) => lessons.map((l) => [s, l] as const)))("adding a concrete practice raises a lesson at 1 or 2: %j %j", (story, lesson) => {
    const before = level(`${story} ${lesson}`, "lesson");
    const after = level(`${story} ${lesson} Now I get written confirmation from every supplier before I commit to any date.`, "lesson");
    expect(before).toBeGreaterThanOrEqual(1);
    expect(before).toBeLessThanOrEqual(2);
    expect(after).toBeGreaterThan(before);
  });

  it.each(stories)("adding 'since then … with a result' raises momentum: %j", (story) => {
    const before = level(`${story} Next time I would plan it differently.`, "momentum");
    const after = level(`${story} Since then I plan every move with a written checklist, and the last four went out on time.`, "momentum");
    expect(after).toBeGreaterThan(before);
    expect(after).toBe(3);
  });

  it.each(stories)("truncating the lesson lowers it: %j", (story) => {
    const full = `${story} I learned to confirm dates in writing with every supplier before the kickoff.`;
    expect(level(story, "lesson")).toBeLessThan(level(full, "lesson"));
  });

  // Blame wrapped in learning words: the lesson's own sentence puts the failure on someone else.
  it.each(stories)("blaming someone inside the lesson's sentence lowers a situated lesson: %j", (story) => {
    const situated = `${story} I learned how much the launch plan depends on having the buy-in of the owner from the first week.`;
    const blamed = `${story} I learned how much the launch plan depends on buy-in, because the owner cut the marketing budget in week two.`;
    expect(level(situated, "lesson")).toBe(2);
    expect(level(blamed, "lesson")).toBe(1);
  });

  it("keeps a lesson the speaker owns even when it names someone else's slip", () => {
    const text = "I kept waiting for the vendor instead of raising it with my manager, and the go-live slipped a month. That was my fault. I learned I should have escalated as soon as the vendor missed the first milestone.";
    expect(level(text, "lesson")).toBe(2);
  });
});
