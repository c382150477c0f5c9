import { defineSignal } from "../define/signal.js";
import { assertedHits, toClauseEnd } from "./helpers.js";

/**
 * A reference to a specific moment of this interview: "the question about pricing", "when you
 * asked about the rota", "my answer on testing", "the case study".
 */
export const interviewReference = defineSignal({
  id: "interview-reference",
  description: "Refers to a specific question or moment of the interview.",
  cues: {
    moment: [
      "the|your|that question|questions|part|bit|section|exercise|task|scenario|case about|on|around|regarding|where|when|with",
      "the|that|your first|second|third|fourth|last|final|opening|closing|technical|coding|case|design|system|behavioral|role|scenario|situational|salary|culture|data|sql|excel|pricing|budget|presentation|whiteboard|written|practical|group|panel|competency|hypothetical|numbers|maths|math|clinical|safeguarding|lesson|teaching|sales|negotiation|customer|stakeholder|product|leadership|conflict|motivation|strengths|weakness question|questions|part|section|exercise|task|round|study|scenario|play|test|answer|bit|one",
      "when you asked|mentioned|brought|raised|pushed|challenged|said|gave",
      "you (asked|mentioned|brought up|raised|pushed|challenged) me?",
      "my answer|answers|example|response|explanation to|on|about|for|regarding",
      "the example (about|of|i gave|with)",
      "i mentioned|talked|described|explained|gave|used|brought|walked|said|told",
      "the * (exercise|task|scenario|question|role play|case study)",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("moment"), 1).map((hit) => toClauseEnd(doc, hit, 8)),
});
