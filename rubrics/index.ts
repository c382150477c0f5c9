import type { Rubric } from "../src/define/rubric.js";
import { goalHitAndMiss } from "./goal-hit-and-miss/index.js";
import { interviewDebrief } from "./interview-debrief/index.js";
import { lastJobFailure } from "./last-job-failure/index.js";

/**
 * The built-in rubrics, keyed by id: `last-job-failure`, `goal-hit-and-miss` and
 * `interview-debrief`. Read-only.
 */
// Marked pure so a bundler can drop the rubrics an application never uses.
export const rubrics = /* @__PURE__ */ Object.freeze({
  /** "What didn't work in your last job?": ownership, lesson, momentum. */
  "last-job-failure": lastJobFailure,
  /** One goal achieved and one missed: actions and outcome, then ownership, lesson, momentum. */
  "goal-hit-and-miss": goalHitAndMiss,
  /** "How do you think the interview went?": candor, specificity, ownership, lesson, momentum. */
  "interview-debrief": interviewDebrief,
} as const);

/** Id of a built-in rubric. */
export type BuiltInRubricId = keyof typeof rubrics;

/** True when `id` names a built-in rubric. */
export function isBuiltInRubricId(id: string): id is BuiltInRubricId {
  return Object.prototype.hasOwnProperty.call(rubrics, id);
}

/** A built-in rubric by id, or `undefined`. */
export function getRubric(id: string): Rubric | undefined {
  return isBuiltInRubricId(id) ? (rubrics[id] as unknown as Rubric) : undefined;
}

export { goalHitAndMiss, interviewDebrief, lastJobFailure };
