import type { z } from "zod";
import type { Rubric } from "../define/rubric.js";
import { safeScore } from "../score/score.js";
import { adjacentAgreement, confusionMatrix, exactAgreement, precisionRecall, quadraticWeightedKappa, rocAuc, spearman, type ConfusionMatrix } from "./agreement.js";

/** One answer with a person's labels, for {@link evaluateRubric}. */
export interface LabelledAnswer {
  /** Your id for the answer. */
  readonly id: string;
  /** The answer, as `score` takes it. */
  readonly answer: unknown;
  /** The person's level per dimension. */
  readonly labels: Readonly<Record<string, number>>;
  /** The flags the person would raise. */
  readonly flags?: readonly string[];
}

/** Agreement on one dimension. */
export interface DimensionAgreement {
  /** Items compared. */
  readonly n: number;
  /** Quadratic weighted kappa, scorer against labels. */
  readonly qwk: number;
  /** Share with the same level. */
  readonly exact: number;
  /** Share within one level. */
  readonly adjacent: number;
  /** `confusion[label][scorer]`. */
  readonly confusion: ConfusionMatrix;
}

/** Precision and recall of one flag. */
export interface FlagAgreement {
  /** Precision: of the answers the scorer flagged, the share a person flagged too. */
  readonly precision: number;
  /** Recall: of the answers a person flagged, the share the scorer flagged. */
  readonly recall: number;
  /** Answers a person flagged. */
  readonly support: number;
  /** Answers the scorer flagged. */
  readonly predicted: number;
}

/** How a rubric's scores agree with a set of labelled answers. */
export interface RubricEvaluation {
  /** The rubric id and version evaluated. */
  readonly rubric: {
    /** Which rubric was evaluated. */
    readonly id: string;
    /** Its version: figures from different versions are not comparable. */
    readonly version: string;
  };
  /** Answers scored. */
  readonly n: number;
  /** Answers the scorer could not score (invalid input), by id. */
  readonly failed: readonly string[];
  /** Agreement per dimension. */
  readonly dimensions: Readonly<Record<string, DimensionAgreement>>;
  /** Spearman correlation of the scorer's total with the labels' total. */
  readonly totalSpearman: number;
  /** AUC of the scorer's total separating strong from weak answers (by the labels' band). */
  readonly strongVsWeakAuc: number;
  /** Strong and weak answers the AUC was computed on. */
  readonly strongVsWeak: {
    /** Answers whose labels put them in the strong band (the positives of the AUC). */
    readonly strong: number;
    /** Answers whose labels put them in the weak band (the negatives). */
    readonly weak: number;
  };
  /** Precision and recall per flag a person can label. */
  readonly flags: Readonly<Record<string, FlagAgreement>>;
}

/** Options for {@link evaluateRubric}. */
export interface EvaluateOptions {
  /** Flags left out of precision/recall, e.g. ones computed from length. */
  readonly ignoreFlags?: readonly string[];
  /** Label share of the maximum at or above which an answer is strong (default 0.75), and below which weak (default 0.45). */
  readonly bands?: {
    /** Label share of the maximum at or above which an answer counts as strong. */
    readonly strong: number;
    /** Label share below which an answer counts as weak; answers in between are left out of the AUC. */
    readonly weak: number;
  };
}

/**
 * Scores labelled answers with a rubric and measures agreement with the labels: quadratic
 * weighted kappa, exact and adjacent agreement and the confusion matrix per dimension, Spearman
 * correlation of totals, AUC of the total for strong against weak answers, and each flag's
 * precision and recall. Run it on your own labelled data to check a rubric before relying on it.
 *
 * @param rubric - The rubric to evaluate.
 * @param answers - Answers with a person's labels.
 * @param options - Flags to ignore and band cut-offs.
 * @returns The evaluation.
 */
export function evaluateRubric<K extends string, S extends z.ZodType>(rubric: Rubric<K, S>, answers: readonly LabelledAnswer[], options: EvaluateOptions = {}): RubricEvaluation {
  const ignore = new Set(options.ignoreFlags ?? []);
  const bands = options.bands ?? { strong: 0.75, weak: 0.45 };
  const labels: Record<string, number[]> = {};
  const predicted: Record<string, number[]> = {};
  const totals: number[] = [];
  const labelTotals: number[] = [];
  const labelShares: number[] = [];
  const flagIds = rubric.flags.map((f) => f.id).filter((id) => !ignore.has(id));
  const flagTruth: Record<string, boolean[]> = Object.fromEntries(flagIds.map((id) => [id, []]));
  const flagPredicted: Record<string, boolean[]> = Object.fromEntries(flagIds.map((id) => [id, []]));
  const failed: string[] = [];
  for (const item of answers) {
    const outcome = safeScore(rubric, item.answer);
    if (!outcome.success) {
      failed.push(item.id);
      continue;
    }
    const result = outcome.data;
    let labelTotal = 0;
    for (const key of rubric.dimensionIds) {
      const label = item.labels[key];
      if (label === undefined) throw new Error(`Answer "${item.id}" has no label for "${key}".`);
      (labels[key] ??= []).push(label);
      (predicted[key] ??= []).push(result.dimensions[key].level);
      labelTotal += label;
    }
    totals.push(result.total);
    labelTotals.push(labelTotal);
    labelShares.push(labelTotal / (3 * rubric.dimensionIds.length));
    const raised = new Set(result.flags.map((f) => f.id));
    const truth = new Set(item.flags ?? []);
    for (const id of flagIds) {
      flagTruth[id]!.push(truth.has(id));
      flagPredicted[id]!.push(raised.has(id));
    }
  }
  const dimensions: Record<string, DimensionAgreement> = {};
  for (const key of rubric.dimensionIds) {
    const a = labels[key] ?? [];
    const b = predicted[key] ?? [];
    dimensions[key] = { n: a.length, qwk: quadraticWeightedKappa(a, b), exact: exactAgreement(a, b), adjacent: adjacentAgreement(a, b), confusion: confusionMatrix(a, b) };
  }
  const extremes = labelShares.map((share, i) => ({ share, total: totals[i]! })).filter((x) => x.share >= bands.strong || x.share < bands.weak);
  const flags: Record<string, FlagAgreement> = {};
  for (const id of flagIds) {
    const pr = precisionRecall(flagPredicted[id]!, flagTruth[id]!);
    flags[id] = { ...pr, predicted: flagPredicted[id]!.filter(Boolean).length };
  }
  return {
    rubric: { id: rubric.id, version: rubric.version },
    n: totals.length,
    failed,
    dimensions,
    totalSpearman: spearman(totals, labelTotals),
    strongVsWeakAuc: rocAuc(extremes.map((x) => x.total), extremes.map((x) => x.share >= bands.strong)),
    strongVsWeak: { strong: extremes.filter((x) => x.share >= bands.strong).length, weak: extremes.filter((x) => x.share < bands.weak).length },
    flags,
  };
}

const fixed = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(2));

/**
 * Renders evaluations as a Markdown report.
 *
 * @param title - The report's heading.
 * @param sections - Named evaluations, e.g. `{ "test split": [...] }`.
 * @returns Markdown text.
 */
export function renderEvaluationMarkdown(title: string, sections: Readonly<Record<string, readonly RubricEvaluation[]>>, preface = ""): string {
  const lines: string[] = [`# ${title}`, ""];
  if (preface) lines.push(preface, "");
  for (const [name, evaluations] of Object.entries(sections)) {
    lines.push(`## ${name}`, "");
    for (const e of evaluations) {
      lines.push(`### ${e.rubric.id} ${e.rubric.version} (${e.n} answers)`, "");
      lines.push("| dimension | n | QWK | exact | adjacent |", "| --- | --- | --- | --- | --- |");
      for (const [key, d] of Object.entries(e.dimensions)) lines.push(`| ${key} | ${d.n} | ${fixed(d.qwk)} | ${fixed(d.exact)} | ${fixed(d.adjacent)} |`);
      lines.push("", `Spearman of totals: ${fixed(e.totalSpearman)}. AUC of the total, strong (${e.strongVsWeak.strong}) vs weak (${e.strongVsWeak.weak}): ${fixed(e.strongVsWeakAuc)}.`, "");
      lines.push("Confusion matrices (rows: label 0–3, columns: scorer 0–3):", "");
      for (const [key, d] of Object.entries(e.dimensions)) lines.push(`- ${key}: ${d.confusion.map((row) => `[${row.join(" ")}]`).join(" ")}`);
      lines.push("", "| flag | precision | recall | labelled | raised |", "| --- | --- | --- | --- | --- |");
      for (const [id, f] of Object.entries(e.flags)) lines.push(`| ${id} | ${fixed(f.precision)} | ${fixed(f.recall)} | ${f.support} | ${f.predicted} |`);
      lines.push("");
    }
  }
  return lines.join("\n");
}
