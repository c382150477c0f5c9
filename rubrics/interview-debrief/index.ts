import { z } from "zod";
import fitted from "./calibration.json" with { type: "json" };
import { practiceIsIntention } from "../../src/criteria/links.js";
import { defineFlag } from "../../src/define/flag.js";
import { defineQuestionSet } from "../../src/define/questions.js";
import { defineRubric } from "../../src/define/rubric.js";
import { blameShifting, overApology, vague } from "../../src/flags/common.js";
import { noSelfRead } from "../../src/signals/noSelfRead.js";
import { positiveRead } from "../../src/signals/positiveRead.js";
import { candor, debriefMomentum, debriefOwnership, interviewLesson, specificity } from "./criteria.js";

const noSelfAssessment = defineFlag({
  id: "no-self-assessment",
  severity: "warning",
  message: "Gives no real read of their own performance.",
  looksFor: "\"I don't know\", \"I think it went well\" and nothing else: candor and specificity both at 0, or a declined read.",
  example: "I think it went well? I don't know, you tell me.",
  signals: [noSelfRead, positiveRead],
  raise: (r) => {
    if (r.levels["candor"]! >= 2) return null;
    if (r.count(noSelfRead) > 0) return [noSelfRead];
    return r.levels["candor"] === 0 && r.levels["specificity"] === 0 ? [positiveRead] : null;
  },
});

/**
 * The interviewer's closing "How do you think the interview went?". Scores the candidate's own
 * read for candor and specificity, and ownership, lesson and momentum about the interview itself.
 * The interviewer's side, feedback to the candidate, is {@link composeFeedback}.
 */
export const interviewDebrief = defineRubric({
  id: "interview-debrief",
  version: "1.0.0",
  title: "How did the interview go?",
  summary:
    "Asked by the interviewer at the end. It gives the candidate a last chance to say how they felt and to put right anything that came out badly, and opens a space for honest, transparent and respectful feedback in return, whatever the outcome.",
  questions: defineQuestionSet([
    {
      id: "interview-debrief",
      prompt: "How do you think the interview went?",
      variants: ["How did you find the interview?", "How do you feel it went today?"],
      probes:
        "Self-assessment in the moment: whether the candidate can give a candid, specific read of their own performance, own the weaker moments, and use the chance to correct them, rather than the usual \"I think it went well\".",
      followUps: ["Is there anything you'd like to add to an earlier answer?", "Would you like some feedback on how we saw it?"],
      timeBox: { minMinutes: 1, maxMinutes: 2, examples: 1 },
    },
  ]),
  answer: z.object({
    /** The candidate's answer as free text (a transcript or what they typed). */
    text: z.string(),
  }),
  criteria: { candor, specificity, ownership: debriefOwnership, lesson: interviewLesson, momentum: debriefMomentum },
  flags: [noSelfAssessment, blameShifting, overApology, vague],
  bands: { strong: 0.75, mixed: 0.45 },
  // Fitted on the corpus's dev split by scripts/calibrate.mjs; calibration-fit.json records the fit.
  calibration: fitted.params,
  // Ownership here is of a weaker moment: naming their own specific act behind one names the
  // moment, which candor reads.
  links: [
    practiceIsIntention,
    { source: "ownership", sourceLevels: [3], target: "candor", atLeast: 2, because: "Names their own specific act behind a weaker moment, which names the moment." },
  ],
  review: { minWords: 5 },
});
