import type { Rubric } from "../src/define/rubric.js";
import { goalHitAndMiss } from "./goal-hit-and-miss/index.js";
import { interviewDebrief } from "./interview-debrief/index.js";
import { lastJobFailure } from "./last-job-failure/index.js";

/**
 * The built-in rubrics, keyed by id: `last-job-failure`, `goal-hit-and-miss` and
 * `interview-debrief`. Read-only.
 */
export const rubrics = Object.freeze({
  "last-job-failure": lastJobFailure,
  "goal-hit-and-miss": goalHitAndMiss,
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
