import type { z } from "zod";

/**
 * Why an answer could not be scored at all. `scoring-failed` is only ever returned by
 * `safeScore`, for an exception thrown by a custom signal or criterion.
 */
export type RubricInputErrorCode = "invalid-answer" | "empty-answer" | "too-long" | "scoring-failed";

/**
 * The error {@link score} throws for bad input: the answer does not fit the rubric's answer
 * schema, is empty, or is longer than `maxChars`. It holds zod's issues so a platform can show
 * them field by field. (An exception thrown by a custom rubric's own signal or criterion is
 * not wrapped by `score`; {@link safeScore} returns it as `scoring-failed`.)
 */
export class RubricInputError extends Error {
  /** What kind of problem it is. */
  readonly code: RubricInputErrorCode;
  /** The rubric the answer was for. */
  readonly rubricId: string;
  /** zod issues describing what is wrong, each with its path. */
  readonly issues: readonly z.core.$ZodIssue[];

  /**
   * @param code - What kind of problem it is.
   * @param rubricId - The rubric the answer was for.
   * @param issues - zod issues describing the problem.
   */
  constructor(code: RubricInputErrorCode, rubricId: string, issues: readonly z.core.$ZodIssue[]) {
    const detail = issues.map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "answer"}: ${issue.message}`).join("; ");
    super(`Answer for rubric "${rubricId}" cannot be scored: ${detail}`);
    this.name = "RubricInputError";
    this.code = code;
    this.rubricId = rubricId;
    this.issues = issues;
  }
}
