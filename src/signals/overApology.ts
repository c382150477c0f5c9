import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

/** Apologises or runs themself down: "sorry, sorry", "I feel terrible", "I'm useless at this". */
export const overApology = defineSignal({
  id: "over-apology",
  description: "Apologises or runs themself down (\"sorry\", \"I feel terrible\", \"I'm hopeless\").",
  cues: {
    apology: [
      "sorry|apologize|apologies|apologizing|apologized",
      "forgive me",
      "i feel|felt|still terrible|awful|horrible|dreadful|ashamed|embarrassed|stupid|useless|sick|guilty|mortified|humiliated",
      "i feel|felt like an? idiot|failure|fraud|fool|disaster",
      "i am|was so|just|really|such? (hopeless|useless|stupid|an idiot|terrible|rubbish|pathetic)",
      "i hate|hated myself",
      "i still beat myself up",
      "beat|beating|kick|kicking myself",
      "not good enough",
      "i am|was the worst",
      "so embarrassing|ashamed|mortifying",
      "i will never forgive myself",
    ],
  },
  detect: ({ doc, cue }) => assertedHits(doc, cue("apology")),
});
