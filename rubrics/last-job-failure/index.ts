import { z } from "zod";
import fitted from "./calibration.json" with { type: "json" };
import { lesson } from "../../src/criteria/lesson.js";
import { changeIsLesson, practiceIsIntention } from "../../src/criteria/links.js";
import { momentum } from "../../src/criteria/momentum.js";
import { ownership } from "../../src/criteria/ownership.js";
import { defineFlag } from "../../src/define/flag.js";
import { defineQuestionSet } from "../../src/define/questions.js";
import { defineRubric } from "../../src/define/rubric.js";
import { blameShifting, disguisedSuccessFlag, minimisationFlag, overApology, skipsLearning, vague } from "../../src/flags/common.js";
import { disguisedSuccess } from "../../src/signals/disguisedSuccess.js";
import { failureMention } from "../../src/signals/failureMention.js";
import { noFailureGiven } from "../../src/signals/noFailureGiven.js";
import { ownCausalAction } from "../../src/signals/ownCausalAction.js";
import { ownResponsibility } from "../../src/signals/ownResponsibility.js";
import { revisitedAct } from "../../src/signals/revisitedAct.js";

/** No real failure is given. */
const noFailure = defineFlag({
  id: "no-failure",
  severity: "critical",
  message: "Gives no real failure: the question is dodged.",
  looksFor: "\"I can't think of one\", \"nothing really went wrong\", or an answer with no failure in it at all.",
  example: "I can't really think of anything that didn't work, to be honest.",
  signals: [noFailureGiven, failureMention, ownCausalAction, ownResponsibility, revisitedAct, disguisedSuccess],
  raise: (r) => {
    // An act the candidate's change takes up again is a failure told without naming it.
    if (r.count(ownCausalAction) + r.count(ownResponsibility) + r.count(revisitedAct) > 0) return null;
    if (r.count(noFailureGiven) > 0) return [noFailureGiven];
    return r.count(failureMention) === 0 && r.count(disguisedSuccess) === 0 ? [] : null;
  },
});

/**
 * "What didn't work in your last job?" and its close variants: a time you failed, a mistake
 * you made, a setback. Scores ownership, lesson and momentum.
 */
export const lastJobFailure = defineRubric({
  id: "last-job-failure",
  version: "1.0.0",
  title: "What didn't work in your last job?",
  summary:
    "Asks for a real failure from recent work. People who can name what they got wrong, what they learned and what they changed tend to be self-aware and to improve; people who only talk about successes, or hide their failures, tend not to. The answer is read for ownership, a concrete lesson and forward momentum.",
  questions: defineQuestionSet([
    {
      id: "last-job-failure",
      prompt: "What didn't work in your last job?",
      variants: ["Tell me about a time you failed.", "Describe a mistake you made at work and what you learned from it.", "Tell me about a setback at work."],
      probes:
        "Self-awareness about failure: whether the candidate can name a real failure, their own part in it, what they learned and what they now do differently. A CV lists only successes; this question asks for what it leaves out.",
      followUps: ["What would you do differently if it happened again tomorrow?", "How did you find out it wasn't working?"],
      timeBox: { minMinutes: 2, maxMinutes: 3, examples: 1 },
    },
  ]),
  answer: z.object({
    /** The candidate's answer as free text (a transcript or what they typed). */
    text: z.string(),
  }),
  criteria: { ownership, lesson, momentum },
  flags: [noFailure, blameShifting, disguisedSuccessFlag, minimisationFlag, skipsLearning, overApology, vague],
  bands: { strong: 0.75, mixed: 0.45 },
  // Fitted on the corpus's dev split by scripts/calibrate.mjs; calibration-fit.json records the fit.
  calibration: fitted.params,
  links: [practiceIsIntention, changeIsLesson],
});
