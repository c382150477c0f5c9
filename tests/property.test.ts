import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { RubricInputError, ScoreResultSchema, analyze, compileLexicon, rubrics, safeScore, score, type Rubric } from "../src/index.js";
import { isLatinWord } from "../src/score/score.js";
import { closesQuote, opensWithSpaceAndCapital, tokenRegExp } from "../src/text/analyze.js";

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

// The tokenizer, the closing-quote and capital checks and the language check test ASCII text with
// ASCII patterns and build their \p{…} patterns only for text outside ASCII (src/text/unicode.ts).
// Each must answer exactly as the Unicode pattern it replaced, written out here as it was, on any
// string: ASCII, non-ASCII, and mixes of the characters the patterns treat specially.
describe("ASCII fast paths match the Unicode patterns they stand for", () => {
  const TOKEN = /(?<![\p{L}\p{N}])'(?=\p{L})|(?<=[\p{L}.,!?])'(?![\p{L}])|(\d(?:[\d.,:]*\d)?)|([\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}]+)?)|(\.{2,}|…)|([.!?]+)|([,;:()"&%$£€+—–/]|(?<= )-(?= ))/gu;
  const CAPITAL_NEXT = /^\s+\p{Lu}/u;
  const BEFORE_CLOSE = /[\p{L}.,!?]/u;
  const LATIN_WORD = /^[\p{Script=Latin}\p{N}'-]+$/u;
  const pieces = fc.constantFrom("a", "Z", "q", "9", "0", "'", "-", " - ", ".", "...", ",", "!", "?", ":", " ", "  ", "\n", "\t", "\u00a0", "&", "%", "$", "£", "…", "—", "é", "É", "e\u0301", "\u0301", "Ω", "ß", "٣", "²", "\u{1D400}", "\u{10400}", "🙈", "\ud800", "a.m.", "etc.", "I'm", "nurses'", "_", "`", "~", "\x7f", "\x00");
  const strings = fc.oneof(
    fc.string({ unit: "binary-ascii", maxLength: 60 }),
    fc.string({ unit: "grapheme-ascii", maxLength: 60 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join("")),
  );
  // Every match the pattern finds from every start offset, as tokenize moves lastIndex past abbreviations.
  const matchesFrom = (re: RegExp, text: string) => {
    const out: unknown[] = [];
    for (let at = 0; at <= text.length; at++) {
      re.lastIndex = at;
      const m = re.exec(text);
      out.push(m === null ? null : [m.index, ...m]);
    }
    return out;
  };

  it("tokenRegExp matches as the Unicode token pattern", () => {
    fc.assert(
      fc.property(strings, (text) => {
        expect(matchesFrom(tokenRegExp(text), text)).toEqual(matchesFrom(TOKEN, text));
      }),
      { numRuns: 3_000, seed: 20261207 },
    );
  });

  it("the capital, closing-quote and Latin-word checks answer as their Unicode patterns", () => {
    fc.assert(
      fc.property(strings, (text) => {
        expect(opensWithSpaceAndCapital(text)).toBe(CAPITAL_NEXT.test(text));
        expect(isLatinWord(text)).toBe(LATIN_WORD.test(text));
        for (let i = 0; i < text.length; i++) expect(closesQuote(text[i]!)).toBe(BEFORE_CLOSE.test(text[i]!));
      }),
      { numRuns: 5_000, seed: 20261207 },
    );
  });

  it("text outside ASCII is read with the Unicode patterns: accented words stay whole", () => {
    const lexicon = compileLexicon([]);
    const words = (text: string) => analyze(text, lexicon).tokens.map((t) => t.norm);
    expect(words("Cafe\u0301 staff didn't \u201cblame\u201d Zo\u00eb.")).toEqual(["café", "staff", "did", "not", '"', "blame", '"', "zoë", "."]);
    expect(words("Cafe staff didn't \"blame\" Zoe.")).toEqual(["cafe", "staff", "did", "not", '"', "blame", '"', "zoe", "."]);
  });
});
