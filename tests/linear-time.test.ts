import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rubrics, safeScore } from "../src/index.js";

// Pathological inputs are scored or rejected in time linear in their length: ten times the input
// may take at most fifteen times the time (median of several runs, with a floor so a fast small
// case does not make the ratio flaky).
function medianMs(run: () => void, repeats = 5): number {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(repeats / 2)]!;
}

const FLOOR_MS = 2;
const shapes: ReadonlyArray<readonly [string, (n: number) => string]> = [
  ["one repeated word", (n) => "failure ".repeat(n)],
  ["no spaces at all", (n) => "x".repeat(n * 8)],
  ["only punctuation", (n) => "!?.,;".repeat(n * 2)],
  ["deeply repeated clauses", (n) => "because I didn't check, and so we, um, missed it but ".repeat(Math.ceil(n / 10))],
  ["thousands of sentences", (n) => "I learned. ".repeat(Math.ceil(n / 2))],
  ["one endless sentence of cues", (n) => "i never did not not maybe kind of since then ".repeat(Math.ceil(n / 10))],
];

describe("linear time", () => {
  it.each(shapes)("%s: 10x the input takes at most 15x the time", (_name, make) => {
    const rubric = rubrics["last-job-failure"];
    const small = make(2_000);
    const large = make(20_000);
    const options = { maxChars: 10_000_000 };
    safeScore(rubric, { text: small }, options); // warm up
    const t1 = Math.max(FLOOR_MS, medianMs(() => safeScore(rubric, { text: small }, options)));
    const t10 = medianMs(() => safeScore(rubric, { text: large }, options));
    expect(t10 / t1).toBeLessThanOrEqual(15);
  }, 60_000);

  it("rejects an answer above maxChars at once instead of truncating it", () => {
    const outcome = safeScore(rubrics["last-job-failure"], { text: "a".repeat(1_000_000) });
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.code).toBe("too-long");
  });
});

// Every regular expression in the source is checked for the shape that backtracks
// catastrophically: a quantified group that itself contains a quantifier, e.g. (a+)+ or (\w*)*.
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

describe("regular expressions", () => {
  it("have no nested quantifiers", () => {
    const offenders: string[] = [];
    for (const file of [...sources("src"), ...sources("rubrics")]) {
      const text = readFileSync(file, "utf8");
      for (const [literal] of text.matchAll(/\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+\/[dgimsuvy]*/g)) {
        // A group with a quantifier inside, itself followed by a quantifier.
        if (/\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]/.test(literal)) offenders.push(`${file}: ${literal}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
