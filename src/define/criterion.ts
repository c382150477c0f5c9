import type { Document } from "../text/analyze.js";
import type { Signal, SignalHit } from "./signal.js";

/** A level on a dimension's anchored scale. */
export type Level = 0 | 1 | 2 | 3;

/** All levels, lowest first. */
export const LEVELS: readonly Level[] = [0, 1, 2, 3];

/** What a level means, and short snippets that show it. */
export interface Anchor {
  /** The anchor text an interviewer reads. */
  readonly description: string;
  /** Short example snippets at this level. */
  readonly examples: readonly string[];
}

/** Tunable numbers a criterion's decision reads; fitted per rubric by calibration. */
export type CriterionParams = Readonly<Record<string, number>>;

/** Signal hits as a criterion sees them: limited to the part of the answer it judges. */
export interface Readout {
  /** The analysed answer. */
  readonly doc: Document;
  /** Hits of a signal in the criterion's part of the answer. */
  hits(signal: Signal): readonly SignalHit[];
  /** Number of hits at or above a strength. */
  count(signal: Signal, minStrength?: number): number;
  /** The strongest hit's strength, or 0. */
  strongest(signal: Signal): number;
  /** Content words in the criterion's part of the answer. */
  readonly wordCount: number;
}

/** A criterion's decision: the level, in words a person can check, and which signals it rests on. */
export interface LevelDecision {
  /** The level given. */
  readonly level: Level;
  /** Why, in one sentence; it becomes part of the rationale. */
  readonly because: string;
  /** Signals whose hits are the evidence for this level. */
  readonly cites: readonly Signal[];
}

/** A criterion as its author writes it. */
export interface CriterionDefinition<P extends CriterionParams> {
  /** Dimension title for people ("Ownership"). */
  readonly title: string;
  /** The question this dimension answers about the candidate's answer. */
  readonly asks: string;
  /** The four anchors, level 0 to 3. */
  readonly anchors: Readonly<Record<Level, Anchor>>;
  /** Signals the decision reads. */
  readonly signals: readonly Signal[];
  /** Default decision parameters; a rubric's calibration may override them. */
  readonly params: P;
  /** Values calibration may try for each parameter; parameters left out are not fitted. */
  readonly grid?: Readonly<Partial<Record<keyof P, readonly number[]>>>;
  /** Follow-up questions an interviewer can ask when the answer lands at a level below the top. */
  readonly probes: Readonly<Partial<Record<Exclude<Level, 3>, readonly string[]>>>;
  /**
   * One concrete next step for the candidate, per level below the top, in words about the
   * answer (never the person). Used by `composeFeedback`.
   */
  readonly advice: Readonly<Partial<Record<Exclude<Level, 3>, string>>>;
  /** Which part of the answer the criterion judges (a rubric section name); the whole answer when absent. */
  readonly section?: string;
  /** Maps the signals to a level. Must be pure. */
  decide(readout: Readout, params: P): LevelDecision;
}

/** A defined criterion: one dimension of a rubric. */
export interface Criterion<P extends CriterionParams = CriterionParams> extends CriterionDefinition<P> {
  /** Marks the object as a criterion. */
  readonly kind: "criterion";
}

/**
 * Defines a criterion: a dimension scored 0–3 against four anchors.
 *
 * @param definition - Title, anchors, signals, default parameters, probes and the decision.
 * @returns The criterion, ready to put in a rubric.
 */
export function defineCriterion<P extends CriterionParams>(definition: CriterionDefinition<P>): Criterion<P> {
  for (const level of LEVELS) {
    const anchor = definition.anchors[level];
    if (!anchor || anchor.description.trim() === "") {
      throw new Error(`Criterion "${definition.title}" needs an anchor description for level ${level}.`);
    }
  }
  return Object.freeze({ ...definition, kind: "criterion" as const });
}

/**
 * Returns a copy of a criterion scoped to a section of the answer, e.g. the missed goal of a
 * two-part answer. Lets one criterion definition serve several rubrics.
 *
 * @param criterion - The criterion to scope.
 * @param section - The rubric section it should judge.
 * @param overrides - Other fields to replace (title, anchors' wording, probes).
 */
export function scopeCriterion<P extends CriterionParams>(criterion: Criterion<P>, section: string, overrides: Partial<Pick<CriterionDefinition<P>, "title" | "asks" | "anchors" | "probes">> = {}): Criterion<P> {
  return Object.freeze({ ...criterion, ...overrides, section });
}
