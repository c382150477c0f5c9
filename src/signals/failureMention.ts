import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";
import { failureCues } from "./shared.js";

/** Something went wrong: the answer names a failure, a miss or a problem at all. */
export const failureMention = defineSignal({
  id: "failure-mention",
  description: "Names something that went wrong: a failure, a miss, a mistake, a problem.",
  cues: { failure: failureCues },
  detect: ({ doc, cue }) => assertedHits(doc, cue("failure")),
});
