import type { z } from "zod";
import type { Criterion, CriterionParams } from "../define/criterion.js";
import { defineRubric, type Rubric } from "../define/rubric.js";
import { safeScore } from "../score/score.js";
import { quadraticWeightedKappa } from "./agreement.js";
import type { LabelledAnswer } from "./evaluate.js";

/** The fitted parameters of one dimension and the agreement they reach. */
export interface FittedDimension {
  /** The parameter values chosen. */
  readonly params: CriterionParams;
  /** Quadratic weighted kappa on the answers fitted, with these values. */
  readonly qwk: number;
  /** The same with the criterion's default values. */
  readonly defaultQwk: number;
  /** Parameter combinations tried. */
  readonly tried: number;
}

function combinations(grid: Readonly<Record<string, readonly number[]>>): CriterionParams[] {
  let out: Record<string, number>[] = [{}];
  for (const [name, values] of Object.entries(grid)) {
    out = out.flatMap((partial) => values.map((value) => ({ ...partial, [name]: value })));
  }
  return out;
}

/**
 * Fits each dimension's decision parameters to labelled answers by exhaustive search over the
 * criterion's `grid`, maximising quadratic weighted kappa. Ties keep the values closest to the
 * criterion's defaults, so a fit moves a parameter only when the labels say so. Deterministic.
 * Fit on a development split only, never on the answers you report accuracy on.
 *
 * @param rubric - The rubric whose criteria to fit (its current calibration is ignored).
 * @param answers - Labelled answers (the development split).
 * @returns Fitted parameters per dimension that has a grid.
 */
export function fitRubricParams<K extends string, S extends z.ZodType>(rubric: Rubric<K, S>, answers: readonly LabelledAnswer[]): Record<string, FittedDimension> {
  const fitted: Record<string, FittedDimension> = {};
  for (const key of rubric.dimensionIds) {
    const criterion = rubric.criteria[key] as Criterion;
    const grid = (criterion.grid ?? {}) as Readonly<Record<string, readonly number[]>>;
    if (Object.keys(grid).length === 0) continue;
    const labels = answers.map((a) => a.labels[key]!);
    const distance = (params: CriterionParams) => Object.entries(params).reduce((sum, [name, value]) => sum + Math.abs(value - criterion.params[name]!), 0);
    const qwkOf = (params: CriterionParams) => {
      const variant = defineRubric({ ...rubric, calibration: { [key]: params } as Partial<Record<K, CriterionParams>> });
      const levels = answers.map((a) => {
        const outcome = safeScore(variant, a.answer);
        return outcome.success ? outcome.data.dimensions[key].level : 0;
      });
      return quadraticWeightedKappa(labels, levels);
    };
    const candidates = combinations(grid);
    let best = { params: candidates[0]!, qwk: Number.NEGATIVE_INFINITY };
    for (const params of candidates) {
      const qwk = qwkOf(params);
      const better = qwk > best.qwk + 1e-9 || (Math.abs(qwk - best.qwk) <= 1e-9 && distance(params) < distance(best.params));
      if (better) best = { params, qwk };
    }
    const defaults = Object.fromEntries(Object.keys(grid).map((name) => [name, criterion.params[name]!]));
    fitted[key] = { params: best.params, qwk: best.qwk, defaultQwk: qwkOf(defaults), tried: candidates.length };
  }
  return fitted;
}
