import { defineSignal } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { IRREGULAR_PAST, isAsserted } from "./helpers.js";

// After "I should" or "I must": regret ("should have"), a way of speaking ("I must say"), not a
// need the speaker sets themselves.
const NOT_DUTIES = new Set(["have", "say", "admit", "confess", "add", "stress", "thank", "apologize", "mention", "ask", "need"]);

// Words that report a state, a past event or an opinion rather than a habit: "I think I did
// fine", "I think I'm a good fit", "I suppose I might have…".
const NOT_HABITS = new Set([
  "am", "was", "were", "have", "had", "did", "do", "would", "will", "could", "can", "might", "may", "should", "must",
  "need", "want", "like", "love", "know", "feel", "hope", "guess", "suppose", "reckon", "mean", "think", "realize",
  "got", "get", "answered", "fit",
]);
// Adverbs between the subject and its verb: "I think I just took on too much".
const BEFORE_VERB = new Set(["just", "always", "often", "really", "sometimes", "usually", "probably", "still", "tend", "to", "kind", "sort", "of", "maybe"]);
const TRIGGER_WINDOW = 20;
const HABIT_TRIGGERS = new Set(["when", "whenever", "too", "instead", "rather", "because", "cos", "if", "once", "under"]);

/**
 * A present-tense habit with what sets it off or how far it goes ("when I'm nervous", "too
 * quick", "instead of…"): the speaker's own pattern, seen. Past events and states are not.
 */
function isTendency(doc: Document, from: number): boolean {
  let verb = from;
  while (verb < doc.tokens.length && BEFORE_VERB.has(doc.tokens[verb]!.norm)) verb++;
  const token = doc.tokens[verb];
  if (token === undefined || token.kind !== "word" || NOT_HABITS.has(token.norm) || token.norm.endsWith("ed") || IRREGULAR_PAST.has(token.norm)) return false;
  const sentence = doc.sentences[token.sentence]!;
  // The trigger follows closely; a bounded look keeps an endless sentence linear.
  for (let k = verb + 1; k <= Math.min(sentence.last, verb + TRIGGER_WINDOW); k++) if (HABIT_TRIGGERS.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/**
 * What the speaker now sees about themselves, told without "I learned": a need or duty they set
 * themselves ("I should know my own numbers better", "I must learn to give the whole answer"),
 * where their weak spot lies ("process questions are where I lose the thread"), or a habit with
 * its trigger ("I think I go to price too quick"). It ties a lesson to the situation; it is no
 * practice, so it is read apart from the learning markers that practices follow.
 */
export const selfInsight = defineSignal({
  id: "self-insight",
  description: "Sees something about themselves without saying \"I learned\" (\"I should know my numbers better\", \"I think I go to price too quick\").",
  cues: {
    duty: ["i should|must *", "i need a|an|more|some"],
    insight: ["is|are where i", "i learn today|that|from", "noticed|notice|learned|realized|discovered|found about myself"],
    tendency: ["i think|guess|suppose|reckon|noticed|notice|realize (that)? i"],
  },
  detect: ({ doc, cue }) => [
    ...cue("duty").filter((m) => isAsserted(doc, m) && !NOT_DUTIES.has(doc.tokens[m.last]!.norm)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    ...cue("insight").filter((m) => isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    ...cue("tendency").filter((m) => isAsserted(doc, m) && isTendency(doc, m.last + 1)).map((m) => ({ first: m.first, last: m.last + 1, strength: 2 })),
  ].sort((a, b) => a.first - b.first),
});
