/**
 * Agreement statistics between two sets of ordinal ratings (e.g. human labels and scorer levels,
 * or two human labellers). Pure functions over arrays, so a platform can run them on its own data.
 */

/** A square confusion matrix: `matrix[a][b]` counts items rated `a` by the first rater and `b` by the second. */
export type ConfusionMatrix = number[][];

function checkPairs(a: readonly number[], b: readonly number[]): void {
  if (a.length !== b.length) throw new Error(`Rating lists differ in length (${a.length} vs ${b.length}).`);
}

/**
 * Counts rating pairs into a confusion matrix over levels `0..max`.
 *
 * @param a - First rater's levels.
 * @param b - Second rater's levels.
 * @param max - Highest level (3 for a 0–3 anchor scale).
 */
export function confusionMatrix(a: readonly number[], b: readonly number[], max = 3): ConfusionMatrix {
  checkPairs(a, b);
  const matrix = Array.from({ length: max + 1 }, () => new Array<number>(max + 1).fill(0));
  a.forEach((x, i) => {
    const y = b[i]!;
    if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x > max || y > max) throw new Error(`Level out of range 0..${max} at item ${i}.`);
    matrix[x]![y]!++;
  });
  return matrix;
}

/**
 * Cohen's kappa with quadratic weights: 1 is perfect agreement, 0 is chance. Returns 1 when both
 * raters use a single identical level throughout (no variance, no disagreement).
 *
 * @param a - First rater's levels.
 * @param b - Second rater's levels.
 * @param max - Highest level.
 */
export function quadraticWeightedKappa(a: readonly number[], b: readonly number[], max = 3): number {
  const matrix = confusionMatrix(a, b, max);
  const n = a.length;
  if (n === 0) return Number.NaN;
  const k = max + 1;
  const rowTotals = matrix.map((row) => row.reduce((s, v) => s + v, 0));
  const colTotals = Array.from({ length: k }, (_, j) => matrix.reduce((s, row) => s + row[j]!, 0));
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const weight = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      observed += weight * matrix[i]![j]!;
      expected += (weight * rowTotals[i]! * colTotals[j]!) / n;
    }
  }
  if (expected === 0) return observed === 0 ? 1 : 0;
  return 1 - observed / expected;
}

/** Share of items where both raters gave the same level. */
export function exactAgreement(a: readonly number[], b: readonly number[]): number {
  checkPairs(a, b);
  return a.length === 0 ? Number.NaN : a.filter((x, i) => x === b[i]).length / a.length;
}

/** Share of items where the raters are at most one level apart. */
export function adjacentAgreement(a: readonly number[], b: readonly number[]): number {
  checkPairs(a, b);
  return a.length === 0 ? Number.NaN : a.filter((x, i) => Math.abs(x - b[i]!) <= 1).length / a.length;
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((x, y) => x.v - y.v);
  const out = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.v === order[start]!.v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]!.i] = rank;
    start = end + 1;
  }
  return out;
}

/** Spearman's rank correlation (ties get average ranks). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  checkPairs(a, b);
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const mean = (n + 1) / 2;
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < n; i++) {
    num += (ra[i]! - mean) * (rb[i]! - mean);
    da += (ra[i]! - mean) ** 2;
    db += (rb[i]! - mean) ** 2;
  }
  return da === 0 || db === 0 ? Number.NaN : num / Math.sqrt(da * db);
}

/**
 * Area under the ROC curve: the probability that a random positive item scores above a random
 * negative one (ties count half).
 *
 * @param scores - A score per item.
 * @param positive - Whether each item belongs to the positive class.
 */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  if (scores.length !== positive.length) throw new Error("Scores and classes differ in length.");
  const pos = scores.filter((_, i) => positive[i]);
  const neg = scores.filter((_, i) => !positive[i]);
  if (pos.length === 0 || neg.length === 0) return Number.NaN;
  let wins = 0;
  for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** Precision and recall of a predicted set against a true set, over items. */
export function precisionRecall(predicted: readonly boolean[], actual: readonly boolean[]): {
  /** Share of predicted items that are true; `NaN` when nothing was predicted. */
  precision: number;
  /** Share of true items that were predicted; `NaN` when no item is true. */
  recall: number;
  /** Number of true items, to judge how much the two rates can be trusted. */
  support: number;
} {
  if (predicted.length !== actual.length) throw new Error("Prediction and truth differ in length.");
  let tp = 0;
  let fp = 0;
  let fn = 0;
  predicted.forEach((p, i) => {
    if (p && actual[i]) tp++;
    else if (p) fp++;
    else if (actual[i]) fn++;
  });
  return { precision: tp + fp === 0 ? Number.NaN : tp / (tp + fp), recall: tp + fn === 0 ? Number.NaN : tp / (tp + fn), support: tp + fn };
}
