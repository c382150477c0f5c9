import type { Document } from "../text/analyze.js";
import type { CueMatch, CuePattern } from "../text/lexicon.js";

/** Named cue lists a signal reads, each an array of {@link CuePattern}s. */
export type CueLists = Readonly<Record<string, readonly CuePattern[]>>;

/** What a signal found: a token range of the answer and how strongly it shows the signal. */
export interface SignalHit {
  /** Index of the first token. */
  readonly first: number;
  /** Index of the last token (inclusive). */
  readonly last: number;
  /** 1 = weak, 2 = clear, 3 = strong; criteria read it through their thresholds. */
  readonly strength: number;
}

/** What a signal's `detect` receives: the analysed answer and its own cue matches. */
export interface SignalContext<C extends CueLists> {
  /** The analysed answer. */
  readonly doc: Document;
  /** Matches of one of this signal's cue lists, in order. */
  cue(name: keyof C & string): readonly CueMatch[];
  /** Hits of another signal this one declared in `uses`, computed once per answer. */
  hitsOf(signal: Signal): readonly SignalHit[];
}

/** A signal as written by its author. */
export interface SignalDefinition<Id extends string, C extends CueLists> {
  /** Stable kebab-case id, reported in evidence and receipts. */
  readonly id: Id;
  /** One line saying what the signal notices, for the handbook. */
  readonly description: string;
  /** The cue lists `detect` reads; compiled once per rubric. */
  readonly cues: C;
  /** Other signals whose hits `detect` reads. */
  readonly uses?: readonly Signal[];
  /** Finds the signal in an answer. Must be pure. */
  detect(context: SignalContext<C>): readonly SignalHit[];
}

/** A defined signal: a small named detector over a {@link Document}. */
export interface Signal<Id extends string = string> {
  /** Marks the object as a signal. */
  readonly kind: "signal";
  /** Stable kebab-case id. */
  readonly id: Id;
  /** What the signal notices. */
  readonly description: string;
  /** The cue lists it reads. */
  readonly cues: CueLists;
  /** Signals it reads. */
  readonly uses: readonly Signal[];
  /** The detector. */
  readonly detect: (context: SignalContext<CueLists>) => readonly SignalHit[];
}

/** True for a kebab-case id: lower-case words joined by single hyphens ("external-blame"). */
export function isKebabCase(id: string): boolean {
  // Written without nested quantifiers, like every pattern here, so it cannot backtrack.
  return /^[a-z][a-z0-9-]*$/.test(id) && !id.includes("--") && !id.endsWith("-");
}

/**
 * Defines a signal. Throws at definition time when the id is not kebab-case, so a
 * mistake in a custom signal shows up on import, not when scoring.
 *
 * @param definition - The signal's id, description, cue lists and detector.
 * @returns The signal, ready to list in a criterion.
 * @example
 * ```ts
 * const mentionsPostmortem = defineSignal({
 *   id: "mentions-postmortem",
 *   description: "Names a post-mortem or retrospective.",
 *   cues: { review: ["post mortem|postmortem|retrospective|retro"] },
 *   detect: ({ cue }) => cue("review").map((m) => ({ ...m, strength: 1 })),
 * });
 * ```
 */
export function defineSignal<const Id extends string, const C extends CueLists>(definition: SignalDefinition<Id, C>): Signal<Id> {
  if (!isKebabCase(definition.id)) {
    throw new Error(`Signal id "${definition.id}" must be kebab-case (e.g. "external-blame").`);
  }
  return Object.freeze({
    kind: "signal" as const,
    id: definition.id,
    description: definition.description,
    cues: definition.cues,
    uses: definition.uses ?? [],
    detect: definition.detect as (context: SignalContext<CueLists>) => readonly SignalHit[],
  });
}

/** Every signal a set of signals needs, dependencies first, each once. */
export function withDependencies(signals: readonly Signal[]): Signal[] {
  const ordered: Signal[] = [];
  const seen = new Set<Signal>();
  const visit = (signal: Signal) => {
    if (seen.has(signal)) return;
    seen.add(signal);
    for (const dependency of signal.uses) visit(dependency);
    ordered.push(signal);
  };
  for (const signal of signals) visit(signal);
  return ordered;
}
