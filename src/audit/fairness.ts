import type { Rubric } from "../define/rubric.js";
import type { Band, ScoreResult } from "../score/result.js";
import { compareCodeUnits } from "../score/hash.js";
import { safeScore } from "../score/score.js";
import { swapNamesAndGenders, type Perturbation } from "./perturbations.js";

/** One category's rates in an impact audit. */
export interface CategoryImpact {
  /** The category (e.g. `"female"`, or `"female × hispanic"` for an intersection). */
  readonly category: string;
  /** Candidates in it. */
  readonly count: number;
  /** Its share of the candidates whose category is known. */
  readonly share: number;
  /** Share of its candidates scoring above the median of the whole sample. */
  readonly scoringRate: number;
  /** Share of its candidates at or above the selection band. */
  readonly selectionRate: number;
  /** Scoring rate divided by the highest scoring rate among included categories. */
  readonly scoringImpactRatio: number;
  /** Selection rate divided by the highest selection rate among included categories. */
  readonly selectionImpactRatio: number;
  /** True when either impact ratio is under the threshold (four-fifths by default). */
  readonly flagged: boolean;
  /** True when the category is under the minimum share and left out of the ratios. */
  readonly excluded: boolean;
}

/** The categories of one attribute, or of an intersection of two. */
export interface AttributeImpact {
  /** Attribute name (or `"a × b"`). */
  readonly attribute: string;
  /** Candidates whose category for this attribute is unknown. */
  readonly unknown: number;
  /** Per category, largest first. */
  readonly categories: readonly CategoryImpact[];
}

/** An impact audit of scores across demographic categories. */
export interface ImpactReport {
  /** Candidates audited. */
  readonly sampleSize: number;
  /** Median total of the whole sample. */
  readonly median: number;
  /** The band at or above which a candidate counts as selected. */
  readonly selectionBand: Band;
  /** The impact-ratio threshold under which a category is flagged. */
  readonly threshold: number;
  /** The minimum share below which a category is excluded from the ratios. */
  readonly minShare: number;
  /** Per attribute, then per intersection. */
  readonly attributes: readonly AttributeImpact[];
}

/** Options for {@link auditImpact}. */
export interface AuditOptions {
  /** Band at or above which a candidate is "selected" (default `"mixed"`). */
  readonly selectionBand?: Band;
  /** Impact ratios below this are flagged (default 0.8, the four-fifths rule of thumb). */
  readonly threshold?: number;
  /** Categories below this share of the candidates with a known category are reported as excluded (default 0.02). */
  readonly minShare?: number;
  /** Pairs of attributes to audit together (e.g. `[["sex", "race"]]`). */
  readonly intersections?: readonly (readonly [string, string])[];
}

const BAND_ORDER: Record<Band, number> = { weak: 0, mixed: 1, strong: 2 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function auditAttribute(name: string, rows: readonly { category: string | undefined; total: number; band: Band }[], cut: number, selectionBand: Band, threshold: number, minShare: number): AttributeImpact {
  const known = rows.filter((r) => r.category !== undefined);
  const groups = new Map<string, typeof known>();
  for (const row of known) {
    const list = groups.get(row.category!);
    if (list) list.push(row);
    else groups.set(row.category!, [row]);
  }
  const base = [...groups].map(([category, list]) => ({
    category,
    count: list.length,
    share: list.length / known.length,
    scoringRate: list.filter((r) => r.total > cut).length / list.length,
    selectionRate: list.filter((r) => BAND_ORDER[r.band] >= BAND_ORDER[selectionBand]).length / list.length,
    excluded: list.length / known.length < minShare,
  }));
  const included = base.filter((c) => !c.excluded);
  const topScoring = Math.max(0, ...included.map((c) => c.scoringRate));
  const topSelection = Math.max(0, ...included.map((c) => c.selectionRate));
  const categories = base
    .map((c) => {
      const scoringImpactRatio = topScoring === 0 ? Number.NaN : c.scoringRate / topScoring;
      const selectionImpactRatio = topSelection === 0 ? Number.NaN : c.selectionRate / topSelection;
      return { ...c, scoringImpactRatio, selectionImpactRatio, flagged: !c.excluded && (scoringImpactRatio < threshold || selectionImpactRatio < threshold) };
    })
    .sort((a, b) => b.count - a.count || compareCodeUnits(a.category, b.category));
  return { attribute: name, unknown: rows.length - known.length, categories };
}

/**
 * Audits scores for adverse impact across demographic categories with the definitions used in
 * bias audits of automated employment decision tools (New York City Local Law 144 rules): the
 * scoring rate is the share of a category scoring above the sample's median total; the selection
 * rate is the share at or above a band; the impact ratio is a category's rate over the highest
 * category's. Ratios under 0.8 are flagged; categories under 2% of the candidates with a known category are reported as
 * excluded, never dropped silently; candidates of unknown category are counted.
 *
 * @param items - The scored candidates (any shape).
 * @param groupOf - Each item's result and its category per attribute (`undefined` when unknown).
 * @param options - Selection band, threshold, minimum share, intersections.
 * @returns The audit.
 */
export function auditImpact<T>(items: readonly T[], groupOf: (item: T) => { readonly result: ScoreResult; readonly categories: Readonly<Record<string, string | undefined>> }, options: AuditOptions = {}): ImpactReport {
  const selectionBand = options.selectionBand ?? "mixed";
  const threshold = options.threshold ?? 0.8;
  const minShare = options.minShare ?? 0.02;
  const rows = items.map(groupOf);
  const cut = median(rows.map((r) => r.result.total));
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.categories)))].sort();
  const attributes: AttributeImpact[] = names.map((name) =>
    auditAttribute(name, rows.map((r) => ({ category: r.categories[name], total: r.result.total, band: r.result.band })), cut, selectionBand, threshold, minShare),
  );
  for (const [a, b] of options.intersections ?? []) {
    const category = (r: (typeof rows)[number]) => (r.categories[a] === undefined || r.categories[b] === undefined ? undefined : `${r.categories[a]} × ${r.categories[b]}`);
    attributes.push(auditAttribute(`${a} × ${b}`, rows.map((r) => ({ category: category(r), total: r.result.total, band: r.result.band })), cut, selectionBand, threshold, minShare));
  }
  return { sampleSize: rows.length, median: cut, selectionBand, threshold, minShare, attributes };
}

/**
 * Renders an impact audit as Markdown.
 *
 * @param report - The audit.
 * @returns Markdown text.
 */
export function renderImpactMarkdown(report: ImpactReport): string {
  const pct = (x: number) => (Number.isNaN(x) ? "n/a" : `${(x * 100).toFixed(1)}%`);
  const ratio = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(2));
  const lines = [
    "# Impact audit",
    "",
    `${report.sampleSize} candidates; median total ${report.median}. Scoring rate: share above the median. Selection rate: share at or above "${report.selectionBand}". Impact ratios under ${report.threshold} are flagged; categories under ${pct(report.minShare)} of the candidates with a known category are excluded from the ratios.`,
    "",
  ];
  for (const attribute of report.attributes) {
    lines.push(`## ${attribute.attribute}`, "", `Unknown category: ${attribute.unknown}.`, "", "| category | count | share | scoring rate | impact ratio | selection rate | impact ratio | |", "| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (const c of attribute.categories) {
      lines.push(`| ${c.category} | ${c.count} | ${pct(c.share)} | ${pct(c.scoringRate)} | ${c.excluded ? "excluded" : ratio(c.scoringImpactRatio)} | ${pct(c.selectionRate)} | ${c.excluded ? "excluded" : ratio(c.selectionImpactRatio)} | ${c.flagged ? "**under threshold**" : ""} |`);
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** A level that moved when names, genders or pronouns were swapped. */
export interface InvarianceMove {
  /** The answer's id (or its index). */
  readonly id: string;
  /** The dimension that moved. */
  readonly dimension: string;
  /** Level before the swap. */
  readonly before: number;
  /** Level after the swap. */
  readonly after: number;
}

/**
 * Re-scores answers with names, genders and pronouns swapped (or any other perturbation) and
 * reports every level that moved. A fair scorer reports none.
 *
 * @param rubric - The rubric.
 * @param answers - Free-text answers, with optional ids.
 * @param swap - The perturbation; by default names, genders and pronouns are swapped.
 * @returns The number of answers checked, how many of them the swap actually changed, and every move.
 */
export function checkInvariance(rubric: Rubric, answers: readonly { readonly id?: string; readonly text: string }[], swap: Perturbation = swapNamesAndGenders): {
  /** Answers scored both before and after the swap; an answer either version of which fails to score is skipped. */
  readonly checked: number;
  /** Of those, answers whose text the swap changed: only these test anything (the rest have no name, gendered word or pronoun to swap). */
  readonly changed: number;
  /** Every dimension whose level changed with the swap; empty for a fair scorer. */
  readonly moves: readonly InvarianceMove[];
} {
  const moves: InvarianceMove[] = [];
  let checked = 0;
  let changed = 0;
  answers.forEach((answer, index) => {
    const swapped = swap(answer.text);
    const before = safeScore(rubric, { text: answer.text });
    const after = safeScore(rubric, { text: swapped });
    if (!before.success || !after.success) return;
    checked++;
    if (swapped !== answer.text) changed++;
    for (const key of rubric.dimensionIds) {
      const b = (before.data.dimensions as Record<string, { level: number }>)[key]!.level;
      const a = (after.data.dimensions as Record<string, { level: number }>)[key]!.level;
      if (a !== b) moves.push({ id: answer.id ?? String(index), dimension: key, before: b, after: a });
    }
  });
  return { checked, changed, moves };
}
