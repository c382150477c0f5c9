import { lesson } from "./lesson.js";
import { momentum } from "./momentum.js";
import { ownership } from "./ownership.js";

/** The shared failure-type dimensions, ready to reuse in a custom rubric. */
export const criteria = Object.freeze({ ownership, lesson, momentum });
export { changeIsLesson, practiceIsIntention } from "./links.js";
