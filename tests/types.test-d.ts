import { describe, expectTypeOf, it } from "vitest";
import { oneQuestion, textAnswer, usualBands } from "./fixtures.js";
import { criteria, defineRubric, rubrics, safeScore, score, type BuiltInRubricId, type DimensionScore, type Level, type ScoreResult } from "../src/index.js";

describe("result types", () => {
  it("has exactly the built-in rubric's criterion keys", () => {
    const result = score(rubrics["last-job-failure"], { text: "" });
    expectTypeOf(result.dimensions).toEqualTypeOf<{ readonly ownership: DimensionScore; readonly lesson: DimensionScore; readonly momentum: DimensionScore }>();
    expectTypeOf(result.dimensions.ownership.level).toEqualTypeOf<Level>();
    expectTypeOf(result).toEqualTypeOf<ScoreResult<"ownership" | "lesson" | "momentum">>();
  });

  it("infers the keys of each built-in rubric", () => {
    expectTypeOf(score(rubrics["goal-hit-and-miss"], {}).dimensions).toHaveProperty("actions");
    expectTypeOf(score(rubrics["interview-debrief"], {}).dimensions).toHaveProperty("candor");
    // @ts-expect-error "candor" is not a dimension of last-job-failure
    score(rubrics["last-job-failure"], {}).dimensions.candor;
  });

  it("infers the keys of a custom rubric", () => {
    const custom = defineRubric({
      id: "custom",
      version: "1.0.0",
      title: "Custom",
      summary: "Custom rubric.",
      questions: oneQuestion,
      answer: textAnswer,
      criteria: { ownership: criteria.ownership, lesson: criteria.lesson },
      flags: [],
      bands: usualBands,
    });
    expectTypeOf(score(custom, {}).dimensions).toEqualTypeOf<{ readonly ownership: DimensionScore; readonly lesson: DimensionScore }>();
    const outcome = safeScore(custom, {});
    if (outcome.success) expectTypeOf(outcome.data.dimensions).toHaveProperty("lesson");
  });

  it("accepts a rubric chosen at run time and types the result as the union of the possibilities", () => {
    const id = "goal-hit-and-miss" as BuiltInRubricId;
    const result = score(rubrics[id], { text: "" });
    // The three built-in rubrics share ownership, lesson and momentum.
    expectTypeOf(result.dimensions.ownership.level).toEqualTypeOf<Level>();
    // @ts-expect-error only goal-hit-and-miss has "actions", so the union does not offer it
    result.dimensions.actions;
    const outcome = safeScore(rubrics[id], { text: "" });
    if (outcome.success) expectTypeOf(outcome.data.dimensions.lesson).toEqualTypeOf<DimensionScore>();
  });
});
