import { TYPO_MIN_LENGTH, typoCorrector } from "./typos.js";
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
  /**
   * The words as written, `|` between them (`miss~|missed`; a class's joined so), null for a gap,
   * `*` and `@name`. They are split, inflections spelled out, only when the step first becomes a
   * trie edge (see `set`), as most never do in a process that scores a few answers; matching
   * compares a token's (typo-corrected) word with them as a string, so no word needs a number.
   */
  readonly words: string | null;
  /** The words as a set, made for the step's first trie edge. */
  set?: ReadonlySet<string>;
  readonly cls: "num" | "name" | "any" | null;
  readonly gap: boolean;
  /**
   * Identifies the word set, so equal sets at one trie node share a child. A word step's is
   * made when it first becomes an edge: most never do in a process that scores a few answers.
   */
  key?: string;
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
   * Per token, the form cue words are compared with: lower-case, contraction-expanded and
   * spelling-folded, as a token's `norm`. A likely typo of a long cue word is read as that cue
   * word (see {@link Lexicon.correct}); norms corrected already read the same.
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
  const stem = base.slice(0, -1);
  const forms =
    base.endsWith("e") && !base.endsWith("ee")
      ? [`${base}s`, `${base}d`, `${stem}ing`]
      : /[^aeiou]y$/.test(base)
        ? [`${stem}ies`, `${stem}ied`, `${base}ing`]
        : /(s|sh|ch|x|z)$/.test(base)
          ? [`${base}es`, `${base}ed`, `${base}ing`]
          : // Short consonant-vowel-consonant stems double the final letter (plan → planned);
            // both spellings are harmless to accept.
            [`${base}s`, `${base}ed`, `${base}ing`, ...(/[^aeiou][aeiou][bdgklmnprt]$/.test(base) ? [`${base}${base.at(-1)}ed`, `${base}${base.at(-1)}ing`] : [])];
  return [...new Set([base, ...forms])];
}

// The same piece ("i", "my", "since", "(since then|ever since)") recurs across hundreds of
// patterns: parse it once.
const parsedPieces = new Map<string, Item>();
const parsedPatterns = new Map<string, Item[]>();

function parsePiece(piece: string): Item {
  let item = parsedPieces.get(piece);
  if (item === undefined) {
    const group = piece[0] === "(" ? /^\((.*)\)(\?)?$/.exec(piece) : null;
    if (group) item = { alts: group[1]!.split("|").map(parse).filter((alt) => alt.length > 0), optional: !!group[2] };
    else {
      const optional = piece.length > 1 && piece.endsWith("?");
      item = { step: parseStepBody(optional ? piece.slice(0, -1) : piece), optional };
    }
    parsedPieces.set(piece, item);
  }
  return item;
}

function parseStepBody(body: string): Step {
  if (body === "...") return { words: null, cls: null, gap: true, key: "..." };
  if (body === "*") return { words: null, cls: "any", gap: false, key: "*" };
  if (body === "@num") return { words: [...NUMBER_WORDS].join("|"), cls: "num", gap: false, key: "@num" };
  if (body === "@name") return { words: null, cls: "name", gap: false, key: "@name" };
  if (body.startsWith("@")) {
    const cls = CLASSES.get(body.slice(1));
    if (!cls) throw new Error(`Unknown cue class "${body}"`);
    return { words: [...cls].join("|"), cls: null, gap: false, key: body };
  }
  return { words: body, cls: null, gap: false };
}

// Splits a pattern into words and (groups), keeping each group whole, whitespace inside it
// included. Splitting natively and then joining what lies inside a group is cheaper than
// walking every character.
function pieces(pattern: string): string[] {
  const out: string[] = [];
  const parens = /[()]/.test(pattern);
  let depth = 0;
  pattern
    .toLowerCase()
    .split(/(\s+)/)
    .forEach((part, i) => {
      if (depth > 0) out[out.length - 1] += part;
      else if (part && i % 2 === 0) out.push(part);
      if (parens)
        for (const ch of part) {
          if (ch === "(") depth++;
          else if (ch === ")" && --depth < 0) throw new Error(`Unbalanced ")" in cue pattern "${pattern}"`);
        }
    });
  if (depth !== 0) throw new Error(`Unbalanced "(" in cue pattern "${pattern}"`);
  return out;
}

// A parsed pattern: its steps and (groups) in order, each maybe optional. Parsing is linear in
// the pattern; spelling out every variant of its optional steps and groups is not, and most of
// the trie a variant would build is never reached by the first answers a process scores. So the
// trie grows a node at a time, when matching first reaches it (see `follow`), and matching still
// never backtracks.
interface Item {
  readonly step?: Step;
  readonly alts?: readonly (readonly Item[])[];
  readonly optional: boolean;
}

// A group whose alternatives are all empty has no variant (an empty variant is dropped): one
// that is optional can only be skipped, and one that is not leaves its sequence none either, so
// that comes out empty and is dropped in turn. Done here, nothing is built for it or checked.
function parse(pattern: string): Item[] {
  const items = pieces(pattern)
    .map(parsePiece)
    .filter((item) => item.alts?.length !== 0 || !item.optional);
  return items.some((item) => item.alts?.length === 0) ? [] : items;
}

// The long words a pattern can match go to the typo corrector's vocabulary, which corrects to
// them or must leave them alone (about two thirds of them). Gathered here as written (@num's
// left out), they are split all at once in compileLexicon. Parsed pieces are shared ("i",
// "@role" recur in hundreds of patterns), so each is read once per lexicon: `seen` holds those
// read already. (The class words hold no `|` and end in no `~`, so joined they read the same.)
function collect(seq: readonly Item[], written: string[], seen: Set<Item>): void {
  for (const item of seq) {
    const { step, alts } = item;
    if (seen.has(item)) continue;
    seen.add(item);
    if (alts) for (const alt of alts) collect(alt, written, seen);
    else if (step!.words !== null && step!.cls === null) written.push(step!.words);
  }
}

// The words written `a|b~|c`, inflections spelled out; they may repeat ("miss~|missed").
const wordsOf = (written: string): string[] => written.split("|").flatMap((alt) => (alt.endsWith("~") ? inflections(alt.slice(0, -1)) : alt));

const MAX_GAP = 3;

// What is left of a pattern's variants at a trie node: the rest of a sequence, then of the
// sequences around it. `fresh` marks a sequence that has taken no step yet, whose end would give
// the empty variant.
interface Frame {
  readonly seq: readonly Item[];
  readonly at: number;
  readonly next: Frame | null;
  readonly fresh: boolean;
}

// Patterns are merged into one trie so that shared prefixes ("i …", "since then …") are walked
// once per position rather than once per pattern. An edge accepts a set of words; equal sets at
// the same node share one child, so alternatives do not multiply the rest of a pattern.
interface TrieNode {
  /** Children reachable by a word (it may lead to several children: different sets). */
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
  /** What is left of the patterns through here, not yet grown into edges. */
  todo: (() => void)[] | null;
}

// Most nodes are leaves: their maps are created on first use, which keeps compiling (part of
// every process's first score) light on allocation.
const newNode = (): TrieNode => ({ byWord: null, bySet: null, any: null, num: null, name: null, gaps: null, ends: [], todo: null });

// Takes the next step of a pattern's rest at `node`: an optional item both ways, a group by each
// alternative, a gap counted (gaps written in a row are one gap of their summed length, and a gap
// at the end adds nothing to a match), a word set or class as an edge to the child that grows
// the rest when first reached.
function follow(node: TrieNode, frame: Frame, gaps: number, list: number): void {
  while (frame.at === frame.seq.length) {
    if (frame.fresh) return;
    // A list that ends here twice (variants that coincide) is harmless: matching keeps the
    // longest match per list.
    if (!frame.next) return void node.ends.push(list);
    frame = frame.next;
  }
  const item = frame.seq[frame.at]!;
  const rest: Frame = { seq: frame.seq, at: frame.at + 1, next: frame.next, fresh: false };
  if (item.optional) follow(node, { ...frame, at: rest.at }, gaps, list);
  if (item.alts) for (const alt of item.alts) follow(node, { seq: alt, at: 0, next: rest, fresh: true }, gaps, list);
  else if (item.step!.gap) follow(node, rest, gaps + 1, list);
  else {
    const child = edge(node, gaps, item.step!);
    (child.todo ??= []).push(() => follow(child, rest, 0, list));
  }
}

function edge(node: TrieNode, gaps: number, step: Step): TrieNode {
  if (gaps > 0) {
    const span = gaps * MAX_GAP;
    const entries = (node.gaps ??= []);
    let entry = entries.find((g) => g.span === span);
    if (!entry) entries.push((entry = { span, node: newNode() }));
    node = entry.node;
  }
  if (step.cls === "any") return (node.any ??= newNode());
  if (step.cls === "name") return (node.name ??= newNode());
  const bySet = (node.bySet ??= new Map());
  // Split once: a step is shared by every pattern that has the same piece.
  const words = (step.set ??= new Set(wordsOf(step.words!)));
  const key = (step.key ??= [...words].sort().join("|"));
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
  return child;
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
  const written: string[] = [];
  const seen = new Set<Item>();
  unique.forEach((list, listIndex) => {
    for (const pattern of list) {
      // Parsed and checked now, so a bad pattern fails here and not on some later answer. The
      // built-in rubrics share most of their cue lists, so a pattern is parsed once per process
      // (a bad one, never stored, fails again): another rubric's first score skips the work.
      let seq = parsedPatterns.get(pattern);
      if (!seq) parsedPatterns.set(pattern, (seq = parse(pattern)));
      collect(seq, written, seen);
      // The root is grown now, as every answer reaches it. Only a variant that starts with a gap
      // gives it a gap or an end, and earlier patterns were checked.
      follow(root, { seq, at: 0, next: null, fresh: true }, 0, listIndex);
      if (root.gaps || root.ends.length) throw new Error(`Cue pattern "${pattern}" cannot start with "..."`);
    }
  });

  // The word steps split all at once, natively: a loop here over some 5,000 words is hot enough to
  // have the optimizing compiler called in on this whole function, mid first score.
  const correct = typoCorrector(new Set(wordsOf(written.join("|")).filter((w) => w.length >= TYPO_MIN_LENGTH - 1)));
  // Per token form, the cue word it reads as (typo corrected): one lookup per token, keyed by
  // the analyzer's own cached strings. The bound keeps memory flat on a stream of rare words.
  const corrected = new Map<string, string>();
  const wordOf = (norm: string): string => {
    let word = corrected.get(norm);
    if (word === undefined) {
      if (corrected.size >= 20_000) corrected.clear();
      corrected.set(norm, (word = correct(norm)));
    }
    return word;
  };

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
      // Per visited token (by its place in `content`), the word it reads as.
      const words = content.map((index) => wordOf(norms[index]!));
      // The sentence of the current start: a match never leaves it.
      let sentence = 0;
      const walk = (node: TrieNode, pos: number, last: number): void => {
        // Growing a node only adds to its children's `todo`, never to its own.
        if (node.todo) {
          for (const grow of node.todo) grow();
          node.todo = null;
        }
        for (const list of node.ends) {
          if (best[list] === -1) touched.push(list);
          if (last > best[list]!) best[list] = last;
        }
        if (node.gaps) {
          const clause = clauses[last];
          for (const { span, node: after } of node.gaps) {
            for (let skip = 1; skip <= span && pos + skip <= content.length; skip++) {
              if (clauses[content[pos + skip - 1]!] !== clause) break;
              walkStep(after, pos + skip);
            }
            walkStep(after, pos);
          }
        }
        walkStep(node, pos);
      };
      // Consumes the token at `pos` through every edge of `node` that accepts it.
      const walkStep = (node: TrieNode, pos: number): void => {
        if (pos >= content.length) return;
        const index = content[pos]!;
        if (sentences[index] !== sentence) return;
        const byWord = node.byWord?.get(words[pos]!);
        if (byWord) for (const child of byWord) walk(child, pos + 1, index);
        // Number words reach the number child through byWord; digits come through here.
        if (node.num && kinds[index] === "number") walk(node.num, pos + 1, index);
        if (node.name && names[index] === true) walk(node.name, pos + 1, index);
        if (node.any && kinds[index] !== "punct") walk(node.any, pos + 1, index);
      };
      for (let pos = 0; pos < content.length; pos++) {
        const index = content[pos]!;
        sentence = sentences[index]!;
        walkStep(root, pos);
        // Each list keeps its own state, so the order touched lists are visited in does not matter.
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
