import { defineFlag } from "../define/flag.js";
import { concretePractice } from "../signals/concretePractice.js";
import { disguisedSuccess } from "../signals/disguisedSuccess.js";
import { externalBlame } from "../signals/externalBlame.js";
import { futureIntent } from "../signals/futureIntent.js";
import { interviewReference } from "../signals/interviewReference.js";
import { learningMarker } from "../signals/learningMarker.js";
import { measurableOutcome } from "../signals/measurableOutcome.js";
import { minimisation as minimisationSignal } from "../signals/minimisation.js";
import { overApology as overApologySignal } from "../signals/overApology.js";
import { ownCausalAction } from "../signals/ownCausalAction.js";
import { ownResponsibility } from "../signals/ownResponsibility.js";
import { situationContext } from "../signals/situationContext.js";

/** The outcome is put mainly on other people, the company, the market or the timeline. */
export const blameShifting = defineFlag({
  id: "blame-shifting",
  severity: "warning",
  message: "Puts the outcome mainly on other people or circumstances.",
  looksFor: "Others, the company, the market or the timeline as the subject of what went wrong, with more blame than own responsibility.",
  example: "It failed because management never gave us the resources.",
  signals: [externalBlame, ownCausalAction, ownResponsibility],
  raise: (r) => {
    const blame = r.count(externalBlame);
    const own = r.count(ownCausalAction, 2) + r.count(ownResponsibility, 2);
    return blame > 0 && (blame > own || r.count(externalBlame, 2) >= 2) ? [externalBlame] : null;
  },
});

/** The "failure" is a strength or a success in disguise. */
export const disguisedSuccessFlag = defineFlag({
  id: "disguised-success",
  severity: "warning",
  message: "Offers a strength or a success dressed up as a failure.",
  looksFor: "Humblebrags (\"I care too much\", \"I'm a perfectionist\") and misses that were really wins.",
  example: "My biggest failure is that I work too hard.",
  signals: [disguisedSuccess],
  raise: (r) => (r.count(disguisedSuccess) > 0 ? [disguisedSuccess] : null),
});

/** The setback is played down. */
export const minimisationFlag = defineFlag({
  id: "minimisation",
  severity: "info",
  message: "Plays the setback down instead of owning its impact.",
  looksFor: "\"Not a big deal\", \"only a small hiccup\", \"it all worked out in the end\".",
  example: "It was only a small slip really, and it all worked out.",
  signals: [minimisationSignal],
  raise: (r) => (r.count(minimisationSignal) > 0 ? [minimisationSignal] : null),
});

/** No lesson, or a jump straight to "next time I'd…" without saying what was learned. */
export const skipsLearning = defineFlag({
  id: "skips-learning",
  severity: "warning",
  message: "Skips the learning: no lesson is drawn before moving on.",
  looksFor: "A lesson level of 0, or an intention (\"next time I'd…\") with no lesson stated.",
  example: "We lost the account. Next time I'd do it differently.",
  signals: [learningMarker, futureIntent, concretePractice],
  raise: (r) => {
    const lessonLevel = r.levels["lesson"];
    if (lessonLevel === 0) return [];
    if (r.count(futureIntent) > 0 && r.count(learningMarker) === 0 && r.count(concretePractice) === 0) return [futureIntent];
    return null;
  },
});

/** Repeated apologies or self-deprecation. */
export const overApology = defineFlag({
  id: "over-apology",
  severity: "info",
  message: "Apologises or runs themself down repeatedly, which undercuts the answer.",
  looksFor: "Two or more apologies or self-deprecating remarks (\"sorry\", \"I felt so stupid\").",
  example: "Sorry, this is embarrassing, I'm so sorry, I was useless.",
  signals: [overApologySignal],
  raise: (r) => (r.count(overApologySignal) >= 2 ? [overApologySignal] : null),
});

/** No concrete situation or detail. */
export const vague = defineFlag({
  id: "vague",
  severity: "info",
  message: "Stays general: no concrete situation, action or detail to check.",
  looksFor: "Every dimension at 1 or below and no concrete cue: no specific own action, practice, figure, scene or moment.",
  example: "Things didn't always go to plan, but I learned a lot and grew as a person.",
  signals: [ownCausalAction, concretePractice, measurableOutcome, situationContext, interviewReference],
  raise: (r) => {
    if (Object.values(r.levels).some((level) => level >= 2)) return null;
    const concrete = r.count(ownCausalAction, 3) + r.count(concretePractice) + r.count(measurableOutcome, 2) + r.count(situationContext) + r.count(interviewReference);
    return concrete === 0 ? [] : null;
  },
});
