import { defineSignal } from "../define/signal.js";
import { isAsserted, isContentWord, toClauseEnd } from "./helpers.js";

// Content words (a number counts three) after the cue that make a correction a real answer.
const SUBSTANTIAL = 8;

/**
 * The candidate uses the debrief to put an earlier answer right: "let me go back to the rota
 * question…", "what I should have said is…". Strength 2 when the correction has substance.
 */
export const answerCorrection = defineSignal({
  id: "answer-correction",
  description: "Uses the moment to correct or complete an earlier answer.",
  cues: {
    correction: [
      "let me add|clarify|correct|go|revisit|expand|rephrase|give|try|come|return|answer",
      "can|could|may i add|clarify|correct|go|revisit|expand|rephrase|give|come|return",
      "what i (should have|meant to|wanted to) say|said|mention",
      "to answer (that|it|your question|the question|that question) properly|better|fully",
      "i would like|love to add|correct|clarify|revisit|go|expand|give|come|return|answer",
      "if i can|could|may go|come back",
      "the better|real|proper|fuller answer|example is|would|was",
      "to give you a|the proper|fuller|better|real|concrete|clearer|specific",
      "to be|put more specific|precise|concrete|clearer",
      "actually the number|figure|answer|example was|is",
      "i should have said",
      "i forgot to mention|say|add",
      "one thing i (did not|forgot to|should have)",
      "the|my actual|right|correct|real|better|proper|full answer is|would|was",
      "can|could|may i redo|retry|answer|try it|that|this|again",
      "(another|one more) shot|go|try|chance at",
      "just? to finish that|this one? off",
      "what i meant to? say? was|is",
      "let me just? finish|redo",
      "for the record",
    ],
  },
  detect: ({ doc, cue }) =>
    cue("correction")
      .filter((m) => isAsserted(doc, m))
      .map((m) => {
        // The substance may follow in the next sentence: "Can I go back to it? I cut agency spend…".
        const sentence = doc.tokens[m.first]!.sentence;
        const end = (doc.sentences[sentence + 1] ?? doc.sentences[sentence]!).last;
        // Stops as soon as there is enough: scanning on would make one endless sentence quadratic.
        let substance = 0;
        for (let k = m.last + 1; k <= end && substance < SUBSTANTIAL; k++) {
          const t = doc.tokens[k]!;
          if (t.kind === "number") substance += 3;
          else if (isContentWord(t)) substance++;
        }
        return toClauseEnd(doc, { first: m.first, last: m.last, strength: substance >= SUBSTANTIAL ? 2 : 1 }, 14);
      }),
});
