import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

/** The candidate's read of what went well: "I think it went well", "I enjoyed the case study". */
export const positiveRead = defineSignal({
  id: "positive-read",
  description: "Says what went well in the interview (\"I think it went well\").",
  cues: {
    positive: [
      "went|going really|very|pretty|quite? well|great|smoothly|fine|ok|okay|good",
      "i enjoyed|liked|loved",
      "good|great|nice|lovely|interesting conversation|chat|discussion|questions|interview|rapport",
      "i felt|feel|was good|confident|comfortable|relaxed|strong|positive|happy|pleased",
      "i was|am happy|pleased|proud with|about|of",
      "i think i did|answered|explained|handled|came well|ok|okay|fine|alright",
      "i did|answered|explained|handled well|ok|okay|fine",
      "strongest|strong|stronger|best part|answer",
      "i nailed|aced|smashed",
      "went great|brilliantly|perfectly",
      // Against earlier interviews: "better than my last few", "better than the last one I did".
      "better than (my|the) last|previous|other (one|few|couple|two|three|interview|interviews|time|round)?",
      // A part judged well: "the practical was fine", "the first half was good", "that landed".
      "was|were ok|okay|good|fine|alright|solid|better|stronger",
      "i think that|it|this landed",
      "the good (one|bit|part|side)? (i think)? was",
      "the bit|part|piece|one i am|was (happiest|proudest|most pleased|most comfortable)",
      "i was|felt comfortable|confident|strong on|with",
      "(mostly|fairly|pretty|quite|reasonably) pleased",
      "(as well as|the way) i (had|would|could have)? hoped",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("positive")),
});
