import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

/**
 * A "failure" that is a strength in disguise: "I care too much", "I'm a perfectionist", "we
 * missed the stretch target but still beat plan by 30%".
 */
export const disguisedSuccess = defineSignal({
  id: "disguised-success",
  description: "Offers a strength or a success dressed up as a failure (\"I care too much\").",
  cues: {
    humblebrag: [
      "i just|really|probably? care|cared too much",
      "i work|worked too hard|much",
      "perfectionist|perfectionism",
      "too dedicated|committed|passionate|thorough|invested|hardworking|nice|helpful|generous|loyal|conscientious",
      "too much of a (perfectionist|people pleaser)",
      "i take|took on too much|more",
      "taking on too much|more",
      "find it hard|difficult to say no",
      "i just|really|probably? gave|give too much|110|120|everything",
      "my only weakness|failure|flaw",
      "my biggest weakness|flaw is|was",
      "i just wanted it to be perfect",
      "i hold|held myself to too? high standards",
      "i am|was too hard on myself",
      "i expect|expected too much of myself",
      "i over delivered|deliver",
      "overdelivered|overdeliver",
      "still exceeded|beat|hit|smashed|surpassed|topped|outperformed|doubled",
      "we|i still ended up|finished top|first|ahead",
      "only hit|reached|achieved|made @num percent",
      "turned out to be a|our|my|the best|biggest",
      "my weakness is|was that i",
      "i just care",
      "i cared too",
      "i can not say no",
      // A miss called a good one: "so I'd honestly call it a pretty good miss".
      "(pretty|really|very|quite)? good|great|decent|respectable|healthy|strong miss",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("humblebrag")),
});
