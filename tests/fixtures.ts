import { z } from "zod";
import { defineQuestionSet, type Signal } from "../src/index.js";

/** A one-question set for custom rubrics in tests. */
export const oneQuestion = defineQuestionSet([
  { id: "q", prompt: "Tell me about an incident you caused.", variants: [], probes: "Ownership of a failure.", followUps: [], timeBox: { minMinutes: 2, maxMinutes: 3, examples: 1 } },
]);

/** The shape every built-in rubric accepts. */
export const textAnswer = z.object({ text: z.string() });

/** The usual band cut-offs. */
export const usualBands = { strong: 0.75, mixed: 0.45 } as const;

/** Signal-and-answer cases as rows for `it.each`, named by the signal's id. */
export function bySignal(cases: ReadonlyArray<readonly [Signal, string]>): ReadonlyArray<readonly [string, Signal, string]> {
  return cases.map(([signal, answer]) => [signal.id, signal, answer] as const);
}
