import type { z } from "zod";
import type { Document } from "../text/analyze.js";
import type { Criterion, CriterionParams, Level } from "./criterion.js";
import type { Flag } from "./flag.js";
import type { QuestionSet } from "./questions.js";
import { isKebabCase, withDependencies, type Signal, type SignalHit } from "./signal.js";

/** One piece of an answer's text; a free-text answer has one, a structured answer one per field. */
export interface AnswerPart {
  /** The answer field it came from, or `null` for a free-text answer's `text`. */
  readonly field: string | null;
  /** The text of the part. */
  readonly text: string;
  /** The rubric section this part is, when the structure says so. */
  readonly section?: string;
}

/** A token range of the analysed answer, by section name. */
export type Sections = Readonly<Record<string, {
  /** Index of the section's first token in the analysed answer. */
  readonly first: number;
  /** Index of its last token (inclusive); a criterion scoped to the section reads only hits that start in between. */
  readonly last: number;
}>>;

/** When an answer goes to a person instead of being scored on its own. */
export interface ReviewPolicy {
  /** Below this many words the answer is too short to judge. */
  readonly minWords: number;
  /** Below this share of common English function words the answer is taken as another language. */
  readonly minEnglishShare: number;
  /** Below this many on-topic words per hundred the answer is taken as off the question. */
  readonly minTopicPer100Words: number;
}

/** Cut-offs on total / max for the strong / mixed / weak band. */
export interface Bands {
  /** At or above this share of the maximum the answer is strong. */
  readonly strong: number;
  /** At or above this share it is mixed; below, weak. */
  readonly mixed: number;
}

/**
 * A bound that one dimension's level sets on another's, where the anchors tie the two: a change
 * applied since shows a lesson was drawn; a practice named is at least an intention. Applied to
 * the levels the criteria decide on their own signals, so no link sees another's effect; flags
 * read the bounded levels. The rationale of a level a link moved says so, and a level it raised
 * also shows the other dimension's evidence.
 */
export interface DimensionLink<K extends string = string> {
  /** The dimension whose level is read. */
  readonly source: K;
  /** The levels of `source` that set the bound. */
  readonly sourceLevels: readonly Level[];
  /** The dimension bounded. */
  readonly target: K;
  /** The lowest level `target` may take while the bound holds. */
  readonly atLeast?: Level;
  /** The highest level `target` may take while the bound holds. */
  readonly atMost?: Level;
  /** Why the anchors tie the two, in a sentence for the rationale and the handbook. */
  readonly because: string;
  /**
   * Ids of the signals whose evidence, read for `source`, a level this link raised shows beside its
   * own; every signal `source`'s decision cites when absent.
   */
  readonly cites?: readonly string[];
}

/** A rubric as its author writes it. */
export interface RubricDefinition<K extends string, S extends z.ZodType> {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Semantic version; bump it whenever scoring changes, since platforms store it beside scores. */
  readonly version: string;
  /** Title for people. */
  readonly title: string;
  /** What the rubric is for, in two or three sentences. */
  readonly summary: string;
  /** The questions it scores. */
  readonly questions: QuestionSet;
  /** The zod schema of an answer. Every built-in rubric accepts at least `{ text: string }`. */
  readonly answer: S;
  /** Splits a parsed answer into text parts; by default the answer's `text`. */
  readonly parts?: (answer: z.output<S>) => readonly AnswerPart[];
  /**
   * Finds sections in a free-text answer (e.g. the achieved and the missed goal) from the hits
   * of `sectionSignals`. A structured answer's parts name their sections instead.
   */
  readonly sections?: (doc: Document, hitsOf: (signal: Signal) => readonly SignalHit[]) => Sections;
  /** Signals `sections` reads. */
  readonly sectionSignals?: readonly Signal[];
  /** The dimensions, keyed by id. */
  readonly criteria: { readonly [Key in K]: Criterion };
  /** Red flags it can raise. */
  readonly flags: readonly Flag[];
  /** Weight of each dimension in the total; 1 when absent. */
  readonly weights?: Readonly<Partial<Record<K, number>>>;
  /** Band cut-offs. */
  readonly bands: Bands;
  /** Review policy overrides. */
  readonly review?: Partial<ReviewPolicy>;
  /** Fitted decision parameters per dimension, overriding each criterion's defaults. */
  readonly calibration?: Readonly<Partial<Record<K, CriterionParams>>>;
  /** Bounds one dimension's level sets on another's; see {@link DimensionLink}. */
  readonly links?: readonly DimensionLink<NoInfer<K>>[];
}

/**
 * A defined rubric: what {@link score} takes. `Rubric` with no type arguments accepts any rubric
 * (its answer type is left open so rubrics with different answer schemas all fit).
 */
// biome-ignore lint/suspicious/noExplicitAny: the open default lets any rubric be passed where any is accepted.
export interface Rubric<K extends string = string, S extends z.ZodType = any> extends RubricDefinition<K, S> {
  /** Marks the object as a rubric. */
  readonly kind: "rubric";
  /** Dimension ids in definition order. */
  readonly dimensionIds: readonly K[];
  /** Every signal the rubric's criteria and flags read, dependencies first. */
  readonly signals: readonly Signal[];
  /** The effective review policy. */
  readonly reviewPolicy: ReviewPolicy;
  /** Effective decision parameters per dimension (criterion defaults overridden by calibration). */
  readonly params: Readonly<Record<K, CriterionParams>>;
}

/** The default review policy. */
export const DEFAULT_REVIEW_POLICY: ReviewPolicy = {
  minWords: 12,
  minEnglishShare: 0.12,
  minTopicPer100Words: 0.5,
};

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * Defines a rubric. Checks the definition at once and throws with the rubric's id in the
 * message, so a broken custom rubric fails on import rather than on a candidate's answer.
 *
 * @param definition - The rubric: id, version, questions, answer schema, criteria, flags, bands.
 * @returns The rubric, ready for {@link score}.
 * @example
 * ```ts
 * import { z } from "zod";
 * import { defineRubric, defineQuestionSet, criteria } from "interview-rubrics";
 *
 * const postmortem = defineRubric({
 *   id: "incident-postmortem",
 *   version: "1.0.0",
 *   title: "Incident post-mortem",
 *   summary: "Tell me about an incident you caused.",
 *   questions: defineQuestionSet([{
 *     id: "incident", prompt: "Tell me about an incident you caused.", variants: [],
 *     probes: "Ownership of a production failure.", followUps: [],
 *     timeBox: { minMinutes: 2, maxMinutes: 3, examples: 1 },
 *   }]),
 *   answer: z.object({ text: z.string() }),
 *   criteria: { ownership: criteria.ownership, lesson: criteria.lesson },
 *   flags: [],
 *   bands: { strong: 0.75, mixed: 0.45 },
 * });
 * ```
 */
export function defineRubric<const K extends string, S extends z.ZodType>(definition: RubricDefinition<K, S>): Rubric<K, S> {
  const where = `Rubric "${definition.id}"`;
  if (!isKebabCase(definition.id)) throw new Error(`${where}: the id must be kebab-case.`);
  if (!SEMVER.test(definition.version)) throw new Error(`${where}: version "${definition.version}" is not a semantic version.`);
  const dimensionIds = Object.keys(definition.criteria) as K[];
  if (dimensionIds.length === 0) throw new Error(`${where}: needs at least one criterion.`);
  const { strong, mixed } = definition.bands;
  if (!(mixed > 0 && mixed < strong && strong <= 1)) throw new Error(`${where}: bands need 0 < mixed < strong <= 1.`);
  const flagIds = new Set<string>();
  for (const flag of definition.flags) {
    if (flagIds.has(flag.id)) throw new Error(`${where}: flag "${flag.id}" is listed twice.`);
    flagIds.add(flag.id);
  }
  for (const link of definition.links ?? []) {
    const name = `link ${link.source} -> ${link.target}`;
    if (!dimensionIds.includes(link.source) || !dimensionIds.includes(link.target)) throw new Error(`${where}: ${name} names a dimension the rubric does not have.`);
    if (link.source === link.target) throw new Error(`${where}: ${name} links a dimension to itself.`);
    if (link.atLeast === undefined && link.atMost === undefined) throw new Error(`${where}: ${name} sets neither atLeast nor atMost.`);
    if (link.atLeast !== undefined && link.atMost !== undefined && link.atLeast > link.atMost) throw new Error(`${where}: ${name} has atLeast above atMost.`);
  }
  const params = {} as Record<K, CriterionParams>;
  for (const key of dimensionIds) {
    const criterion: Criterion = definition.criteria[key];
    const fitted = definition.calibration?.[key] ?? {};
    for (const name of Object.keys(fitted)) {
      if (!(name in criterion.params)) throw new Error(`${where}: calibration for "${key}" sets unknown parameter "${name}".`);
    }
    params[key] = Object.freeze({ ...criterion.params, ...fitted });
  }
  const signals = withDependencies([
    ...dimensionIds.flatMap((key) => (definition.criteria[key] as Criterion).signals),
    ...definition.flags.flatMap((flag) => flag.signals),
    ...(definition.sectionSignals ?? []),
  ]);
  const signalIds = new Map<string, Signal>();
  for (const signal of signals) {
    const other = signalIds.get(signal.id);
    if (other && other !== signal) throw new Error(`${where}: two different signals share the id "${signal.id}".`);
    signalIds.set(signal.id, signal);
  }
  return Object.freeze({
    ...definition,
    kind: "rubric" as const,
    dimensionIds,
    signals,
    reviewPolicy: Object.freeze({ ...DEFAULT_REVIEW_POLICY, ...definition.review }),
    params: Object.freeze(params),
  });
}
