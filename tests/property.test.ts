import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RubricInputError, ScoreResultSchema, rubrics, safeScore, score, type Rubric } from "../src/index.js";

// Property-based tests: for arbitrary JSON values and arbitrary Unicode strings the scorer never
// crashes, throws only its typed error, keeps levels in range and evidence on the input, and is
// deterministic. Runs at least 10,000 cases in all.
const all = Object.values(rubrics) as Rubric[];
const NUM_RUNS = 4_000; // per rubric: 12,000 cases in all

// Words that are also members of Object.prototype: a lookup table written as an object literal
// finds them even though it never listed them (an answer saying "constructor" once crashed score).
const OBJECT_MEMBER_WORDS = [...Object.getOwnPropertyNames(Object.prototype), "prototype", "Constructor", "constructor's", "toString's"];

const answerish = fc.oneof(
  fc.jsonValue(),
  fc.record({ text: fc.string({ unit: "grapheme", maxLength: 400 }) }),
  fc.record({ text: fc.string({ unit: "binary", maxLength: 300 }) }),
  fc.record({ achieved: fc.string({ maxLength: 200 }), missed: fc.string({ maxLength: 200 }) }),
  fc.record({ text: fc.array(fc.constantFrom("I", "didn't", "blame", "we", "missed", "since", "then", "learned", "um", "\u200b", "🙈", "e\u0301", "\r\n", ".", ",", "\"", "'", "never", "the", "client", "3", "%", ...OBJECT_MEMBER_WORDS), { maxLength: 80 }).map((words) => words.join(" ")) }),
  fc.dictionary(fc.constantFrom("__proto__", "constructor", "text", "prototype", "toString"), fc.jsonValue()),
);

describe("score on arbitrary input", () => {
  it.each(all.map((r) => [r.id, r] as const))("%s: safeScore never throws, score throws only RubricInputError, results are well formed", (_id, rubric) => {
    fc.assert(
      fc.property(answerish, (answer) => {
        const outcome = safeScore(rubric, answer);
        let thrown: unknown = null;
        try {
          score(rubric, answer);
        } catch (error) {
          thrown = error;
        }
        if (!outcome.success) {
          expect(outcome.error).toBeInstanceOf(RubricInputError);
          expect(thrown).toBeInstanceOf(RubricInputError);
          return;
        }
        expect(thrown).toBeNull();
        const result = outcome.data;
        expect(ScoreResultSchema.safeParse(result).success).toBe(true);
        for (const d of Object.values(result.dimensions)) {
          expect(d.level).toBeGreaterThanOrEqual(0);
          expect(d.level).toBeLessThanOrEqual(3);
        }
        const sources = answer as Record<string, string>;
        for (const e of [...Object.values(result.dimensions).flatMap((d) => d.evidence), ...result.flags.flatMap((f) => f.evidence)]) {
          const source = e.field === undefined ? sources["text"]! : sources[e.field]!;
          expect(e.start).toBeGreaterThanOrEqual(0);
          expect(e.end).toBeLessThanOrEqual(source.length);
          expect(source.slice(e.start, e.end)).toBe(e.text);
        }
        expect(JSON.stringify(safeScore(rubric, answer))).toBe(JSON.stringify(outcome));
      }),
      { numRuns: NUM_RUNS, seed: 20261123 },
    );
  }, 120_000);

  it.each(all.map((r) => [r.id, r] as const))("%s: words such as constructor and valueOf in the text are read as words", (_id, rubric) => {
    const text = `I blamed the constructor for the delay. ${OBJECT_MEMBER_WORDS.join(" and ")} were all mentioned. Since then I always check the constructor's toString output first.`;
    const result = score(rubric, { text });
    expect(ScoreResultSchema.safeParse(result).success).toBe(true);
  });

  it("keys such as __proto__ and constructor in an answer do no harm", () => {
    const answer = JSON.parse('{"text":"I agreed to the date without checking the lead time.","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    const result = score(rubrics["last-job-failure"], answer);
    expect(result.status).toBe("needs-human-review");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)["polluted"]).toBeUndefined();
  });
});
