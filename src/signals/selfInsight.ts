import { defineSignal } from "../define/signal.js";
import type { Document, Token } from "../text/analyze.js";
import { IRREGULAR_PAST, isAsserted } from "./helpers.js";

// After "I should" or "I must": regret ("should have"), a way of speaking ("I must say"), not a
// need the speaker sets themselves.
const NOT_DUTIES = new Set(["have", "say", "admit", "confess", "add", "stress", "thank", "apologize", "mention", "ask", "need"]);

// Words that report a state, a past event or an opinion rather than a habit: "I think I did
// fine", "I think I'm a good fit", "I suppose I might have…".
const NOT_HABITS = new Set([
  "am", "was", "were", "have", "had", "did", "do", "would", "will", "could", "can", "might", "may", "should", "must",
  "need", "want", "like", "love", "know", "feel", "hope", "guess", "suppose", "reckon", "mean", "think", "realize",
  "got", "get", "answered", "fit", "understand", "deserve", "believe", "see", "enjoy", "enjoyed", "agree",
]);
// Adverbs between the subject and its verb: "I think I just took on too much".
const BEFORE_VERB = new Set(["just", "always", "often", "really", "sometimes", "usually", "probably", "still", "tend", "to", "kind", "sort", "of", "maybe"]);
const TRIGGER_WINDOW = 20;
// What sets a habit off or how far it goes; "because" gives a reason, not a trigger ("I think I
// come across well because I smile a lot" is self-praise).
// Quotes and hyphens inside a clause ("I have a tendency to say 'we' when…") do not end it.
const CLAUSE_BREAKS = new Set([",", ";", ":", "–", "—"]);
// "…before I've explained it": the habit runs ahead of what should come first.
const HABIT_TRIGGERS = new Set(["when", "whenever", "too", "instead", "rather", "if", "once", "under", "before"]);
// A need or duty set for oneself names a change of degree or order ("know my numbers better",
// "learn to give the whole answer", "think first about the children"); "I should be fine on the
// written test" and "I need a coffee" do not.
const CHANGE_WORDS = new Set(["better", "more", "less", "earlier", "sooner", "learn", "first", "instead", "properly", "faster", "slower", "clearer", "stronger", "harder", "differently"]);
const CHANGE_WINDOW = 12;

function namesAChange(doc: Document, from: number): boolean {
  const clause = doc.tokens[from]!.clause;
  for (let k = from; k < Math.min(doc.tokens.length, from + CHANGE_WINDOW) && doc.tokens[k]!.clause === clause; k++) {
    if (CHANGE_WORDS.has(doc.tokens[k]!.norm)) return true;
  }
  return false;
}

/** A verb that can tell a present habit: not past, not a state, an opinion or a modal. */
function isHabitVerb(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === "word" && !NOT_HABITS.has(token.norm) && !token.norm.endsWith("ed") && !IRREGULAR_PAST.has(token.norm);
}

/** "Process questions are where I lose the thread": a present habit, not "where I started". */
function isWeakSpot(doc: Document, subject: number): boolean {
  return isHabitVerb(doc.tokens[subject + 1]);
}

/**
 * What sets a habit off follows closely in its sentence ("…of mine under pressure"), or, with
 * `inClause`, before the next punctuation: in "I have a habit of talking with my hands, so sorry
 * if that was distracting" the "if" is an apology's.
 */
function triggerFollows(doc: Document, from: number, inClause = false): boolean {
  const sentence = doc.sentences[doc.tokens[from]!.sentence]!;
  for (let k = from + 1; k <= Math.min(sentence.last, from + TRIGGER_WINDOW); k++) {
    if (inClause && CLAUSE_BREAKS.has(doc.tokens[k]!.norm)) return false;
    if (HABIT_TRIGGERS.has(doc.tokens[k]!.norm)) return true;
  }
  return false;
}

/**
 * A present-tense habit with what sets it off or how far it goes ("when I'm nervous", "too
 * quick", "instead of…"): the speaker's own pattern, seen. Past events and states are not.
 */
function isHabitWithTrigger(doc: Document, from: number): boolean {
  let verb = from;
  while (verb < doc.tokens.length && BEFORE_VERB.has(doc.tokens[verb]!.norm)) verb++;
  const token = doc.tokens[verb];
  if (!isHabitVerb(token)) return false;
  // The trigger follows closely; a bounded look keeps an endless sentence linear.
  return triggerFollows(doc, verb);
}

// "A pattern I recognise in myself", "a habit of mine under pressure": the pattern is the
// speaker's own, not "the pattern I see in the data".
const OWN_PATTERN_NEXT = new Set(["when", "whenever", "under", "again", "too", "to", "of"]);
const SELF_WORDS = new Set(["myself", "me"]);
const PATTERN_WORDS = new Set(["pattern", "habit", "tendency"]);
function ownPattern(doc: Document, last: number): boolean {
  const next = doc.tokens[last + 1];
  if (next === undefined || next.kind === "punct" || next.sentence !== doc.tokens[last]!.sentence) return true;
  if (next.norm === "in" || next.norm === "about" || next.norm === "with") return SELF_WORDS.has(doc.tokens[last + 2]?.norm ?? "");
  return OWN_PATTERN_NEXT.has(next.norm);
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
    weakSpot: ["is|are where i"],
    insight: ["i learn today|that|from", "noticed|notice|learned|realized|discovered|found about myself"],
    // The conditions the speaker does well or badly in: "I'm much better when I've got time to think".
    // Not "I'm much happier with how the second half went": a condition, not a verdict.
    condition: ["i am (just|really)? (much|far|a lot|way|so)? better|worse|stronger|weaker (when|if|once)", "i am at my best|worst when|if"],
    tendency: ["i think|guess|suppose|reckon|noticed|notice|realize (that)? i"],
    // "I tend to ramble when I'm nervous" tells the same habit without the "I think"; it still
    // needs its trigger, so "I tend to set realistic goals" is not read.
    tends: ["i tend to"],
    // "That's a pattern I recognise in myself", "a habit I fall into".
    pattern: ["pattern|habit|tendency i recognize|see|notice|know|have", "pattern|habit|tendency i fall into"],
    // "A habit of mine under pressure", "I have a tendency to rush the ending when I'm nervous":
    // with its trigger, like "I tend to"; "I have a habit of talking with my hands" is no insight.
    habit: ["(a|that|this) habit|tendency of mine", "i have got? a habit|tendency", "i had a habit|tendency"],
  },
  detect: ({ doc, cue }) => [
    ...cue("duty").filter((m) => isAsserted(doc, m) && !NOT_DUTIES.has(doc.tokens[m.last]!.norm) && namesAChange(doc, m.last)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    ...cue("weakSpot").filter((m) => isAsserted(doc, m) && isWeakSpot(doc, m.last)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    ...[...cue("insight"), ...cue("condition")].filter((m) => isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    ...cue("tendency").filter((m) => isAsserted(doc, m) && isHabitWithTrigger(doc, m.last + 1)).map((m) => ({ first: m.first, last: m.last + 1, strength: 2 })),
    // After "I tend to" any verb tells a habit ("I tend to get too defensive when…").
    ...cue("tends").filter((m) => isAsserted(doc, m) && triggerFollows(doc, m.last, true)).map((m) => ({ first: m.first, last: m.last + 1, strength: 2 })),
    ...cue("habit").filter((m) => isAsserted(doc, m) && triggerFollows(doc, m.last, true)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    ...cue("pattern").filter((m) => isAsserted(doc, m) && (!PATTERN_WORDS.has(doc.tokens[m.first]!.norm) || ownPattern(doc, m.last))).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
  ].sort((a, b) => a.first - b.first),
});
