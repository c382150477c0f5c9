import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { compoundEnd, isAsserted, isContentWord, isPastAction, memoByIndex, toClauseEnd, withoutOverlaps } from "./helpers.js";

const GOAL_WORDS = new Set(["goal", "goals", "target", "targets", "aim", "objective", "objectives", "ambition"]);
const COORDINATORS = new Set(["and", "then", "also", ","]);

// Achieving the goal is the outcome, and effort is not an action: neither counts here.
const NOT_ACTIONS = new Set(["secured", "landed", "earned", "won", "gained", "obtained", "received", "outworked", "grinded", "hustled", "slogged", "persevered", "persisted", "strived", "failed", "missed", "struggled", "finished", "achieved", "succeeded", "reached", "hit", "exceeded", "smashed", "pushed", "kept", "gave", "made", "put", "set", "took", "aimed", "planned", "committed", "promised", "raised", "ended", "passed", "completed", "focused", "decided", "stopped", "used"]);

function isActionVerb(word: string): boolean {
  return !NOT_ACTIONS.has(word) && isPastAction(word);
}

// Light verbs are actions when they take a noun phrase of their own: "I did the ACS
// assessments", "I kept a development log", "I set up a booking page", "I put together the
// recipes"; not "I did well", "I kept going", "I made it", "I put in the hours".
const LIGHT_VERBS = new Set(["did", "made", "kept", "put", "set", "took", "started", "began", "used", "gave", "ran"]);
const PARTICLES = new Set(["up", "together", "over", "out", "on", "in", "off", "down", "back", "through", "forward"]);
const NOUN_PHRASE_OPENERS = new Set(["a", "an", "the", "my", "our", "his", "her", "their", "every", "each", "some", "several", "all", "both", "two", "three", "four", "five", "six", "ten", "weekly", "daily", "monthly", "regular", "new"]);
// Effort, decisions and idioms ("kept my head down", "put my mind to it") are not actions.
const NOT_ACTION_OBJECTS = new Set([
  "lot", "effort", "efforts", "work", "hours", "time", "energy", "best", "all", "everything", "focus", "mistake", "error",
  "decision", "choice", "goal", "target", "risk", "chance", "step", "steps", "head", "mind", "heart", "foot", "feet", "point",
  "shift", "shifts", "overtime", "opportunity", "enthusiasm", "passion", "commitment", "attention", "positivity",
]);

/** The verb's object is effort itself ("brought real energy to…"), not something worked on. */
function effortObject(doc: Document, verb: number): boolean {
  for (let k = verb + 1; k <= verb + 3 && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.kind !== "word" || t.clause !== doc.tokens[verb]!.clause) return false;
    if (EFFORT_MODIFIERS.has(t.norm) || !isContentWord(t)) continue;
    // Only the head right after the verb: "reduced overtime by a third" works on overtime.
    return EFFORT_NOUNS.has(t.norm);
  }
  return false;
}
const EFFORT_MODIFIERS = new Set(["real", "lots", "loads", "extra", "more", "much", "huge", "great", "genuine", "a", "my", "our"]);
const EFFORT_NOUNS = new Set(["energy", "effort", "efforts", "enthusiasm", "passion", "commitment", "positivity", "dedication", "focus"]);

function wentThroughThings(doc: Document, verb: number): boolean {
  const particle = doc.tokens[verb + 1]?.norm ?? "";
  if (!MOTION_PARTICLES.has(particle)) return false;
  if (particle === "through") return SYSTEMATIC.has(doc.tokens[verb + 2]?.norm ?? "");
  return hasObject(doc, verb + 1);
}

// "I got the stores team to load the vans": getting someone to do something is an action.
function causativeObject(doc: Document, verb: number): boolean {
  for (let k = verb + 1; k <= verb + 6 && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.clause !== doc.tokens[verb]!.clause) return false;
    if (t.norm === "to") return k > verb + 1 && doc.tokens[k + 1]?.kind === "word";
  }
  return false;
}
// "I went through every candidate", "I went out on ride-alongs", "I went round every store".
// Not "over" or "back": "I went over budget", "I went back to my old habits" are not actions.
const MOTION_PARTICLES = new Set(["through", "round", "around", "out"]);
// "Went through" is an action when it goes through things one by one, not "a rough patch".
const SYSTEMATIC = new Set(["every", "each", "all"]);
// Prefixes that make a verb of their own: "re-planned", "co-wrote", "double-checked".
const VERB_PREFIXES = new Set(["re", "co", "double", "cross", "pre", "hand", "spot"]);
// Aspect verbs hand the action to the verb they introduce: "I started running bootcamps".
const ASPECT_VERBS = new Set(["started", "began", "managed"]);

/** The head of a light verb's own noun phrase, or -1. */
function lightVerbObject(doc: Document, verb: number): number {
  let k = verb + 1;
  if (PARTICLES.has(doc.tokens[k]?.norm ?? "")) k++;
  // Who it was made for may come first: "I made myself a cheat sheet", "gave them checklists".
  if (RECIPIENTS.has(doc.tokens[k]?.norm ?? "")) k++;
  const opener = doc.tokens[k];
  if (opener === undefined || opener.clause !== doc.tokens[verb]!.clause) return -1;
  // A bare plural names things made or done when the clause says when or where ("I did practice
  // questions every night", "took notes in every lesson"); a bare singular is mostly an idiom
  // ("made sure", "took part", "kept track").
  if (!NOUN_PHRASE_OPENERS.has(opener.norm)) return barePluralObject(doc, k);
  let head = -1;
  for (let j = k + 1; j <= k + 3 && j < doc.tokens.length; j++) {
    const t = doc.tokens[j]!;
    if (t.kind !== "word") break;
    if (NOT_ACTION_OBJECTS.has(t.norm)) return -1;
    if (head < 0 && isContentWord(t)) head = j;
  }
  return head;
}

const RECIPIENTS = new Set(["myself", "me", "them", "him", "us", "ourselves", "everyone", "everybody"]);
const BARE_REACH = 2;
// Plurals of idioms, results, shifts and money after a light verb: "made mistakes", "took risks",
// "made friends", "did doubles", "made thousands", "did sales for a living".
const NOT_BARE_OBJECTS = new Set([
  "mistakes", "errors", "decisions", "choices", "risks", "chances", "sacrifices", "strides", "gains", "friends", "amends",
  "pains", "turns", "inroads", "changes", "doubles", "lates", "earlies", "sales", "thousands", "hundreds", "millions",
  "grand", "news", "series", "always", "afterwards", "towards", "lots", "loads", "tons", "heaps",
]);
// Words that open when or where a bare plural was made or done: "every night", "on the bus".
const SETTINGS = new Set(["every", "each", "on", "in", "at", "before", "after", "during", "weekly", "daily", "nightly", "most", "whenever", "for", "with", "up", "round", "around"]);
const SETTING_REACH = 3;
/**
 * The plural head of a bare noun phrase of up to two words starting at `from`, followed in its
 * clause by when or where it was made or done; or -1.
 */
function barePluralObject(doc: Document, from: number): number {
  const clause = doc.tokens[from]!.clause;
  for (let j = from; j < from + BARE_REACH && j < doc.tokens.length; j++) {
    const t = doc.tokens[j]!;
    if (t.clause !== clause || t.kind !== "word" || !isContentWord(t) || NOT_ACTIVITIES.has(t.norm) || NOT_BARE_OBJECTS.has(t.norm) || t.negated) return -1;
    if (t.norm.length > 3 && t.norm.endsWith("s") && !/(ss|us|is)$/.test(t.norm)) {
      for (let k = j + 1; k <= j + SETTING_REACH && k < doc.tokens.length && doc.tokens[k]!.clause === clause; k++) if (SETTINGS.has(doc.tokens[k]!.norm)) return j;
      return -1;
    }
  }
  return -1;
}

/** The verb an aspect verb introduces ("started *running*", "managed to *get*"), or -1. */
function introducedVerb(doc: Document, verb: number): number {
  const next = doc.tokens[verb + 1];
  if (next === undefined || next.kind !== "word") return -1;
  if (next.norm === "to") return doc.tokens[verb + 2]?.kind === "word" ? verb + 2 : -1;
  return next.norm.endsWith("ing") && next.norm.length > 4 ? verb + 1 : -1;
}

// An amount of an activity is an action told generally: "I did a lot of networking", "made loads
// of calls". The amount makes it general, so it never counts toward several specific actions.
const AMOUNT_HEADS = new Set(["lot", "lots", "load", "loads", "bunch", "ton", "tons", "plenty", "heap", "heaps"]);
// Spans of time, which an amount or an object of effort may name: "a lot of late nights",
// "grinding every day".
const TIME_SPANS = new Set(["day", "days", "week", "weeks", "morning", "mornings", "night", "nights", "evening", "evenings", "weekend", "weekends", "shift", "shifts", "single", "hour", "month", "months", "year", "years", "minute", "lunchtime", "lunchtimes"]);
// Objects that name nothing worked on ("I was chasing everything", "I was running late"), effort
// ("a lot of long hours", "putting the hours in") or a span of time.
const NOT_ACTIVITIES = new Set([...NOT_ACTION_OBJECTS, ...EFFORT_NOUNS, ...TIME_SPANS, "things", "stuff", "hard", "extra", "more", "them", "it", "everything", "anything", "something", "around", "about", "late", "behind", "ahead", "low", "short", "progress", "money", "better", "worse", "fine", "good", "great", "alright", "okay", "badly", "poorly", "myself", "ourselves", "themselves", "yourself"]);

/**
 * The noun phrase after `from` names something worked on: its first word is not a span of time
 * ("every day"), and none of its words is effort, time or a placeholder.
 */
function namesWorkedOn(doc: Document, from: number): boolean {
  const clause = doc.tokens[from - 1]?.clause;
  let content = false;
  for (let j = from; j < from + 4 && j < doc.tokens.length; j++) {
    const t = doc.tokens[j]!;
    if (t.clause !== clause || t.kind !== "word") break;
    // "…each tenant every morning": a second quantifier starts a time adverbial.
    if (content && (t.norm === "every" || t.norm === "each")) break;
    if (NOT_ACTIVITIES.has(t.norm)) return false;
    if (isContentWord(t)) content = true;
    else if (content) break;
  }
  return content;
}

/** The head of an amount of an activity after a light verb ("did *a lot of* prospecting"), or -1. */
function amountOfActivity(doc: Document, verb: number): number {
  let k = verb + 1;
  if (doc.tokens[k]?.norm === "a") k++;
  if (!AMOUNT_HEADS.has(doc.tokens[k]?.norm ?? "") || doc.tokens[k + 1]?.norm !== "of") return -1;
  return namesWorkedOn(doc, k + 2) ? k + 2 : -1;
}

// A verb in "-ing" tells an activity when it has an object of its own ("I was sorting the
// scaffold", "I spent the mornings coaching the team"). These tell a state, a plan or effort
// ("I was grinding", "I was pushing myself"), or a figure ("I was averaging…").
const NOT_ACTIVITY_VERBS = new Set(["going", "trying", "hoping", "planning", "thinking", "feeling", "getting", "struggling", "being", "having", "looking", "waiting", "expecting", "wanting", "worrying", "working", "aiming", "meaning", "starting", "beginning", "coming", "saying", "telling", "asking", "talking", "juggling", "drowning", "panicking", "failing", "missing", "losing", "dreading", "enjoying", "loving", "hating", "considering", "wondering", "relying", "hitting", "earning", "covering", "averaging", "paying", "spending", "grinding", "hustling", "slogging", "grafting", "pushing", "putting", "plugging", "cracking", "busting", "killing", "burning", "living", "sitting", "staying", "keeping", "giving"]);
// Running a team or a store is the role held, not a step taken: "I was managing a team of six".
const ROLE_VERBS = new Set(["managing", "leading", "heading", "supervising", "running", "overseeing"]);
const UNITS_RUN = new Set(["team", "teams", "department", "unit", "store", "stores", "branch", "site", "sites", "ward", "crew", "office", "region", "practice", "shop", "restaurant", "kitchen", "floor", "section", "group", "division", "business", "company", "hotel", "bar", "school", "class", "lab", "clinic"]);
const ACTIVITY_REACH = 6;

// Adverbs that may stand between "was" and its verb: "I was constantly chasing…".
const PROGRESSIVE_ADVERBS = new Set(["always", "constantly", "also", "still", "basically", "literally", "actually", "really", "just", "personally", "mostly", "then"]);

/** The verb in "-ing" right after "was" (past an adverb) with an object of its own, or -1. */
function progressiveActivity(doc: Document, verb: number): number {
  let k = verb + 1;
  if (PROGRESSIVE_ADVERBS.has(doc.tokens[k]?.norm ?? "")) k++;
  return activityAfter(doc, k - 1, 1);
}

/** The next verb in "-ing" with an object of its own, within a few words and the clause, or -1. */
function activityAfter(doc: Document, from: number, reach: number): number {
  const clause = doc.tokens[from]!.clause;
  for (let k = from + 1; k <= from + reach && k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.clause !== clause) return -1;
    if (t.kind !== "word" || t.norm.length <= 4 || !t.norm.endsWith("ing")) continue;
    if (NOT_ACTIVITY_VERBS.has(t.norm) || t.negated) return -1;
    const object = PARTICLES.has(doc.tokens[k + 1]?.norm ?? "") ? k + 2 : k + 1;
    if (ROLE_VERBS.has(t.norm) && runsUnit(doc, object)) return -1;
    return namesWorkedOn(doc, object) ? k : -1;
  }
  return -1;
}

/** The noun phrase at `from` is a team or a place run: its head, a word or two in, is one. */
function runsUnit(doc: Document, from: number): boolean {
  for (let j = from; j < from + 3 && j < doc.tokens.length; j++) if (UNITS_RUN.has(doc.tokens[j]!.norm)) return true;
  return false;
}

const LINKING_VERBS = new Set(["was", "were", "am", "is", "felt", "feel", "got", "get", "became", "seemed", "looked", "sounded", "stayed", "remained", "grew"]);

// Working with someone, or on something, is an action, but a general one.
const GENERAL_ACTIONS = new Set(["worked", "helped", "supported"]);
const GENERAL_ACTION_LINKS = new Set(["with", "on", "alongside", "closely"]);

function hasObject(doc: Document, verb: number): boolean {
  const clause = doc.tokens[verb]!.clause;
  for (let k = verb + 1; k < doc.tokens.length && k <= verb + 4; k++) {
    const t = doc.tokens[k]!;
    if (t.clause !== clause && t.norm !== ",") break;
    if (isContentWord(t)) return true;
  }
  return false;
}

/**
 * Actions the candidate personally took toward a goal: "I rebuilt the rota", "I mapped every
 * lapsed account, called each one and set up a check-in" (three actions). Strength 2 with an
 * object, 1 without; "we" actions are strength 1.
 */
export const specificOwnActions = defineSignal({
  id: "specific-own-actions",
  description: "Names actions the candidate personally took (\"I rebuilt the rota\").",
  cues: {
    mine: ["i|myself also|then|personally|first|initially|just|actually|really|even|eventually|quickly|immediately? *", "i have *"],
    ours: ["we also|then|first? *"],
  },
  detect: ({ doc, cue }) => {
    const hits: SignalHit[] = [];
    // "I set a goal to…" states the goal; it is not an action toward it.
    // Read once per clause, so a long clause of many "I…" stays linear.
    const clauseStatesGoal = memoByIndex((index) => {
      const clause = doc.clauses[index]!;
      for (let k = clause.first; k <= clause.last; k++) if (GOAL_WORDS.has(doc.tokens[k]!.norm)) return true;
      return false;
    });
    const statesGoal = (index: number) => clauseStatesGoal(doc.tokens[index]!.clause);
    const take = (first: number, at: number, own: boolean) => {
      const verb = compoundEnd(doc, at);
      const word = doc.tokens[verb]!.norm;
      if (statesGoal(verb)) return false;
      let strength = 0;
      // "I brought real energy to every interaction" is effort, whatever the verb.
      if (effortObject(doc, verb)) return false;
      // A prefixed verb is an action of its own: "re-planned" is not the goal-setting "planned".
      const prefixed = verb !== at && VERB_PREFIXES.has(doc.tokens[at]!.norm) && isPastAction(word);
      if (isActionVerb(word) || prefixed) strength = own && hasObject(doc, verb) ? 2 : 1;
      else if (word === "got" && NOUN_PHRASE_OPENERS.has(doc.tokens[verb + 1]?.norm ?? "") && causativeObject(doc, verb)) strength = own ? 2 : 1;
      else if (word === "went" && wentThroughThings(doc, verb)) strength = own ? 2 : 1;
      else if (LIGHT_VERBS.has(word) && lightVerbObject(doc, verb) >= 0) strength = own ? 2 : 1;
      else if (ASPECT_VERBS.has(word) && introducedVerb(doc, verb) >= 0) strength = own && hasObject(doc, introducedVerb(doc, verb)) ? 2 : 1;
      else if (GENERAL_ACTIONS.has(word) && GENERAL_ACTION_LINKS.has(doc.tokens[verb + 1]?.norm ?? "")) strength = 1;
      // An amount of an activity and time spent on one are told generally (1); an activity under
      // way with its own object ("I was sorting the deliveries") is a step like any other (2), but
      // only the speaker's: "we were building an extension" sets the scene.
      else if (LIGHT_VERBS.has(word) && amountOfActivity(doc, verb) >= 0) strength = 1;
      else if (own && word === "was" && progressiveActivity(doc, verb) >= 0) strength = 2;
      else if (word === "spent" && activityAfter(doc, verb, ACTIVITY_REACH) >= 0) strength = 1;
      if (strength === 0) return false;
      hits.push(toClauseEnd(doc, { first, last: verb, strength }, 10));
      return true;
    };
    for (const [list, own] of [[cue("mine"), true], [cue("ours"), false]] as const) {
      for (const m of list) {
        if (!isAsserted(doc, m)) continue;
        // A subject's first verb may be a state ("I went to the depot, rewrote…"): the
        // actions coordinated after it are still the speaker's. After a linking verb ("I was
        // tired and stressed") the words coordinated are states too.
        take(m.first, m.last, own);
        if (LINKING_VERBS.has(doc.tokens[m.last]!.norm)) continue;
        // Coordinated actions share the subject: "I mapped…, called… and set up…".
        const sentence = doc.tokens[m.first]!.sentence;
        for (let k = m.last + 1; k < doc.tokens.length && doc.tokens[k]!.sentence === sentence; k++) {
          const t = doc.tokens[k]!;
          if (t.norm === "i" || t.norm === "we") break;
          const before = doc.tokens[k - 1]!;
          if (!COORDINATORS.has(before.norm) || t.kind !== "word" || t.negated) continue;
          const previousAt = hits.length - 1;
          const previous = previousAt >= 0 ? hits[previousAt]! : null;
          // Each coordinated action is its own hit: the one before stops at the coordinator.
          if (take(k, k, own) && previous !== null && previous.last >= k - 1 && previous.first < k - 1) {
            hits[previousAt] = { ...previous, last: k - 2 };
          }
        }
      }
    }
    return withoutOverlaps(hits);
  },
});
