import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { typoCorrector, TYPO_MIN_LENGTH } from "../src/text/typos.js";

// The corrector undoes one edit per unknown token. This is the plain definition it must agree with: every
// swap, inner drop (neither first nor last letter) and doubling of every long word, spelled out as strings, with a typo
// two words share left uncorrected.
function referenceCorrector(vocabulary: ReadonlySet<string>): (token: string) => string {
  const typos = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const word of vocabulary) {
    if (word.length < TYPO_MIN_LENGTH) continue;
    for (const variant of spelledOutTypos(word)) {
      if (vocabulary.has(variant)) continue;
      const seen = typos.get(variant);
      if (seen !== undefined && seen !== word) ambiguous.add(variant);
      else typos.set(variant, word);
    }
  }
  for (const variant of ambiguous) typos.delete(variant);
  return (token) => (vocabulary.has(token) ? token : typos.get(token) ?? token);
}

function spelledOutTypos(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (let i = 1; i < word.length - 1; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i + 1) + word[i] + word.slice(i + 1));
  return out;
}

// A realistic vocabulary: every word of the labelled corpus.
const corpusWords = ["last-job-failure", "goal-hit-and-miss", "interview-debrief"].flatMap((id) =>
  readFileSync(new URL(`./corpus/${id}.v1.jsonl`, import.meta.url), "utf8").toLowerCase().match(/[a-z]+/g) ?? [],
);
const vocabulary = new Set(corpusWords.filter((_, i) => i % 3 === 0));

describe("typo correction", () => {
  // An exhaustive comparison (every typo of every long corpus word): seconds of work, so it gets
  // more than vitest's default five when the suite runs its files in parallel on two cores.
  it("corrects exactly the tokens the spelled-out definition corrects", { timeout: 30_000 }, () => {
    const fast = typoCorrector(vocabulary);
    const reference = referenceCorrector(vocabulary);
    // Every typo of every long vocabulary word, plus every corpus word (most are not typos).
    const queries = new Set([...[...vocabulary].filter((w) => w.length >= TYPO_MIN_LENGTH).flatMap(spelledOutTypos), ...corpusWords]);
    // Mismatches are collected and compared once: an expect per query (hundreds of thousands, a
    // number that grows with the corpus) made this test slower than vitest's default timeout.
    let corrected = 0;
    const mismatches: string[] = [];
    for (const query of queries) {
      const expected = reference(query);
      const got = fast(query);
      if (got !== expected) mismatches.push(`${query}: ${got} instead of ${expected}`);
      if (expected !== query) corrected++;
    }
    expect(mismatches).toEqual([]);
    // The comparison only means something if both correct many tokens.
    expect(corrected).toBeGreaterThan(10_000);
  });

  it("undoes one swap, inner drop or doubling, and nothing else", () => {
    const correct = typoCorrector(new Set(["underestimated", "checklist", "committed", "learning", "rota"]));
    expect(correct("underestimted")).toBe("underestimated");
    expect(correct("chekclist")).toBe("checklist");
    expect(correct("chcklist")).toBe("checklist");
    expect(correct("commmitted")).toBe("committed");
    expect(correct("earning")).toBe("earning");
    // One letter short at the end is another form of the word, not a typo.
    expect(correct("committe")).toBe("committe");
    expect(correct("chacklist")).toBe("chacklist");
    expect(correct("checklists")).toBe("checklists");
    expect(correct("rtoa")).toBe("rtoa");
  });
});
