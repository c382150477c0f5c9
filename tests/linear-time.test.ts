import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getRubric, rubrics, safeScore } from "../src/index.js";

// Pathological inputs are scored or rejected in time linear in their length: ten times the input
// may take at most fifteen times the time. Each size is warmed up, then timed as the median of
// several runs, with a floor so a fast small case does not make the ratio flaky.
// The two sizes are timed in turns, so a burst of load from the other test files falls on both
// rather than on one of them, and `npm test` runs this file on its own, after the other files.
// Medians, not the fastest run: a small input often runs with no garbage collection at all while
// every large run has some, so the fastest pair overstated the only-punctuation shape (analysis,
// tokenising and collection in its profile, nothing quadratic): it measured 15.2-17.7x in npm
// test on 2026-12-07 and 7.6-13.0x alone, where its medians gave 7.2-10.1x. A quadratic path still
// takes about 100x the time for 10x the input, at the median as at the fastest.
function medianPairMs(small: () => void, large: () => void, repeats = 7): [number, number] {
  small();
  large();
  const smallMs: number[] = [];
  const largeMs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    let started = performance.now();
    small();
    smallMs.push(performance.now() - started);
    started = performance.now();
    large();
    largeMs.push(performance.now() - started);
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return [median(smallMs), median(largeMs)];
}

const FLOOR_MS = 25;
const corpusTexts = ["last-job-failure", "goal-hit-and-miss", "interview-debrief"].flatMap((id) =>
  readFileSync(join(import.meta.dirname, "corpus", `${id}.v1.jsonl`), "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { text: string }).text),
);
function corpusAsOneSentence(words: number): string {
  const parts: string[] = [];
  for (let i = 0, count = 0; count < words; i++) {
    const text = corpusTexts[i % corpusTexts.length]!.replace(/[.!?;:\n]+/g, ",");
    parts.push(text);
    count += text.split(/\s+/).length;
  }
  return parts.join(", ");
}

const shapes: ReadonlyArray<readonly [string, (n: number) => string]> = [
  ["one repeated word", (n) => "failure ".repeat(n)],
  ["no spaces at all", (n) => "x".repeat(n * 8)],
  ["only punctuation", (n) => "!?.,;".repeat(n * 2)],
  ["deeply repeated clauses", (n) => "because I didn't check, and so we, um, missed it but ".repeat(Math.ceil(n / 10))],
  ["thousands of sentences", (n) => "I learned. ".repeat(Math.ceil(n / 2))],
  ["one endless sentence of cues", (n) => "i never did not not maybe kind of since then ".repeat(Math.ceil(n / 10))],
  ["one endless scenario answer", (n) => "when you asked what I would do, I'd escalate and call the registrar, ".repeat(Math.ceil(n / 16))],
  // Whether the sentence looks ahead to the speaker's next time was read at every "I'd": an
  // endless sentence that says so only at its end took 42x the time for 10x the input.
  // Whether an intention was a reported thought was read from its clause's start at every one.
  ["one clause of endless intentions", (n) => "when you asked what I would do if it failed " + "i would escalate it ".repeat(Math.ceil(n / 4))],
  ["one endless scenario answer ending on next time", (n) => "when you asked what I would do, I'd escalate it, ".repeat(Math.ceil(n / 11)) + "next time."],
  ["one endless self-critique", (n) => "I wasn't happy with my answer, I said the wrong thing, can I go back to it, the one I didn't hit, ".repeat(Math.ceil(n / 20))],
  // Each quantified rule and each figure once looked across its whole sentence: quadratic in one
  // endless sentence of them until those reads were made once per sentence.
  ["one endless sentence of rules and figures", (n) => "every order now gets checked by two people, ".repeat(Math.ceil(n / 8))],
  // Whether a change marker's clause tells what happened to the speaker was read at every marker:
  // one clause of endless "now"s took 59x the time for 10x the input.
  ["one clause of endless change markers", (n) => "I missed the deadline because I forgot. " + "i now check it ".repeat(Math.ceil(n / 4))],
  // Each interview practice once looked through every lesson and change marker for one apart
  // from itself: quadratic in one endless sentence of both.
  ["one endless sentence of lessons and practices", (n) => "I learned that, so now I check the rota before every shift, ".repeat(Math.ceil(n / 12))],
  // Whether a target hit was only aimed at, and whether a verb spelled alike in past and present
  // ("hit") was told in the present, were read from the clause's or sentence's start at every one:
  // 28-32x the time for 10x the input until both were bounded.
  ["one clause of endless targets hit", (n) => "I hit my pick rate target and ".repeat(Math.ceil(n / 7))],
  // Real answers run together as one sentence: every signal's sentence-wide reads at once.
  ["the corpus as one endless sentence", (n) => corpusAsOneSentence(n)],
];
const rubricIds = ["last-job-failure", "goal-hit-and-miss", "interview-debrief"] as const;
const cases = rubricIds.flatMap((id) => shapes.map(([name, make]) => [id, name, make] as const));

describe("linear time", () => {
  // Timing shares two cores with the other test files, so one disturbed measurement may be
  // retried; a quadratic path takes about 100x the time for 10x the input and fails every attempt.
  it.each(cases)("%s, %s: 10x the input takes at most 15x the time", { timeout: 60_000, retry: 2 }, (id, _name, make) => {
    const rubric = getRubric(id)!;
    const small = make(4_000);
    const large = make(40_000);
    const options = { maxChars: 10_000_000 };
    const [medianSmall, t10] = medianPairMs(() => safeScore(rubric, { text: small }, options), () => safeScore(rubric, { text: large }, options));
    const t1 = Math.max(FLOOR_MS, medianSmall);
    expect(t10 / t1).toBeLessThanOrEqual(15);
  });

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
