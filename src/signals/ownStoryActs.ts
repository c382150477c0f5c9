import { defineSignal, type SignalHit } from "../define/signal.js";
import { appliedChange } from "./appliedChange.js";
import { isContentWord, isPastAction } from "./helpers.js";
import { learningMarker } from "./learningMarker.js";

// Words that open a verb's object when the object's first word is a function word.
const OBJECT_OPENERS = new Set(["the", "a", "an", "my", "it", "them", "our", "every", "all"]);

/**
 * What the candidate did in the story, told in the first person: a clause about the speaker with
 * an asserted past-tense action and its object ("I sent the bearing spec to purchasing off the
 * printed drawing"), before the answer turns to what was learned or changed. It tells the
 * speaker's role in the story even where no sentence says "my mistake".
 */
export const ownStoryActs = defineSignal({
  id: "own-story-acts",
  description: "The candidate's own acts in the story, told in the first person past tense with an object, before any lesson or change.",
  cues: {},
  uses: [learningMarker, appliedChange],
  detect: ({ doc, hitsOf }) => {
    const turn = Math.min(hitsOf(learningMarker)[0]?.first ?? doc.tokens.length, hitsOf(appliedChange)[0]?.first ?? doc.tokens.length);
    const hits: SignalHit[] = [];
    for (let c = 0; c < doc.clauses.length; c++) {
      const clause = doc.clauses[c]!;
      if (clause.first >= turn) break;
      if (clause.subject !== "self") continue;
      for (let k = clause.first; k < clause.last; k++) {
        const t = doc.tokens[k]!;
        if (t.kind !== "word" || t.negated || t.hedged || t.quoted || !isPastAction(t.norm)) continue;
        const next = doc.tokens[k + 1]!;
        if (isContentWord(next) || OBJECT_OPENERS.has(next.norm)) {
          hits.push({ first: k, last: Math.min(clause.last, k + 4), strength: 1 });
          break;
        }
      }
    }
    return hits;
  },
});
