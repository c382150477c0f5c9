// Kept apart from score.ts so the command line's main thread can read the default without
// loading the scorer (it scores on a worker thread).
import type { ScoreOptions } from "./score.js";

/** The default {@link ScoreOptions.maxChars}. */
export const DEFAULT_MAX_CHARS = 20_000;
