import type { Level, Readout } from "./criterion.js";
import type { Sections } from "./rubric.js";
import { isKebabCase, type Signal } from "./signal.js";

/** How much a flag matters to the interviewer. */
export type Severity = "info" | "warning" | "critical";

/** What a flag's `raise` receives. */
export interface FlagContext extends Readout {
  /** The levels the rubric's criteria gave, by dimension id. */
  readonly levels: Readonly<Record<string, Level>>;
  /** The answer's sections (e.g. `achieved`, `missed`), as token ranges. */
  readonly sections: Sections;
}

/** A red flag as its author writes it. */
export interface FlagDefinition<Id extends string> {
  /** Stable kebab-case id. */
  readonly id: Id;
  /** How much it matters. */
  readonly severity: Severity;
  /** The message shown with the flag. */
  readonly message: string;
  /** What the scorer looks for, for the handbook. */
  readonly looksFor: string;
  /** A short example of an answer that raises it. */
  readonly example: string;
  /** Signals `raise` reads. */
  readonly signals: readonly Signal[];
  /**
   * `null` when the flag is not raised; otherwise the signals whose hits show it
   * (an empty list when the flag is about something missing).
   */
  raise(context: FlagContext): readonly Signal[] | null;
}

/** A defined red flag. */
export interface Flag<Id extends string = string> extends FlagDefinition<Id> {
  /** Marks the object as a flag. */
  readonly kind: "flag";
}

/**
 * Defines a red flag a rubric can raise.
 *
 * @param definition - The flag's id, severity, message, handbook text and rule.
 * @returns The flag.
 */
export function defineFlag<const Id extends string>(definition: FlagDefinition<Id>): Flag<Id> {
  if (!isKebabCase(definition.id)) {
    throw new Error(`Flag id "${definition.id}" must be kebab-case.`);
  }
  return Object.freeze({ ...definition, kind: "flag" as const });
}
