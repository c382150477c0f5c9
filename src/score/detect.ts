import { withDependencies, type Signal, type SignalContext, type SignalHit } from "../define/signal.js";
import { analyze, type Document } from "../text/analyze.js";
import { compileLexicon, type Lexicon } from "../text/lexicon.js";
import type { Evidence } from "./result.js";

/** Runs signals over an analysed answer, dependencies first; each signal's hits are computed once. */
export function runSignals(doc: Document, signals: readonly Signal[]): Map<Signal, readonly SignalHit[]> {
  const hits = new Map<Signal, readonly SignalHit[]>();
  for (const signal of signals) {
    const context: SignalContext<Record<string, readonly string[]>> = {
      doc,
      cue: (name) => {
        const list = signal.cues[name];
        if (!list) throw new Error(`Signal "${signal.id}" has no cue list "${name}".`);
        return doc.matches(list);
      },
      hitsOf: (other) => {
        const found = hits.get(other);
        if (!found) throw new Error(`Signal "${signal.id}" reads "${other.id}" without listing it in \`uses\`.`);
        return found;
      },
    };
    hits.set(signal, signal.detect(context));
  }
  return hits;
}

const standaloneLexicons = new WeakMap<Signal, { lexicon: Lexicon; signals: readonly Signal[] }>();

/**
 * Runs one signal (and the signals it reads) on a text and returns its evidence. Handy for
 * checking a custom signal, or for showing why a built-in one fires.
 *
 * @param signal - A built-in or custom signal.
 * @param text - Any text.
 * @returns The spans it found, with `text === input.slice(start, end)`.
 * @example
 * ```ts
 * detectSignal(signals.externalBlame, "The client kept changing the brief.");
 * // [{ start: 0, end: 35, text: "The client kept changing the brief", signal: "external-blame" }]
 * ```
 */
export function detectSignal(signal: Signal, text: string): Evidence[] {
  let compiled = standaloneLexicons.get(signal);
  if (!compiled) {
    const signals = withDependencies([signal]);
    compiled = { signals, lexicon: compileLexicon(signals.flatMap((s) => Object.values(s.cues))) };
    standaloneLexicons.set(signal, compiled);
  }
  const doc: Document = analyze(text, compiled.lexicon);
  const hits = runSignals(doc, compiled.signals).get(signal) ?? [];
  return hits.map((hit: SignalHit) => {
    const start = doc.tokens[hit.first]!.start;
    const end = doc.tokens[hit.last]!.end;
    return { start, end, text: text.slice(start, end), signal: signal.id };
  });
}
