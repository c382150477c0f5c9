import { defineSignal } from "../define/signal.js";
import { isAsserted } from "./helpers.js";
import { interviewReference } from "./interviewReference.js";

/**
 * A part of the interview the speaker found hard: "the regulatory section I found harder than I
 * expected", "that one was tricky for me". Only beside a reference to the interview, in its
 * sentence or the one before: "I found night shifts hard in my last role" is about the job. It
 * names a moment that went less well (candor) without owning anything the speaker did, so
 * ownership does not read it.
 */
export const hardMoment = defineSignal({
  id: "hard-moment",
  description: "Names a part of the interview the speaker found hard.",
  uses: [interviewReference],
  cues: {
    hard: [
      "i found ...? harder|hard|difficult|tough|tougher|tricky|trickier|challenging|hardest|toughest|trickiest",
      "(was|were) (a bit|a little|quite|really|pretty|very|much|a lot|far)? harder|tougher|trickier|hard|tough|tricky|difficult for me",
    ],
  },
  detect: ({ doc, cue, hitsOf }) => {
    const referenced = new Set(hitsOf(interviewReference).map((h) => doc.tokens[h.first]!.sentence));
    return cue("hard")
      .filter((m) => {
        const sentence = doc.tokens[m.first]!.sentence;
        return isAsserted(doc, m) && (referenced.has(sentence) || referenced.has(sentence - 1));
      })
      .map((m) => ({ first: m.first, last: m.last, strength: 1 }));
  },
});
