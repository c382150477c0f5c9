import { getRubric } from "../../rubrics/index.js";
import type { ScoreResult } from "../score/result.js";
import { composeFeedbackFor, type ComposeFeedbackOptions, type Feedback } from "./compose.js";

/**
 * Composes candidate-facing feedback from a score: honest (each point cites the candidate's own
 * words), transparent (which criteria were looked at and how the answer did) and respectful
 * (about the answer, never the person), with one concrete next step per weak dimension.
 *
 * @param result - A result from `score`.
 * @param options - The rubric (required for custom rubrics), the candidate's name, presentation.
 * @returns Structured feedback and its plain-text form.
 * @example
 * ```ts
 * const result = score(rubrics["last-job-failure"], { text });
 * console.log(composeFeedback(result).text);
 * ```
 */
export function composeFeedback(result: ScoreResult, options: ComposeFeedbackOptions = {}): Feedback {
  const rubric = options.rubric ?? getRubric(result.rubric.id);
  if (!rubric) throw new Error(`Rubric "${result.rubric.id}" is not built in: pass it as options.rubric.`);
  const { rubric: _ignored, ...rest } = options;
  return composeFeedbackFor(result, rubric, rest);
}
