/**
 * One import registers the rubric matchers: list `interview-rubrics/testing/setup` in vitest's
 * `setupFiles`, or import it at the top of a test file.
 *
 * @module
 */
import { installRubricMatchers } from "./index.js";

installRubricMatchers();
