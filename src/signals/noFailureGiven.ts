import { defineSignal } from "../define/signal.js";
import { isHedged } from "./helpers.js";

/** Dodges the question: "I can't think of one", "nothing really went wrong". */
export const noFailureGiven = defineSignal({
  id: "no-failure-given",
  description: "Dodges the question instead of giving a failure (\"I can't really think of one\").",
  cues: {
    dodge: [
      "can|could not really|honestly|actually|even|quite? think|recall|remember|say|name|pinpoint of? a|an|any|one|anything|many|there",
      "i would not say|call i|it|anything|that|there ...? failed|failure|failures|mistake|mistakes",
      "anything i would call a failure|mistake",
      "nothing comes|springs to mind",
      "i have|ve not|never really? failed",
      "never really failed",
      "nothing really? went wrong",
      "not sure i have|ve one|a|any",
      "do not really? have a|any failures|failure|mistakes|weaknesses|example",
      "do not think i have|ve ever? failed|made",
      "i rarely fail|make",
      "hard|tough|difficult to think of",
      "everything went|was well|fine|smoothly|great|smooth",
      "it all went well|fine|smoothly",
      "i have been lucky|fortunate",
      "pass on this|that",
      "i do not make mistakes",
      "i honestly can not",
      "not really any",
      "drawing a blank",
      "nothing really? jumps|stands|springs out|to",
      "in terms of failure|failures",
      "everything is a learning|growth opportunity|experience",
      "i would not say anything|much did not work|went wrong",
      "frame|see|call|describe|think of? it|that less|not as a failure|mistake|setback",
      "more as a|an growth|learning moment|opportunity|experience",
      "i am not sure what to say",
    ],
  },
  detect: ({ doc, cue }) =>
    cue("dodge")
      .filter((m) => !doc.tokens[m.first]!.quoted)
      .map((m) => ({ first: m.first, last: m.last, strength: isHedged(doc, m) ? 1 : 2 })),
});
