import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { goalParts } from "./goalParts.js";
import { isPastAction } from "./helpers.js";
import { NAMED_GOALS } from "./shared.js";
import { specificOwnActions } from "./specificOwnActions.js";

// How far past the candidate's last action a result is still read as theirs: a result is told
// right after the steps that led to it.
const RESULT_SENTENCES = 2;

/** The first asserted past-tense verb of a clause that is about someone or something else. */
function resultVerb(doc: Document, clauseIndex: number): number | null {
  const clause = doc.clauses[clauseIndex]!;
  if (clause.subject === "self") return null;
  for (let k = clause.first; k <= clause.last; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== "word" || t.filler) continue;
    // A clause that names a goal states one ("the goal that eluded me was…"): it is no result.
    if (t.negated || t.hedged || t.quoted || NAMED_GOALS.has(t.norm)) return null;
    if (isPastAction(t.norm)) return k;
  }
  return null;
}

/**
 * A result told as what followed the candidate's own actions: the next clause about someone or
 * something else, in the past tense ("The story led the paper in May", "the area manager sent
 * other stores to see how we'd done it"). It carries no measure, so it reads as a concrete result
 * at most; the goal rubric uses it where no result was stated in any other form.
 */
export const narratedResult = defineSignal({
  id: "narrated-result",
  description: "A result told as what followed the candidate's own actions: a later clause about someone or something else, in the past tense.",
  cues: {},
  uses: [specificOwnActions, goalParts],
  detect: ({ doc, hitsOf }) => {
    const actions = hitsOf(specificOwnActions);
    if (actions.length === 0) return [];
    const turns = hitsOf(goalParts).filter((h) => h.strength === 2);
    const hits: SignalHit[] = [];
    let turn = 0;
    for (let a = 0; a < actions.length; a++) {
      while (turn < turns.length && turns[turn]!.first <= actions[a]!.last) turn++;
      const until = turns[turn]?.first ?? doc.tokens.length;
      // Only after the last action before the next turn: a clause between two actions is a step.
      if (a + 1 < actions.length && actions[a + 1]!.first < until) continue;
      const from = actions[a]!.last + 1;
      if (from >= until) continue;
      const lastSentence = doc.tokens[actions[a]!.last]!.sentence + RESULT_SENTENCES;
      for (let c = doc.tokens[from]!.clause + (doc.tokens[from]!.clause === doc.tokens[actions[a]!.last]!.clause ? 1 : 0); c < doc.clauses.length; c++) {
        const clause = doc.clauses[c]!;
        if (clause.first >= until || clause.sentence > lastSentence) break;
        const verb = resultVerb(doc, c);
        if (verb === null) continue;
        let last = clause.last;
        while (last > verb && doc.tokens[last]!.kind === "punct") last--;
        hits.push({ first: clause.first, last, strength: 2 });
        break;
      }
    }
    return hits;
  },
});
