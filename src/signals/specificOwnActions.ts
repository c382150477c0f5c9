import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { isAsserted, isContentWord, isPastAction, toClauseEnd, withoutOverlaps } from "./helpers.js";

const GOAL_WORDS = new Set(["goal", "goals", "target", "targets", "aim", "objective", "objectives", "ambition"]);
const COORDINATORS = new Set(["and", "then", "also", ","]);

// Achieving the goal is the outcome, and effort is not an action: neither counts here.
const NOT_ACTIONS = new Set(["failed", "missed", "struggled", "finished", "achieved", "succeeded", "reached", "hit", "exceeded", "smashed", "pushed", "kept", "gave", "made", "put", "set", "took", "aimed", "planned", "committed", "promised", "raised", "ended", "passed", "completed", "focused", "decided", "stopped", "used"]);

function isActionVerb(word: string): boolean {
  return !NOT_ACTIONS.has(word) && isPastAction(word);
}

function hasObject(doc: Document, verb: number): boolean {
  const clause = doc.tokens[verb]!.clause;
  for (let k = verb + 1; k < doc.tokens.length && k <= verb + 4; k++) {
    const t = doc.tokens[k]!;
    if (t.clause !== clause && t.norm !== ",") break;
    if (isContentWord(t)) return true;
  }
  return false;
}

/**
 * Actions the candidate personally took toward a goal: "I rebuilt the rota", "I mapped every
 * lapsed account, called each one and set up a check-in" (three actions). Strength 2 with an
 * object, 1 without; "we" actions are strength 1.
 */
export const specificOwnActions = defineSignal({
  id: "specific-own-actions",
  description: "Names actions the candidate personally took (\"I rebuilt the rota\").",
  cues: {
    mine: ["i|myself also|then|personally|first|initially|just|actually|really|even|eventually|quickly|immediately? *", "i have|'ve *"],
    ours: ["we also|then|first? *"],
  },
  detect: ({ doc, cue }) => {
    const hits: SignalHit[] = [];
    // "I set a goal to…" states the goal; it is not an action toward it.
    const statesGoal = (index: number) => {
      const clause = doc.clauses[doc.tokens[index]!.clause]!;
      for (let k = clause.first; k <= clause.last; k++) if (GOAL_WORDS.has(doc.tokens[k]!.norm)) return true;
      return false;
    };
    const take = (first: number, verb: number, own: boolean) => {
      if (!isActionVerb(doc.tokens[verb]!.norm) || statesGoal(verb)) return false;
      hits.push(toClauseEnd(doc, { first, last: verb, strength: own && hasObject(doc, verb) ? 2 : 1 }, 10));
      return true;
    };
    for (const [list, own] of [[cue("mine"), true], [cue("ours"), false]] as const) {
      for (const m of list) {
        if (!isAsserted(doc, m) || !take(m.first, m.last, own)) continue;
        // Coordinated actions share the subject: "I mapped…, called… and set up…".
        const sentence = doc.tokens[m.first]!.sentence;
        for (let k = m.last + 1; k < doc.tokens.length && doc.tokens[k]!.sentence === sentence; k++) {
          const t = doc.tokens[k]!;
          if (t.norm === "i" || t.norm === "we") break;
          const before = doc.tokens[k - 1]!;
          if (COORDINATORS.has(before.norm) && t.kind === "word" && !t.negated) take(k, k, own);
        }
      }
    }
    return withoutOverlaps(hits);
  },
});
