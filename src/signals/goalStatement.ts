import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

/** The task part of STAR: the goal as set ("my target was…", "I set myself a goal to…"). */
export const goalStatement = defineSignal({
  id: "goal-statement",
  description: "States the goal or task that was set (\"my target was…\").",
  cues: {
    goal: [
      "my|our|the goal|target|aim|objective|task|job|mission|ambition|plan|challenge was|is|had",
      "i set|gave myself? a|the|my|an goal|target|aim|objective|challenge|deadline",
      "i set out|myself",
      "i aimed|wanted|planned|hoped|intended|decided|committed|promised|tried to",
      "i was asked|tasked|hired|brought|responsible",
      "the brief was",
      "goal i set|had|hit|achieved|missed|did",
      "a goal|target i",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("goal")),
});
