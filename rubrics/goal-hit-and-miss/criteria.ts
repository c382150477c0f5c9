import { defineCriterion } from "../../src/define/criterion.js";
import { genericEffort } from "../../src/signals/genericEffort.js";
import { measurableOutcome } from "../../src/signals/measurableOutcome.js";
import { narratedResult } from "../../src/signals/narratedResult.js";
import { specificOwnActions } from "../../src/signals/specificOwnActions.js";

/** Actions: what the candidate personally did to achieve the goal. */
export const actions = defineCriterion({
  title: "Own actions",
  asks: "Does the candidate say what they personally did to reach the goal?",
  section: "achieved",
  anchors: {
    0: { description: "No achieved goal given, or no action described.", examples: ["I hit my target last year."] },
    1: { description: "Generic effort only (\"I worked really hard\", \"we pushed\").", examples: ["I just worked really hard and stayed focused."] },
    2: { description: "Some own actions, but general, or mixed with the team's without saying which were theirs.", examples: ["We reworked the onboarding and I helped with the emails."] },
    3: { description: "Several specific actions they took personally: what, how, when.", examples: ["I mapped every lapsed account, called each one in the first week, and set up a fortnightly check-in."] },
  },
  signals: [specificOwnActions, genericEffort],
  params: {
    /** Specific own actions needed for level 3. */
    minActionsForTop: 2,
  },
  grid: { minActionsForTop: [1, 2, 3, 4] },
  advice: {
    0: "Walk through what you personally did to reach the goal, step by step.",
    1: "Replace the effort (\"I worked hard\") with two or three things you actually did.",
    2: "Separate your own actions from the team's, and say how and when you took them.",
  },
  probes: {
    0: ["What did you do, step by step, to get there?"],
    1: ["What exactly did you do differently to reach it?"],
    2: ["Which of those steps were yours, and how did you go about them?"],
  },
  decide: (r, p) => {
    const specific = r.count(specificOwnActions, 2);
    if (specific >= p.minActionsForTop) return { level: 3, because: `Names ${specific} specific actions they took personally.`, cites: [specificOwnActions] };
    if (r.count(specificOwnActions) > 0) return { level: 2, because: "Some actions are named, but few, general, or the team's.", cites: [specificOwnActions] };
    if (r.count(genericEffort) > 0) return { level: 1, because: "Describes effort, not actions.", cites: [genericEffort] };
    return { level: 0, because: "No action toward the achieved goal is described.", cites: [] };
  },
});

/** Outcome: how we know the goal was achieved. */
export const outcome = defineCriterion({
  title: "Measurable outcome",
  asks: "Is the achieved goal's result stated, and measured?",
  section: "achieved",
  anchors: {
    0: { description: "No result stated.", examples: ["I set myself a sales goal and went for it."] },
    1: { description: "A vague result (\"it went well\", \"people were happy\").", examples: ["It went really well and my manager was pleased."] },
    2: { description: "A concrete result without a measure, or a number without a target or baseline.", examples: ["We went live on the agreed date."] },
    3: { description: "A measurable result: a number, a percentage, a date, a target met or beaten with a figure.", examples: ["We raised £12,000 against a £10,000 target."] },
  },
  signals: [measurableOutcome, narratedResult],
  params: {},
  advice: {
    0: "Say how the goal turned out and how you knew it was achieved.",
    1: "Give the result in concrete terms, with a number if you have one.",
    2: "Put the result against the target or the starting point, so its size is clear.",
  },
  probes: {
    0: ["How did it turn out? How did you know you'd achieved it?"],
    1: ["What was the result, in numbers if you have them?"],
    2: ["How did that compare with the target or where you started?"],
  },
  decide: (r) => {
    const strongest = r.strongest(measurableOutcome);
    const narrated = r.strongest(narratedResult);
    // A figure set against an earlier one outranks a concrete or vague reading of the same result:
    // "eleven months with zero" is a span by itself, and a measure against the three infections
    // told before it. Below that the plain reading leads: a told result beside a vague one is
    // still vague.
    if (narrated >= 3 && strongest < 3) return { level: 3, because: "Gives a figure for what came of the candidate's actions, against one set earlier.", cites: [narratedResult] };
    if (strongest >= 3) return { level: 3, because: "States a measured result.", cites: [measurableOutcome] };
    if (strongest === 2) return { level: 2, because: "States a concrete result, without a measure.", cites: [measurableOutcome] };
    if (strongest === 1) return { level: 1, because: "The result is vague.", cites: [measurableOutcome] };
    if (narrated === 2) return { level: 2, because: "Tells what came of the candidate's actions, without a measure.", cites: [narratedResult] };
    return { level: 0, because: "No result is stated for the achieved goal.", cites: [] };
  },
});
