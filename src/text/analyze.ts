import type { CueMatch, Lexicon, MatchableTokens } from "./lexicon.js";
import { normalizeText, type NormalizedText } from "./normalize.js";
import { foldSpelling } from "./spelling.js";
import { asciiFirst, isAscii, lazyRegExp } from "./unicode.js";
import {
  CIRCUMSTANCE_NOUNS, CLAUSE_OPENERS, COPULAS, FILLER_PAIRS, FILLERS, GROUP_WORDS, HEDGE_PAIRS, HEDGES, NEGATORS,
  OTHER_PRONOUNS, ROLE_NOUNS,
} from "./words.js";

/** Who a clause is about. */
export type ClauseSubject = "self" | "group" | "others" | "circumstance" | "neutral";

/** A token: a word, a number or a punctuation mark, with its place in the original answer. */
export interface Token {
  /** Start offset in the original answer. */
  readonly start: number;
  /** End offset (exclusive) in the original answer. */
  readonly end: number;
  /** Lower-case, contraction-expanded, spelling-folded form that cues match against. */
  readonly norm: string;
  /** Word, number or punctuation. */
  readonly kind: "word" | "number" | "punct";
  /** Index of the sentence that holds it. */
  readonly sentence: number;
  /** Index of the clause that holds it. */
  readonly clause: number;
  /** Inside the scope of a preceding negation ("I didn't *blame* anyone"). */
  readonly negated: boolean;
  /** Inside the scope of a hedge ("maybe I *could have* checked"). */
  readonly hedged: boolean;
  /** Inside double quotes: someone's words, reported. */
  readonly quoted: boolean;
  /** A spoken filler ("um", "you know"), skipped by cue matching. */
  readonly filler: boolean;
  /** Looks like a person's or organisation's name. */
  readonly name: boolean;
}

/** A sentence or clause: a token range with its original offsets. */
export interface Segment {
  /** First token index. */
  readonly first: number;
  /** Last token index (inclusive). */
  readonly last: number;
}

/** A clause with the subject it is about. */
export interface Clause extends Segment {
  /** Who the clause is about. */
  readonly subject: ClauseSubject;
  /** Index of the sentence that holds it. */
  readonly sentence: number;
}

/**
 * One answer, analysed once: every signal reads this and none re-tokenises.
 */
export interface Document {
  /** The answer exactly as given. */
  readonly original: string;
  /** The normalised text and its offset map. */
  readonly normalized: NormalizedText;
  /** All tokens, in order. */
  readonly tokens: readonly Token[];
  /** Sentences, in order. */
  readonly sentences: readonly Segment[];
  /** Clauses, in order. */
  readonly clauses: readonly Clause[];
  /** Number of word and number tokens, fillers excluded. */
  readonly wordCount: number;
  /** The matches of a cue list compiled into this document's lexicon. */
  matches(list: readonly string[]): readonly CueMatch[];
}

const ABBREVIATION = /^(?:e\.g\.|i\.e\.|a\.m\.|p\.m\.|(?:mr|mrs|ms|dr|prof|etc|vs|approx|inc|ltd|jr|sr|st|no)\.)/i;
// The token pattern with its letter, digit and mark classes filled in. ASCII text is tokenised
// with ASCII classes, which match on ASCII input exactly what \p{L}, \p{N} and \p{M} match there
// (A-Z and a-z, 0-9, nothing); the Unicode pattern is built on the first non-ASCII text (see
// unicode.ts for why). One template, so the two cannot drift apart.
const tokenPattern = (letter: string, digit: string, mark: string) =>
  `(?<![${letter}${digit}])'(?=[${letter}])|(?<=[${letter}.,!?])'(?![${letter}])|(\\d(?:[\\d.,:]*\\d)?)|([${letter}${mark}${digit}]+(?:'[${letter}${mark}]+)?)|(\\.{2,}|…)|([.!?]+)|([,;:()"&%$£€+—–/]|(?<= )-(?= ))`;
const ASCII_TOKEN = new RegExp(tokenPattern("A-Za-z", "0-9", ""), "gu");
const unicodeToken = lazyRegExp(tokenPattern("\\p{L}", "\\p{N}", "\\p{M}"), "gu");

/**
 * The token pattern for a text: the ASCII one when the text is all ASCII, else the Unicode one.
 * Exported for the tests, which check that it matches as the Unicode pattern on any text.
 *
 * @internal
 * @param text - The normalised text to tokenise.
 * @returns A global, Unicode-mode `RegExp`, shared: set `lastIndex` before use.
 */
export function tokenRegExp(text: string): RegExp {
  return isAscii(text) ? ASCII_TOKEN : unicodeToken();
}

/**
 * Whether white space and then a capital letter open a string, as `/^\s+\p{Lu}/u` tests.
 *
 * @internal
 */
export const opensWithSpaceAndCapital = asciiFirst(/^\s+[A-Z]/, "^\\s+\\p{Lu}");

/**
 * Whether the character before an apostrophe makes it a closing quote (a letter or one of
 * `.,!?`), as `/[\p{L}.,!?]/u` tests.
 *
 * @internal
 */
export const closesQuote = asciiFirst(/[A-Za-z.,!?]/, "[\\p{L}.,!?]");
const SENTENCE_FINAL_ABBREVIATIONS = /^(a\.m|p\.m|etc)\.$/i;
const OPEN_SINGLE = "'<";
const CLOSE_SINGLE = "'>";
const PARTICIPLES = new Set(["set", "put", "let", "cut", "been", "done", "made", "built", "told", "said", "sent", "kept", "left", "lost", "had", "got", "gone", "run", "read", "met", "paid", "spent", "brought", "bought", "thought", "taught", "found", "held", "led", "heard", "felt", "meant", "won", "sold", "hit", "missed", "already", "never", "just", "always", "only"]);
// Two-word fillers and hedges as first word -> second words, so no pair string is built per token.
const pairsByFirst = (pairs: ReadonlySet<string>) => {
  const out = new Map<string, Set<string>>();
  for (const pair of pairs) {
    const [first, second] = pair.split(" ") as [string, string];
    out.set(first, (out.get(first) ?? new Set()).add(second));
  }
  return out;
};
const FILLER_PAIR_SECONDS = pairsByFirst(FILLER_PAIRS);
const HEDGE_PAIR_SECONDS = pairsByFirst(HEDGE_PAIRS);
const ENDS_SENTENCE_CHARS = new Set([".", "!", "?", '"', "…"]);
const SENTENCE_PUNCT = /^[.!?]+$/;
const CLAUSE_PUNCT = /^[,;:()—–…]|^\.\.\.$/;
// Lookups keyed by answer text are Maps, never plain objects: a token such as "constructor"
// would find Object.prototype's members in an object literal.
const UNIT_WORDS = new Map([["%", "percent"], ["$", "currency"], ["£", "currency"], ["€", "currency"]]);
const PRONOUN_IS = new Set(["it", "that", "there", "he", "she", "what", "who", "here", "where", "everything", "nothing", "this", "let"]);
const NOT_FORMS = new Map([["ca", "can"], ["wo", "will"], ["sha", "shall"], ["ai", "is"]]);
const CLITICS = new Map([["m", "am"], ["re", "are"], ["ve", "have"], ["ll", "will"], ["d", "would"]]);
// Spoken transcripts drop apostrophes: "didnt", "im", "thats".
const BARE_CONTRACTIONS = new Map<string, readonly string[]>(Object.entries({
  im: ["i", "am"], ive: ["i", "have"], thats: ["that", "is"], dont: ["do", "not"], didnt: ["did", "not"], doesnt: ["does", "not"], wasnt: ["was", "not"], werent: ["were", "not"], isnt: ["is", "not"], arent: ["are", "not"], couldnt: ["could", "not"], wouldnt: ["would", "not"], shouldnt: ["should", "not"], hasnt: ["has", "not"], havent: ["have", "not"], hadnt: ["had", "not"], cant: ["can", "not"], wont: ["will", "not"], theyre: ["they", "are"], youre: ["you", "are"], weve: ["we", "have"], theyve: ["they", "have"],
}));
const MARKER_STARTS = new Map([["next", "time"], ["going", "forward"], ["looking", "back"], ["moving", "forward"], ["ever", "since"], ["from", "then"], ["since", "then"], ["in", "hindsight"]]);
const ALWAYS_OPEN = new Set(["but", "however", "although", "though", "whereas", "because", "yet", "unless", "until", "anyway", "afterwards", "afterward", "which"]);
const SUBJECT_STARTERS = new Set(["i", "we", "they", "he", "she", "it", "my", "our", "the", "their", "his", "her", "this", "that", "there", "everyone", "nobody", "someone", "now", "since"]);
const CALENDAR_WORDS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
  "thursdays", "fridays", "saturdays", "sundays", "christmas", "easter", "q1", "q2", "q3", "q4",
]);
const TIME_NOUNS = new Set(["year", "week", "month", "time", "quarter", "term", "season", "morning", "afternoon", "evening", "night", "day", "spring", "summer", "autumn", "fall", "winter", "semester", "round", "cycle", "shift"]);
const SKIP_FOR_SUBJECT = new Set([
  "so", "and", "but", "then", "like", "well", "yeah", "yes", "okay", "ok", "honestly", "actually", "anyway", "also",
  "because", "when", "after", "before", "although", "though", "if", "that", "which", "once", "while", "until", "just",
  "really", "look", "right", "still", "eventually", "in", "the", "end", "looking", "back", "now", "frankly", "sadly",
  "unfortunately", "obviously", "however", "at", "first", "initially",
]);

const NEG_RAISERS = new Set(["think", "believe", "feel", "reckon", "suppose", "expect", "imagine"]);
const SUBJECT_PRONOUNS = new Set(["i", "we", "they", "he", "she", "you", "that", "it", "this"]);
const SCOPE_ENDERS = new Set(["i", "we", "they", "he", "she", "you", "that", "which", "who", "when", "because", "is", "was", "are", "were", "but", "so", "until", "unless", "if"]);
const NEGATION_WINDOW = 6;
const HEDGE_WINDOW = 8;

interface Draft {
  start: number;
  end: number;
  norm: string;
  kind: "word" | "number" | "punct";
  capital: boolean;
  lineBefore: boolean;
  paragraphBefore: boolean;
}

// Words repeat across answers: their expansion is cached (bounded, so memory cannot grow
// without limit on a stream of unusual words).
const EXPANSION_CACHE_LIMIT = 50_000;
const expansionCache = new Map<string, readonly string[]>();

function expandWord(surface: string): readonly string[] {
  const cached = expansionCache.get(surface);
  if (cached !== undefined) return cached;
  const expanded = expandUncached(surface);
  if (expansionCache.size >= EXPANSION_CACHE_LIMIT) expansionCache.clear();
  expansionCache.set(surface, expanded);
  return expanded;
}

function expandUncached(surface: string): string[] {
  const lower = surface.toLowerCase();
  const apostrophe = lower.indexOf("'");
  if (apostrophe < 0) {
    const bare = BARE_CONTRACTIONS.get(lower);
    return bare ? [...bare] : [foldSpelling(lower)];
  }
  const base = lower.slice(0, apostrophe);
  const clitic = lower.slice(apostrophe + 1);
  if (clitic === "t" && base.endsWith("n")) {
    const stem = base.slice(0, -1);
    return [NOT_FORMS.get(stem) ?? stem, "not"];
  }
  if (clitic === "s") return PRONOUN_IS.has(base) ? [base === "let" ? "let" : base, base === "let" ? "us" : "is"] : [foldSpelling(base)];
  const expanded = CLITICS.get(clitic);
  if (expanded) return [base, expanded];
  return [foldSpelling(lower.replace("'", ""))];
}

function tokenize(text: string, normalized: NormalizedText): Draft[] {
  const drafts: Draft[] = [];
  let previousEnd = 0;
  const TOKEN = tokenRegExp(text);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let surface = m[0];
    let at = m.index;
    let lineBefore = false;
    let paragraphBefore = false;
    for (let k = previousEnd; k < at; k++) {
      if (text.charCodeAt(k) !== 10) continue;
      if (lineBefore && text.charCodeAt(k - 1) === 10) paragraphBefore = true;
      lineBefore = true;
    }
    // Every abbreviation has a dot right after its first letters.
    if (m[2] !== undefined && text.charCodeAt(at + surface.length) === 46) {
      const abbreviation = ABBREVIATION.exec(text.slice(at, at + 8));
      if (abbreviation && abbreviation[0].length > surface.length) {
        surface = abbreviation[0];
        // "We opened at 9 a.m. Nobody had the keys": before a capital, the dot of a.m., p.m. or
        // etc. also ends the sentence, so it is left to be read as punctuation. ("Dr. Patel" is
        // a title before a name, never an end.)
        if (SENTENCE_FINAL_ABBREVIATIONS.test(surface) && opensWithSpaceAndCapital(text.slice(at + surface.length, at + 9))) surface = surface.slice(0, -1);
        TOKEN.lastIndex = at + surface.length;
      }
    }
    const { start, end } = normalized.toOriginal(at, at + surface.length);
    previousEnd = at + surface.length;
    if (m[1] !== undefined) {
      drafts.push({ start, end, norm: surface.replace(/,/g, ""), kind: "number", capital: false, lineBefore, paragraphBefore });
    } else if (m[2] !== undefined) {
      const capital = surface[0] !== surface[0]!.toLowerCase();
      const parts = surface.includes(".") ? [surface.toLowerCase().replace(/\./g, "")] : expandWord(surface);
      // Only the first part of "I've" or "Sam's" carries the capital: "have" is no name.
      for (let k = 0; k < parts.length; k++) drafts.push({ start, end, norm: parts[k]!, kind: "word", capital: capital && k === 0, lineBefore, paragraphBefore });
    } else if (m[3] !== undefined) {
      drafts.push({ start, end, norm: "...", kind: "punct", capital: false, lineBefore, paragraphBefore });
    } else if (UNIT_WORDS.has(surface)) {
      // "40%" and "$10,000" read as words so cues can say "@num percent" or "currency @num".
      drafts.push({ start, end, norm: UNIT_WORDS.get(surface)!, kind: "word", capital: false, lineBefore, paragraphBefore });
    } else {
      // A hyphen or en dash standing alone is used as a dash ("Missed – the audit"), so all read as one.
      const norm = surface === "-" || surface === "–" ? "—" : surface === "'" ? (text[at - 1] === undefined || !closesQuote(text[at - 1]!) ? OPEN_SINGLE : CLOSE_SINGLE) : surface;
      drafts.push({ start, end, norm, kind: "punct", capital: false, lineBefore, paragraphBefore });
    }
    at = previousEnd;
  }
  return drafts;
}

const ADVERBIAL_PREPOSITIONS = new Set(["after", "since", "before", "from", "following", "despite", "during", "like", "for", "with", "of", "on", "in", "at", "by"]);
// How many words may qualify a possessive's head: "my (new line) manager".
const HEAD_REACH = 3;
function roleAhead(norms: readonly string[], kinds: readonly string[], at: number): boolean {
  for (let j = at + 1; j <= at + HEAD_REACH && j < norms.length; j++) {
    if (kinds[j] !== "word") return false;
    if (ROLE_NOUNS.has(norms[j]!)) return true;
    if (FUNCTION_WORDS_FOR_HEAD.has(norms[j]!)) return false;
  }
  return false;
}
// Words that end a noun phrase before its head could come: "my team and I", "our work was…".
const FUNCTION_WORDS_FOR_HEAD = new Set(["and", "or", "but", "is", "was", "were", "are", "had", "has", "have", "to", "of", "in", "on", "at", "for", "with", "that", "who", "which", "s"]);
function subjectOf(norms: readonly string[], kinds: readonly string[], names: readonly boolean[], first: number, last: number): ClauseSubject {
  let seen = 0;
  for (let i = first; i <= last && seen < 5; i++) {
    if (kinds[i] === "punct") continue;
    const w = norms[i]!;
    if (w === "i" || w === "me" || w === "myself") return "self";
    // "My line manager", "our team lead": the head of a possessive's noun phrase says whose
    // clause it is, past a word or two that qualify it.
    if ((w === "my" || w === "our") && roleAhead(norms, kinds, i)) return "others";
    if (w === "my") {
      const next = norms[i + 1] ?? "";
      if (GROUP_WORDS.has(next)) return "group";
      return "self";
    }
    if (GROUP_WORDS.has(w)) return "group";
    if (OTHER_PRONOUNS.has(w) || ROLE_NOUNS.has(w) || names[i]) return "others";
    if (CIRCUMSTANCE_NOUNS.has(w)) return "circumstance";
    // "This year I…", "that week we…": a time adverbial, not the subject.
    if ((w === "this" || w === "that" || w === "last" || w === "next") && TIME_NOUNS.has(norms[i + 1] ?? "")) {
      i++;
      continue;
    }
    // "After that one I started…", "since then we…": a demonstrative after a preposition is part of
    // an adverbial, not the subject.
    if ((w === "this" || w === "that" || w === "it") && i > first && ADVERBIAL_PREPOSITIONS.has(norms[i - 1]!)) continue;
    if (w === "it" || w === "there" || w === "this" || w === "that" || w === "things") return "neutral";
    if (!SKIP_FOR_SUBJECT.has(w)) seen++;
  }
  return "neutral";
}

/**
 * Analyses an answer once: normalisation, tokens, sentences, clauses, negation, hedge and
 * quote scopes, clause subjects, and every cue list of the lexicon.
 *
 * @param original - The answer as given.
 * @param lexicon - The compiled cue lists the signals will read.
 * @returns The {@link Document}.
 */
export function analyze(original: string, lexicon: Lexicon): Document {
  const normalized = normalizeText(original);
  const drafts = tokenize(normalized.text, normalized);
  const n = drafts.length;
  const norms = drafts.map((d) => d.norm);
  const kinds = drafts.map((d) => d.kind);

  // Names: capitalised words that are not sentence-initial, not "I", and not the start of a quote.
  const sentenceStart = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const prev = drafts[i - 1];
    sentenceStart[i] = i === 0 || drafts[i]!.paragraphBefore || (prev !== undefined && prev.kind === "punct" && ENDS_SENTENCE_CHARS.has(prev.norm.charAt(prev.norm.length - 1)));
  }
  const midCapitals = new Set<string>();
  for (let i = 0; i < n; i++) if (drafts[i]!.capital && !sentenceStart[i] && norms[i] !== "i") midCapitals.add(norms[i]!);
  // In text typed in capitals, or in title case throughout, capitals say nothing about names.
  const wordDrafts = drafts.filter((d) => d.kind === "word");
  const capitalsMeanNames = wordDrafts.length === 0 || wordDrafts.filter((d) => d.capital).length / wordDrafts.length < 0.5;
  // Months and days are capitalised too, but they are dates, not people or organisations.
  const names = drafts.map((d, i) => capitalsMeanNames && d.kind === "word" && d.capital && norms[i] !== "i" && (!sentenceStart[i] || midCapitals.has(norms[i]!)) && !SKIP_FOR_SUBJECT.has(norms[i]!) && !CALENDAR_WORDS.has(norms[i]!));

  // Sentences and clauses.
  const sentences: Segment[] = [];
  const clauses: Clause[] = [];
  const sentenceOf = new Array<number>(n);
  const clauseOf = new Array<number>(n);
  let sentenceFirst = 0;
  let clauseFirst = 0;
  const closeClause = (last: number) => {
    if (last < clauseFirst) return;
    clauses.push({ first: clauseFirst, last, subject: subjectOf(norms, kinds, names, clauseFirst, last), sentence: sentences.length });
    for (let k = clauseFirst; k <= last; k++) clauseOf[k] = clauses.length - 1;
    clauseFirst = last + 1;
  };
  const closeSentence = (last: number) => {
    if (last < sentenceFirst) return;
    closeClause(last);
    for (let k = sentenceFirst; k <= last; k++) sentenceOf[k] = sentences.length;
    sentences.push({ first: sentenceFirst, last });
    sentenceFirst = last + 1;
    clauseFirst = last + 1;
  };
  for (let i = 0; i < n; i++) {
    const d = drafts[i]!;
    // A paragraph break ends a sentence; a single line break only when a capital follows,
    // since transcripts and pasted text break lines mid-sentence.
    if (i > sentenceFirst && (d.paragraphBefore || (d.lineBefore && d.capital))) closeSentence(i - 1);
    if (d.kind === "punct") {
      if (SENTENCE_PUNCT.test(d.norm) && d.norm !== "...") {
        // "…closing quote" belongs to the sentence it ends.
        const endsAt = norms[i + 1] === '"' && (i + 2 >= n || drafts[i + 2]!.capital) ? i + 1 : i;
        closeSentence(endsAt);
        i = endsAt;
      } else if (CLAUSE_PUNCT.test(d.norm)) {
        closeClause(i);
      }
      continue;
    }
    if (i > clauseFirst) {
      const w = d.norm;
      const next = norms[i + 1] ?? "";
      // Discourse markers open a clause even without punctuation, as in transcripts.
      if (ALWAYS_OPEN.has(w) || (CLAUSE_OPENERS.has(w) && SUBJECT_STARTERS.has(next)) || MARKER_STARTS.get(w) === next) closeClause(i - 1);
    }
  }
  closeSentence(n - 1);

  // "I'd set the target" is "I had set", not "I would set": 'd before a past participle is "had".
  for (let i = 0; i + 1 < n; i++) {
    if (norms[i] === "would" && drafts[i]!.start === drafts[i - 1]?.start) {
      const next = norms[i + 1]!;
      if (next.endsWith("ed") || next.endsWith("en") || PARTICIPLES.has(next)) norms[i] = "had";
    }
  }

  // Fillers, negation, hedge and quote scopes.
  const filler = new Array<boolean>(n).fill(false);
  const negated = new Array<boolean>(n).fill(false);
  const hedged = new Array<boolean>(n).fill(false);
  const quoted = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    const w = norms[i]!;
    if (FILLERS.has(w)) filler[i] = true;
    if (FILLER_PAIR_SECONDS.get(w)?.has(norms[i + 1] ?? "") && (i + 2 >= n || norms[i + 2] !== "what")) {
      filler[i] = true;
      filler[i + 1] = true;
    }
  }
  // A negation or hedge covers the words after it up to a new subject or clause word:
  // in "what didn't work is that I gave too much", "I gave too much" is not negated.
  for (let i = 0; i < n; i++) {
    if (kinds[i] === "punct" || filler[i]) continue;
    const w = norms[i]!;
    const next = norms[i + 1] ?? "";
    const isHedge = HEDGES.has(w) || (HEDGE_PAIR_SECONDS.get(w)?.has(next) && (w !== "in" || next !== "a" || norms[i + 2] === "way") && (w !== "to" || next !== "some" || norms[i + 2] === "extent"));
    const isNegator = NEGATORS.has(w);
    if (!isHedge && !isNegator) continue;
    const clause = clauseOf[i];
    let taken = 0;
    // "I don't think I need to change anything": after a verb of opinion the negation belongs to
    // the clause it introduces, so a new subject there does not end the scope.
    let raised = false;
    for (let k = i + 1; k < n && clauseOf[k] === clause && taken < (isNegator ? NEGATION_WINDOW : HEDGE_WINDOW); k++) {
      if (kinds[k] === "punct" || filler[k]) continue;
      if (isNegator && taken === 0 && NEG_RAISERS.has(norms[k]!)) raised = true;
      // After a verb of opinion, its clause's subject and copula stay in scope ("…think that's on me").
      if (isNegator && taken > 0 && SCOPE_ENDERS.has(norms[k]!) && !(raised && taken <= 2 && (SUBJECT_PRONOUNS.has(norms[k]!) || COPULAS.has(norms[k]!)))) break;
      if (isNegator) negated[k] = true;
      else hedged[k] = true;
      taken++;
    }
  }
  const quoteMarks: number[] = [];
  for (let i = 0; i < n; i++) if (norms[i] === '"') quoteMarks.push(i);
  for (let q = 0; q + 1 < quoteMarks.length; q += 2) {
    for (let k = quoteMarks[q]! + 1; k < quoteMarks[q + 1]!; k++) quoted[k] = true;
  }
  // Single quotes quote only when an opener meets a closer soon after: "nurses' station" is not a quote.
  for (let i = 0; i < n; i++) {
    if (norms[i] !== OPEN_SINGLE) continue;
    for (let k = i + 1; k < n && k < i + 60; k++) {
      if (norms[k] === OPEN_SINGLE) break;
      if (norms[k] === CLOSE_SINGLE) {
        for (let q = i + 1; q < k; q++) quoted[q] = true;
        i = k;
        break;
      }
    }
  }

  const tokens: Token[] = drafts.map((d, i) => ({
    start: d.start,
    end: d.end,
    norm: norms[i]!,
    kind: d.kind,
    sentence: sentenceOf[i]!,
    clause: clauseOf[i]!,
    negated: negated[i]!,
    hedged: hedged[i]!,
    quoted: quoted[i]!,
    filler: filler[i]!,
    name: names[i]!,
  }));

  const content: number[] = [];
  for (let i = 0; i < n; i++) if (kinds[i] !== "punct" && !filler[i]) content.push(i);
  // Cue matching reads a typo of a long cue word as the word itself ("underestimted").
  const matchable: MatchableTokens = { norms, kinds, names, clauses: clauseOf, sentences: sentenceOf, content };
  const results = lexicon.run(matchable);

  return {
    original,
    normalized,
    tokens,
    sentences,
    clauses,
    wordCount: content.length,
    matches: (list) => results[lexicon.indexOf(list)]!,
  };
}
