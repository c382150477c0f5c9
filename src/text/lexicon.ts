import { typoCorrector } from "./typos.js";
import { NUMBER_WORDS, OTHER_PRONOUNS, ROLE_NOUNS } from "./words.js";

/**
 * A cue pattern: words separated by spaces, matched on folded lower-case tokens with
 * fillers and punctuation skipped.
 *
 * - `a|b` either word; `word~` the word with its regular inflections (`miss~` → miss,
 *   misses, missed, missing); `word?` an optional word;
 * - `*` any one word; `...` up to three words, within one clause (gaps written in a row add up:
 *   `... ...?` is up to six; a gap at the end of a pattern is dropped);
 * - `@num` a number (digits or a number word), `@name` a capitalised name,
 *   `@role` a role noun (manager, client, vendor…), `@other` a third-person pronoun;
 * - `(since then|ever since|from then on)` a group of multi-word alternatives, one of which must
 *   match (`(…)?` makes the group optional). Outside a group, `|` separates single words only.
 */
export type CuePattern = string;

interface Step {
  readonly words: ReadonlySet<string> | null;
  readonly cls: "num" | "name" | "any" | null;
  readonly gap: boolean;
  /** Identifies the word set, so equal sets at one trie node share a child. */
  readonly key: string;
}

/** One match of a cue list in a document: a token range and its context. */
export interface CueMatch {
  /** Index of the first token of the match. */
  readonly first: number;
  /** Index of the last token of the match (inclusive). */
  readonly last: number;
}

/** The token view the matcher needs: kept minimal so the lexicon has no cycle with the analyzer. */
export interface MatchableTokens {
  /**
   * Per token, the form cue words are compared with: lower-case, contraction-expanded,
   * spelling-folded and, for a likely typo of a long cue word, that cue word
   * (see {@link Lexicon.correct}).
   */
  readonly norms: readonly string[];
  /** Per token, what it is: `@num` accepts a `"number"` token (number words match by their norm), `*` any token but `"punct"`. */
  readonly kinds: readonly ("word" | "number" | "punct")[];
  /** Per token, whether it looks like a person's or organisation's name; `@name` accepts only these. */
  readonly names: readonly boolean[];
  /** Per token, the index of its clause: a `...` gap only skips words of the clause it starts in. */
  readonly clauses: readonly number[];
  /** Per token, the index of its sentence: a match never runs across a sentence boundary. */
  readonly sentences: readonly number[];
  /** Token indices that cue matching visits: words and numbers, fillers left out. */
  readonly content: readonly number[];
}

/** Cue lists compiled into one index, so one pass over the tokens serves every list. */
export interface Lexicon {
  /** The cue lists in the order given. */
  readonly lists: readonly (readonly CuePattern[])[];
  /** Position of a cue list in {@link Lexicon.lists}, by identity. */
  indexOf(list: readonly CuePattern[]): number;
  /** Runs every list over the tokens; element i holds the matches of list i. */
  run(tokens: MatchableTokens): CueMatch[][];
  /**
   * The cue word a token most likely misspells (one transposed, dropped or doubled letter in a
   * word of seven letters or more), or the token itself.
   */
  correct(word: string): string;
}

const CLASSES = new Map<string, ReadonlySet<string>>([
  ["role", ROLE_NOUNS],
  ["other", OTHER_PRONOUNS],
]);

/**
 * Regular inflections of a verb or noun: base, -s, -ed, -ing, with the usual spelling changes.
 * Irregular forms are written out in the cue lists themselves.
 */
export function inflections(base: string): string[] {
  const forms = new Set([base]);
  if (base.endsWith("e") && !base.endsWith("ee")) {
    const stem = base.slice(0, -1);
    forms.add(`${base}s`).add(`${base}d`).add(`${stem}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    const stem = base.slice(0, -1);
    forms.add(`${stem}ies`).add(`${stem}ied`).add(`${base}ing`);
  } else if (/(s|sh|ch|x|z)$/.test(base)) {
    forms.add(`${base}es`).add(`${base}ed`).add(`${base}ing`);
  } else {
    forms.add(`${base}s`).add(`${base}ed`).add(`${base}ing`);
    // Short consonant-vowel-consonant stems double the final letter (plan → planned);
    // both spellings are harmless to accept.
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(base)) {
      const last = base.at(-1)!;
      forms.add(`${base}${last}ed`).add(`${base}${last}ing`);
    }
  }
  return [...forms];
}

// The same step ("i", "my", "since") recurs across hundreds of patterns: parse it once. Its
// Step is shared, which also lets the compiler skip a set it has already indexed.
const parsedSteps = new Map<string, Step>();

function parseStep(raw: string): { step: Step; optional: boolean } {
  const optional = raw.length > 1 && raw.endsWith("?");
  const body = optional ? raw.slice(0, -1) : raw;
  let step = parsedSteps.get(body);
  if (step === undefined) {
    step = parseStepBody(body);
    parsedSteps.set(body, step);
  }
  return { step, optional };
}

function parseStepBody(body: string): Step {
  if (body === "...") return { words: null, cls: null, gap: true, key: "..." };
  if (body === "*") return { words: null, cls: "any", gap: false, key: "*" };
  if (body === "@num") return { words: NUMBER_WORDS, cls: "num", gap: false, key: "@num" };
  if (body === "@name") return { words: null, cls: "name", gap: false, key: "@name" };
  if (body.startsWith("@")) {
    const cls = CLASSES.get(body.slice(1));
    if (!cls) throw new Error(`Unknown cue class "${body}"`);
    return { words: cls, cls: null, gap: false, key: body };
  }
  const words = new Set<string>();
  for (const alt of body.split("|")) {
    if (alt.endsWith("~")) for (const form of inflections(alt.slice(0, -1))) words.add(form);
    else words.add(alt);
  }
  return { words, cls: null, gap: false, key: [...words].sort().join("|") };
}

// Splits a pattern into words and (groups), keeping each group whole.
function pieces(pattern: string): string[] {
  if (!pattern.includes("(") && !pattern.includes(")")) return pattern.trim().toLowerCase().split(/\s+/).filter((piece) => piece !== "");
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of pattern.trim().toLowerCase()) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth < 0) throw new Error(`Unbalanced ")" in cue pattern "${pattern}"`);
    if (/\s/.test(ch) && depth === 0) {
      if (current) out.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (depth !== 0) throw new Error(`Unbalanced "(" in cue pattern "${pattern}"`);
  if (current) out.push(current);
  return out;
}

// Optional steps and groups become separate variants at compile time, so matching never
// backtracks over them.
function expand(pattern: CuePattern): Step[][] {
  let variants: Step[][] = [[]];
  for (const piece of pieces(pattern)) {
    const group = /^\((.*)\)(\?)?$/.exec(piece);
    if (group) {
      const alternatives = group[1]!.split("|").flatMap((alt) => expand(alt));
      const extended = variants.flatMap((v) => alternatives.map((alt) => [...v, ...alt]));
      variants = group[2] ? [...variants, ...extended] : extended;
      continue;
    }
    const { step, optional } = parseStep(piece);
    const withStep = variants.map((v) => [...v, step]);
    variants = optional ? [...variants, ...withStep] : withStep;
  }
  return variants.filter((v) => v.length > 0);
}

const MAX_GAP = 3;

// Patterns are merged into one trie so that shared prefixes ("i …", "since then …") are walked
// once per position rather than once per pattern. An edge accepts a set of words; equal sets at
// the same node share one child, so alternatives do not multiply the rest of a pattern.
interface TrieNode {
  /** Children reachable by a word (a word may lead to several children: different sets). */
  byWord: Map<string, TrieNode[]> | null;
  /** Child per word set, keyed by the set's sorted words. */
  bySet: Map<string, TrieNode> | null;
  /** Child for any word, a number, a name. */
  any: TrieNode | null;
  num: TrieNode | null;
  name: TrieNode | null;
  /** Children after a gap, by the most words it may skip (MAX_GAP per "..." written in a row). */
  gaps: { readonly span: number; readonly node: TrieNode }[] | null;
  /** Lists whose pattern ends here. */
  readonly ends: number[];
}

// Most nodes are leaves: their maps are created on first use, which keeps compiling (part of
// every process's first score) light on allocation.
const newNode = (): TrieNode => ({ byWord: null, bySet: null, any: null, num: null, name: null, gaps: null, ends: [] });

function insert(root: TrieNode, steps: readonly Step[], list: number): void {
  let node = root;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.gap) {
      // Gaps written in a row ("... ...?") are one gap of their summed length: walking them one
      // after another would visit the same positions again and again.
      let span = MAX_GAP;
      while (steps[s + 1]?.gap) {
        span += MAX_GAP;
        s++;
      }
      const gaps = (node.gaps ??= []);
      let entry = gaps.find((g) => g.span === span);
      if (!entry) gaps.push((entry = { span, node: newNode() }));
      node = entry.node;
    } else if (step.cls === "any") node = node.any ??= newNode();
    else if (step.cls === "name") node = node.name ??= newNode();
    else {
      const words = step.words!;
      const key = step.key;
      const bySet = (node.bySet ??= new Map());
      let child = bySet.get(key);
      if (!child) {
        child = newNode();
        bySet.set(key, child);
        const byWord = (node.byWord ??= new Map());
        for (const word of words) {
          const children = byWord.get(word);
          if (children) children.push(child);
          else byWord.set(word, [child]);
        }
        if (step.cls === "num") node.num = child;
      }
      node = child;
    }
  }
  if (!node.ends.includes(list)) node.ends.push(list);
}

/**
 * Compiles cue lists into one lexicon. The same list object passed twice is compiled once.
 *
 * @param lists - Cue lists; each is an array of {@link CuePattern}.
 * @returns The compiled lexicon.
 */
export function compileLexicon(lists: readonly (readonly CuePattern[])[]): Lexicon {
  const unique: (readonly CuePattern[])[] = [];
  const position = new Map<readonly CuePattern[], number>();
  for (const list of lists) {
    if (!position.has(list)) {
      position.set(list, unique.length);
      unique.push(list);
    }
  }
  const root = newNode();
  const vocabulary = new Set<string>();
  const indexedSteps = new Set<Step>();
  unique.forEach((list, listIndex) => {
    for (const pattern of list) {
      for (const steps of expand(pattern)) {
        if (steps[0]!.gap) throw new Error(`Cue pattern "${pattern}" cannot start with "..."`);
        // A gap at the end adds nothing to a match: it is dropped.
        while (steps.length > 1 && steps[steps.length - 1]!.gap) steps.pop();
        for (const step of steps) {
          if (step.words === null || step.cls !== null || indexedSteps.has(step)) continue;
          indexedSteps.add(step);
          for (const w of step.words) vocabulary.add(w);
        }
        insert(root, steps, listIndex);
      }
    }
  });

  const correct = typoCorrector(vocabulary);

  return {
    lists: unique,
    correct,
    indexOf(list) {
      const at = position.get(list);
      if (at === undefined) throw new Error("Cue list was not compiled into this lexicon");
      return at;
    },
    run(tokens) {
      const results: CueMatch[][] = unique.map(() => []);
      // Furthest token already covered per list: a later, shorter overlapping match is dropped.
      const covered = new Int32Array(unique.length).fill(-1);
      // Longest match per list from the current start, reset through `touched`.
      const best = new Int32Array(unique.length).fill(-1);
      const touched: number[] = [];
      const { content, norms, kinds, names, clauses, sentences } = tokens;
      const walk = (node: TrieNode, pos: number, last: number, clause: number, sentence: number): void => {
        for (const list of node.ends) {
          if (best[list] === -1) touched.push(list);
          if (last > best[list]!) best[list] = last;
        }
        if (node.gaps) {
          for (const { span, node: after } of node.gaps) {
            for (let skip = 1; skip <= span && pos + skip <= content.length; skip++) {
              if (clauses[content[pos + skip - 1]!] !== clause) break;
              walkStep(after, pos + skip, last, clause, sentence);
            }
            walkStep(after, pos, last, clause, sentence);
          }
        }
        walkStep(node, pos, last, clause, sentence);
      };
      // Consumes the token at `pos` through every edge of `node` that accepts it.
      const walkStep = (node: TrieNode, pos: number, _last: number, _clause: number, sentence: number): void => {
        if (pos >= content.length) return;
        const index = content[pos]!;
        if (sentences[index] !== sentence) return;
        const clause = clauses[index]!;
        const byWord = node.byWord?.get(norms[index]!);
        if (byWord) for (const child of byWord) walk(child, pos + 1, index, clause, sentence);
        // Number words reach the number child through byWord; digits come through here.
        if (node.num && kinds[index] === "number") walk(node.num, pos + 1, index, clause, sentence);
        if (node.name && names[index] === true) walk(node.name, pos + 1, index, clause, sentence);
        if (node.any && kinds[index] !== "punct") walk(node.any, pos + 1, index, clause, sentence);
      };
      for (let pos = 0; pos < content.length; pos++) {
        const index = content[pos]!;
        walkStep(root, pos, -1, clauses[index]!, sentences[index]!);
        if (touched.length === 0) continue;
        touched.sort((a, b) => a - b);
        for (const list of touched) {
          const last = best[list]!;
          best[list] = -1;
          if (index <= covered[list]!) continue;
          results[list]!.push({ first: index, last });
          covered[list] = last;
        }
        touched.length = 0;
      }
      return results;
    },
  };
}
