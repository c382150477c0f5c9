import type { SignalHit } from "../define/signal.js";
import type { Document, Token } from "../text/analyze.js";
import type { CueMatch } from "../text/lexicon.js";

/** Words that carry little content: articles, pronouns, auxiliaries, prepositions. */
export const FUNCTION_WORDS = new Set([
  "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "so", "that",
  "this", "these", "those", "it", "its", "i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "they", "them",
  "his", "her", "him", "himself", "herself", "themselves", "themself", "hers", "theirs", "mine", "yours", "ours", "their", "is", "am", "are", "was", "were", "be", "been", "being", "do", "did", "does", "have", "has",
  "had", "will", "would", "could", "should", "can", "may", "might", "must", "not", "no", "just", "really", "very",
  "then", "there", "here", "what", "which", "who", "when", "how", "all", "some", "any", "up", "out", "about", "into",
  "like", "too", "also", "get", "got", "going", "thing", "things", "stuff", "lot", "bit", "kind", "sort", "way", "more",
  "much", "well", "yeah", "okay", "ok", "if", "than", "because", "one", "even", "still", "again", "back", "over", "off",
]);

/** A cue match that is asserted by the candidate: not negated and not inside quoted speech. */
export function isAsserted(doc: Document, match: CueMatch): boolean {
  const first = doc.tokens[match.first]!;
  return !first.negated && !first.quoted;
}

/** The matches the candidate asserts, as hits of the given strength. */
export function assertedHits(doc: Document, matches: readonly CueMatch[], strength = 1): SignalHit[] {
  const out: SignalHit[] = [];
  for (const m of matches) if (isAsserted(doc, m)) out.push({ first: m.first, last: m.last, strength });
  return out;
}

/** A content word: a word (not a number or punctuation) that is neither a filler nor a function word. */
export function isContentWord(token: Token): boolean {
  return token.kind === "word" && !token.filler && !FUNCTION_WORDS.has(token.norm);
}

/** Content words (not function words, fillers or punctuation) after a token, within its clause, up to a limit. */
export function contentAfter(doc: Document, index: number, limit: number): number[] {
  const clause = doc.tokens[index]?.clause;
  const out: number[] = [];
  for (let k = index + 1; k < doc.tokens.length && out.length < limit; k++) {
    const token = doc.tokens[k]!;
    if (token.clause !== clause) break;
    if (token.kind === "punct" || token.filler) continue;
    if (!FUNCTION_WORDS.has(token.norm)) out.push(k);
  }
  return out;
}

/** Index of the last token of a token's clause. */
export function clauseEnd(doc: Document, index: number): number {
  return doc.clauses[doc.tokens[index]!.clause]!.last;
}

/** Index of the last token of a token's sentence. */
export function sentenceEnd(doc: Document, index: number): number {
  return doc.sentences[doc.tokens[index]!.sentence]!.last;
}

/**
 * Whether the token at `at` opens its sentence, once fillers and the given lead words before it
 * are skipped ("so yeah. gonna try again", "But missed my 10k").
 */
export function opensSentence(doc: Document, at: number, leads: ReadonlySet<string>): boolean {
  const sentence = doc.tokens[at]!.sentence;
  let k = at - 1;
  while (k >= 0 && doc.tokens[k]!.sentence === sentence && (doc.tokens[k]!.filler || leads.has(doc.tokens[k]!.norm))) k--;
  return k < 0 || doc.tokens[k]!.sentence !== sentence;
}

/** True when any token of the match is hedged ("maybe I could have…"). */
export function isHedged(doc: Document, match: CueMatch): boolean {
  for (let k = match.first; k <= match.last; k++) if (doc.tokens[k]!.hedged) return true;
  // A hedge just before the match ("I guess I…") scopes over it too.
  const before = doc.tokens[match.first - 1];
  return before !== undefined && before.clause === doc.tokens[match.first]!.clause && before.hedged;
}

/** Extends a hit to the end of its clause, so evidence shows the whole statement. */
export function toClauseEnd(doc: Document, hit: SignalHit, maxTokens = 14): SignalHit {
  const end = Math.min(clauseEnd(doc, hit.last), hit.last + maxTokens);
  let last = hit.last;
  for (let k = hit.last + 1; k <= end; k++) if (doc.tokens[k]!.kind !== "punct") last = k;
  return { ...hit, last };
}

/** True when any of the listed matches starts inside the token range. */
export function anyWithin(matches: readonly CueMatch[], first: number, last: number): boolean {
  return matches.some((m) => m.first >= first && m.first <= last);
}

/** Sorts hits and drops any that start inside the previous kept one. */
export function withoutOverlaps(hits: readonly SignalHit[]): SignalHit[] {
  const sorted = [...hits].sort((a, b) => a.first - b.first || b.last - a.last);
  const kept: SignalHit[] = [];
  for (const hit of sorted) if (kept.length === 0 || hit.first > kept[kept.length - 1]!.last) kept.push(hit);
  return kept;
}

/** Irregular past tenses, so "I built" or "I knew" are never read as present-tense habits. */
export const IRREGULAR_PAST = new Set([
  "thought", "took", "came", "knew", "built", "won", "went", "made", "said", "told", "got", "gave", "ran", "wrote",
  "sent", "kept", "left", "felt", "found", "brought", "bought", "spent", "held", "sat", "stood", "saw", "began",
  "broke", "chose", "drove", "ate", "fell", "flew", "forgot", "hid", "led", "lost", "met", "paid", "rose", "sold",
  "spoke", "stuck", "struck", "taught", "understood", "woke", "wore", "meant", "heard", "dealt", "caught", "fought",
  "sought", "hung", "cut", "shut", "split", "spread", "dug", "fed", "lent", "slept", "shot", "shook", "stole", "threw", "grew", "drew", "blew", "became", "did",
  "had", "was", "were", "froze", "rang", "sang", "drank", "swore", "tore", "bent", "lit", "slid", "spun", "overtook",
  "undertook", "mistook", "forgave", "withdrew", "overran", "rebuilt", "rewrote", "redid", "oversaw", "underwent",
]);

/** Verbs whose past is spelled as their present: "I cut", "I split" may be either. */
export const SAME_FORM_VERBS = new Set(["cut", "shut", "split", "spread", "put", "set", "hit", "let", "cost", "read"]);

/**
 * Past tenses of being, knowing, wanting and coming and going: told in the first person they
 * report a state, not something the candidate did ("I felt", "I knew", "I went").
 */
export const PAST_STATES = new Set([
  "was", "were", "had", "did", "felt", "thought", "knew", "seemed", "wanted", "needed", "hoped", "liked", "loved",
  "enjoyed", "hated", "tried", "learned", "realized", "understood", "noticed", "discovered", "found", "saw", "heard",
  "believed", "expected", "wished", "got", "went", "came", "became", "said", "told", "meant", "stayed", "left",
  "joined", "worked", "started", "began", "managed",
]);

/** True for a past-tense form: an irregular past ("built") or a regular one ("checked"). */
export function isPastForm(word: string): boolean {
  return IRREGULAR_PAST.has(word) || (word.length > 4 && word.endsWith("ed"));
}

/** True for a past tense that reports something done: "I rebuilt", "I cut", not "I felt". */
export function isPastAction(word: string): boolean {
  return !PAST_STATES.has(word) && isPastForm(word);
}

/**
 * The last token of a hyphenated compound that starts at `index` ("re-slotted", "double-checked"),
 * or `index` itself: the verb of such a compound is its last part, and its prefix ("re", "mis")
 * is not a word of its own.
 */
export function compoundEnd(doc: Document, index: number): number {
  let k = index;
  while (k + 1 < doc.tokens.length && doc.tokens[k + 1]!.kind === "word" && doc.tokens[k + 1]!.start === doc.tokens[k]!.end + 1 && doc.original[doc.tokens[k]!.end] === "-") k++;
  return k;
}

/**
 * Whether the token ends its clause: nothing or punctuation follows, or one of `alsoBefore`
 * ("…, which I did.", "which I secured in my third year").
 */
export function endsClause(doc: Document, index: number, alsoBefore: ReadonlySet<string> = new Set()): boolean {
  const next = doc.tokens[index + 1];
  return next === undefined || next.kind === "punct" || alsoBefore.has(next.norm);
}

/**
 * Wraps a question asked of a sentence or clause by its index so each is read once: a check that
 * scans its whole sentence for every match in it would make one endless sentence quadratic.
 */
export function memoByIndex<T>(read: (index: number) => T): (index: number) => T {
  const known = new Map<number, T>();
  return (index) => {
    if (known.has(index)) return known.get(index)!;
    const value = read(index);
    known.set(index, value);
    return value;
  };
}
