import type { Document } from "../text/analyze.js";
import { inflections } from "../text/lexicon.js";
import { NUMBER_WORDS } from "../text/words.js";
// Cue lists several signals read. Each is compiled once per rubric however many signals use it.

/** Words that say something went wrong. */
export const failureCues = [
  "fail~|failure|failures|mistake|mistakes|error|errors|setback|setbacks|blunder|fiasco|disaster|shortfall",
  "went|go|gone|going wrong|badly|sideways",
  // "I didn't always hit my SLAs", "it didn't quite land": a hedged miss is still a miss.
  "did|does|do not (always|quite|really|fully|exactly|ever)? work|go|land|pay|happen|succeed|hit|reach|meet|make|get|deliver|finish|complete|pass|close|win|launch|sell|convert|achieve|materialize|manage",
  "did|does|do not (pan out|work out|come off|come together)",
  // "The one we didn't was…": the missed goal, told elliptically.
  "(one|goal|target|ones|goals|targets) (i|we) (did not|could not|have not|had not)",
  // "The one I haven't achieved is my CIPD", "we hadn't hit it by March" ("had not met the new
  // client" meets a person).
  "have|has|had not (yet)? achieved|hit|reached|finished|completed|passed",
  "(target|targets|goal|goals|deadline|deadlines|kpi|kpis|objective|objectives|quota) (was|were)? not met|achieved|reached|hit|delivered",
  "miss~|slip~|overrun|overran|overspent|overspend~",
  "late|delayed|overdue",
  "behind schedule",
  "over budget",
  "lost|lose|losing|fired|sacked|dismissed|demoted",
  "let go",
  "fell|fall|falling short|apart|through|behind|over",
  "short of",
  "complaint|complaints|incident|incidents|outage|outages|bug|bugs|defect|defects|breach|recall",
  "backfired|flopped|flop|scrapped|canceled|rejected|churned|underperform~",
  "mess~|screw~|botch~ up?",
  "drop~ the ball",
  "regret~",
  "should (have|not have)",
  "struggle~",
  "not on time",
  "not good enough",
  "problem|problems|issue|issues|wrong|broke|broken|crash~",
  "got away from me",
  "(went|go) (badly|poorly|not well)",
  "not brilliantly|great",
  "poor|bad|disappointing|rough|terrible|awful|weak|patchy",
  "upset|unhappy|angry|frustrated|disappointed|complained",
  "way|well|far under|below|behind",
  "(under|below|short of) quota|target|forecast|plan|budget",
  "lower|less|worse than forecast|expected|planned|projected",
  "fell|fall|fallen|dropped sharply",
  "went with (another|someone|a competitor|the competition)",
  "pulled it|the plug|out",
] as const satisfies readonly string[];


/** Words that say when a practice happens: before, after, every, whenever… */
/**
 * Faults told in the present are tendencies, not practices or changes: "I rush when I'm nervous",
 * "I always overthink things".
 */
export const FAULT_VERBS = new Set([
  "rush", "skip", "assume", "panic", "overthink", "procrastinate", "freeze", "forget", "ignore", "overcommit",
  "overpromise", "overlook", "hesitate", "avoid", "blame", "ramble", "waffle", "interrupt", "worry", "struggle",
  "overreact", "dwell", "overanalyze",
]);
// Every inflected form of a fault verb: "blamed", "skipping", "rushes".
const FAULT_FORMS: ReadonlySet<string> = new Set([...[...FAULT_VERBS].flatMap(inflections), "panicked", "panicking", "froze", "frozen", "forgot", "forgotten"]);
const KEPT_UP = new Set(["kept", "keep", "just", "started", "continued", "still", "even"]);
/**
 * Whether the verb at `k` repeats a fault, past a word that keeps it up: "(after that I) blamed…",
 * "kept blaming…", "just rushed…".
 *
 * @param doc - The analysed answer.
 * @param k - Index of the verb.
 * @returns True when the verb, or the one after a keeping-up word, is a fault.
 */
export function repeatedFault(doc: Document, k: number): boolean {
  let j = k;
  while (KEPT_UP.has(doc.tokens[j]?.norm ?? "") && j < k + 2) j++;
  return FAULT_FORMS.has(doc.tokens[j]?.norm ?? "");
}

const FEELINGS = new Set(["nervous", "anxious", "defensive", "upset", "emotional", "invested", "angry", "impatient", "blank", "quiet"]);
// Taking part, not a feeling, unless a degree word says so: "get involved in the estimate" vs
// "get too involved".
const FEELING_WITH_DEGREE = new Set(["involved", "stuck", "attached"]);
const DEGREE = new Set(["really", "very", "so", "quite", "too", "a", "bit", "little", "pretty", "super", "overly", "more", "completely", "totally", "absolutely", "utterly"]);

/**
 * Whether the words from `from` on name a state that comes over the speaker, as after "get", "go"
 * or "feel": "get really invested", "get carried away", "go blank", "get like this". Such a verb
 * tells a feeling, not a task ("get sign-off", "get the numbers checked", "go through the list").
 */
export function statesAFeeling(doc: Document, from: number): boolean {
  let k = from;
  let degree = false;
  while (DEGREE.has(doc.tokens[k]?.norm ?? "")) {
    k++;
    degree = true;
  }
  const w = doc.tokens[k]?.norm ?? "";
  // "I get like this", but not the filler in "I get like three quotes".
  if (w === "like") return ["this", "that"].includes(doc.tokens[k + 1]?.norm ?? "");
  if (FEELING_WITH_DEGREE.has(w)) return degree;
  // A participle straight after is a state: "get distracted", "get carried away", "get bogged down".
  return FEELINGS.has(w) || (w.length > 4 && w.endsWith("ed"));
}

/**
 * Nouns that name a goal ("my target", "the aim"), unlike goalParts' GOAL_NOUNS, which also holds
 * the pointers that announce one ("the one", "the other").
 */
export const NAMED_GOALS = new Set(["goal", "goals", "target", "targets", "objective", "objectives", "aim", "ambition", "kpi", "kpis", "quota"]);

/**
 * Cues for a result ahead of its time. "Ahead of time" alone is more often how a thing is done ("I
 * write my examples out ahead of time"), so it counts only after a word of completion.
 */
export const AHEAD_CUES = ["ahead of schedule|plan|target|deadline", "done|finished|delivered|landed|ready|completed|live|shipped|in|early ...? ahead of time"];

export const TIMING_MARKERS = new Set([
  "before", "after", "every", "each", "whenever", "when", "until", "within", "during", "prior", "ahead", "advance",
  "beforehand", "upfront", "first", "once", "daily", "weekly", "monthly", "fortnightly", "quarterly", "annually",
  "always", "routinely", "regularly", "kickoff", "mornings", "evenings", "mondays", "tuesdays", "wednesdays",
  "thursdays", "fridays", "midway", "halfway", "checkpoint", "checkpoints", "milestone", "milestones",
]);

/** Units of time that place a practice when counted: "two days before", "a week ahead". */
export const TIMING_UNITS = new Set([
  "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "shift", "shifts", "sprint",
  "sprints", "meeting", "meetings", "deadline", "launch", "release", "term", "visit", "handover", "standup", "morning",
  "evening", "afternoon", "friday", "monday", "tuesday", "wednesday", "thursday", "weekend", "quarter", "year",
]);

// "I've been doing it eleven years", "I've been doing this job for over a decade": how long the
// speaker has done their work, not a change made after the failure.
const TENURE_WORDS = new Set(["it", "this", "that", "the", "job", "role", "work", "trade", "for", "over", "nearly", "almost", "about", "around", "a", "an", "couple", "of", "few", "good", "last", "well", "past", "and", "half", "best", "part", "long"]);
const TENURE_SPANS = new Set(["years", "year", "decade", "decades", "ages", "enough"]);
const TENURE_REACH = 10;
/** The words after `last`, in its clause, tell how long the speaker has done their work. */
export function toldAsTenure(doc: Document, last: number): boolean {
  const clause = doc.tokens[last]!.clause;
  for (let k = last + 1; k <= last + TENURE_REACH && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.clause !== clause) return false;
    if (TENURE_SPANS.has(t.norm)) return true;
    if (!TENURE_WORDS.has(t.norm) && t.kind !== "number" && !NUMBER_WORDS.has(t.norm)) return false;
  }
  return false;
}

/** Words that open a reason: "because it was easier", "as I'd assumed", "cos the van was late". */
export const REASON_WORDS = new Set(["because", "as", "since", "cos", "cause"]);
