import { defineSignal, type SignalHit } from "../define/signal.js";
import { contentAfter, isAsserted, toClauseEnd, withoutOverlaps } from "./helpers.js";

const ACTION_VERBS = "built|created|set|ran|run|designed|wrote|led|organized|negotiated|trained|called|analyzed|mapped|launched|introduced|scheduled|recruited|tracked|met|pitched|drafted|planned|prepared|studied|practiced|booked|reached|contacted|interviewed|tested|automated|redesigned|rewrote|restructured|coached|mentored|presented|researched|sourced|hired|delegated|broke|split|reviewed|surveyed|emailed|visited|shadowed|spent|blocked|logged|measured|benchmarked|coded|migrated|refactored|documented|cleaned|reorganized|rearranged|priced|budgeted|applied|enrolled|attended|completed|read|taught|volunteered|raised|collected|signed|closed|opened|started|began|developed|implemented|used|made|took|gave|kept|asked|followed|sent|checked|put|added|cut|moved|changed|built|found|identified|proposed|persuaded|convinced|worked|partnered|networked|posted|cold|rang|phoned|learned|revised|rehearsed|recorded|ordered|allocated|assigned|rotated|audited|streamlined|standardized|piloted|prototyped|simplified|secured|pulled|pushed|chased|grouped|sorted|labeled|printed|created|designed|launched|gathered|invited|hosted|ran|dropped|swapped|switched|targeted|focused|prioritized|divided|structured|bought|saved|paid|sold";

const GOAL_WORDS = new Set(["goal", "goals", "target", "targets", "aim", "objective", "objectives", "ambition"]);

/**
 * Actions the candidate personally took toward a goal: "I rebuilt the rota", "I called every
 * lapsed customer". Strength 2 with an object, 1 without. "We" actions are strength 1.
 */
export const specificOwnActions = defineSignal({
  id: "specific-own-actions",
  description: "Names actions the candidate personally took (\"I rebuilt the rota\").",
  cues: {
    mine: [`i|myself also|then|personally|first|initially|just|actually|really|even|eventually? ${ACTION_VERBS}`, `i have|'ve ${ACTION_VERBS}`],
    ours: [`we also|then|first? ${ACTION_VERBS}`],
  },
  detect: ({ doc, cue }) => {
    const hits: SignalHit[] = [];
    // "I set a goal to…" states the goal; it is not an action toward it.
    const statesGoal = (m: { first: number }) => {
      const clause = doc.clauses[doc.tokens[m.first]!.clause]!;
      for (let k = clause.first; k <= clause.last; k++) if (GOAL_WORDS.has(doc.tokens[k]!.norm)) return true;
      return false;
    };
    for (const m of cue("mine")) {
      if (!isAsserted(doc, m) || statesGoal(m)) continue;
      hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: contentAfter(doc, m.last, 2).length >= 1 ? 2 : 1 }, 10));
    }
    for (const m of cue("ours")) if (isAsserted(doc, m)) hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: 1 }, 10));
    return withoutOverlaps(hits);
  },
});
