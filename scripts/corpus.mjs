// Reads the labelled corpus: one versioned JSONL file per rubric under tests/corpus/.
import { readFileSync } from "node:fs";

export const RUBRIC_IDS = ["last-job-failure", "goal-hit-and-miss", "interview-debrief"];
// Flags computed from word counts, not labelled by people.
export const COMPUTED_FLAGS = ["too-short", "too-long"];

export function readCorpus(rubricId, split) {
  return readFileSync(new URL(`../tests/corpus/${rubricId}.v1.jsonl`, import.meta.url), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line))
    .filter((row) => split === undefined || row.split === split)
    .map((row) => ({ id: row.id, answer: { text: row.text }, labels: row.labels, flags: row.flags, row }));
}
