import { defineSignal } from "../define/signal.js";
import { isAsserted } from "./helpers.js";

/**
 * Where a two-goal answer turns from one goal to the other: strength 2 marks the start of the
 * missed goal ("the one I didn't hit"), strength 1 the achieved one ("the goal I achieved").
 */
export const goalParts = defineSignal({
  id: "goal-parts",
  description: "Marks where an answer turns to the achieved goal (1) or the missed goal (2).",
  cues: {
    missed: [
      "one|goal|target|thing i|we (did not|never|missed|failed|fell short|could not)",
      "did not|never quite? achieve|hit|reach|meet|make|get|manage|pull|land|finish|complete|pass",
      "i|we missed|failed",
      "fell|falling short",
      "short of",
      "was|were not able",
      "could not|never hit|reach|make|get|manage|achieve|finish|meet",
      "the one that got away",
      "on the other hand",
      "less successful",
      "where i fell short",
      "the second|other one|goal|target|example",
      "a goal|target i missed|did",
      "the miss",
      "not achieved|hit|met|reached",
      "unmet|unachieved",
      "did not happen|work|pan",
      "as for|with the one|other|second|goal|miss|missed",
      "the goal|target i missed|did",
      "did not go to plan",
      "never quite? achieved|hit|reached|met|made|managed|got",
      "was a miss|fail|failure",
    ],
    achieved: [
      "i|we achieved|hit|reached|met|exceeded|smashed|beat|nailed|accomplished|succeeded|managed|passed|completed|delivered|finished|won|landed|doubled|grew|launched",
      "one|goal|target i|we achieved|hit|did|nailed|met|reached|set|am|m",
      "goal i set and achieved|hit|met|reached",
      "the success|win",
      "achieved|successful side|one|goal|example",
      "proud of",
      "the first one|goal|example",
      "the goal i achieved|hit|met",
      "a goal i achieved|hit|met|set",
    ],
  },
  detect: ({ doc, cue }) => [
    ...cue("missed").filter((m) => !doc.tokens[m.first]!.quoted).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    // "I managed" is an achievement; "I managed not to…" and "I didn't manage" are not.
    ...cue("achieved").filter((m) => isAsserted(doc, m) && doc.tokens[m.last + 1]?.norm !== "not").map((m) => ({ first: m.first, last: m.last, strength: 1 })),
  ].sort((a, b) => a.first - b.first),
});
