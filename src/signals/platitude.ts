import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

/** A lesson anyone could say about anything: "communication is key", "I learned a lot". */
export const platitude = defineSignal({
  id: "platitude",
  description: "States a generic lesson (\"communication is key\", \"I learned a lot\").",
  cues: {
    generic: [
      "communication|teamwork|planning|preparation|organization|honesty|transparency|trust|collaboration|listening|feedback|attitude|resilience is|was|are key|important|everything|vital|crucial|essential|king",
      "learned|learn|learning a lot|so much|loads|tons|heaps|plenty",
      "a learning experience|curve|opportunity",
      "great|good|valuable|important|big learning|lesson experience|opportunity",
      "learn from my|our|your mistakes",
      "lessons learned",
      "everything happens for a reason",
      "be|being more careful|organized|proactive|prepared|patient|aware|mindful|thorough|vigilant|responsible|communicative|flexible|open",
      "work|working harder|smarter",
      "pay|paying more attention",
      "attention to detail",
      "the importance|value|power of communication|teamwork|planning|time|preparation|organization|being|listening|collaboration|good|clear|trust|honesty|hard|feedback|checking",
      "communicate|communicating better|more|clearly|openly",
      "better at communication|communicating|planning|listening",
      "manage|managing my time better",
      "better time management",
      "take|taking more ownership|responsibility|initiative",
      "stay|staying positive|calm|focused|humble",
      "think outside the box",
      "never give up",
      "grew|grow as a person|professional",
      "made me stronger|a better",
      "failure is part|just|a",
      "every mistake|failure is",
      "it is|was important to",
      "the key is|was",
      "plan better|more|ahead",
      "ask|asking for help",
      "double check everything|things|my work",
      "always do my best",
      "go the extra mile",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("generic")),
});
