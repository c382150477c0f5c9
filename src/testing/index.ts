/**
 * Test helpers for rubric behaviour: vitest matchers (`toHaveLevel`, `toScoreAtLeast`,
 * `toHaveFlag`, `toCite`, `toNeedHumanReview`), behavioural-test builders and perturbations.
 *
 * @example
 * ```ts
 * import { installRubricMatchers } from "interview-rubrics/testing";
 * installRubricMatchers();
 * expect({ rubric: rubrics["last-job-failure"], answer: { text } }).toHaveLevel("ownership", 3);
 * ```
 *
 * @module
 */
import { expect } from "vitest";
import { rubricMatchers, type RubricMatchers } from "./matchers.js";

export { rubricMatchers } from "./matchers.js";
export type { MatcherOutcome, RubricMatchers, Scorable } from "./matchers.js";
export { describeDirectional, describeInvariance, describeMinimumFunctionality } from "./builders.js";
export type { DirectionalCase, LevelCase } from "./builders.js";
export { addFillers, addTypos, lowerCase, paragraphBreaks, perturbations, stripPunctuation, swapEmployer, swapNamesAndGenders, toAmerican, toBritish, upperCase } from "../audit/perturbations.js";
export type { Perturbation } from "../audit/perturbations.js";

/**
 * Registers the rubric matchers with vitest's `expect`. Call it once, in a setup file or at the
 * top of a test file: an explicit call survives bundlers that drop side-effect imports.
 */
export function installRubricMatchers(): void {
  expect.extend(rubricMatchers);
}

declare module "vitest" {
  // Declaration merging adds the rubric matchers to vitest 4's `expect(...)`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Matchers<T = any> extends RubricMatchers<T> {}
}
