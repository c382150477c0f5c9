import type { Criterion, Level } from "../define/criterion.js";
import type { Rubric } from "../define/rubric.js";
import type { Evidence, ScoreResult } from "../score/result.js";

/** One point of candidate feedback, about one dimension. */
export interface FeedbackPoint {
  /** The dimension id. */
  readonly dimension: string;
  /** The dimension's title. */
  readonly title: string;
  /** The level the answer reached, and the top of the scale. */
  readonly level: Level;
  /** The top of the scale. */
  readonly max: 3;
  /** `strength` at level 2 or 3, `next-step` below. */
  readonly kind: "strength" | "next-step";
  /** What the answer did, in words about the answer. */
  readonly observation: string;
  /** The candidate's own words the point rests on, when there are any. */
  readonly quote: Evidence | null;
  /** One concrete next step; `null` for a strength at the top of the scale. */
  readonly nextStep: string | null;
}

/** Candidate-facing feedback, structured and as plain text. */
export interface Feedback {
  /** The rubric it speaks about. */
  readonly rubric: {
    /** The rubric's id, to tie the feedback back to the stored result. */
    readonly id: string;
    /** The rubric's title in words, for a heading above the feedback. */
    readonly title: string;
  };
  /** Which criteria were looked at, in one sentence. */
  readonly criteriaLookedAt: string;
  /** One point per dimension, strengths first. */
  readonly points: readonly FeedbackPoint[];
  /** Said when the answer went to a person before any verdict. */
  readonly reviewNote: string | null;
  /** The closing line. */
  readonly closing: string;
  /** The whole feedback as plain text, ready to send. */
  readonly text: string;
}

/** Options for {@link composeFeedback}. */
export interface ComposeFeedbackOptions {
  /** The rubric the result came from; needed for custom rubrics, found by id for built-ins. */
  readonly rubric?: Rubric;
  /** Name to address the candidate by. */
  readonly candidateName?: string;
  /** Show "2 of 3" style levels in the text. Default true: transparency. */
  readonly showLevels?: boolean;
}

const QUOTE_LIMIT = 140;

function quoteOf(evidence: readonly Evidence[]): Evidence | null {
  // The longest span reads best as a quotation; ties go to the earliest.
  let best: Evidence | null = null;
  for (const e of evidence) if (best === null || e.text.length > best.text.length) best = e;
  return best;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim().replace(/[.,;:!?]+$/, "");
  return flat.length <= QUOTE_LIMIT ? flat : `${flat.slice(0, QUOTE_LIMIT - 1).trimEnd()}…`;
}

function observe(criterion: Criterion, level: Level, quote: Evidence | null): string {
  const anchor = criterion.anchors[level].description.replace(/\.$/, "");
  const lower = anchor.charAt(0).toLowerCase() + anchor.slice(1);
  return quote === null ? `The answer reads as: ${lower}.` : `The answer reads as: ${lower}, for example where it says "${shorten(quote.text)}".`;
}

/**
 * Composes feedback for the candidate from a score: honest (each point cites the candidate's own
 * words), transparent (says which criteria were looked at and how the answer did on each) and
 * respectful (speaks of the answer, never of the person), with one concrete next step for each
 * dimension below the top.
 *
 * @param result - A result from `score`.
 * @param rubric - The rubric that produced it.
 * @param options - Name and presentation options.
 * @returns Structured feedback with a plain-text rendering.
 */
export function composeFeedbackFor(result: ScoreResult, rubric: Rubric, options: Omit<ComposeFeedbackOptions, "rubric"> = {}): Feedback {
  if (rubric.id !== result.rubric.id) throw new Error(`The result is for rubric "${result.rubric.id}", not "${rubric.id}".`);
  const showLevels = options.showLevels ?? true;
  const points: FeedbackPoint[] = [];
  for (const key of rubric.dimensionIds) {
    const criterion = rubric.criteria[key] as Criterion;
    const score = (result.dimensions as Record<string, ScoreResult["dimensions"][string]>)[key];
    if (score === undefined) throw new Error(`The result has no score for dimension "${key}".`);
    const quote = quoteOf(score.evidence);
    const level = score.level;
    const nextStep = level < 3 ? criterion.advice[level as Exclude<Level, 3>] ?? criterion.probes[level as Exclude<Level, 3>]?.[0] ?? null : null;
    points.push({
      dimension: key,
      title: criterion.title,
      level,
      max: 3,
      kind: level >= 2 ? "strength" : "next-step",
      observation: observe(criterion, level, quote),
      quote,
      nextStep,
    });
  }
  const titles = points.map((p) => p.title.toLowerCase());
  points.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "strength" ? -1 : 1));
  const criteriaLookedAt = `We looked at ${titles.length === 1 ? titles[0] : `${titles.slice(0, -1).join(", ")} and ${titles.at(-1)}`} in your answer to "${rubric.questions.questions[0].prompt}".`;
  const reviewNote = result.status === "needs-human-review"
    ? "An interviewer will read this answer in full before anything is concluded from it; the notes below are provisional."
    : null;
  const closing = "These notes are about this one answer, not about you, and they are one input a person weighs among many; they decide nothing on their own.";
  const greeting = options.candidateName ? `${options.candidateName}, thank you for your answer.` : "Thank you for your answer.";
  const lines: string[] = [greeting, criteriaLookedAt];
  if (reviewNote) lines.push(reviewNote);
  for (const point of points) {
    const levelText = showLevels ? ` (${point.level} of ${point.max})` : "";
    lines.push("", `${point.title}${levelText}: ${point.observation}`);
    if (point.nextStep) lines.push(`Next step: ${point.nextStep}`);
  }
  lines.push("", closing);
  return { rubric: { id: rubric.id, title: rubric.title }, criteriaLookedAt, points, reviewNote, closing, text: lines.join("\n") };
}
