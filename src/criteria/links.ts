import type { DimensionLink } from "../define/rubric.js";

/**
 * A concrete practice named (lesson 3) is at least an intention to act on it (momentum 1): a
 * practice stated only as an intention still counts for lesson, and as intention for momentum.
 */
export const practiceIsIntention: DimensionLink<"lesson" | "momentum"> = {
  source: "lesson",
  sourceLevels: [3],
  target: "momentum",
  atLeast: 1,
  because: "Names a concrete practice to follow, which is at least an intention to act on it.",
  cites: ["concrete-practice"],
};

/**
 * A change applied since the failure (momentum 2 or 3) shows a lesson drawn from it, even when no
 * sentence states one (lesson 1 at least). The anchors would allow 2, a lesson tied to the case,
 * but a change is read from a marker such as "since then I…" whoever acted and whatever happened,
 * so a misread event ("since then I've been promoted") would cost two levels of lesson rather
 * than one; on the dev split the bound of 1 kept the gain of 2 for last-job-failure and most of it
 * for goal-hit-and-miss.
 */
export const changeIsLesson: DimensionLink<"lesson" | "momentum"> = {
  source: "momentum",
  sourceLevels: [2, 3],
  target: "lesson",
  atLeast: 1,
  because: "States no lesson as such, but describes a change applied since, which shows one was drawn.",
  cites: ["applied-change"],
};
