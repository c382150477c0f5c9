import type { Level } from "../define/criterion.js";
import type { Rubric } from "../define/rubric.js";
import type { ScoreResult } from "../score/result.js";
import { score } from "../score/score.js";

/** What a rubric matcher accepts: a result, or a rubric and an answer to score. */
export type Scorable = ScoreResult | {
  /** The rubric the matcher scores the answer with. */
  readonly rubric: Rubric;
  /** The answer to score, as `score` takes it (e.g. `{ text }`). */
  readonly answer: unknown;
};

/** The outcome shape vitest and jest expect from a matcher. */
export interface MatcherOutcome {
  /** Whether the assertion holds. */
  readonly pass: boolean;
  /** The explanation, computed on demand. */
  readonly message: () => string;
}

function resultOf(received: unknown): ScoreResult {
  if (received !== null && typeof received === "object") {
    const value = received as Record<string, unknown>;
    if ("dimensions" in value && "receipt" in value) return value as unknown as ScoreResult;
    if ("rubric" in value && "answer" in value && (value["rubric"] as { kind?: string })?.kind === "rubric") {
      return score(value["rubric"] as Rubric, value["answer"]);
    }
  }
  throw new TypeError("Expected a ScoreResult or { rubric, answer }.");
}

function explain(result: ScoreResult, dimension?: string): string {
  const keys = dimension === undefined ? Object.keys(result.dimensions) : [dimension];
  const lines = keys.map((key) => {
    const d = (result.dimensions as Record<string, ScoreResult["dimensions"][string]>)[key];
    if (!d) return `  ${key}: no such dimension (has ${Object.keys(result.dimensions).join(", ")})`;
    const evidence = d.evidence.map((e) => `"${e.text}" (${e.signal})`).join("; ") || "none";
    return `  ${key}: ${d.level}/3 — ${d.rationale}\n    evidence: ${evidence}`;
  });
  const flags = result.flags.map((f) => f.id).join(", ") || "none";
  return `${lines.join("\n")}\n  flags: ${flags}; status: ${result.status}${result.reasons.length ? ` (${result.reasons.map((r) => r.code).join(", ")})` : ""}`;
}

function levelOf(result: ScoreResult, dimension: string): Level | undefined {
  return (result.dimensions as Record<string, { level: Level } | undefined>)[dimension]?.level;
}

/**
 * Matcher implementations, usable with `expect.extend` in vitest or jest. Each accepts a
 * `ScoreResult` or `{ rubric, answer }`, and explains a failure with the level, rationale and
 * evidence.
 */
export const rubricMatchers = {
  /** The dimension is at exactly this level. */
  toHaveLevel(received: unknown, dimension: string, level: Level): MatcherOutcome {
    const result = resultOf(received);
    const actual = levelOf(result, dimension);
    return { pass: actual === level, message: () => `expected ${dimension} to be at level ${level}, got ${actual ?? "nothing"}\n${explain(result, dimension)}` };
  },
  /** The dimension is at this level or above; with a number alone, the total is at least that. */
  toScoreAtLeast(received: unknown, dimensionOrTotal: string | number, level?: Level): MatcherOutcome {
    const result = resultOf(received);
    if (typeof dimensionOrTotal === "number") {
      return { pass: result.total >= dimensionOrTotal, message: () => `expected a total of at least ${dimensionOrTotal}, got ${result.total}/${result.max}\n${explain(result)}` };
    }
    const actual = levelOf(result, dimensionOrTotal) ?? -1;
    const floor = level ?? 0;
    return { pass: actual >= floor, message: () => `expected ${dimensionOrTotal} to be at least ${floor}, got ${actual}\n${explain(result, dimensionOrTotal)}` };
  },
  /** The result raises this flag. */
  toHaveFlag(received: unknown, flag: string): MatcherOutcome {
    const result = resultOf(received);
    return { pass: result.flags.some((f) => f.id === flag), message: () => `expected flag "${flag}"\n${explain(result)}` };
  },
  /** Some evidence for the dimension contains this text (case-insensitive). */
  toCite(received: unknown, dimension: string, text: string): MatcherOutcome {
    const result = resultOf(received);
    const evidence = (result.dimensions as Record<string, ScoreResult["dimensions"][string]>)[dimension]?.evidence ?? [];
    const needle = text.toLowerCase();
    return { pass: evidence.some((e) => e.text.toLowerCase().includes(needle)), message: () => `expected ${dimension} to cite "${text}"\n${explain(result, dimension)}` };
  },
  /** The result needs a person's review, optionally for this reason. */
  toNeedHumanReview(received: unknown, reason?: string): MatcherOutcome {
    const result = resultOf(received);
    const pass = result.status === "needs-human-review" && (reason === undefined || result.reasons.some((r) => r.code === reason));
    return { pass, message: () => `expected needs-human-review${reason ? ` (${reason})` : ""}\n${explain(result)}` };
  },
};

/** The matchers as typed assertions, for vitest's declaration merging. */
export interface RubricMatchers<R = unknown> {
  /** The dimension is at exactly this level. */
  toHaveLevel(dimension: string, level: Level): R;
  /** The dimension is at this level or above; with a number alone, the total is at least that. */
  toScoreAtLeast(dimensionOrTotal: string | number, level?: Level): R;
  /** The result raises this flag. */
  toHaveFlag(flag: string): R;
  /** Some evidence for the dimension contains this text. */
  toCite(dimension: string, text: string): R;
  /** The result needs a person's review, optionally for this reason. */
  toNeedHumanReview(reason?: string): R;
}
