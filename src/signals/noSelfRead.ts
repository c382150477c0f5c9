import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

/** Declines to give a read: "I don't know", "hard to say", "you tell me". */
export const noSelfRead = defineSignal({
  id: "no-self-read",
  description: "Declines to give a read of their own performance (\"I don't know\", \"you tell me\").",
  cues: {
    declines: [
      "i do not know|really",
      "i have no idea",
      "hard|difficult|tough to say|tell",
      "you tell me",
      "not sure really?",
      "who knows",
      "i guess|suppose it went|was ok|okay|fine|alright",
      "it is up to you",
      "that is for you to",
      "i could not say",
      "i can not tell",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("declines")),
});
