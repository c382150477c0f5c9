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
};

/**
 * A change applied since the failure (momentum 2 or 3) is a lesson tied to the case, put into
 * practice (lesson 2 at least), even when no sentence states the lesson as such.
 */
export const changeIsLesson: DimensionLink<"lesson" | "momentum"> = {
  source: "momentum",
  sourceLevels: [2, 3],
  target: "lesson",
  atLeast: 2,
  because: "Describes a change applied since, which is a lesson tied to this case put into practice.",
};
