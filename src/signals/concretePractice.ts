import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { inflections } from "../text/lexicon.js";
import { appliedChange } from "./appliedChange.js";
import { FUNCTION_WORDS, clauseEnd } from "./helpers.js";
import { futureIntent } from "./futureIntent.js";
import { learningMarker } from "./learningMarker.js";
import { platitude } from "./platitude.js";
import { PRACTICE_VERBS, TIMING_WORDS } from "./shared.js";

// Base form of every inflection of a practice verb ("writing" → "write").
const BASE_OF = new Map<string, string>();
for (const verb of PRACTICE_VERBS) for (const form of inflections(verb)) if (!BASE_OF.has(form)) BASE_OF.set(form, verb);
const PAST_FORMS: Record<string, string> = { wrote: "write", written: "write", sent: "send", read: "read", met: "meet", built: "build", spent: "spend", set: "set", cut: "cut", ran: "run", kept: "keep" };
for (const [form, base] of Object.entries(PAST_FORMS)) if (PRACTICE_VERBS.has(base)) BASE_OF.set(form, base);

// How the verb is led in decides whether it is a practice: "I now *write*", "started *writing*",
// "learned to *write*", "I'll *write*". A past-tense "I wrote" is a one-off act, not a practice.
type Lead = "present" | "gerund" | "infinitive" | "modal" | "perfect" | "imperative";
const PRESENT_LEADS = new Set(["i", "we", "you", "now", "always", "also", "first", "still", "routinely", "religiously", "personally", "immediately", "just", "actually", "properly", "formally", "explicitly", "deliberately", "regularly", "consistently", "and", "then"]);
const GERUND_LEADS = new Set(["started", "start", "starting", "began", "begin", "keep", "kept", "stopped", "stop", "by", "about", "means", "meant", "like", "habit", "of"]);
const MODAL_LEADS = new Set(["will", "would", "should", "must", "shall", "can", "could"]);
const INFINITIVE_LEADS = new Set(["to"]);
const PERFECT_LEADS = new Set(["have", "has", "ve", "had"]);

// Objects too vague to make a practice concrete.
const VAGUE_OBJECTS = new Set(["everything", "things", "stuff", "it", "more", "better", "harder", "help", "time", "people", "work", "myself", "others", "something", "anything", "lot", "best", "sure", "care", "attention", "way", "differently", "properly", "carefully", "thoroughly", "right", "well"]);
// Words that put a present-tense verb in habit: "every", "whenever", "before any".
const HABIT_WORDS = new Set(["now", "always", "every", "each", "whenever", "nowadays", "routinely", "religiously", "habit", "rule", "any", "never"]);

function leadOf(doc: Document, verb: number, clauseFirst: number): { lead: Lead | null; at: number } {
  let k = verb - 1;
  while (k >= clauseFirst && (doc.tokens[k]!.filler || doc.tokens[k]!.kind === "punct")) k--;
  if (k < clauseFirst) return { lead: "imperative", at: verb };
  const w = doc.tokens[k]!.norm;
  const form = doc.tokens[verb]!.norm;
  const base = BASE_OF.get(form)!;
  const isBase = form === base || form === `${base}s` || form === `${base}es`;
  const isGerund = form.endsWith("ing");
  const isParticiple = form.endsWith("ed") || PAST_FORMS[form] !== undefined;
  if (isGerund && GERUND_LEADS.has(w)) return { lead: "gerund", at: k };
  if (isBase && INFINITIVE_LEADS.has(w)) return { lead: "infinitive", at: k };
  if (isBase && MODAL_LEADS.has(w)) return { lead: "modal", at: k };
  if (isParticiple && PERFECT_LEADS.has(w)) return { lead: "perfect", at: k };
  if (isBase && PRESENT_LEADS.has(w)) return { lead: "present", at: k };
  // Compound verbs: "I spot-check the float", "we fit-test samples".
  const twoBack = doc.tokens[k - 1]?.norm;
  if (isBase && (twoBack === "i" || twoBack === "we")) return { lead: "present", at: k };
  return { lead: null, at: k };
}

/**
 * An actionable practice: a behaviour with an object and a when. "I now write a one-page scope
 * and get sign-off before the kickoff" is strength 3 (action, object, timing); "I share the
 * draft with finance" is 2 (action and object, no timing). A practice is a habit or a rule, so
 * it is read in the present ("I check…"), as a started habit ("I started logging…"), as a lesson
 * ("learned to…") or an intention ("I'll book…"), never in the past-tense story of the failure.
 */
export const concretePractice = defineSignal({
  id: "concrete-practice",
  description: "Names an actionable practice: a behaviour with an object and when it happens.",
  uses: [learningMarker, appliedChange, futureIntent, platitude],
  cues: {},
  detect: ({ doc, hitsOf }) => {
    const lessonSentences = new Set<number>();
    for (const signal of [learningMarker, appliedChange]) for (const hit of hitsOf(signal)) lessonSentences.add(doc.tokens[hit.first]!.sentence);
    const intentSentences = new Set(hitsOf(futureIntent).map((h) => doc.tokens[h.first]!.sentence));
    const platitudeClauses = new Set(hitsOf(platitude).map((h) => doc.tokens[h.first]!.clause));
    const tokens = doc.tokens;
    const hits: SignalHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== "word" || token.quoted || token.negated || token.filler || !BASE_OF.has(token.norm)) continue;
      if (platitudeClauses.has(token.clause)) continue;
      const clause = doc.clauses[token.clause]!;
      const { lead, at } = leadOf(doc, i, clause.first);
      if (lead === null) continue;
      let habit = false;
      for (let k = clause.first; !habit && k <= clause.last; k++) habit = HABIT_WORDS.has(tokens[k]!.norm);
      const lesson = lessonSentences.has(token.sentence);
      const intent = intentSentences.has(token.sentence);
      const inContext =
        lead === "modal" ? intent || lesson
        : lead === "present" || lead === "imperative" ? habit || lesson || intent
        : lead === "perfect" ? lesson && habit
        : habit || lesson || intent;
      if (!inContext) continue;

      const end = clauseEnd(doc, i);
      let object = -1;
      let timing = -1;
      let seen = 0;
      for (let k = i + 1; k <= end && seen < 12; k++) {
        const t = tokens[k]!;
        if (t.kind === "punct" || t.filler) continue;
        seen++;
        if (timing < 0 && object >= 0 && (TIMING_WORDS.has(t.norm) || HABIT_WORDS.has(t.norm) || t.kind === "number")) timing = k;
        if (object < 0 && seen <= 5 && !FUNCTION_WORDS.has(t.norm) && !VAGUE_OBJECTS.has(t.norm) && !TIMING_WORDS.has(t.norm)) object = k;
      }
      // Timing said before the verb counts too: "before every launch I book…", not "after that I…".
      for (let k = clause.first; timing < 0 && k < at; k++) {
        const w = tokens[k]!.norm;
        const next = tokens[k + 1]?.norm ?? "";
        if ((TIMING_WORDS.has(w) || HABIT_WORDS.has(w)) && w !== "now" && next !== "that" && next !== "then" && next !== "this") timing = k;
      }
      if (object < 0) continue;
      const last = Math.min(end, Math.max(object, timing, i));
      hits.push({ first: Math.min(at, i), last, strength: timing >= 0 ? 3 : 2 });
      i = Math.max(i, last);
    }
    return hits;
  },
});
