import { z } from "zod";
import type { Rubric } from "../define/rubric.js";
import { DimensionScoreSchema, ScoreResultSchema } from "../score/result.js";

/** A JSON Schema document (draft 2020-12), as plain JSON. */
export type JsonSchema = Record<string, unknown>;

/**
 * The zod schema of a rubric's result, with `dimensions` narrowed to exactly its criterion ids.
 *
 * @param rubric - The rubric.
 * @returns A zod schema for its `ScoreResult`.
 */
export function resultSchemaFor(rubric: Rubric): z.ZodType {
  const dimensions = z.object(Object.fromEntries(rubric.dimensionIds.map((key) => [key, DimensionScoreSchema]))).strict();
  return ScoreResultSchema.extend({ dimensions, rubric: z.object({ id: z.literal(rubric.id), version: z.string() }) });
}

/**
 * JSON Schemas (draft 2020-12) for a rubric's answer and result, ready for OpenAPI documents,
 * form builders and structured-output requests. Made with zod 4's converter from the same
 * schemas the library validates with.
 *
 * @param rubric - The rubric.
 * @returns `{ answer, result }` JSON Schemas.
 * @example
 * ```ts
 * const { answer } = rubricJsonSchemas(rubrics["goal-hit-and-miss"]);
 * // answer.anyOf: [{ text }, { achieved, missed }]
 * ```
 */
export function rubricJsonSchemas(rubric: Rubric): {
  /** What the rubric accepts as an answer (input side of its zod schema), e.g. for a form or a request body. */
  readonly answer: JsonSchema;
  /** What scoring returns for this rubric, with `dimensions` keyed by exactly its criterion ids. */
  readonly result: JsonSchema;
} {
  return {
    answer: { ...z.toJSONSchema(rubric.answer, { io: "input" }), title: `${rubric.id} answer` } as JsonSchema,
    result: { ...z.toJSONSchema(resultSchemaFor(rubric)), title: `${rubric.id} ${rubric.version} result` } as JsonSchema,
  };
}
