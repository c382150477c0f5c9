import { describe, expect, it } from "vitest";
import type { Level } from "../define/criterion.js";
import type { Rubric } from "../define/rubric.js";
import { score } from "../score/score.js";
import type { Perturbation } from "../audit/perturbations.js";

/** One minimum-functionality case: an answer that must score exactly a level. */
export interface LevelCase {
  /** The dimension. */
  readonly dimension: string;
  /** The level it must reach. */
  readonly level: Level;
  /** The answer, as `score` takes it. */
  readonly answer: unknown;
}

/** One directional case: a change to an answer that must move a level one way. */
export interface DirectionalCase {
  /** What the change is, for the test name. */
  readonly name: string;
  /** The dimension it moves. */
  readonly dimension: string;
  /** The answer before. */
  readonly before: unknown;
  /** The answer after. */
  readonly after: unknown;
  /** `up`: the level rises; `down`: it falls; `not-up` / `not-down`: it never rises / never falls. */
  readonly direction: "up" | "down" | "not-up" | "not-down";
}

const levelOf = (rubric: Rubric, answer: unknown, dimension: string): number =>
  (score(rubric, answer).dimensions as Record<string, { level: number }>)[dimension]!.level;

/**
 * Generates vitest cases that check each answer scores exactly its level.
 *
 * @param rubric - The rubric under test.
 * @param cases - Answers per anchor level.
 */
export function describeMinimumFunctionality(rubric: Rubric, cases: readonly LevelCase[]): void {
  describe(`${rubric.id}: minimum functionality`, () => {
    it.each(cases.map((c) => [c.dimension, c.level, c] as const))("%s scores %i", (dimension, level, c) => {
      const result = score(rubric, c.answer);
      const d = (result.dimensions as Record<string, { level: number; rationale: string }>)[dimension]!;
      expect(d.level, d.rationale).toBe(level);
    });
  });
}

/**
 * Generates vitest cases that check no perturbation changes any level of any answer.
 *
 * @param rubric - The rubric under test.
 * @param texts - Free-text answers.
 * @param perturbations - Named perturbations, e.g. the built-in `perturbations`.
 */
export function describeInvariance(rubric: Rubric, texts: readonly string[], perturbations: Readonly<Record<string, Perturbation>>): void {
  describe(`${rubric.id}: invariance`, () => {
    for (const [name, perturb] of Object.entries(perturbations)) {
      it.each(texts.map((text, i) => [i, text] as const))(`${name} keeps every level of answer %i`, (_i, text) => {
        const before = score(rubric, { text });
        const after = score(rubric, { text: perturb(text) });
        for (const key of rubric.dimensionIds) {
          const b = (before.dimensions as Record<string, { level: number }>)[key]!.level;
          const a = (after.dimensions as Record<string, { level: number; rationale: string }>)[key]!;
          expect(a.level, `${key}: ${a.rationale}`).toBe(b);
        }
      });
    }
  });
}

/**
 * Generates vitest cases that check each change moves its level the stated way.
 *
 * @param rubric - The rubric under test.
 * @param cases - Before/after pairs with a direction.
 */
export function describeDirectional(rubric: Rubric, cases: readonly DirectionalCase[]): void {
  describe(`${rubric.id}: directional`, () => {
    it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
      const before = levelOf(rubric, c.before, c.dimension);
      const after = levelOf(rubric, c.after, c.dimension);
      if (c.direction === "up") expect(after).toBeGreaterThan(before);
      else if (c.direction === "down") expect(after).toBeLessThan(before);
      else if (c.direction === "not-up") expect(after).toBeLessThanOrEqual(before);
      else expect(after).toBeGreaterThanOrEqual(before);
    });
  });
}
