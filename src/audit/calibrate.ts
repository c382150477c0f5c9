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

/** Options of {@link fitRubricParams}. */
export interface FitOptions {
  /**
   * The least gain in quadratic weighted kappa over the criterion's defaults for a fit to leave
   * them. A search over a grid always finds some values that do a little better on the answers it
   * searched; below this margin that gain is more likely the answers' noise than the labels'
   * signal, and it would not carry over to other answers. Default 0.01.
   */
  readonly minGain?: number;
}

/**
 * Fits each dimension's decision parameters to labelled answers by exhaustive search over the
 * criterion's `grid`, maximising quadratic weighted kappa. The defaults stay unless the best
 * values beat them by at least `minGain`, and ties keep the values closest to the defaults, so a
 * fit moves a parameter only when the labels clearly say so. Deterministic.
 * Fit on a development split only, never on the answers you report accuracy on.
 *
 * @param rubric - The rubric whose criteria to fit (its current calibration is ignored).
 * @param answers - Labelled answers (the development split).
 * @param options - The least gain that moves a parameter.
 * @returns Fitted parameters per dimension that has a grid.
 */
export function fitRubricParams<K extends string, S extends z.ZodType>(
  rubric: Rubric<K, S>,
  answers: readonly LabelledAnswer[],
  options: FitOptions = {},
): Record<string, FittedDimension> {
  const minGain = options.minGain ?? 0.01;
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
    const defaultQwk = qwkOf(defaults);
    if (best.qwk < defaultQwk + minGain) best = { params: defaults, qwk: defaultQwk };
    fitted[key] = { params: best.params, qwk: best.qwk, defaultQwk, tried: candidates.length };
  }
  return fitted;
}
