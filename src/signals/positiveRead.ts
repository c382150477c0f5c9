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
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("positive")),
});
