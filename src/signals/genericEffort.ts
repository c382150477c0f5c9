import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

/** Effort without actions: "I worked really hard", "I gave it my all", "we pushed". */
export const genericEffort = defineSignal({
  id: "generic-effort",
  description: "Describes effort without saying what was done (\"I worked really hard\").",
  cues: {
    effort: [
      "worked|work|working really|very|so|extremely|incredibly? hard",
      "gave|give it my|our all|everything|best|100|110",
      "did|do my|our best",
      "put in the hours|work|effort|time",
      "stayed|stay focused|motivated|committed|dedicated|disciplined|positive",
      "pushed|push really|very|so? hard",
      "kept|keep at it|going|pushing",
      "never gave|give up",
      "hard work|effort|dedication|determination|persistence|perseverance",
      "went the extra mile",
      "long hours",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("effort")),
});
