import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { NUMBER_WORDS } from "../text/words.js";
import { goalParts } from "./goalParts.js";
import { isPastAction } from "./helpers.js";
import { NAMED_GOALS } from "./shared.js";
import { specificOwnActions } from "./specificOwnActions.js";

// How far past the candidate's last action a result is still read as theirs: a result is told
// right after the steps that led to it.
const RESULT_SENTENCES = 2;

// "One" is more often a pointer ("the one I missed") than a count.
function isFigure(doc: Document, k: number): boolean {
  const t = doc.tokens[k]!;
  return t.kind === "number" || (NUMBER_WORDS.has(t.norm) && t.norm !== "one");
}

/**
 * What a clause after the last action tells: a figure (3 when the goal's story set another figure
 * before the actions to read it against, a target or a starting point; else 2), something
 * that happened to someone or something else (2), or nothing that reads as a result (0).
 */
function resultStrength(doc: Document, clauseIndex: number, hasReference: boolean): number {
  const clause = doc.clauses[clauseIndex]!;
  let happened = false;
  for (let k = clause.first; k <= clause.last; k++) {
    const t = doc.tokens[k]!;
    if (t.filler || t.kind === "punct") continue;
    // A clause that names a goal states one ("the goal that eluded me was…"): it is no result.
    if (t.negated || t.hedged || t.quoted || NAMED_GOALS.has(t.norm)) return 0;
    if (isFigure(doc, k)) return hasReference ? 3 : 2;
    if (clause.subject !== "self" && isPastAction(t.norm)) happened = true;
  }
  return happened ? 2 : 0;
}

/**
 * A result told as what followed the candidate's own actions: the next clause that gives a figure
 * ("I was at 6 minutes 40 within two months") or tells what happened to someone or something else
 * ("The story led the paper in May"). The goal rubric reads it where no result was stated in any
 * other form.
 */
export const narratedResult = defineSignal({
  id: "narrated-result",
  description: "A result told as what followed the candidate's own actions: the next clause that gives a figure or tells what happened to someone or something else.",
  cues: {},
  uses: [specificOwnActions, goalParts],
  detect: ({ doc, hitsOf }) => {
    const actions = hitsOf(specificOwnActions);
    if (actions.length === 0) return [];
    const turns = hitsOf(goalParts).filter((h) => h.strength === 2);
    const hits: SignalHit[] = [];
    let turn = 0;
    let regionStart = 0;
    let a = 0;
    while (a < actions.length) {
      while (turn < turns.length && turns[turn]!.first <= actions[a]!.last) regionStart = turns[turn++]!.first;
      const until = turns[turn]?.first ?? doc.tokens.length;
      // Only after the last action before the next turn: a clause between two actions is a step.
      const runFirst = a;
      while (a + 1 < actions.length && actions[a + 1]!.first < until) a++;
      const lastAction = actions[a]!;
      // A figure set before the first action, where the goal's story states its target or start.
      let hasReference = false;
      for (let k = regionStart; k < actions[runFirst]!.first && !hasReference; k++) hasReference = isFigure(doc, k);
      a++;
      const from = lastAction.last + 1;
      if (from >= until) continue;
      const lastSentence = doc.tokens[lastAction.last]!.sentence + RESULT_SENTENCES;
      for (let c = doc.tokens[from]!.clause + (doc.tokens[from]!.clause === doc.tokens[lastAction.last]!.clause ? 1 : 0); c < doc.clauses.length; c++) {
        const clause = doc.clauses[c]!;
        if (clause.first >= until || clause.sentence > lastSentence) break;
        const strength = resultStrength(doc, c, hasReference);
        if (strength === 0) continue;
        let last = clause.last;
        while (last > clause.first && doc.tokens[last]!.kind === "punct") last--;
        hits.push({ first: clause.first, last, strength });
        break;
      }
    }
    return hits;
  },
});
