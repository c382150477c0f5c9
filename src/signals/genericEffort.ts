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
      "put|putting|puts in the|a|my? hours|work|effort|time|graft",
      "put|putting|puts (a lot|lots|loads|a ton|plenty) of? effort|time|energy|work|hours? into|in",
      "put|putting|puts the|my|our|all|everything|loads|lots|so|much|more (time|hours|work|effort|energy|much|more)? in|into",
      "made|make|making|makes an|a real|big|huge|genuine|conscious? effort",
      "tried|try|trying|tries really|very|so|extremely|my? hard|best",
      "grind~|grinded|grafted|grafting|hustled|hustling|outworked|slogged|slogging",
      "hard graft",
      "practiced|trained|studied|revised|prepared|prepped|drilled (a lot|loads|lots|hard|constantly|non stop|like crazy|every day)",
      "was|were|being|been really|very|so|super? disciplined|determined|dedicated|hungry|persistent|relentless",
      "kept|keep|keeping my|our head|heads down",
      "stayed|stay|staying on top of things|it|everything",
      "got|get on with it",
      "stayed|stay focused|motivated|committed|dedicated|disciplined|positive",
      "pushed|push really|very|so? hard",
      "kept|keep at it|going|pushing",
      "never gave|give up",
      "hard work|effort|dedication|determination|persistence|perseverance",
      "went the extra mile",
      "long hours",
    ],
  },
  // "I trained lots of new starters" counts people trained, not effort.
  detect: ({ doc, cue }) => assertedHits(doc, cue("effort").filter((m) => doc.tokens[m.last + 1]?.norm !== "of")),
});
