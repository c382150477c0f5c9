import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import type { CueMatch } from "../text/lexicon.js";
import { COPULAS, DETERMINERS, NUMBER_WORDS, ROLE_NOUNS } from "../text/words.js";
import { AHEAD_CUES, statesAFeeling } from "./shared.js";
import { announcesGoal, goalParts } from "./goalParts.js";
import { endsClause, FUNCTION_WORDS, isAsserted, isContentWord, isPastAction, isPastForm, memoByIndex, toClauseEnd } from "./helpers.js";

const RESULT_WORDS = new Set([
  "raised", "grew", "grown", "increased", "cut", "reduced", "dropped", "fell", "rose", "hit", "reached", "exceeded", "beat",
  "achieved", "up", "down", "improved", "saved", "won", "sold", "closed", "signed", "finished", "ranked", "placed",
  "came", "scored", "passed", "went", "brought", "doubled", "tripled", "halved", "growth", "increase", "reduction",
  "target", "record", "result", "results", "against", "ended", "delivered", "completed", "generated",
  "secured", "recruited", "converted", "retained", "lost", "gained", "earned", "made", "topped", "surpassed", "smashed",
  "averaged", "climbed", "jumped", "lifted", "boosted", "shortened", "shrank", "fewer", "more", "higher", "lower", "faster",
  "percent", "currency", "budget", "ahead", "early", "from", "total", "overall", "finally", "end", "by",
  // A figure reported at a later point is a result: "in the next round, 67 students chose it".
  "next", "following", "afterwards", "later", "subsequently", "since", "now",
]);

// Knowing or becoming by a time is a state reached ("by the Friday I knew them all"); "got" there
// is news ("by the Monday I got a call").
const REACHED_STATES = new Set(["knew", "understood", "became"]);
const CLOCK_FOLLOWERS = new Set(["every", "each", "o'clock", "oclock", "am", "pm", "sharp", "most"]);
/** Units of a span of time up to a month ("three weeks", "six months"). */
export const TIME_UNITS = new Set(["minutes", "hours", "days", "weeks", "months", "minute", "hour", "day", "week", "month"]);
const PAST_OR_MODAL = new Set(["did", "could", "would", "was", "were", "had", "might", "should", "afford"]);
const WHEN_WORDS = new Set(["in", "by", "on", "at", "within", "after", "before", "it", "that", "first", "easily", "comfortably"]);
const TARGET_WORDS = new Set(["goal", "target", "aim", "aimed", "objective", "wanted", "hoped", "planned", "plan", "ambition", "intention"]);
const REACHED_WORDS = new Set([
  "hit", "met", "reached", "achieved", "exceeded", "beat", "made", "ended", "came", "finished", "got", "delivered",
  "closed", "raised", "grew", "managed", "smashed", "surpassed", "topped", "landed", "brought", "did", "went", "actually",
]);

// Verbs that say a goal was reached when their object is the goal itself ("I got them both", "got
// the van") or the figure aimed for ("the target was 20 sign-ups and we got 24").
const ATTAINED = new Set(["got", "passed", "hit", "reached", "finished", "completed", "achieved", "won", "landed", "earned", "secured", "gained", "obtained", "received", "opened", "launched", "delivered", "cleared"]);
// "Made" and "did" are also verbs of plain doing ("made little bags"), so they count only when
// they point back at the goal: "and I made it", "we did that".
const ATTAINED_BY_REFERENCE = new Set(["made", "did", "managed", "nailed"]);
const GOAL_FRAMES = new Set(["one", "goal", "thing", "target", "achievement", "example", "other", "second", "miss"]);
const POINTER_ENDS = new Set(["both", "all", "done", "too", "eventually", "finally", "in", "first"]);
const GOAL_REFERENCES = new Set(["it", "them", "both", "that"]);
const RESTATEMENT_WINDOW = 400;
const INFLECTION = /(ing|ed|es|s)$/;
const REFERENCE_WINDOW = 300;
const REFERENCE_FRAMES = new Set(["target", "targets", "goal", "aim", "aimed", "budget", "forecast", "baseline", "from", "before", "was", "were", "at", "against", "set", "wanted", "hoped", "previous", "last", "averaging", "averaged", "than", "quota", "plan", "over", "under", "above", "below", "been"]);
const NUMBERED_NOUNS = new Set(["level", "line", "stage", "phase", "step", "grade", "band", "year", "module", "unit", "ward", "room", "bay", "part", "version", "number", "no", "category", "type", "class"]);
const VAGUE_FIGURES = new Set(["one", "half", "quarter", "percent", "double", "twice"]);
const BASELINE_WORDS = new Set(["before", "previously", "originally", "initially", "used", "averaging", "baseline"]);

/**
 * The word a verb's object is about: a pointer back ("got them both", "made it") or the last
 * noun of the phrase after it ("got the exam guide" is about a guide, not the exam).
 */
function objectHead(doc: Document, verb: number, last: number): number | null {
  let head: number | null = null;
  for (let j = verb + 1; j <= last; j++) {
    const token = doc.tokens[j]!;
    if (token.filler) continue;
    // A pointer stands for the goal only when nothing more is said of it: "I got them both", "I
    // made it", not "I got them from the marketing team" or "I opened them up".
    if (head === null && GOAL_REFERENCES.has(token.norm)) return j === last || POINTER_ENDS.has(doc.tokens[j + 1]!.norm) || doc.tokens[j + 1]!.kind === "punct" ? j : null;
    // "The target was 20 sign-ups and we got 24": the figure reached.
    if (head === null && isFigure(token)) return j;
    if (isContentWord(token)) head = j;
    else if (head !== null || token.kind !== "word" || !DETERMINERS.has(token.norm)) break;
  }
  return head;
}

// Bounded, so a clause of endless "by the Friday I knew…" stays linear.
const DENIAL_REACH = 16;
function negatedUntilClauseEnd(doc: Document, from: number): boolean {
  const clause = doc.tokens[from]!.clause;
  for (let k = from; k < Math.min(doc.tokens.length, from + DENIAL_REACH) && doc.tokens[k]!.clause === clause; k++) if (doc.tokens[k]!.negated) return true;
  return false;
}

/**
 * A "by" phrase that opens its clause and is followed by a told state or event: "by spring
 * you could walk in and the room was quiet". At the end of a clause ("finish it by June") it is
 * a deadline, not a result.
 */
function opensStateClause(doc: Document, match: CueMatch): boolean {
  const before = doc.tokens[match.first - 1];
  if (before !== undefined && before.kind !== "punct" && !LINKS.has(before.norm)) return false;
  let seen = 0;
  for (let k = match.last + 1; k < doc.tokens.length && seen < 6; k++) {
    const token = doc.tokens[k]!;
    if (token.kind === "punct") {
      if (token.norm === "," && seen === 0) continue;
      return false;
    }
    seen++;
    if (token.negated || token.quoted) return false;
    // "By March I had booked the hotel" is the speaker's own earlier step; "by then I was
    // shattered" a feeling: neither is a result.
    if (token.norm === "had") return seen > 1 && !isPastAction(doc.tokens[k + 1]?.norm ?? "");
    if (token.norm === "was" || token.norm === "were") return seen > 1 && !statesAFeeling(doc, k + 1);
    if (token.norm === "could" || isPastAction(token.norm)) return seen > 1;
    // Unless the rest of the clause denies it: "by the Friday I knew the numbers still didn't match".
    if (REACHED_STATES.has(token.norm)) return seen > 1 && !negatedUntilClauseEnd(doc, k);
  }
  return false;
}

/**
 * A result word inside the phrase that introduces the goal: "the one that went well was the
 * reading challenge", "the one I'm proud of was building our content". It names which goal, not
 * how it turned out.
 */
function namesTheGoal(doc: Document, match: CueMatch): boolean {
  const next = doc.tokens[match.last + 1]?.norm;
  if (next !== "was" && next !== "is") return false;
  for (let k = Math.max(0, match.first - 4); k < match.first; k++) if (GOAL_FRAMES.has(doc.tokens[k]!.norm)) return true;
  return false;
}

// Things whose getting is a result in itself: "we landed the contract", "I got the job".
const THINGS_ATTAINED = "offer|job|role|place|contract|deal|account|grade|qualification|certificate|license|promotion|award|funding|grant|approval|sign|visa|spot|position|seat|client|mark|marks|van|ticket|byline|badge|belt|keys|tenancy|mortgage|slot";
// The same, and the credentials a goal is often named by: "got my forklift licence", "passed my boards".
const ATTAINED_THINGS = new Set([...THINGS_ATTAINED.split("|"), "card", "certification", "degree", "diploma", "tender", "listing", "apprenticeship", "scholarship", "accreditation", "registration", "exam", "exams", "boards", "finals", "medal", "title", "trophy", "cup", "chartership", "membership"]);
// Words that may stand between the speaker and the verb: "I finally got my licence".
const ATTAIN_ADVERBS = new Set(["finally", "eventually", "successfully", "actually", "also", "then", "just"]);
// "When we won the contract we'd hire two more", "making sure we won it": not told as done.
const NOT_DONE_LEADS = new Set(["when", "if", "once", "sure", "unless", "until", "that", "whether", "before", "had"]);
// Words that open what is said after the thing attained: "first go", "last spring", "this year".
const AFTER_THE_THING = new Set(["first", "last", "next", "this", "second", "straight", "early", "late", "eventually", "finally"]);
// Words after the thing attained that make the verb causative or a step: "got the team together",
// "got a quote from…".
const CAUSATIVE_TAILS = new Set(["together", "to", "from", "off", "out", "up", "in", "back", "ready", "sorted", "across", "over", "through", "for", "into", "onto", "round", "around"]);
// How far past the determiner the thing attained may come: "my level two food hygiene certificate".
const THING_REACH = 4;
// The thing a verb of attaining reaches, when the speaker tells it as done, with "I" or
// "we" before it or opening its clause with the subject left out ("Goal I hit: got my licence"),
// and what was attained is a thing whose getting is a result in itself, or a credential named by
// its letters ("got my CDL"); not a step or an idiom ("got a coach", "got the hang of it", "landed
// a meeting"), and not with a tail that makes it causative ("got the team together", "got the
// forms signed").
function attainedThing(doc: Document, m: CueMatch, things: ReadonlySet<string> = ATTAINED_THINGS, tails: ReadonlySet<string> = CAUSATIVE_TAILS): number {
  if (!toldAsDoneBySpeaker(doc, m.first)) return -1;
  return thingAfter(doc, m.last + 1, things, tails);
}

/**
 * Whether the verb at `verb` is the speaker's, told as done: "I" or "we" before it (past a few
 * adverbs), or the verb opening its clause with the subject left out; not after "when", "if",
 * "had" and the like ("if I'd got onto the course", "had we won it").
 */
function toldAsDoneBySpeaker(doc: Document, verb: number): boolean {
  let before = verb - 1;
  while (before >= 0 && (doc.tokens[before]!.filler || ATTAIN_ADVERBS.has(doc.tokens[before]!.norm))) before--;
  const prior = doc.tokens[before];
  const opens = prior === undefined || prior.clause !== doc.tokens[verb]!.clause || prior.kind === "punct";
  return opens || ((prior.norm === "i" || prior.norm === "we") && !NOT_DONE_LEADS.has(doc.tokens[before - 1]?.norm ?? ""));
}

/**
 * The head of the noun phrase that starts at `from`, when it is a thing whose getting is a result
 * in itself (or a credential named by its letters) and no tail makes the verb before it causative;
 * else -1. The head is the phrase's last word ("the exam guide" is a guide), before a word of time
 * that follows it ("got my CDL last spring", "my CSCS card first go").
 */
function thingAfter(doc: Document, from: number, things: ReadonlySet<string>, tails: ReadonlySet<string> = CAUSATIVE_TAILS): number {
  const clause = doc.tokens[from]?.clause;
  let object = -1;
  for (let k = from; k < Math.min(from + THING_REACH, doc.tokens.length) && doc.tokens[k]!.clause === clause && doc.tokens[k]!.kind === "word" && !FUNCTION_WORDS.has(doc.tokens[k]!.norm) && !AFTER_THE_THING.has(doc.tokens[k]!.norm) && !THING_ENDS.has(doc.tokens[k]!.norm); k++) object = k;
  if (object < 0 || doc.tokens[object]!.hedged || !(things.has(doc.tokens[object]!.norm) || isInitialism(doc, object))) return -1;
  const after = doc.tokens[object + 1];
  const causative = after !== undefined && after.kind === "word" && after.clause === clause && (tails.has(after.norm) || isPastForm(after.norm));
  return causative ? -1 : object;
}

// Words that end the noun phrase of a thing attained: "my ACCA qualification while working".
const THING_ENDS = new Set(["while", "whilst", "when", "whereas", "because", "although", "though", "despite"]);

// Places a candidate gets onto or into, which are results in themselves: "got onto the PGCE",
// "made it into the squad". Only after "onto" or "into": "got a team of four" is no result.
// "Onto" or "into" already says the speaker got in, so no tail makes it causative ("got onto the
// PGCE for September").
const NO_TAILS: ReadonlySet<string> = new Set<string>();
const PLACES_ENTERED = new Set([...ATTAINED_THINGS, "course", "programme", "program", "scheme", "team", "squad", "shortlist", "residency", "university", "college", "academy", "fellowship", "internship", "cohort"]);
// "…but it was cancelled", "…but then the funding fell through": a place got and then lost.
const UNDONE = new Set(["cancelled", "canceled", "withdrawn", "pulled", "scrapped", "postponed", "deferred"]);
const UNDONE_REACH = 12;

/**
 * Where the speaker got onto or into: a place named by the words after it ("the PGCE", "the
 * graduate scheme") or by its own name ("got into Durham"). Not a place got and then lost ("got
 * onto the course but it was cancelled").
 */
function placeEntered(doc: Document, m: CueMatch): number {
  const next = doc.tokens[m.last + 1];
  let place = -1;
  if (next !== undefined && next.name && next.clause === doc.tokens[m.last]!.clause && toldAsDoneBySpeaker(doc, m.first)) place = m.last + 1;
  else if (next !== undefined && DETERMINERS.has(next.norm)) place = attainedThing(doc, { ...m, last: m.last + 1 }, PLACES_ENTERED, NO_TAILS);
  if (place < 0) return -1;
  const end = Math.min(doc.sentences[next!.sentence]!.last, place + UNDONE_REACH);
  for (let k = place + 1; k <= end; k++) if (UNDONE.has(doc.tokens[k]!.norm)) return -1;
  return place;
}

// Words that make hitting a target an aim, not a result: "my goal was to hit my pick rate target",
// "I hoped to beat our budget".
const AIM_REACH = 8;
const AIMED = new Set(["to", "would", "could", "should", "might", "will", "if", "hoped", "wanted", "aimed", "trying", "tried", "try"]);

/**
 * A target of any kind hit: "hit my pick rate target". The words between the owner and the
 * target name what it measures ("pick rate"), not a meeting ("met my manager about the target"),
 * and it is not an aim ("my goal was to hit my pick rate target").
 */
function targetReached(doc: Document, m: CueMatch): boolean {
  for (let k = m.first + 2; k < m.last; k++) if (doc.tokens[k]!.kind !== "word" || FUNCTION_WORDS.has(doc.tokens[k]!.norm)) return false;
  // Bounded, so one endless clause of targets hit stays linear.
  const clause = doc.clauses[doc.tokens[m.first]!.clause]!;
  for (let k = Math.max(clause.first, m.first - AIM_REACH); k < m.first; k++) if (AIMED.has(doc.tokens[k]!.norm)) return false;
  return !doc.tokens[m.first]!.quoted;
}
// The verbs a goal announced as achieved is named by: "the one I hit was passing my boards".
const ATTAINING = new Set(["getting", "passing", "earning", "winning", "gaining", "securing", "landing", "obtaining", "achieving", "completing"]);
// Words between an announcement and what it names: "the one I achieved was probably getting…".
const ANNOUNCEMENT_LINKS = new Set(["was", "is", "probably", "definitely", "actually", "honestly", "really", "finally", "when", "i"]);
const ANNOUNCEMENT_REACH = 4;
const UNREACHED_ANNOUNCEMENTS = new Set(["set", "am"]);
const ENTERING = new Set(["onto", "into"]);

/**
 * A goal announced as achieved and named by a thing whose getting is a result in itself: "the one
 * I hit was passing my NCLEX first try", "Achieved: my CSCS card". Naming a competence ("the goal
 * I achieved was learning the shortcuts") says nothing checkable about how it turned out.
 */
function announcedAttainment(doc: Document, turns: readonly SignalHit[]): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const turn of turns) {
    // "The goal I set was…" announces the goal without saying it was reached.
    if (turn.strength !== 1 || !announcesGoal(doc, turn) || UNREACHED_ANNOUNCEMENTS.has(doc.tokens[turn.last]!.norm)) continue;
    let k = turn.last + 1;
    const limit = Math.min(doc.tokens.length, k + ANNOUNCEMENT_REACH);
    while (k < limit && (doc.tokens[k]!.filler || doc.tokens[k]!.kind === "punct" || ANNOUNCEMENT_LINKS.has(doc.tokens[k]!.norm))) k++;
    if (k >= doc.tokens.length || doc.tokens[k]!.negated || doc.tokens[k]!.quoted) continue;
    if (ATTAINING.has(doc.tokens[k]!.norm)) k++;
    // "…was getting onto the management programme": a place entered.
    const entering = ENTERING.has(doc.tokens[k]?.norm ?? "");
    if (entering) k++;
    const start = DETERMINERS.has(doc.tokens[k]?.norm ?? "") ? k + 1 : k;
    // Named as the goal, the thing is what was reached, whatever follows it ("my licence to
    // practise", "my ACCA qualification while working full time").
    const object = thingAfter(doc, start, entering ? PLACES_ENTERED : ATTAINED_THINGS, NO_TAILS);
    if (object >= 0) hits.push({ first: turn.first, last: object, strength: 2 });
  }
  return hits;
}
// A word written in capitals, as a credential is named by its letters: "CDL", "CPA", "NVQ"; not a
// role ("we got a new CEO").
function isInitialism(doc: Document, k: number): boolean {
  const t = doc.tokens[k]!;
  if (ROLE_NOUNS.has(t.norm)) return false;
  const surface = doc.original.slice(t.start, t.end);
  return surface.length >= 2 && surface.length <= 6 && /^[A-Z]+$/.test(surface) && surface !== "I";
}

/**
 * Where each part of the answer begins: a turn to a different goal, not a repeated marker of the
 * same one ("the target I hit … I finished the year on £71,400").
 */
function partStartsOf(doc: Document, turns: readonly SignalHit[]): number[] {
  const starts: number[] = [];
  let part = 0;
  for (const turn of turns) {
    // Only a turn that announces a goal ("the one I didn't achieve", "Missed:") starts a part; a
    // setback inside the story ("at first I didn't get the budget") does not.
    if (turn.strength === part || !announcesGoal(doc, turn)) continue;
    starts.push(turn.first);
    part = turn.strength;
  }
  return starts;
}

/** The last part start at or before a token (binary search, so many matches stay linear-log). */
function partStartBefore(starts: readonly number[], token: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= token) {
      found = starts[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Whether a counted result has a figure to be read against: another figure in the same part of
 * the answer (since it last turned from one goal to the other) told as the target or the
 * starting point ("renewals were at 78% … we finished at 93%"), not any figure ("a team of four").
 */
function hasReferenceFigure(doc: Document, match: CueMatch, partStarts: readonly number[]): boolean {
  const from = partStartBefore(partStarts, match.first);
  const sentenceEnd = doc.sentences[doc.tokens[match.first]!.sentence]!.last;
  // Bounded both ways, so a long answer full of figures is still read in linear time.
  for (let k = Math.max(from, match.first - REFERENCE_WINDOW); k <= Math.min(sentenceEnd, match.last + REFERENCE_WINDOW); k++) {
    if (k >= match.first && k <= match.last) continue;
    if (isCount(doc, k) && inReferenceFrame(doc, k)) return true;
  }
  return false;
}

/**
 * Whether a figure is told as a target or a starting point: "a target of 10%", "was at 78%",
 * "from 11".
 *
 * @param doc - The analysed answer.
 * @param figure - Index of the figure's token.
 * @returns True when a word of reference comes just before it.
 */
export function inReferenceFrame(doc: Document, figure: number): boolean {
  for (let k = Math.max(0, figure - 3); k < figure; k++) if (REFERENCE_FRAMES.has(doc.tokens[k]!.norm)) return true;
  // Or named as one after it: "1,400 is the pass mark", "40 was the target".
  if (!COPULAS.has(doc.tokens[figure + 1]?.norm ?? "")) return false;
  for (let k = figure + 2; k <= figure + 4 && k < doc.tokens.length && doc.tokens[k]!.kind === "word"; k++) if (REFERENCE_NOUNS.has(doc.tokens[k]!.norm)) return true;
  return false;
}
// Only nouns that name what a result is read against: "17 was the average age" is no reference.
const REFERENCE_NOUNS = new Set(["target", "goal", "aim", "mark", "threshold", "benchmark", "baseline", "quota"]);

/**
 * Whether the token is a figure that counts something: not a year, and not a number that names a
 * thing ("level 3", "line 4").
 *
 * @param doc - The analysed answer.
 * @param k - Index of the token.
 * @returns True for a count.
 */
export function isCount(doc: Document, k: number): boolean {
  return isFigure(doc.tokens[k]!) && !isYear(doc, k) && !NUMBERED_NOUNS.has(doc.tokens[k - 1]?.norm ?? "");
}

/** The first figure of a clause that counts something, or -1. */
function clauseFigure(doc: Document, clause: { first: number; last: number }): number {
  for (let j = clause.first; j <= clause.last; j++) if (isCount(doc, j)) return j;
  return -1;
}

/** A year such as 2023; "£2,000" is an amount. */
function isYear(doc: Document, k: number): boolean {
  const token = doc.tokens[k]!;
  // "2,000 members" is written as a count; a year never has a thousands comma.
  return YEAR.test(token.norm) && !doc.original.slice(token.start, token.end).includes(",") && doc.tokens[k - 1]?.norm !== "currency" && doc.tokens[k + 1]?.norm !== "percent";
}

/** A count, in digits or words ("240", "five"); "one", "half" and "quarter" mostly count nothing. */
function isFigure(token: { kind: string; norm: string }): boolean {
  return token.kind === "number" || (NUMBER_WORDS.has(token.norm) && !VAGUE_FIGURES.has(token.norm));
}

/**
 * Told in the past, as what came of it: "we sampled 240 wells", not "I'm herd manager on a
 * 320-cow unit", nor a baseline told in the pluperfect or against before ("in the year before
 * we'd had fourteen").
 */
function isPastResultClause(doc: Document, clause: { first: number; last: number }): boolean {
  let past = false;
  for (let k = clause.first; k <= clause.last; k++) {
    const w = doc.tokens[k]!.norm;
    if (w === "am" || w === "is" || w === "are" || BASELINE_WORDS.has(w)) return false;
    // "We'd had", "we had been": the pluperfect; "we had five" is plain past.
    const next = doc.tokens[k + 1]?.norm ?? "";
    if (w === "had" && (doc.tokens[k - 1]?.start === doc.tokens[k]!.start || next === "been" || next === "had" || next.endsWith("ed"))) return false;
    if (doc.tokens[k]!.kind === "word" && isPastForm(w)) past = true;
  }
  return past;
}
const YEAR = /^(19|20)\d\d$/;
const NOT_RESULT_OBJECTS = new Set(["goal", "target", "aim", "objective", "year", "month", "week", "time", "course", "first", "started", "idea", "chance", "plan", "help", "round", "feedback", "together"]);
// What may stand right before the verb: the speaker, or a link word of speech ("and yeah got the
// van"); not someone else ("how the class teacher did it").
const LINKS = new Set(["and", "so", "then", "finally", "eventually", "also", "actually", "yeah", "just", "ultimately", "but"]);
const SPEAKER_OR_LINK = new Set([...LINKS, "i", "we", "both", "all", "duly"]);
const MODALS = new Set(["will", "would", "could", "should", "might", "going", "want", "wanted", "hope", "hoped", "try", "tried", "if", "to", "when", "once"]);

// A rough stem, enough to see the same word again: "tickets" and "ticket", "sampled" and
// "sampling" share one; "completed" and "complaints" do not.
function stem(word: string): string {
  const bare = word.length > 5 ? word.replace(INFLECTION, "") : word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
  return bare.slice(0, 6);
}

/**
 * "I wanted my tractor ticket and my telehandler ticket done in my first year … and I got them
 * both": the goal is stated, then a later clause says it was reached, naming the goal again or
 * pointing back at it. The goal's words are read from the clause that states it; the restatement
 * is looked for from there up to where the answer turns to the other goal (at most 400 tokens),
 * so only a restatement of this goal counts.
 */
function goalRestated(doc: Document, statements: readonly CueMatch[], turns: readonly SignalHit[]): SignalHit[] {
  const hits: SignalHit[] = [];
  let lastSentence = -1;
  // Statements come in order, so one pointer walks the turns.
  let nextTurn = 0;
  for (const statement of statements) {
    const sentenceIndex = doc.tokens[statement.first]!.sentence;
    if (doc.tokens[statement.first]!.quoted || sentenceIndex === lastSentence) continue;
    const stems = new Set<string>();
    let targetFigure = false;
    // The goal's own clause ("the one I got was my van") states it; the result comes after.
    const statementEnd = doc.clauses[doc.tokens[statement.last]!.clause]!.last;
    for (let k = statement.last + 1; k <= statementEnd; k++) {
      const token = doc.tokens[k]!;
      if (isFigure(token) && !isYear(doc, k)) targetFigure = true;
      if (isContentWord(token) && token.norm.length >= 3 && !NOT_RESULT_OBJECTS.has(token.norm) && !ATTAINED.has(token.norm)) stems.add(stem(token.norm));
    }
    // "One I got was, I wanted my tractor ticket…": a statement whose clause names nothing leaves
    // the sentence to the next one.
    if (stems.size === 0) continue;
    lastSentence = sentenceIndex;
    // Bounded, so a long answer full of goal statements is still read in linear time.
    while (nextTurn < turns.length && turns[nextTurn]!.first <= statement.last) nextTurn++;
    const turn = Math.min(turns[nextTurn]?.first ?? doc.tokens.length, statement.last + RESTATEMENT_WINDOW);
    // Each clause is judged once (an intention before the word, a past result with a figure), so
    // one endless clause is still read in linear time.
    let clauseIndex = -1;
    let intended = false;
    let counted = false;
    for (let k = statementEnd + 1; k < turn; k++) {
      const token = doc.tokens[k]!;
      if (token.clause !== clauseIndex) {
        clauseIndex = token.clause;
        intended = false;
        counted = false;
      }
      if (MODALS.has(token.norm)) intended = true;
      if (intended || token.negated || token.hedged || token.quoted) continue;
      const clause = doc.clauses[clauseIndex]!;
      if (clause.subject !== "self" && clause.subject !== "group") continue;
      // "We sampled 240 wells over the summer", after "the goal was completing the sampling
      // programme": the goal's own verb, done, with a figure, in a later sentence (the goal's own
      // sentence gives the target or the baseline). Not "I contacted 25 members" after a goal
      // of recruiting members: that is a step towards it.
      if (!counted && token.kind === "word" && token.sentence > sentenceIndex && isPastAction(token.norm) && stems.has(stem(token.norm))) {
        counted = true;
        const figure = isPastResultClause(doc, clause) ? clauseFigure(doc, clause) : -1;
        if (figure >= 0) hits.push({ first: Math.min(figure, k), last: Math.max(figure, k), strength: targetFigure ? 3 : 2 });
      }
      const byReference = ATTAINED_BY_REFERENCE.has(token.norm);
      if (!byReference && !ATTAINED.has(token.norm)) continue;
      let before = k - 1;
      while (before >= 0 && doc.tokens[before]!.filler) before--;
      if (before < 0 || !SPEAKER_OR_LINK.has(doc.tokens[before]!.norm)) continue;
      const object = objectHead(doc, k, clause.last);
      if (object === null) continue;
      const reached = doc.tokens[object]!;
      if (isFigure(reached)) {
        if (!byReference && targetFigure) hits.push({ first: k, last: object, strength: 3 });
      } else if (GOAL_REFERENCES.has(reached.norm) || (!byReference && stems.has(stem(reached.norm)))) {
        hits.push({ first: k, last: object, strength: 2 });
      }
    }
  }
  return hits;
}

/**
 * The result of an achieved goal. Strength 3 when measured (a figure, a target met with a
 * number), 2 when concrete but unmeasured ("we launched on the agreed date"), 1 when vague
 * ("it went well", "people were happy").
 */
export const measurableOutcome = defineSignal({
  id: "measurable-outcome",
  description: "States the result of an achieved goal, measured (3), concrete (2) or vague (1).",
  uses: [goalParts],
  cues: {
    // Where a goal is stated: "the goal I hit was…", "I wanted my…", "I set myself…".
    statement: [
      "goal|target|aim|objective|ambition|one * ...? was|is|were",
      "i|we wanted|aimed|hoped|planned|decided|needed",
      "i|we set (myself|ourselves|out)?",
      "(my|our|the) (goal|target|aim|objective|ambition)",
    ],
    // A count on its own: "we sampled 240 wells", "uptake was at 58%". Measured (3) only when the
    // answer also gives the figure it is read against; else a number without a baseline (2).
    counted: [
      "@num percent|currency|points|per|pounds|dollars|euros|k|grand|customers|clients|users|sales|deals|accounts|students|patients|people|orders|units|hours|days|weeks|minutes|stores|staff|sites|members|subscribers|signups|leads|calls|visits|bookings|covers|rooms|nights|books|pages|marks|stars|tickets|cases|shipments|pallets|deliveries|beds|new|parts|items|jobs|homes|cars|trucks|loads|claims|files|reviews|applications|placements|referrals|hires|candidates|pupils|learners|children|residents|guests|tables|sessions|classes|lessons|events|products|features|releases|incidents|defects|complaints|returns|installs|volunteers|donors",
      // A span without a lapse: "I went three months without calling in sick", "we went eleven
      // months with zero".
      "went|gone|ran|run|lasted @num days|weeks|months|years without|with",
      // A rate: "about 140 parts a week".
      "@num * (a|per) week|day|month|year|shift|quarter|night|hour",
      "currency @num",
      // A bare figure after a verb that only reports results: "I scored 1,520", "we averaged 4.8"
      // ("hit 40", "reached 30", "raised 3" may be an age, a temperature or an act).
      "scored|averaged|grossed|netted @num",
    ],
    measured: [
      "from @num to|down|up",
      // A share of the figure aimed for: "142% of quota".
      "@num percent of (the|my|our|their)? quota|target|plan|budget|goal|forecast",
      // A figure set against a baseline or target: "3 falls, against 11 before".
      "against|versus|vs|compared with|to? @num",
      "against|versus|beating (a|the|our|my)? target|goal|budget|plan|forecast|benchmark (of)? @num",
      "down|up from @num",
      // A figure moved or set against another, whatever it counts: "got p95 down to 310 ms",
      // "two falls instead of nine".
      "down to (just|about|around|roughly|nearly|almost)? (under|over|below|above)? @num",
      // "Up to" after a verb of rising; alone it means "as many as" ("up to 200 operatives on site").
      "went|came|got|grew|rose|climbed|brought|pushed|took (it|them)? up to (just|about|around|roughly|nearly|almost)? (under|over|below|above)? @num",
      "by @num",
      "@num (of|out of) @num",
      "@num * (of|out of) the? @num",
      "top @num",
      "number one|1",
      "first|second|third place",
      "ranked|placed|came|finished first|top|second|third|@num",
      "@num x|times",
      "@num ...? ahead|early|under|over",
      // A final figure: "we came in at 214", "finished the year on 93%".
      "came in at|on @num",
      "ended|finished|closed (up)? at|on|with @num",
      "ended|finished|closed the * ...? at|on @num",
    ],
    concrete: [
      "hit|met|beat|exceeded|smashed|surpassed|reached|achieved|made|doubled|tripled the|my|our|that|this|their|its? sales|revenue|savings|annual|monthly|weekly|quarterly|yearly|team|personal|own|stretch|recruitment|first|overall|safety|quality? target|targets|goal|quota|number|numbers|budget|deadline|plan|forecast|kpi|kpis|bonus|bonuses|milestone|milestones|score|scores",
      "on time|schedule",
      "under|within budget",
      ...AHEAD_CUES,
      "passed|qualified|certified|graduated|won|promoted|published|launched|shipped|opened|signed|closed|completed|finished|delivered|awarded|accepted|selected|approved|adopted",
      "got the|a promotion|job|role|contract|certificate|certification|qualification|award|place|deal|grade",
      // Put before its public: "went live", "the range went on sale in the autumn".
      "went live",
      "went on sale|air|stream",
      "went into production|service",
      "went to print|market",
      // A thing that was done to the goal's end: "the grant was issued", "the bid was accepted".
      "was|were|got|been approved|adopted|accepted|rolled|published|funded|commissioned|issued|granted|awarded|signed|completed|finished|delivered|opened|launched|implemented|achieved",
      // Done by the time set: "we were done by the cutover", "it was all finished before the audit".
      // "By" a time, not by an agent: "the risk assessment was done by a consultant".
      "was|were|got (all)? done|finished|complete|ready|live before|ahead",
      "was|were|got (all)? done|finished|complete|ready|live by (the|that)? cutover|deadline|date|end|launch|then|time|weekend|christmas|friday|monday",
      "was|were|got (all)? done|finished|complete|ready|live (in time)",
      "is|are now used|running|standard",
      "rolled out to|across",
      "ended up with|getting|winning|signing|being",
      `i|we landed|won|secured|earned|gained|received|got the|a|an|my|our ${THINGS_ATTAINED}`,
      "landed|secured|earned|won|got|bagged one|it",
      "came through|out with|top|first|ahead",
      "made it onto|into|through",
      "moved|promoted|offered|appointed|selected|shortlisted me",
      "i was|we were offered|selected|shortlisted|appointed|chosen|accepted|approved|funded|featured|promoted|moved",
      "written up|featured|shortlisted|recognized|awarded|commended",
      "no actions|findings|issues|complaints|defects|errors|points",
      "now the * goes|runs|arrives|lands|happens|comes",
      // A changed state of affairs: "patients now leave before lunch", "reviews mention staff by
      // name, which before was not happening", "we got it up to where the owners wanted it".
      "* now leave|leaves|arrive|arrives|finish|finishes|go|goes|run|runs|land|lands|close|closes|ship|ships|start|starts before|by|within|earlier|faster|instead|on",
      "which|that (before|previously) (was not|never|did not|had not)",
      "got|brought|took it|them|things up|down|back to|where",
      "got|brought it|them|things to where|target|budget|plan",
      "i (made|became|was made) lead|head|senior|chief|principal|partner|manager|supervisor|director|captain|chartered|qualified|permanent",
      "the result was",
      "as a result",

      // A problem that ended: "the complaints stopped coming in", "the queues more or less went
      // away", "people stopped having to call me", "store complaints dried up".
      "stopped (coming|happening|having|calling|complaining)",
      "dried up",
      "went|gone away",
      // A new normal told with "now": "now anyone on the desk can run night audit", "now we count
      // every location every month", "I now have about twenty regulars".
      "now (we|i|they|anyone|everyone|it|the|our|every) ...? can|have|has|goes|go|runs|count|use|uses|gets",
      "i|we now have|run|use|count",
      // A named quantity that moved: "falls came down over the quarter", "complaints dropped".
      "came|went|coming|going down|up",
      "dropped|rose|improved|increased|decreased|halved|doubled|tripled|shrank|climbed|soared|plummeted|declined",
      "fell to|by|away|off|sharply|steadily|significantly|right",
      // Others took the work up or held it up as a model.
      "asked|invited me|us to share|present|roll|train|run|lead|teach|repeat|take|write|spread",
      "held|holding up as",
      "(other|another|the other|two|three|four|five|several|all|@num) (wards|teams|sites|stores|schools|departments|branches|offices|regions|clinics|units|ward|team|site|store|school|department|branch|office|region|clinic|unit) adopted|copied|took|take|picked|use|used|now",
    ],
    // "My goal was to pass my first papers, which I did": the goal stated, then met; only at the
    // end of its clause or before when ("which I secured in my third year").
    // A state that ended: "we don't lose referrals anymore", "nobody has to chase it any longer".
    ended: ["(anymore|any more|no longer|any longer)"],
    // A figure reached set against a figure aimed for: "we targeted 25 enrolments and had 41".
    versusTarget: ["targeted|target|aimed|aim|goal|hoped|budgeted|forecast ... @num ... ...? had|got|hit|reached|made|achieved|managed|did|saw|ended|finished|delivered|recruited|enrolled|signed|sold|raised ...? @num"],
    // One figure set against another, whatever it counts: "two falls instead of nine".
    compared: ["@num ...? (instead of|compared with|compared to|against|versus|vs) ...? @num"],
    // "By spring the room was quiet", "by the end of that summer every cow was going through":
    // a point in time put first, then the state reached by it.
    byThen: ["by (the end of)? (that|the|this|next|my|our|its)? spring|summer|autumn|fall|winter|christmas|easter|year|term|month|week|quarter|semester|season|end|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|now"],
    // "I got tenure last year, which was the big goal": the thing reached is named as the goal.
    namedAsGoal: ["i|we got|won|passed|reached|achieved|earned|landed|secured|made|hit|finished|completed ... which|that was|is (the|my|our) ...? goal|aim|target|ambition|objective"],
    confirmed: ["(which|and) (i|we) (did|managed|secured|got|earned|won|achieved|landed|made|passed|was not|were not)"],
    // The goal told as attained, with what was attained: "got my forklift certification",
    // "I passed my boards first time". A thing attained is a concrete result, whether or not the
    // answer states the goal first. Not "the goal was getting my certification", which names the
    // goal and leaves open whether it was reached.
    attained: ["got|passed|earned|won|obtained|secured|landed|gained my|our|the|a|an"],
    entered: ["got|made it? onto|into"],
    // Whatever the target measures: "hit my pick rate target", "met our first-time fix goal".
    targetHit: ["hit|met|beat|exceeded|smashed|surpassed|reached my|our|the *? *? target|targets|goal|quota|budget|kpi|kpis|forecast"],
    vague: [
      "went|going really|very|pretty|quite? well|great|smoothly|fine|okay|ok|alright|good",
      // "It's gone fine", "it went better", "it was well received", "the shop looked so much better".
      "(gone|goes|turned out) really|very|pretty|quite|so? well|great|smoothly|fine|nicely|better",
      // "It's gone down really well", "we got it across the line".
      "(gone|went|goes|going) down (really|very|pretty|quite|so)? well",
      "got|get|getting it|them|things across|over the line",
      "went|going (a lot|much|far|so|way)? better",
      "well received|liked",
      "doing|done really|very|so|pretty? well|better",
      "praised|thanked|complimented (me|us|the team)",
      "it (was|has been) a|an big|great|huge|real? success|win|hit",
      "good|great|positive|nice|lovely feedback|reviews|response",
      "it worked out?",
      "i|we did it|that",
      "got it done",
      "it paid off",
      "got|made it there",
      "i achieved|managed|nailed it",
      "proud of",
      // An evaluative word for how things turned out, with any intensifier: "it was a lot better
      // after that", "the store looked so much better", "things got much better for them".
      "was|were|is|are|looked|looks|felt|feels|seemed|seems|got|became|getting (so much|a lot|much|far|way|loads|really|so|even|a bit|noticeably)? better|happier|calmer|smoother|tidier|nicer|easier|improved|manageable",
      // Someone pleased with the result: "the head chef was happy" ("happy to help" is not a result).
      "was|were (really|very|so|extremely|incredibly|more than)? happy|pleased|impressed|thrilled|delighted|satisfied|chuffed",
      "good|great|positive|excellent|brilliant|fantastic|strong result|results|outcome|outcomes",
    ],
  },
  detect: ({ doc, cue, hitsOf }) => {
    // A number is a measured result only next to a result word: "we raised £12,000 against a
    // target", not "a ten-minute huddle" or "from 11 to 2" in the account of what was done.
    const isResult = (m: { first: number; last: number }) => {
      for (let k = m.first; k <= m.last; k++) if (doc.tokens[k]!.norm === "percent" || doc.tokens[k]!.norm === "currency") return true;
      // A span of time ("three weeks beforehand", "for twenty minutes") mostly tells how the work
      // was done, so it is a result only beside a result word in its own clause ("cut to 90 days").
      const inClause = m.last === m.first + 1 && TIME_UNITS.has(doc.tokens[m.last]!.norm);
      return inClause ? clauseHasResultWord(doc.tokens[m.first]!.clause) : sentenceHasResultWord(doc.tokens[m.first]!.sentence);
    };
    // Read once per clause or sentence, so an endless sentence of figures stays linear.
    // "Against" compares only beside another result word: "5 fixtures against 4 schools" is a match played.
    const hasResultWord = (span: { first: number; last: number }) => {
      for (let k = span.first; k <= span.last; k++) if (RESULT_WORDS.has(doc.tokens[k]!.norm) && doc.tokens[k]!.norm !== "against") return true;
      return false;
    };
    const clauseHasResultWord = memoByIndex((clause) => hasResultWord(doc.clauses[clause]!));
    const sentenceHasResultWord = memoByIndex((sentence) => hasResultWord(doc.sentences[sentence]!));
    // "I set a goal to cut the close from eight days to five" states a target, not a result,
    // unless the same sentence also says it was reached.
    const isTargetOnly = (m: { first: number }) => sentenceStatesTargetOnly(doc.tokens[m.first]!.sentence);
    const sentenceStatesTargetOnly = memoByIndex((index) => {
      const sentence = doc.sentences[index]!;
      let states = false;
      for (let k = sentence.first; k <= sentence.last; k++) {
        const w = doc.tokens[k]!.norm;
        // "Five against a target of seven" sets a result against the target.
        if (REACHED_WORDS.has(w) || w === "against" || w === "versus") return false;
        if (TARGET_WORDS.has(w) && (doc.tokens[k + 1]?.norm === "to" || doc.tokens[k + 1]?.norm === "of" || doc.tokens[k + 1]?.norm === "was")) states = true;
      }
      return states;
    });
    const anyNorm = (m: { first: number; last: number }, word: string) => {
      for (let k = m.first; k <= m.last; k++) if (doc.tokens[k]!.norm === word) return true;
      return false;
    };
    // "I came in at 6 every morning", "by 9 sharp": a time of day, not a figure reached.
    const isClockTime = (m: { last: number }) => CLOCK_FOLLOWERS.has(doc.tokens[m.last + 1]?.norm ?? "");
    // "Three times a week" says how often something was done, not what it achieved.
    const isFrequency = (m: { first: number; last: number }) => doc.tokens[m.first + 1]?.norm === "times" && ["a", "per", "every"].includes(doc.tokens[m.first + 2]?.norm ?? "");
    // Only the phrase itself, in a present-tense clause: "we don't lose referrals anymore", not
    // "I couldn't afford to lose any more shifts" or "I didn't have any more time".
    // "We targeted 25 and had 41" is a target met; "targeted 25 and only had 9" is not.
    const reachesTarget = (m: { first: number; last: number }) => {
      const figures: number[] = [];
      for (let k = m.first; k <= m.last; k++) if (doc.tokens[k]!.kind === "number") figures.push(Number(doc.tokens[k]!.norm));
      if (figures.length < 2 || figures.some(Number.isNaN)) return true;
      return figures[figures.length - 1]! >= figures[0]!;
    };
    // Its clause is negative by nature, so it counts when asserted or when nothing before it in
    // the clause is past or modal: not "I couldn't afford to lose any more shifts".
    const inPresentClause = (m: { first: number }) => {
      const clause = doc.clauses[doc.tokens[m.first]!.clause]!;
      for (let k = clause.first; k < m.first; k++) if (PAST_OR_MODAL.has(doc.tokens[k]!.norm)) return false;
      return !doc.tokens[m.first]!.quoted;
    };
    const turns = hitsOf(goalParts);
    const partStarts = partStartsOf(doc, turns);
    const hits = [
      ...cue("counted").filter((m) => isAsserted(doc, m) && isResult(m) && !isTargetOnly(m) && !isFrequency(m)).map((m) => ({ first: m.first, last: m.last, strength: hasReferenceFigure(doc, m, partStarts) ? 3 : 2 })),
      ...cue("measured").filter((m) => isAsserted(doc, m) && isResult(m) && !isTargetOnly(m) && !isFrequency(m) && !isClockTime(m)).map((m) => ({ first: m.first, last: m.last, strength: 3 })),
      // "Against" also means "playing against" ("5 fixtures against 4 schools"), so it needs a result word.
      ...cue("compared").filter((m) => isAsserted(doc, m) && (isResult(m) || !anyNorm(m, "against")) && !isTargetOnly(m)).map((m) => ({ first: m.first, last: m.last, strength: 3 })),
      ...cue("byThen").filter((m) => isAsserted(doc, m) && opensStateClause(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      ...cue("versusTarget").filter((m) => isAsserted(doc, m) && reachesTarget(m)).map((m) => ({ first: m.first, last: m.last, strength: 3 })),
      ...cue("concrete").filter((m) => isAsserted(doc, m) && !isTargetOnly(m) && !namesTheGoal(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      ...cue("ended").filter((m) => (isAsserted(doc, m) || inPresentClause(m)) && !isTargetOnly(m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      ...cue("confirmed").filter((m) => endsClause(doc, m.last, WHEN_WORDS)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      ...cue("attained").filter((m) => isAsserted(doc, m)).map((m) => ({ first: m.first, last: attainedThing(doc, m), strength: 2 })).filter((hit) => hit.last >= 0),
      ...cue("entered").filter((m) => isAsserted(doc, m)).map((m) => ({ first: m.first, last: placeEntered(doc, m), strength: 2 })).filter((hit) => hit.last >= 0),
      ...cue("targetHit").filter((m) => isAsserted(doc, m) && targetReached(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      ...announcedAttainment(doc, turns),
      ...goalRestated(doc, cue("statement"), turns),
      ...cue("namedAsGoal").filter((m) => isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
      // Nor a purpose: "I worked weekends to get it over the line", "happy to help".
      ...cue("vague").filter((m) => isAsserted(doc, m) && doc.tokens[m.last + 1]?.norm !== "to" && doc.tokens[m.first - 1]?.norm !== "to" && !namesTheGoal(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 1 })),
    ];
    return hits.sort((a, b) => a.first - b.first || b.strength - a.strength).map((hit) => toClauseEnd(doc, hit, 8));
  },
});
