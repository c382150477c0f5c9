import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { inflections } from "../text/lexicon.js";
import { appliedChange } from "./appliedChange.js";
import { concretePractice } from "./concretePractice.js";
import { compoundEnd, isContentWord, isPastAction, toClauseEnd } from "./helpers.js";

// Verbs too general to tie a practice to the act it replaces: "I did…" and "now I do…" name no
// common act; nor do those of a post held ("I covered nights… now I cover days only").
const GENERAL_VERBS = new Set(["do", "make", "get", "have", "go", "take", "put", "give", "say", "think", "know", "be", "come", "see", "let", "use", "want", "need", "try", "start", "work", "feel", "look", "find", "keep", "leave", "set", "become", "learn", "decide", "realize", "stop", "cover", "join", "own", "head", "move", "live", "stay"]);
// The base of an irregular past that practices name again ("I sent the spec…" / "before I send").
const IRREGULAR_BASES = new Map(Object.entries({
  sent: "send", wrote: "write", told: "tell", read: "read", ran: "run", bought: "buy", sold: "sell", spoke: "speak",
  paid: "pay", cut: "cut", built: "build", brought: "bring", chose: "choose", drove: "drive", met: "meet", led: "lead",
  held: "hold", rang: "ring", taught: "teach", caught: "catch", sat: "sit", stood: "stand", signed: "sign", dug: "dig",
  fed: "feed", lent: "lend", shut: "shut", split: "split", spread: "spread", hung: "hang", dealt: "deal", threw: "throw",
  drew: "draw", froze: "freeze", spun: "spin", wore: "wear", hid: "hide", ate: "eat", sought: "seek", fought: "fight",
}));
// Words that may stand between "I" and the act: "I just grabbed…", "I then confirmed…".
const LEADS = new Set(["just", "then", "also", "only", "simply", "basically", "literally", "actually", "still", "even", "quickly", "immediately", "had"]);
// Words a verb follows: a subject, "to", a modal, a negation or an adverb of habit.
const VERB_LEADS = new Set(["i", "we", "you", "to", "will", "would", "should", "must", "can", "could", "not", "never", "always", "now", "also", "still", "then", "first", "and", "or", "just", "only", "personally", "physically", "actually", "really", "even", "properly", "carefully"]);
// "Instead", "rather": the sentence sets the new way against the old.
const CONTRASTS = new Set(["instead", "rather"]);
// Conditions put on an act, before it ("before I confirm", "until I've checked") or after it in
// its clause ("I run payroll only after the cut-off", "I push updates to a pilot group first").
const CONDITIONS_BEFORE = new Set(["before", "until", "till", "unless", "without", "only"]);
const CONDITIONS_AFTER = new Set(["before", "until", "till", "unless", "without", "only", "first", "once"]);
const CONDITION_REACH = 3;
const CONDITION_REACH_AFTER = 8;
/** A condition word stands near the verb at `k`, in its clause. */
function conditioned(doc: Document, k: number): boolean {
  const clause = doc.tokens[k]!.clause;
  for (let j = k - 1; j >= 0 && j >= k - CONDITION_REACH && doc.tokens[j]!.clause === clause; j--) if (CONDITIONS_BEFORE.has(doc.tokens[j]!.norm)) return true;
  for (let j = k + 1; j < doc.tokens.length && j <= k + CONDITION_REACH_AFTER && doc.tokens[j]!.clause === clause; j++) if (CONDITIONS_AFTER.has(doc.tokens[j]!.norm)) return true;
  return false;
}
// How far after the verb its object may start: "I confirmed *the second one*"; a bare act ("I
// rushed") is too thin to tie to a practice.
const OBJECT_REACH = 3;

/** The bases a past form may come from: "confirmed" → confirm, "priced" → price, "planned" → plan. */
function basesOf(past: string): string[] {
  const irregular = IRREGULAR_BASES.get(past);
  if (irregular !== undefined) return [irregular];
  if (!past.endsWith("ed")) return [];
  const stem = past.slice(0, -2);
  const bases = [stem, past.slice(0, -1)];
  if (past.endsWith("ied")) bases.push(`${past.slice(0, -3)}y`);
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) bases.push(stem.slice(0, -1));
  return bases;
}

/** Every form of the act's verb that a later practice or change may use ("book" → booking). */
function formsOf(past: string): Set<string> {
  const forms = new Set<string>();
  for (const base of basesOf(past)) if (base.length > 2 && !GENERAL_VERBS.has(base)) for (const form of inflections(base)) forms.add(form);
  return forms;
}

/** The speaker's past act at `subject` ("I" before it), with the verb's index, or -1. */
function pastActAfter(doc: Document, subject: number): number {
  let k = subject + 1;
  while (k < doc.tokens.length && LEADS.has(doc.tokens[k]!.norm)) k++;
  const verb = compoundEnd(doc, k);
  const token = doc.tokens[verb];
  if (token === undefined || token.kind !== "word" || token.negated || token.hedged || !isPastAction(token.norm)) return -1;
  return verb;
}

/**
 * The act the candidate's own later practice or change takes up again: "I confirmed the second
 * booking from memory… Since then I check the slot sheet before I confirm any booking". Told in
 * the past before the change, with the same verb as the change, it is the act the change corrects,
 * so it is the candidate's own part in the failure even where no word says "mistake". It is often
 * the failure itself ("I quoted her the wrong amount") rather than the decision behind it, so it
 * owns the failure (strength 2) without naming its cause.
 */
export const revisitedAct = defineSignal({
  id: "revisited-act",
  description: "An act of the candidate's, told in the past, that their later practice or change takes up again.",
  cues: {},
  uses: [appliedChange, concretePractice],
  detect: ({ doc, hitsOf }) => {
    const later = [...hitsOf(appliedChange), ...hitsOf(concretePractice)].filter((h) => h.strength >= 2);
    if (later.length === 0) return [];
    let storyEnd = doc.tokens.length;
    for (const h of later) storyEnd = Math.min(storyEnd, h.first);
    // Every word of each sentence that tells a change or practice ("before I send it, I pull the
    // drawing up…" names the act in its condition), with where it is: one pass per sentence.
    const laterWords = new Map<string, number>();
    const read = new Set<number>();
    for (const h of later) {
      const index = doc.tokens[h.first]!.sentence;
      if (read.has(index)) continue;
      read.add(index);
      const sentence = doc.sentences[index]!;
      let contrasted = false;
      for (let k = sentence.first; k <= sentence.last; k++) if (CONTRASTS.has(doc.tokens[k]!.norm)) contrasted = true;
      // Only words used as verbs ("before I confirm", "always send"): "the fill rate" is a noun. And
      // only where the practice puts a condition on the act or forbids it ("I check the sheet before
      // I confirm any booking", "I never send one until…"): "now I process claims as they arrive"
      // or "since then I negotiate every contract" carries a good act on, and owns nothing.
      for (let k = sentence.first + 1; k <= sentence.last; k++) {
        if (!VERB_LEADS.has(doc.tokens[k - 1]!.norm)) continue;
        if (!contrasted && !doc.tokens[k]!.negated && !conditioned(doc, k)) continue;
        const w = doc.tokens[k]!.norm;
        laterWords.set(w, Math.max(laterWords.get(w) ?? -1, k));
      }
    }
    // Only the story before any change or practice is told: an act inside one is the change itself.
    const hits: SignalHit[] = [];
    for (let k = 0; k < storyEnd; k++) {
      if (doc.tokens[k]!.norm !== "i" || doc.clauses[doc.tokens[k]!.clause]!.subject !== "self") continue;
      const verb = pastActAfter(doc, k);
      if (verb < 0 || verb >= storyEnd) continue;
      let revisited = false;
      for (const form of formsOf(doc.tokens[verb]!.norm)) if ((laterWords.get(form) ?? -1) > verb) revisited = true;
      if (!revisited) continue;
      let object = false;
      for (let j = verb + 1; j <= verb + OBJECT_REACH && j < doc.tokens.length && doc.tokens[j]!.clause === doc.tokens[verb]!.clause; j++) if (isContentWord(doc.tokens[j]!)) object = true;
      if (object) hits.push(toClauseEnd(doc, { first: k, last: verb, strength: 2 }, 24));
    }
    return hits;
  },
});
