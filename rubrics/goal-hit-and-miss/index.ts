import { z } from "zod";
import fitted from "./calibration.json" with { type: "json" };
import { lesson } from "../../src/criteria/lesson.js";
import { changeIsLesson, practiceIsIntention } from "../../src/criteria/links.js";
import { momentum } from "../../src/criteria/momentum.js";
import { ownership } from "../../src/criteria/ownership.js";
import { scopeCriterion } from "../../src/define/criterion.js";
import { defineFlag } from "../../src/define/flag.js";
import { defineQuestionSet } from "../../src/define/questions.js";
import { defineRubric, type Sections } from "../../src/define/rubric.js";
import type { Signal, SignalHit } from "../../src/define/signal.js";
import type { Document } from "../../src/text/analyze.js";
import { blameShifting, disguisedSuccessFlag, minimisationFlag, overApology, skipsLearning, vague } from "../../src/flags/common.js";
import { announcesGoal, GOAL_NOUNS, goalParts } from "../../src/signals/goalParts.js";
import { learningMarker } from "../../src/signals/learningMarker.js";
import { measurableOutcome } from "../../src/signals/measurableOutcome.js";
import { noFailureGiven } from "../../src/signals/noFailureGiven.js";
import { NAMED_GOALS } from "../../src/signals/shared.js";
import { specificOwnActions } from "../../src/signals/specificOwnActions.js";
import { actions, outcome } from "./criteria.js";

/** Assumed speaking rate for the time box: a steady interview pace. */
export const WORDS_PER_MINUTE = 150;
const TIME_BOX = { minMinutes: 2, maxMinutes: 3, examples: 2 } as const;
// An achieved goal told in fewer words than this, with no action and no measure, is flagged trivial.
const TRIVIAL_GOAL_WORDS = 30;

const answerSchema = z.union([
  z.object({
    /** Both goals in one free text; the scorer finds where the talk of the missed goal starts. */
    text: z.string(),
  }),
  z.object({
    /** The goal set and achieved, scored for actions and outcome. */
    achieved: z.string(),
    /** The goal not achieved, scored for ownership, lesson and momentum. */
    missed: z.string(),
  }),
]);

const tooShort = defineFlag({
  id: "too-short",
  severity: "info",
  message: `Much shorter than the two-to-three-minute box per example (at ${WORDS_PER_MINUTE} words a minute, under a minute for both): the reflection is likely rushed.`,
  looksFor: `Fewer than ${WORDS_PER_MINUTE} words in all.`,
  example: "Hit my sales target. Missed the promotion. Learned a lot.",
  signals: [],
  raise: (r) => (r.doc.wordCount < WORDS_PER_MINUTE ? [] : null),
});

const tooLong = defineFlag({
  id: "too-long",
  severity: "info",
  message: `Longer than three minutes per example at ${WORDS_PER_MINUTE} words a minute: the point may be lost.`,
  looksFor: `More than ${WORDS_PER_MINUTE * TIME_BOX.maxMinutes * TIME_BOX.examples} words in all.`,
  example: "(an answer that runs past six minutes)",
  signals: [],
  raise: (r) => (r.doc.wordCount > WORDS_PER_MINUTE * TIME_BOX.maxMinutes * TIME_BOX.examples ? [] : null),
});

const noExample = defineFlag({
  id: "no-example",
  severity: "critical",
  message: "One of the two examples is missing: the candidate hesitates or gives only one goal.",
  looksFor: "No achieved goal, no missed goal, or \"I can't think of one\".",
  example: "I always hit my goals, so I can't really think of one I missed.",
  signals: [goalParts, noFailureGiven, specificOwnActions, measurableOutcome],
  raise: (r) => {
    if (r.count(noFailureGiven) > 0) return [noFailureGiven];
    const parts = r.hits(goalParts);
    const hasMissed = parts.some((h) => h.strength === 2);
    const hasAchieved = parts.some((h) => h.strength === 1) || r.count(specificOwnActions, 2) > 0 || r.count(measurableOutcome, 2) > 0;
    return hasMissed && hasAchieved ? null : [];
  },
});

const trivialGoal = defineFlag({
  id: "trivial-goal",
  severity: "info",
  message: "The achieved goal is too small to show much: little was at stake.",
  looksFor: "An achieved goal told in a sentence or two, with no action of the candidate's and no measured result: little seems to have been at stake.",
  example: "My goal was to clear my inbox every Friday, and I did.",
  signals: [specificOwnActions, measurableOutcome],
  raise: (r) => {
    const achieved = r.sections["achieved"];
    if (achieved === undefined || r.levels["actions"]! > 1 || r.levels["outcome"]! > 2) return null;
    let words = 0;
    for (let k = achieved.first; k <= achieved.last; k++) if (r.doc.tokens[k]!.kind === "word") words++;
    return words > 0 && words < TRIVIAL_GOAL_WORDS ? [] : null;
  },
});

const overExplains = defineFlag({
  id: "over-explains",
  severity: "info",
  message: "Spends the answer on the circumstances of the miss and never reaches the lesson.",
  looksFor: "A long account of the missed goal with a lesson at 1 or below.",
  example: "(a long account of everything that went wrong, ending there)",
  signals: [],
  raise: (r) => (r.levels["lesson"]! <= 1 && r.doc.wordCount > 220 ? [] : null),
});

const rushedReflection = defineFlag({
  id: "rushed-reflection",
  severity: "info",
  message: "The reflection is one quick line after a long story.",
  looksFor: "A lesson marker with very little said after it, at the end of a long answer.",
  example: "…and so the launch slipped a month. Lesson learned, anyway.",
  signals: [learningMarker],
  raise: (r) => {
    const markers = r.hits(learningMarker);
    if (markers.length === 0 || r.doc.wordCount < 120 || r.levels["lesson"]! >= 2) return null;
    const after = r.doc.tokens.length - markers[0]!.first;
    return after < 30 ? [learningMarker] : null;
  },
});

// Splits a free-text answer where it turns from one goal to the other. The question asks for the
// achieved goal first, so that is the default order; the missed goal comes first only when the
// answer opens with it and turns to an achieved goal later.
const OPENING_WORDS = 12;
const REACHED_GOALS = new Set(["quota", "budget", "kpi"]);
function findGoalSections(doc: Document, hitsOf: (signal: Signal) => readonly SignalHit[]): Sections {
  const last = doc.tokens.length - 1;
  if (last < 0) return {};
  const parts = hitsOf(goalParts);
  // "The one I didn't hit" announces the turn; a bare "didn't get" may be a setback inside the
  // achieved goal's story, so it marks the turn only when nothing announces it.
  // So does a heading: "Achieved: passed my exam first time. Missed: …".
  const announces = (h: SignalHit) => announcesGoal(doc, h);
  const firstOf = (strength: number, after = -1) => {
    const candidates = parts.filter((h) => h.strength === strength && h.first > after);
    return candidates.find(announces) ?? candidates[0];
  };
  const missed = firstOf(2);
  if (missed === undefined) return { achieved: { first: 0, last } };
  const clauseStart = (token: number) => doc.clauses[doc.tokens[token]!.clause]!.first;
  // A bare "we only got half of it" ends a sentence that named the goal missed ("I'd also aimed
  // to halve damage claims, and we only got a quarter of the way"): the turn is where it starts,
  // unless the sentence reaches the achieved goal first or opens the answer (an unpunctuated
  // transcript is one sentence).
  const sentenceStart = doc.sentences[doc.tokens[missed.first]!.sentence]!.first;
  const missedStart = sentenceStart === 0 || announces(missed) || parts.some((h) => h.strength === 1 && h.first >= sentenceStart && h.first < missed.first) ? clauseStart(missed.first) : sentenceStart;
  const wordsBefore = doc.tokens.slice(0, missedStart).filter((t) => t.kind !== "punct" && !t.filler).length;
  const missedSentenceEnd = doc.sentences[doc.tokens[missed.first]!.sentence]!.last;
  const achievedLater = firstOf(1, missedSentenceEnd);
  // Words before the miss are the achieved goal only when something there announces it, or when
  // nothing later does: "I'm a social worker. The goal I didn't meet… The one I achieved…" opens
  // with the miss after a line about the job.
  // "I hit my sales target" reaches a goal; "I met the families" does not announce one.
  const reachesGoal = (h: SignalHit) => {
    for (let k = h.last + 1; k <= h.last + 4 && k < doc.tokens.length; k++) if (GOAL_NOUNS.has(doc.tokens[k]!.norm) || REACHED_GOALS.has(doc.tokens[k]!.norm)) return true;
    return false;
  };
  // "I got tenure last year, which was the big goal. The goal I didn't reach…": a short opening
  // that names a goal is the achieved one too.
  // So is one that reports a concrete result: "got my CSCS card first go. Didn't get the foreman job…".
  let namesGoal = hitsOf(measurableOutcome).some((h) => h.strength >= 2 && h.last < missedStart);
  for (let k = 0; k < missedStart && !namesGoal; k++) namesGoal = NAMED_GOALS.has(doc.tokens[k]!.norm);
  const achievedFirst = parts.some((h) => h.strength === 1 && h.first < missedStart && (announces(h) || reachesGoal(h))) || ((wordsBefore >= OPENING_WORDS || namesGoal) && !(achievedLater !== undefined && announces(achievedLater)));
  if (achievedFirst) return { achieved: { first: 0, last: missedStart - 1 }, missed: { first: missedStart, last } };
  if (achievedLater === undefined) return { missed: { first: 0, last } };
  const achievedStart = clauseStart(achievedLater.first);
  return { missed: { first: 0, last: achievedStart - 1 }, achieved: { first: achievedStart, last } };
}

/**
 * "Tell me about one goal you set and achieved, and one you didn't." Scores the achieved goal
 * for own actions and a measurable outcome, and the missed goal for ownership, lesson and
 * momentum. Accepts free text or `{ achieved, missed }`.
 */
export const goalHitAndMiss = defineRubric({
  id: "goal-hit-and-miss",
  version: "1.0.0",
  title: "One goal you achieved, and one you didn't",
  summary:
    "Asks for two goals side by side: one reached, one missed. The achieved goal shows planning and results; the missed one shows whether the candidate can own a shortfall, learn from it and move on. Most people find the second half harder, and it usually tells the interviewer more.",
  questions: defineQuestionSet([
    {
      id: "goal-hit-and-miss",
      prompt: "Tell me about one goal you set and achieved, and one you didn't.",
      variants: ["Give me a goal you hit and one you missed.", "What's a target you reached, and one you fell short of?"],
      probes:
        "Self-honesty and a growth mindset: specific actions and measured results for the success; for the miss, the candidate's own part, a personal takeaway and a change made since. Hesitating, minimising, blaming only outside factors or skipping the learning are the red flags.",
      followUps: ["What would you do differently about the missed goal if you set it again today?", "Who else was involved in the goal you achieved, and what was your part?"],
      timeBox: TIME_BOX,
    },
  ]),
  answer: answerSchema,
  parts: (answer) =>
    "text" in answer
      ? [{ field: null, text: answer.text }]
      : [
          { field: "achieved", text: answer.achieved, section: "achieved" },
          { field: "missed", text: answer.missed, section: "missed" },
        ],
  sections: findGoalSections,
  sectionSignals: [goalParts],
  criteria: {
    actions,
    outcome,
    ownership: scopeCriterion(ownership, "missed", { asks: "Does the candidate own their part in the missed goal?" }),
    lesson: scopeCriterion(lesson, "missed", { asks: "Does the candidate draw a specific lesson from the missed goal?" }),
    momentum: scopeCriterion(momentum, "missed", { asks: "Did the candidate change anything after missing the goal, and did it work?" }),
  },
  flags: [noExample, minimisationFlag, skipsLearning, blameShifting, disguisedSuccessFlag, trivialGoal, overExplains, overApology, rushedReflection, vague, tooShort, tooLong],
  bands: { strong: 0.75, mixed: 0.45 },
  // Fitted on the corpus's dev split by scripts/calibrate.mjs; calibration-fit.json records the fit.
  calibration: fitted.params,
  links: [practiceIsIntention, changeIsLesson],
});
