import { analyze } from "./analyze.js";
import { compileLexicon, type CuePattern } from "./lexicon.js";

/** What is wrong with a cue pattern. */
export type CueLintCode = "ungrouped-alternative" | "mixed-article" | "unmatchable-word" | "partial-group";

/** A cue pattern that probably does not match what its author meant. */
export interface CueLintWarning {
  /** The name the list was given. */
  readonly list: string;
  /** The pattern as written. */
  readonly pattern: CuePattern;
  /** Which mistake it looks like. */
  readonly code: CueLintCode;
  /** A sentence saying what is wrong and how to write it. */
  readonly message: string;
}

const DETERMINERS = new Set(["a", "an", "the", "my", "our", "your", "his", "her", "their", "this", "that", "these", "those", "every", "each", "any", "some", "no", "one", "two", "three", "several", "few", "@num"]);
const PARTIAL_GROUP = /[^\s(]\(|\)[^\s?)]/;
const SPECIAL = new Set(["*", "...", "@num", "@name", "@role", "@other"]);
const empty = compileLexicon([]);

function stepsOf(pattern: string): string[][] {
  // A group's alternatives are whole phrases: the steps around a group are checked, not the group.
  return pattern
    .replace(/\([^)]*\)\??/g, " ")
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((piece) => piece !== "")
    .map((piece) => piece.replace(/\?$/, "").split("|"));
}

function groupWords(pattern: string): string[] {
  return [...pattern.matchAll(/\(([^)]*)\)/g)].flatMap((m) => m[1]!.toLowerCase().split(/[\s|]+/)).filter((w) => w !== "");
}

// Tokens are normalised before matching (lower case, contractions expanded, British spelling
// folded): a cue word that does not survive that unchanged can never match.
function normalisedForm(word: string): string | null {
  const tokens = analyze(word, empty).tokens.filter((t) => t.kind !== "punct");
  if (tokens.length !== 1) return tokens.map((t) => t.norm).join(" ");
  return tokens[0]!.norm === word ? null : tokens[0]!.norm;
}

/**
 * Checks cue patterns for the mistakes the cue language makes easy: a multi-word alternative
 * written outside a group (`should have|should not have` reads as "should", then "have" or
 * "should", then "not", then "have"), a step that mixes an article with other words
 * (`so|a lot|much better` reads as "so" or "a", then "lot"), and words that can never match
 * because answers are normalised first (`didn't`, `organise`, `pig's`), and a group joined to other
 * alternatives (`anymore|(no longer|any more)`), which is read as words with brackets in them.
 *
 * @param lists - Cue lists by name, e.g. a signal's `cues`.
 * @returns One warning per suspicious pattern and mistake; empty when all look right.
 *
 * It cannot catch every misreading: `late|delayed|behind schedule` looks fine to it but needs
 * "schedule" after each word; write `late|delayed` and `behind schedule` as two patterns.
 *
 * @example
 * ```ts
 * lintCuePatterns({ regret: ["should have|should not have"] });
 * // [{ list: "regret", code: "ungrouped-alternative", … }]
 * lintCuePatterns({ regret: ["should (have|not have)"] }); // []
 * ```
 */
export function lintCuePatterns(lists: Readonly<Record<string, readonly CuePattern[]>>): CueLintWarning[] {
  const warnings: CueLintWarning[] = [];
  for (const [list, patterns] of Object.entries(lists)) {
    for (const pattern of patterns) {
      const warn = (code: CueLintCode, message: string) => warnings.push({ list, pattern, code, message });
      // A group is a step of its own: "anymore|(no longer|any more)" reads "(no" as a word.
      if (PARTIAL_GROUP.test(pattern)) {
        warn("partial-group", "A group must be a whole step: put every alternative inside it, as in \"(anymore|no longer)\".");
        continue;
      }
      const steps = stepsOf(pattern);
      for (let i = 1; i < steps.length; i++) {
        const previous = steps[i - 1]!;
        const step = steps[i]!;
        // Two identical steps in a row, such as two optional adverbs, are deliberate.
        const same = previous.length === step.length && previous.every((w, k) => w === step[k]);
        const repeated = step.find((w) => previous.includes(w) && !SPECIAL.has(w));
        if (!same && repeated !== undefined) {
          warn("ungrouped-alternative", `"${repeated}" is offered in two steps in a row: a multi-word alternative needs a group, as in "(… | …)".`);
          break;
        }
      }
      steps.forEach((step, i) => {
        if (i === steps.length - 1 || step.length < 2 || !(step.includes("a") || step.includes("an"))) return;
        if (step.some((w) => !DETERMINERS.has(w))) warn("mixed-article", `The step "${step.join("|")}" mixes an article with other words: "a lot" is two steps, so group it, as in "(so|a lot|much)".`);
      });
      const words = new Set([...steps.flat(), ...groupWords(pattern)].filter((w) => !SPECIAL.has(w) && !w.startsWith("@")));
      for (const raw of words) {
        // For "word~" the base is checked: its generated forms include both spellings on purpose.
        const form = raw.endsWith("~") ? raw.slice(0, -1) : raw;
        const seen = normalisedForm(form);
        if (seen !== null) warn("unmatchable-word", `"${form}" never matches: answers are normalised first, and it reads as "${seen}".`);
      }
    }
  }
  return warnings;
}
