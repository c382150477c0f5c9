import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

/** The situation part of STAR: where and when it happened ("at my last job", "in 2023"). */
export const situationContext = defineSignal({
  id: "situation-context",
  description: "Sets the scene: where and when it happened (\"at my last job\", \"in 2023\").",
  cues: {
    scene: [
      "at|in my last|previous|old|first|current job|role|company|firm|school|store|hospital|ward|placement|team|position|post",
      "when i was|worked",
      "i was working|employed as|at",
      "in @num",
      "last year|month|quarter|spring|summer|autumn|fall|winter|term|season",
      "a few|couple|two|three years|months ago",
      "years|months ago",
      "during my|the|our|a",
      "we had|were a",
      "i joined|started",
      "i worked as|at|for|in",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("scene")),
});
