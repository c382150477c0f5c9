import { defineSignal } from "../define/signal.js";
import { failureMention } from "./failureMention.js";
import { isAsserted, memoByIndex, opensSentence, toClauseEnd } from "./helpers.js";
import type { Document } from "../text/analyze.js";

const REPORTING_VERBS = new Set(["figured", "thought", "assumed", "said", "told", "promised", "hoped", "reckoned", "believed", "decided", "knew", "guessed", "felt", "expected", "imagined", "supposed"]);

const SPEECH_ACTS = new Set(["admit", "say", "tell", "confess", "grant", "own", "put", "give", "explain", "start"]);
// What "going to be…" may promise rather than predict: "more careful", "better prepared".
const RESOLVED_STATES = new Set(["more", "less", "better", "stricter", "firmer", "clearer", "earlier", "quicker", "sharper", "tougher", "stronger"]);
// Verbs after "going to" that foretell rather than plan: "we're going to lose more staff", "…have
// the same problem", "…struggle again at audit".
const FORETOLD = new Set(["lose", "struggle", "fail", "miss", "need", "suffer", "face"]);
// A new job is no change in how the candidate works: "I'm planning to move on", "hoping to leave".
const MOVING_ON = new Set(["move", "leave", "quit", "resign", "retire", "relocate"]);
const RETRIES = new Set(["another", "a"]);
const NOT_VERBS = new Set(["the", "a", "an", "my", "our", "his", "her", "their", "this", "that", "these", "those", "work", "school", "bed"]);
/**
 * Whether the verb at `k`, after "going to", "planning to" and the like, plans something: not a way
 * of speaking ("I'm going to be honest", "…say", "…start with the numbers"), a forecast ("we're
 * going to be short-staffed", "…have the same problem") or a move to another job.
 */
function plansChange(doc: Document, k: number): boolean {
  const verb = doc.tokens[k]?.norm ?? "";
  let after = doc.tokens[k + 1]?.norm ?? "";
  // "Going to the gym every morning": a place gone to, not a verb.
  if (NOT_VERBS.has(verb)) return false;
  if (verb === "say" || verb === "admit" || verb === "confess" || (verb === "tell" && after === "you")) return false;
  if ((verb === "start" || verb === "begin") && (after === "with" || after === "off")) return false;
  if (verb === "be") {
    // "Be much more organised", "be a lot stricter": a degree before the resolve.
    let j = k + 1;
    while (DEGREES.has(doc.tokens[j]?.norm ?? "") && j < k + 4) j++;
    after = doc.tokens[j]?.norm ?? "";
    return RESOLVED_STATES.has(after);
  }
  // "Have another go" plans a retry; "have the same problem" foretells.
  if (verb === "have") return RETRIES.has(after);
  return !FORETOLD.has(verb) && !MOVING_ON.has(verb);
}
const DEGREES = new Set(["much", "far", "a", "lot", "bit", "little", "way", "lots", "even"]);
// The forms "going to", "planning to", "hoping to", "gonna", read by plansChange.
const PROGRESSIVE = new Set(["going", "gonna", "planning", "hoping", "intending", "aiming"]);
function isProgressive(doc: Document, m: { first: number; last: number }): boolean {
  for (let k = m.first; k <= m.last; k++) if (PROGRESSIVE.has(doc.tokens[k]!.norm)) return true;
  return false;
}
const SENTENCE_LEADS = new Set(["so", "and", "but", "just", "still", "yeah", "well", "anyway"]);
const CANDOUR_WORDS = new Set(["honest", "straight", "frank", "upfront", "clear", "brief", "quick", "blunt", "candid", "open", "fair"]);

/** Says what they would do, not what they did: "next time I would…", "going forward I'll…". */
export const futureIntent = defineSignal({
  id: "future-intent",
  description: "States an intention only (\"next time I would…\", \"going forward I'll…\").",
  uses: [failureMention],
  cues: {
    conditional: [
      "next time|round",
      "if i could|did|had|were ...? again|over|differently",
      // "If I went back…", "if we did it again", "if I took on a client like that again".
      "if i|we went|go|did|do|were|was|had|took|take|ran|run|got|get ...? ...? again|back|differently",
      "if it happened|happens again",
      "in (future|the future)",
      "going|moving forward",
      "from now on",
      "i would|will ...? differently",
      "i would|will|should|could have ...? differently",
      "my plan is",
      "i would|should probably? do|approach|handle|start|try|make|ask|check|plan|push|set|get|build|write|insist|involve|take|look|be|spend|book|schedule|speak|talk|raise|flag|escalate",
    ],
    intention: [
      "i want|plan|intend|hope|aim to", "i am (going to|gonna)", "i will *", "i would like to",
      // In the present progressive, and for "we": "I'm planning to resit in February", "I'm hoping to
      // get it done this year", "we're going to look at spring barley", "we plan to build it in".
      "i|we am|are (fully|really|definitely|still|actually)? planning|hoping|intending|aiming to",
      "we are (going to|gonna)",
      "we (want|plan|intend|hope|aim) to",
      // A fault still being worked on, nothing yet changed: "I'm working on it", "I'm trying to be
      // better about that"; not ongoing work ("I'm still working on this account").
      "i am (still|really|definitely)? working on it|that",
      "i am trying to be better|more|less",
      // "I'd want that picture much earlier", "I'd really like to get better at it", "we'd all want to…".
      "i|we would ...? like|want|love|aim|plan|hope|try|need to",
      "i|we would ...? want|need that|it|those|this",
    ],
    // With the subject left out, opening its sentence: "Hoping to finish it this fall.", "gonna try
    // again next year"; not a participle in a story ("I fell behind, hoping to catch up").
    bare: ["hoping|planning|aiming|intending to", "going to", "gonna"],
  },
  detect: ({ doc, cue, hitsOf }) => {
    const firstFailure = hitsOf(failureMention)[0]?.first ?? 0;
    // A thought reported from the story is no intention: "I figured I'd get to them", "I'd
    // promised my wife I'd take every day".
    // Where each clause's first reporting verb is, read once per clause, so a long clause of
    // many intentions stays linear.
    const firstReporting = memoByIndex((index) => {
      const clause = doc.clauses[index]!;
      for (let k = clause.first; k <= clause.last; k++) if (REPORTING_VERBS.has(doc.tokens[k]!.norm)) return k;
      return Number.POSITIVE_INFINITY;
    });
    const reported = (m: { first: number }) => firstReporting(doc.tokens[m.first]!.clause) < m.first;
    const hits = cue("conditional").filter((m) => isAsserted(doc, m) && !reported(m));
    // Bare "I want to…" is intent only after the failure is told, and not a reported thought or a
    // refusal ("I won't leave").
    for (const m of [...cue("intention"), ...cue("bare").filter((m) => opensSentence(doc, m.first, SENTENCE_LEADS))]) {
      if (!isAsserted(doc, m) || m.first <= firstFailure || doc.tokens[m.last]!.norm === "not") continue;
      // "I'll be honest", "I'll leave it there", "I'll admit": ways of speaking, not plans.
      if (SPEECH_ACTS.has(doc.tokens[m.last]!.norm) || (doc.tokens[m.last]!.norm === "be" && CANDOUR_WORDS.has(doc.tokens[m.last + 1]?.norm ?? "")) || (doc.tokens[m.last]!.norm === "leave" && doc.tokens[m.last + 1]?.norm === "it")) continue;
      const lastWord = doc.tokens[m.last]!.norm;
      // "I'm working on it" ends there; "I'm still working on this account" is the job going on.
      if ((lastWord === "it" || lastWord === "that") && doc.tokens[m.last - 1]?.norm === "on") {
        const next = doc.tokens[m.last + 1];
        if (next !== undefined && next.kind !== "punct" && next.sentence === doc.tokens[m.last]!.sentence) continue;
      }
      // What follows "going to" or "planning to" decides whether it is a plan for the change.
      if (isProgressive(doc, m) && !plansChange(doc, m.last + 1)) continue;
      if (!reported(m)) hits.push(m);
    }
    return hits.sort((a, b) => a.first - b.first).map((m) => toClauseEnd(doc, { first: m.first, last: m.last, strength: 1 }, 10));
  },
});
