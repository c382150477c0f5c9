import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document, Token } from "../text/analyze.js";
import { appliedChange } from "./appliedChange.js";
import { FUNCTION_WORDS, IRREGULAR_PAST, SAME_FORM_VERBS, clauseEnd, compoundEnd, isPastAction } from "./helpers.js";
import { futureIntent } from "./futureIntent.js";
import { failureMention } from "./failureMention.js";
import { learningMarker } from "./learningMarker.js";
import { ownCausalAction } from "./ownCausalAction.js";
import { platitude } from "./platitude.js";
import { FAULT_VERBS, TIMING_MARKERS, TIMING_UNITS, repeatedFault, statesAFeeling, toldAsTenure } from "./shared.js";
import { inflections } from "../text/lexicon.js";
import { COPULAS, DETERMINERS, NUMBER_WORDS } from "../text/words.js";

// Verbs of thinking and wanting: "I now *know*…" is not a practice. (Auxiliaries, modals and
// -ly adverbs are function words or adverbs, which isBaseVerb already refuses.)
const NOT_PRACTICES = new Set([
  "think", "know",
  "feel", "felt", "like", "love", "hate", "hope", "want", "need", "wish", "guess", "mean", "believe", "suppose",
  "remember", "realize", "understand", "see", "seem", "try", "tend", "care", "worry", "learn", "enjoy",
  "suspect", "assume", "reckon", "imagine", "wonder", "doubt", "expect", "admit", "accept", "appreciate", "recognize", "acknowledge", "notice", "regret",
  "shall", "always", "never", "now", "maybe",
  "go", "come", "become", "stay", "let", "say", "look", "find", "work",
  "start", "stop", "begin", "continue", "manage", "handle", "deal", "focus", "aim", "plan", "intend", "prefer", "own",
  // Abstractions that sound like practices but name no observable behaviour.
  "lean", "drive", "leverage", "foster", "champion", "embrace", "empower", "engage", "strive", "improve", "grow",
  "develop", "reflect", "communicate", "collaborate", "support", "trust", "value", "respect", "prioritize", "invest",
  "bring", "lead", "adapt",
  // Faults told in the present are tendencies, not practices: "I rush when I'm nervous".
  ...FAULT_VERBS,
]);
// Objects that are abstractions: "stakeholder engagement", "early wins", "momentum".
const ABSTRACT_OBJECTS = new Set(["engagement", "momentum", "alignment", "buy", "culture", "communication", "relationships", "relationship", "trust", "ownership", "accountability", "visibility", "transparency", "collaboration", "wins", "value", "mindset", "approach", "noise", "effort", "energy", "passion", "empathy", "excellence", "quality", "success", "growth", "journey", "vision", "strategy", "expectations", "habits", "skills", "resilience", "confidence", "rapport", "connections", "awareness", "understanding", "environment", "balance"]);
// Adverbs that may sit between the lead-in and the verb: "I *now always* book…".
const ADVERBS = new Set(["double", "spot", "cross", "now", "always", "also", "still", "first", "usually", "routinely", "religiously", "personally", "immediately", "actually", "properly", "formally", "explicitly", "deliberately", "regularly", "consistently", "automatically", "then", "never", "just", "literally", "basically", "even", "both", "physically", "manually", "each", "every"]);
const SUBJECTS = new Set(["i", "we"]);
const MODALS = new Set(["will", "would", "should", "must", "shall"]);
// "Stopped doing X" gives a practice up; it does not name one.
const GERUND_LEADS = new Set(["started", "start", "starting", "began", "begin", "keep", "kept", "habit", "by"]);
// "After that I ran…" points back; after a copula ("what I changed is that I now run…", "the
// rule is that every order gets…") "that" opens what is stated. Neither subordinates.
const THAT_OPENERS = new Set(["after", "since", "from", "like", "with", "of", "before", "is", "was"]);
// "I don't release finishes until the roof is signed off": a habit negated up to a condition
// is a rule.
const LIFTING_CONDITIONS = new Set(["until", "unless", "without", "before", "within"]);
const PAST_HABIT_LEADS = new Set(["kept"]);
const INSIST = new Set(["insist", "insists", "insisted", "insisting"]);
const HABIT_VERBS = new Set(["started", "start", "starting", "began", "begin", "keep", "kept"]);
const SPEAKER_SUBJECTS = new Set<string>(["self", "group"]);
// "…before I export anything" is the time of another action, not a practice of its own.
const SUBORDINATORS = new Set(["before", "after", "when", "until", "once", "if", "as", "since", "while", "whenever", "because", "that", "what", "how"]);
// Objects too vague to make a practice concrete.
const VAGUE_OBJECTS = new Set(["everyone", "everybody", "aligned", "involved", "informed", "onboard", "earlier", "sooner", "late", "behind", "everything", "things", "stuff", "it", "more", "better", "harder", "help", "time", "people", "work", "myself", "others", "something", "anything", "lot", "best", "sure", "care", "attention", "way", "differently", "properly", "carefully", "thoroughly", "right", "well", "out", "up", "back", "on", "through", "again"]);
// Words that put a present-tense verb in habit: "every", "whenever", "before any".
const HABIT_WORDS = new Set(["now", "always", "every", "each", "whenever", "nowadays", "routinely", "religiously", "habit", "rule", "any", "never", "weekly", "daily", "monthly"]);

type Lead = "present" | "gerund" | "infinitive" | "cleft" | "modal" | "rule" | "imperative";
// A decision or a stop is not a practice in itself.
// Nor is an outcome: "we won the client", "we ended up with…".
const NOT_PAST_PRACTICES = new Set(["decided", "stopped", "used", "won", "lost", "ended", "missed", "failed", "hit", "achieved", "reached", "got", "became", "passed"]);
// "My intention from now on is to sit down with commercial every month", "the rule I keep is to…":
// a noun of intent or rule that is the subject of "is to".
const COPULA_GOVERNORS = new Set(["intention", "plan", "rule", "habit", "practice", "policy", "routine", "commitment", "approach", "fix", "answer", "solution"]);
const COPULA_REACH = 8;
function governedThroughCopula(doc: Document, to: number): boolean {
  // "Our approach was to chase every lead" is the story's old way; a rule kept is told in the present.
  if (doc.tokens[to - 1]?.norm !== "is") return false;
  const sentence = doc.tokens[to]!.sentence;
  for (let k = to - 2; k >= 0 && k >= to - COPULA_REACH && doc.tokens[k]!.sentence === sentence; k--) {
    if (COPULA_GOVERNORS.has(doc.tokens[k]!.norm)) return !OLD_RULE_OWNERS.has(doc.tokens[k - 1]?.norm ?? "");
  }
  return false;
}
// "The plan was to…", "their rule was to…" tell the story's plan or someone else's rule.
const OLD_RULE_OWNERS = new Set(["the", "their", "his", "her", "a", "original", "old"]);
const INFINITIVE_GOVERNORS = new Set(["learned", "learnt", "learn", "need", "needs", "try", "trying", "tried", "sure", "started", "start", "begun", "began", "going", "plan", "planning", "want", "intend", "aim", "remember", "habit", "rule", "lesson", "ought", "have", "has", "decided", "now", "always", "point", "priority", "practice", "policy", "taught", "told", "reminder", "commitment", "committed", "promise", "promised"]);

// A when that recurs: a marker or habit word ("before", "every", "whenever"), not a counted unit.
function isTrigger(doc: Document, k: number): boolean {
  const w = doc.tokens[k]!.norm;
  return (TIMING_MARKERS.has(w) || HABIT_WORDS.has(w)) && !TIMING_UNITS.has(w);
}

// A phrase of time on its own after a comma: "…, every two weeks", "…, before each release";
// "…, every chart lined up" is no time.
const POINTERS = new Set(["that", "this", "then", "which"]);
const TIME_CONJUNCTIONS = new Set(["before", "after", "when", "whenever", "until", "once", "within", "during", "ahead"]);
function opensTime(doc: Document, k: number): boolean {
  const w = doc.tokens[k]!.norm;
  // ", after that it's the supervisor's job" points back; it sets no time.
  if (TIME_CONJUNCTIONS.has(w)) return !POINTERS.has(doc.tokens[k + 1]?.norm ?? "");
  if (w !== "every" && w !== "each") return false;
  const next = doc.tokens[k + 1];
  if (next === undefined) return false;
  if (TIMING_UNITS.has(next.norm)) return true;
  return (next.kind === "number" || NUMBER_WORDS.has(next.norm) || next.norm === "other") && TIMING_UNITS.has(doc.tokens[k + 2]?.norm ?? "");
}

// A when: a marker ("before", "every", "weekly") or a counted unit ("two days", "a week").
function isTiming(doc: Document, k: number): boolean {
  const t = doc.tokens[k]!;
  if (TIMING_MARKERS.has(t.norm) || HABIT_WORDS.has(t.norm)) return true;
  if (!TIMING_UNITS.has(t.norm)) return false;
  const previous = doc.tokens[k - 1];
  return previous !== undefined && (previous.kind === "number" || ["a", "an", "per", "one", "two", "three", "four", "five", "six", "first", "next", "the", "each", "every"].includes(previous.norm));
}

// Verbs of outcome, not behaviour: "I always hit my goals" is a result (or a boast); a practice
// is something done to get there ("I always check the stock count").
const OUTCOME_VERBS = new Set(["hit", "meet", "reach", "achieve", "exceed", "beat", "smash", "surpass", "miss", "fail", "win", "lose", "succeed", "excel", "nail"]);
// Every inflected form of a verb that is no practice: "-ing" forms are asked of this as they are,
// since guessing a stem back from "having" or "missing" goes wrong.
const NOT_PRACTICE_FORMS = new Set([...[...NOT_PRACTICES, ...OUTCOME_VERBS].flatMap(inflections), "having", "being"]);

// "What I do now is book…", "the concrete thing I'd do differently, and plan to, is hold a
// career conversation…": the verb after "is" names the practice, as after "learned to".
const PSEUDO_CLEFT_WINDOW = 20;
const CLEFT_OPENERS = new Set(["what", "thing"]);
// "What we put in place was a close calendar…", "the thing I introduced was a daily huddle":
// what was set up names the practice as a doing verb does.
const INSTITUTING = new Set(["introduced", "introduce", "put", "set", "built", "build", "created", "create", "added", "add", "implemented", "implement", "established", "adopted", "adopt", "changed", "change", "started"]);
function isPseudoCleft(doc: Document, index: number): boolean {
  const w = doc.tokens[index]!.norm;
  if (w !== "is" && w !== "was") return false;
  if (cleftBefore(doc, index - 1, w)) return true;
  // An aside set off by commas may stand between the cleft and its verb: "the thing I'd do now,
  // and I say 'would' because I left soon after, is call…". Read on from before the aside.
  if (doc.tokens[index - 1]?.norm !== ",") return false;
  const sentence = doc.tokens[index]!.sentence;
  for (let k = index - 2; k >= 0 && k >= index - 1 - ASIDE_REACH && doc.tokens[k]!.sentence === sentence; k--) if (doc.tokens[k]!.norm === ",") return cleftBefore(doc, k - 1, w);
  return false;
}
const ASIDE_REACH = 25;
function cleftBefore(doc: Document, from: number, verb: string): boolean {
  const sentence = doc.tokens[from + 1]!.sentence;
  let sawDo = false;
  // The speaker does it: "what I do now is…", not "the biggest thing that didn't work was…".
  let speaker = false;
  for (let k = from; k >= 0 && k > from - PSEUDO_CLEFT_WINDOW && doc.tokens[k]!.sentence === sentence; k--) {
    const t = doc.tokens[k]!.norm;
    // "What I should be doing is…" sets a practice; "what I was doing was answering emails" tells the story.
    if ((t === "do" || t === "did" || t === "done" || (t === "doing" && verb === "is") || INSTITUTING.has(t)) && !doc.tokens[k]!.negated) sawDo = true;
    if (t === "i" || t === "we") speaker = true;
    if (CLEFT_OPENERS.has(t) && sawDo) return speaker;
  }
  return false;
}

// "I've made it a rule that whenever…", "we agreed a deploy rule: whoever…": a rule of the
// speaker's (or their team's) is a practice, told in the clause after it.
const RULE_NOUNS = new Set(["rule", "policy", "practice", "routine", "standard", "habit", "protocol"]);
function isRuleStatement(doc: Document, index: number): boolean {
  const token = doc.tokens[index]!;
  const next = doc.tokens[index + 1]?.norm;
  if (!RULE_NOUNS.has(token.norm) || (next !== "that" && next !== ":") || token.negated) return false;
  const owner = doc.tokens[index - 1]?.norm;
  if (owner === "my" || owner === "our") return true;
  // A rule the speaker made or keeps ("I've made it a rule that…", "we agreed a deploy rule:"), not
  // one they broke ("I ignored the rule that…").
  if (!SPEAKER_SUBJECTS.has(doc.clauses[token.clause]!.subject)) return false;
  for (let k = index - 1; k >= Math.max(0, index - 5) && doc.tokens[k]!.clause === token.clause; k--) if (RULE_MAKERS.has(doc.tokens[k]!.norm)) return true;
  return false;
}
const RULE_MAKERS = new Set(["made", "make", "makes", "set", "agreed", "agree", "introduced", "introduce", "adopted", "adopt", "created", "wrote", "have", "has", "follow", "follows", "keep", "kept", "brought", "started"]);

// A rule about things rather than a habit of the speaker's: "every field gets sampled in August",
// "any change now goes through a trial run", "no payment run can be released on one approval",
// "nothing leaves the yard without a second check". The subject is quantified over every case and
// the verb is in the present (or a modal passive), so it holds from now on, not once in the story.
// "Now" says the rule holds from here on; it does not say when in the work it applies.
const NOW = new Set(["now", "nowadays"]);
const SINGULAR_QUANTIFIERS = new Set(["every", "each", "any", "no"]);
const PRONOUN_QUANTIFIERS = new Set(["nothing", "anything", "everything", "nobody", "everybody", "everyone"]);
const RULE_AUXILIARIES = new Set(["gets", "get", "is", "are", "must", "can", "cannot", "has", "have", "needs", "need", "will", "should"]);
const RULE_OPENERS = new Set(["now", "so", "that", "and", "then", "nowadays", "here", "today"]);
const RULE_SKIPS = new Set(["be", "to", "now", "always", "first", "only", "never", "not", "also"]);
const PARTICIPLE_IRREGULAR = new Set(["done", "seen", "written", "taken", "given", "sent", "kept", "read", "set", "put", "built", "made", "held", "run", "shown", "told", "cut", "split"]);
const NOT_VERB_ENDINGS = /(?:ss|us|is|ous|ics)$/;
// "Everyone says it was fine": a verb of saying or thinking reports, it sets no rule.
const REPORTING = new Set(["says", "thinks", "feels", "knows", "agrees", "believes", "wants", "seems", "looks"]);
function isParticiple(word: string): boolean {
  return (word.length > 4 && word.endsWith("ed")) || PARTICIPLE_IRREGULAR.has(word);
}
// Words that say the answer has turned to a change: "what changed afterwards was…".
const CHANGE_WORDS = new Set(["change", "changed", "changes", "differently"]);
const TAKES_OBJECT = new Set(["gets", "get", "needs", "need"]);
const AUXILIARY_REACH = 3;
// How far a quantified subject may run on through a list of its kinds.
const LIST_REACH = 8;
// A comma inside the subject: the list goes on with one or two words and then "or"/"and"
// ("a reagent, consumable or instrument setting"); a comma before a new clause does not.
function listGoesOn(doc: Document, comma: number): boolean {
  for (let k = comma + 1; k <= comma + 3; k++) {
    const t = doc.tokens[k];
    if (t === undefined || t.kind !== "word") return false;
    if ((t.norm === "or" || t.norm === "and") && k > comma + 1) return true;
  }
  return false;
}
function quantifiedRule(doc: Document, index: number, ownRule: boolean): number {
  const tokens = doc.tokens;
  const token = tokens[index]!;
  const singular = SINGULAR_QUANTIFIERS.has(token.norm);
  const pronoun = PRONOUN_QUANTIFIERS.has(token.norm);
  if (!(singular || pronoun || token.norm === "all") || token.negated || token.quoted) return -1;
  // The quantifier opens its clause, after at most a linking word ("now every order gets…"), or
  // is the content of a rule the speaker made ("the rule I set myself is that every…").
  const clause = doc.clauses[token.clause]!;
  if (!ownRule) for (let k = index - 1; k >= clause.first && !(tokens[k]!.norm === "that" && THAT_OPENERS.has(tokens[k - 1]?.norm ?? "")); k--) if (tokens[k]!.kind === "word" && !tokens[k]!.filler && !RULE_OPENERS.has(tokens[k]!.norm)) return -1;
  // A noun phrase follows the quantifier ("every new field"), unless the quantifier is one.
  // "Every three days the stock gets counted": a time, then the rule's own subject; after a
  // time only a passive counts ("every three weeks brings another audit" is a remark).
  let start = index + (pronoun ? 1 : 2);
  let timed = false;
  while (start - 1 <= clause.last && tokens[start - 1] !== undefined && (tokens[start - 1]!.kind === "number" || NUMBER_WORDS.has(tokens[start - 1]!.norm) || (timed && TIMING_UNITS.has(tokens[start - 1]!.norm)))) {
    timed = true;
    start++;
  }
  if (timed) start++;
  // "Nothing really jumps out" is a remark: a pronoun's verb comes straight after it.
  const lastVerbAt = pronoun ? index + 2 : start + 6;
  // The subject may list its kinds across commas ("any change to a reagent, consumable or
  // instrument setting now needs…"): the look runs on into the list's clause, a few words further.
  let clauseLast = clause.last;
  let reach = lastVerbAt;
  for (let k = start; k <= Math.min(clauseLast, reach + (pronoun ? 0 : AUXILIARY_REACH)); k++) {
    const t = tokens[k]!;
    // A long subject ("any migration touching a table over a million rows gets…") reaches the
    // rule's auxiliary a little later than a bare present verb is looked for.
    if (k > reach && !RULE_AUXILIARIES.has(t.norm)) continue;
    if (t.norm === "," && !pronoun && k === clauseLast && listGoesOn(doc, k)) {
      clauseLast = doc.clauses[tokens[k + 1]!.clause]!.last;
      reach += LIST_REACH;
      continue;
    }
    if (t.kind !== "word" || t.quoted) return -1;
    const w = t.norm;
    if (w === "now" || w === "always") continue;
    // "Every morning meeting was a list of new findings" describes the story, whatever follows.
    if (w === "was" || w === "were") return -1;
    // "Hours" in "anything due in two hours" is a noun.
    if (TIMING_UNITS.has(w)) {
      if (pronoun) return -1;
      continue;
    }
    // "Has to be signed" is a rule; "no parent has told me" is a result.
    if ((w === "has" || w === "have") && tokens[k + 1]?.norm !== "to") return -1;
    if (RULE_AUXILIARIES.has(w)) {
      // "Every damp report now gets a surveyor visit": "get" with an object is the verb itself.
      // So is "need" with one: "any change now needs a side-by-side run".
      if (TAKES_OBJECT.has(w) && (DETERMINERS.has(tokens[k + 1]?.norm ?? "") || tokens[k + 1]?.kind === "number")) return k;
      // "gets sampled", "can be released", "has to be signed", "needs checking".
      let j = k + 1;
      while (j <= clauseLast && RULE_SKIPS.has(tokens[j]!.norm)) j++;
      const next = tokens[j];
      if (next === undefined || j > clauseLast) return -1;
      if (w.startsWith("need") && next.norm.endsWith("ing")) return j;
      if (!isParticiple(next.norm)) return -1;
      // "Is sorted", "is appreciated" describe a state; "gets checked", "can be released", "is
      // checked before…", "is logged on the day it arrives" tell what happens to every case, and
      // so does "every request is now logged": "now" sets it against how things were done.
      if (w === "is" || w === "are") {
        if (singular) for (let t = k + 1; t < j; t++) if (tokens[t]!.norm === "now") return j;
        for (let t = j + 1; t <= clauseLast; t++) if ((isTiming(doc, t) && tokens[t]!.norm !== "now") || tokens[t]!.norm === "by") return j;
        return -1;
      }
      return j;
    }
    // A present-tense verb after a singular subject: "goes through", "waits", "leaves".
    // A verb goes on to something ("no quote leaves the office"); "no breakages." is a noun.
    const goesOn = tokens[k + 1]?.kind === "word" && tokens[k + 1]!.clause === t.clause;
    // "No customer complaints came in": a plural noun before a past verb is not a verb.
    const pastNext = goesOn && (tokens[k + 1]!.norm.endsWith("ed") || IRREGULAR_PAST.has(tokens[k + 1]!.norm));
    // "…over a million rows gets rehearsed": a plural noun before the rule's own verb.
    if (goesOn && RULE_AUXILIARIES.has(tokens[k + 1]!.norm)) continue;
    if (!timed && (singular || pronoun) && goesOn && !pastNext && w.length > 3 && w.endsWith("s") && !NOT_VERB_ENDINGS.test(w) && !FUNCTION_WORDS.has(w) && !REPORTING.has(w)) {
      const stem = w.endsWith("es") && !isBaseVerb(w.slice(0, -1)) ? w.slice(0, -2) : w.slice(0, -1);
      return /^[a-z]{2,}$/.test(stem) && !OUTCOME_VERBS.has(stem) && !["seem", "look", "feel", "mean", "matter"].includes(stem) ? k : -1;
    }
    if (pronoun) return -1;
  }
  return -1;
}

// "The rule I set myself afterwards is that every field gets sampled…", "our policy now: nothing
// ships on a Friday": what follows is the content of a rule the speaker made or keeps (as in
// isRuleStatement), told as a complement. "The rule was that…" is the old rule of the story.
const RULE_SCAN = 12;
function introducedAsOwnRule(doc: Document, index: number): boolean {
  const tokens = doc.tokens;
  let k: number;
  if (tokens[index - 1]?.norm === ":") k = index - 2;
  else if (tokens[index - 1]?.norm === "that" && tokens[index - 2]?.norm === "is") k = index - 3;
  else return false;
  const sentence = tokens[index]!.sentence;
  let made = false;
  for (; k >= 0 && k >= index - RULE_SCAN && tokens[k]!.sentence === sentence; k--) {
    const t = tokens[k]!;
    // "The trouble with our policy is that…", "our policy at the time:": the rule is not the subject.
    if (RULE_SCAN_STOPS.has(t.norm)) return false;
    // "The rule, which I kept ignoring, is that…" is one the speaker broke.
    if (RULE_MAKERS.has(t.norm) && SUBJECTS.has(tokens[k - 1]?.norm ?? "") && !(tokens[k + 1]?.norm ?? "").endsWith("ing")) made = true;
    if (RULE_NOUNS.has(t.norm)) {
      // "My own rule", "our new policy", "our team's rule".
      let o = k - 1;
      while (o >= 0 && OWNER_MODIFIERS.has(tokens[o]!.norm)) o--;
      const owner = tokens[o]?.norm;
      return !t.negated && (made || owner === "my" || owner === "our");
    }
  }
  return false;
}
const RULE_SCAN_STOPS = new Set(["with", "of", "about", "for", "at", "in", "on", "old", "previous", "back"]);
const OWNER_MODIFIERS = new Set(["own", "new", "personal", "golden", "simple", "main", "one", "team", "teams", "first"]);

// "The practice I've drawn from it is simple: at project initiation, check every date against the
// calendar": after a colon that closes a rule or lesson, a clause opening on a bare verb is the
// rule itself, told as an instruction.
const INSTRUCTION_NOUNS = new Set([...RULE_NOUNS, "lesson", "lessons", "takeaway"]);
const INSTRUCTION_REACH = 8;
function isInstruction(doc: Document, index: number): boolean {
  const tokens = doc.tokens;
  const token = tokens[index]!;
  // The verb goes on to its object ("check every date", "sign off the run", "get two signatures");
  // "communication matters more" or "people remember how…" open on a noun, not a verb.
  const next = tokens[index + 1];
  if (next === undefined || !(OBJECT_STARTS.has(next.norm) || next.kind === "number")) return false;
  if (token.negated && !INSTRUCTION_LEADS.has(tokens[index - 1]?.norm ?? "")) return false;
  // "Always check…", "never send…", "don't send…" lead into the instruction.
  const clause = doc.clauses[token.clause]!;
  for (let k = clause.first; k < index; k++) if (tokens[k]!.kind === "word" && !tokens[k]!.filler && !INSTRUCTION_LEADS.has(tokens[k]!.norm)) return false;
  let colon = -1;
  for (let k = index - 1; k >= 0 && k >= index - INSTRUCTION_REACH && tokens[k]!.sentence === token.sentence; k--) {
    if (tokens[k]!.norm === ":") {
      colon = k;
      break;
    }
  }
  if (colon < 0 || !isBaseVerb(token.norm)) return false;
  // "Lesson learned: time management is everything": a copula after it makes the word a noun.
  for (let k = index + 1; k <= clause.last; k++) if (COPULAS.has(tokens[k]!.norm)) return false;
  // The rule or lesson is named in the clause the colon closes, not somewhere earlier, and is not
  // one of the story ("the rule at that firm was:", "the rule I ignored:").
  const announced = tokens[colon]!.clause;
  let named = false;
  for (let k = colon - 1; k >= 0 && tokens[k]!.clause === announced; k--) {
    if (OLD_RULE.has(tokens[k]!.norm)) return false;
    if (INSTRUCTION_NOUNS.has(tokens[k]!.norm) && !tokens[k]!.negated) named = true;
  }
  return named;
}
const INSTRUCTION_LEADS = new Set(["always", "never", "just", "do", "not", "first"]);
const OLD_RULE = new Set(["was", "were", "ignored", "broke", "broken", "skipped", "bypassed", "had"]);

function isBaseVerb(word: string): boolean {
  return /^[a-z]{2,}$/.test(word) && (word === "get" || !FUNCTION_WORDS.has(word)) && !NOT_PRACTICES.has(word) && !OUTCOME_VERBS.has(word) && (!IRREGULAR_PAST.has(word) || SAME_FORM_VERBS.has(word)) && !word.endsWith("ed") && !word.endsWith("ing") && !word.endsWith("ly");
}

const LOOK_LINKS = new Set(["at", "over", "through"]);
function isFeeling(doc: Document, verb: number): boolean {
  const w = doc.tokens[verb]!.norm;
  let k = verb + 1;
  if (w === "take" || w === "takes") {
    if (doc.tokens[k]?.norm === "it" || doc.tokens[k]?.norm === "things") k++;
    return ["personally", "hard"].includes(doc.tokens[k]?.norm ?? "") || (doc.tokens[k]?.norm === "to" && doc.tokens[k + 1]?.norm === "heart");
  }
  return (w === "get" || w === "gets" || w === "feel" || w === "feels") && statesAFeeling(doc, k);
}
const GO_THROUGH = new Set(["through", "over"]);
const LIGHT_VERBS = new Set(["do", "make"]);
const LIGHT_GERUNDS = new Set(["doing", "making"]);
// "Started making a mess of the rota" is a fault, not a practice.
const FAULT_OBJECTS = new Set(["mess", "hash", "mistake", "mistakes", "error", "errors", "muddle", "meal", "fuss", "scene"]);
const COUNTED = new Set(["a", "an", "one", "two", "three", "four", "five", "ten", "some"]);
const AMOUNTS = new Set(["lot", "bit", "little", "few", "better", "good", "great", "poor", "bad", "terrible", "awful"]);
// "Go over the figures" reviews them; "go over budget" overruns it.
// What an instruction's verb goes on to: a determiner, a count or a particle ("sign off the run").
const OBJECT_STARTS = new Set([...DETERMINERS, "one", "two", "three", "off", "up", "out", "in", "through", "over", "back", "down"]);
// "Go over the top", "go through the motions".
const IDIOMS = new Set(["top", "motions", "roof"]);
const PROGRESSIVE_AUXILIARIES = new Set(["have", "am", "are"]);
// Where another clause of the sentence begins, a condition no longer belongs to the verb.
const CONDITION_STOPS = new Set(["which", "so", "because", "but", "and"]);
const QUESTION_MODALS = new Set(["can", "could", "may", "might", "shall"]);
const RULE_CONDITIONS = new Set(["without", "unless"]);
const CONDITION_REACH = 20;
// Whether one of `conditions` follows `from` in the same clause of thought: within the sentence,
// up to where another clause begins, and a bounded look so an endless sentence stays linear.
function hasCondition(doc: Document, from: number, conditions: ReadonlySet<string>): boolean {
  const sentence = doc.tokens[from - 1]?.sentence;
  for (let k = from; k < from + CONDITION_REACH && doc.tokens[k]?.sentence === sentence && !CONDITION_STOPS.has(doc.tokens[k]!.norm); k++) if (conditions.has(doc.tokens[k]!.norm)) return true;
  return false;
}
const UNSPECIFIED_OBJECTS = new Set(["stuff", "things", "everything", "something", "anything"]);
// Nothing after it says which: the clause ends, or its time begins ("…before I start"); "anything
// missing", "everything back to the client" go on to say which.
const endsObject = (t: Token | undefined, clause: number): boolean => t === undefined || t.kind === "punct" || t.clause !== clause || TIMING_MARKERS.has(t.norm) || OBJECT_TIME_OPENERS.has(t.norm);
const OBJECT_TIME_OPENERS = new Set(["if", "as", "since", "while", "once", "twice", "again"]);
const ALOUD = new Set(["aloud", "loud", "back"]);
const ALOUD_REACH = 8;
function saidAloud(doc: Document, verb: number): boolean {
  for (let k = verb + 1; k <= verb + ALOUD_REACH && doc.tokens[k]?.clause === doc.tokens[verb]!.clause; k++) if (ALOUD.has(doc.tokens[k]!.norm)) return true;
  return false;
}
const HABIT_MAKERS = new Set(["made", "make", "makes", "making"]);
const PAST_CAUSATIVES = new Set(["had", "got"]);
const CAUSATIVES = new Set(["have", "has", "had", "get", "gets", "got", "make", "makes"]);
const AGENT_STARTS = new Set(["someone", "somebody", "another", "a", "my", "our", "the", "one", "each", "every", "two", "them", "him", "her", "people", "everyone", "whoever"]);
// Who carries the practice out; a comma closes a phrase in apposition ("someone else, a named person,").
const AGENTS = new Set(["someone", "somebody", "else", "them", "him", "her", "everyone", "person", "people", "colleague", "colleagues", "manager", "lead", "supervisor", "peer", "partner", "buddy", "teammate", "member", "reviewer", "engineer", "nurse", "pharmacist", "checker", "senior", "team", "staff", "client", "customer", "driver"]);
const CAUSATIVE_REACH = 10;
const MANNER_CHANGES = new Set(["changed", "change", "changes", "changing", "adjusted", "adjust", "altered", "alter", "tweaked", "tweak", "rethought", "rethink", "reworked", "rework", "adapted", "adapt", "modified", "modify", "overhauled", "overhaul", "revamped", "revamp", "improved", "improve"]);
const BACK_POINTERS = new Set(["that", "this", "then"]);
const WH_OBJECTS = new Set(["which", "what", "who", "how", "whether", "where", "when"]);

/** The verb a lead-in introduces, skipping adverbs and fillers, or -1. */
function verbAfter(doc: Document, lead: number, lead_: Lead, pastAllowed = false): number {
  let k = lead + 1;
  let never = false;
  while (k < doc.tokens.length && (doc.tokens[k]!.filler || ADVERBS.has(doc.tokens[k]!.norm))) {
    if (doc.tokens[k]!.norm === "never") never = true;
    k++;
  }
  // "I don't pull a sitter without calling the supervisor first", after a modal "I won't sign off
  // without…": a prohibition with its condition is a rule, like "never… until"; a bare "I don't
  // check the stock" is not. The condition belongs to this verb: the look stops where another
  // clause of the sentence begins ("I don't delegate, so I end up working until midnight").
  if (doc.tokens[k]?.norm === "do" && doc.tokens[k + 1]?.norm === "not") k++;
  if (doc.tokens[k]?.norm === "not") {
    k++;
    if (hasCondition(doc, k, LIFTING_CONDITIONS)) never = true;
  }
  if (k < doc.tokens.length) k = compoundEnd(doc, k);
  const t = doc.tokens[k];
  // "I now never send a call sheet until…" is a rule: a "never" of the lead-in does not negate it.
  if (t === undefined || t.kind !== "word" || t.clause !== doc.tokens[lead]!.clause || t.name || (t.negated && !never) || t.quoted) return -1;
  // "Since then I've been doing a set of ten every night", "we're doing a retro after every
  // release": a habit kept up, told in the progressive.
  if (lead_ === "present" && PROGRESSIVE_AUXILIARIES.has(t.norm)) {
    let at = k + 1;
    while (ADVERBS.has(doc.tokens[at]?.norm ?? "")) at++;
    if (t.norm === "have" && doc.tokens[at]?.norm === "been") at++;
    const verb = doc.tokens[at];
    if (verb === undefined || verb.clause !== t.clause || verb.negated || verb.norm.length < 5 || !verb.norm.endsWith("ing")) return -1;
    // The -ing form is asked of the lists as it is ("missing my target", "ignoring the warnings"),
    // and "getting better", "getting flustered" are states, not habits.
    if (NOT_PRACTICE_FORMS.has(verb.norm) || VAGUE_OBJECTS.has(doc.tokens[at + 1]?.norm ?? "") || statesAFeeling(doc, at + 1)) return -1;
    return at;
  }
  // "Do two timed practice runs", "make a checklist": a light verb with a counted object, not an
  // amount of effort ("do a lot more groundwork") or a verdict ("do a poor job").
  const counted = doc.tokens[k + 1];
  if (LIGHT_VERBS.has(t.norm) && counted !== undefined && (COUNTED.has(counted.norm) || counted.kind === "number") && !AMOUNTS.has(doc.tokens[k + 2]?.norm ?? "")) return k;
  // "Look" is a practice only when it looks at something: "I look at the board before…".
  if (t.norm === "look" && LOOK_LINKS.has(doc.tokens[k + 1]?.norm ?? "")) return k;
  // "I go down it and check…", "I'll come in and walk the floor": the motion hands the practice
  // to the verb joined to it.
  if (t.norm === "go" || t.norm === "come") {
    // "I go through every deal…", "I go over the rota with…": going through things is reviewing them.
    if (t.norm === "go" && GO_THROUGH.has(doc.tokens[k + 1]?.norm ?? "") && DETERMINERS.has(doc.tokens[k + 2]?.norm ?? "") && !IDIOMS.has(doc.tokens[k + 3]?.norm ?? "")) return k;
    for (let j = k + 1; j <= k + 5 && j + 1 < doc.tokens.length && doc.tokens[j]!.clause === t.clause; j++) {
      if (doc.tokens[j]!.norm === "and" && isBaseVerb(doc.tokens[j + 1]!.norm)) return j + 1;
    }
    return -1;
  }
  // "I'd have someone else, a named person, check the proof…", "I get a colleague to read it":
  // the speaker arranges the practice, and the verb of whoever carries it out names it.
  // In the past only where the sentence tells a change: "I got a colleague to cover my shifts every
  // Monday" may be the failure itself.
  if (CAUSATIVES.has(t.norm) && AGENT_STARTS.has(doc.tokens[k + 1]?.norm ?? "") && (pastAllowed || !PAST_CAUSATIVES.has(t.norm))) {
    const withTo = t.norm.startsWith("get") || t.norm === "got";
    let named = AGENTS.has(doc.tokens[k + 1]!.norm);
    for (let j = k + 2; j <= k + CAUSATIVE_REACH && j < doc.tokens.length && doc.tokens[j]!.sentence === t.sentence; j++) {
      const agent = doc.tokens[j - (withTo ? 2 : 1)]?.norm ?? "";
      const word = doc.tokens[j]!.norm;
      if ((!withTo || doc.tokens[j - 1]!.norm === "to") && (AGENTS.has(agent) || (!withTo && named && agent === ",")) && !AGENTS.has(word) && isBaseVerb(word)) return ADVERBS.has(word) && j + 1 < doc.tokens.length && isBaseVerb(doc.tokens[j + 1]!.norm) ? j + 1 : j;
      named ||= AGENTS.has(word);
    }
  }
  // "I say my first two answers out loud" rehearses; "I say that…" reports, and "I always say the
  // same thing in every interview" is a habit of the fault.
  if (t.norm === "say" && lead_ === "present" && doc.tokens[k + 1]?.norm === "my" && saidAloud(doc, k)) return k;
  // "I get really invested in every candidate", "I take it personally when…": a feeling that comes
  // over the speaker, not something they do.
  if (isFeeling(doc, k)) return -1;
  // "I'll put my hand up" owns a mistake; it is not a practice.
  if ((t.norm === "put" || t.norm === "hold") && doc.tokens[k + 1]?.norm === "my" && (doc.tokens[k + 2]?.norm ?? "").startsWith("hand")) return -1;
  // After a pseudo-cleft the practice may be a noun: "what I'd do differently is a dry run of…".
  if (lead_ === "cleft" && (t.norm === "a" || t.norm === "an")) {
    const noun = doc.tokens[k + 1];
    return noun !== undefined && noun.kind === "word" && !FUNCTION_WORDS.has(noun.norm) && !VAGUE_OBJECTS.has(noun.norm) && !ABSTRACT_OBJECTS.has(noun.norm) ? k + 1 : -1;
  }
  // "What I should be doing is entering my time at the end of every day."
  if (lead_ === "cleft" && t.norm.endsWith("ing") && t.norm.length > 5 && !NOT_PRACTICE_FORMS.has(t.norm)) return k;
  // A habit made is the practice ("I've made a habit of preparing one named example…"); "I had a
  // habit of leaving it to the last day" is the fault.
  if (lead_ === "gerund" && t.norm === "of" && doc.tokens[lead]!.norm === "habit") return HABIT_MAKERS.has(doc.tokens[lead - 2]?.norm ?? "") ? verbAfter(doc, k, lead_) : -1;
  // "I started doing a confirmation call…": a light verb with a counted object, as in the present.
  if (lead_ === "gerund" && LIGHT_GERUNDS.has(t.norm)) return counted !== undefined && (COUNTED.has(counted.norm) || counted.kind === "number") && !AMOUNTS.has(doc.tokens[k + 2]?.norm ?? "") && !FAULT_OBJECTS.has(doc.tokens[k + 2]?.norm ?? "") ? k : -1;
  if (lead_ === "gerund") return t.norm.endsWith("ing") && t.norm.length > 5 && !NOT_PRACTICES.has(t.norm.slice(0, -3)) ? k : -1;
  // Present tense: "I book"; in a sentence that tells a change made, the past too: "on the next
  // project I booked the vendor call before agreeing any dates", but not a fault repeated ("after
  // that I blamed the overtime team in every meeting").
  // "Sort" is a hedge only in "sort of": "I sort my queue by age" is a practice.
  const sorts = t.norm === "sort" && doc.tokens[k + 1]?.norm !== "of";
  return isBaseVerb(t.norm) || sorts || (pastAllowed && lead_ === "present" && isPastAction(t.norm) && !NOT_PAST_PRACTICES.has(t.norm) && !repeatedFault(doc, k)) ? k : -1;
}

/**
 * An actionable practice: a behaviour with an object and a when. "I now write a one-page scope
 * and get sign-off before the kickoff" is strength 3 (action, object, timing); "I share the draft
 * with finance" is 2 (action and object, no timing). A practice is a habit or a rule, so it is
 * read in the present ("I check…"), as a started habit ("I started logging…"), as a lesson
 * ("learned to…") or an intention ("I'll book…"), never in the past-tense story of the failure.
 */
export const concretePractice = defineSignal({
  id: "concrete-practice",
  description: "Names an actionable practice: a behaviour with an object and when it happens.",
  uses: [learningMarker, appliedChange, futureIntent, platitude, failureMention, ownCausalAction],
  cues: {},
  detect: ({ doc, hitsOf }) => {
    const lessonSentences = new Set<number>();
    for (const signal of [learningMarker, appliedChange]) for (const hit of hitsOf(signal)) lessonSentences.add(doc.tokens[hit.first]!.sentence);
    const changeSentences = new Set(hitsOf(appliedChange).map((h) => doc.tokens[h.first]!.sentence));
    const intentSentences = new Set(hitsOf(futureIntent).map((h) => doc.tokens[h.first]!.sentence));
    const platitudeSpans = hitsOf(platitude);
    const inPlatitude = (k: number) => platitudeSpans.some((h) => k >= h.first && k <= h.last + 2);
    const tokens = doc.tokens;
    const hits: SignalHit[] = [];
    let coveredUntil = -1;
    // A rule about things describes the old process when told in the story ("every order gets
    // checked twice, but that day I skipped it"); it is a practice once the answer has turned to
    // what was learned or changed, or when the sentence says it holds now.
    let reflectionFrom = tokens.length;
    for (const signal of [learningMarker, appliedChange, futureIntent]) for (const hit of hitsOf(signal)) reflectionFrom = Math.min(reflectionFrom, hit.first);
    // A rule told in the present once the story of the failure is over and the answer has said
    // something changed ("two things changed after the postmortem") holds from then on; without
    // the change it may be the old process ("every invoice is checked by finance, so they caught it").
    let storyEnd = -1;
    for (const signal of [failureMention, ownCausalAction]) for (const hit of hitsOf(signal)) storyEnd = Math.max(storyEnd, hit.last);
    let changeTold = tokens.length;
    for (let k = storyEnd + 1; storyEnd >= 0 && k < tokens.length; k++) {
      // The change is the speaker's, their team's or the work's, not one in the story ("then the
      // client changed the spec", "the rates had changed that month").
      const subject = doc.clauses[tokens[k]!.clause]!.subject;
      if (CHANGE_WORDS.has(tokens[k]!.norm) && !tokens[k]!.negated && subject !== "others" && tokens[k - 1]?.norm !== "had") {
        changeTold = k;
        break;
      }
    }
    // Per sentence, once: whether it holds a habit word, and where its first when is (any, or one
    // that recurs), so a lead-in never rescans its sentence and one endless sentence stays linear.
    const habitSentences = new Set<number>();
    const firstTiming: number[] = doc.sentences.map(() => -1);
    const firstTrigger: number[] = doc.sentences.map(() => -1);
    // A quantified rule's when and "now" are read per sentence too: the first two whens, since
    // the quantifier itself may be the first ("every time…").
    const nowSentences = new Set<number>();
    // Two slots per sentence in one flat array: a sentence-long array of pairs costs an
    // allocation per sentence, which an answer of endless punctuation turns into many.
    const ruleTimings = new Int32Array(doc.sentences.length * 2).fill(-1);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      // Asked once per token: both reads below need it.
      const timing = isTiming(doc, k);
      if (NOW.has(t.norm)) nowSentences.add(t.sentence);
      else if (!t.negated && timing) {
        const slot = t.sentence * 2;
        if (ruleTimings[slot]! < 0) ruleTimings[slot] = k;
        else if (ruleTimings[slot + 1]! < 0) ruleTimings[slot + 1] = k;
      }
      if (HABIT_WORDS.has(t.norm) && (!t.negated || t.norm === "now")) habitSentences.add(t.sentence);
      const next = tokens[k + 1]?.norm ?? "";
      if (t.norm === "now" || next === "that" || next === "then" || next === "this" || !timing) continue;
      if (firstTiming[t.sentence]! < 0) firstTiming[t.sentence] = k;
      if (firstTrigger[t.sentence]! < 0 && isTrigger(doc, k)) firstTrigger[t.sentence] = k;
    }
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== "word" || token.quoted || token.filler || i <= coveredUntil) continue;
      const w = token.norm;
      const ownRule = introducedAsOwnRule(doc, i);
      const ruleVerb = quantifiedRule(doc, i, ownRule);
      if (ruleVerb >= 0) {
        const firstWhen = ruleTimings[token.sentence * 2]!;
        const secondWhen = ruleTimings[token.sentence * 2 + 1]!;
        const timing = firstWhen === i ? secondWhen : firstWhen;
        if (nowSentences.has(token.sentence) || ownRule || i > reflectionFrom || i > changeTold || lessonSentences.has(token.sentence) || intentSentences.has(token.sentence)) {
          const last = Math.min(clauseEnd(doc, ruleVerb), Math.max(ruleVerb, timing));
          hits.push({ first: i, last: Math.max(last, ruleVerb), strength: timing >= 0 ? 3 : 2 });
          coveredUntil = Math.max(last, ruleVerb);
          continue;
        }
      }
      // "I've insisted on measuring up myself": a gerund after "insist on" is a practice.
      const insistsOn = w === "on" && INSIST.has(tokens[i - 1]?.norm ?? "");
      const lead: Lead | null = SUBJECTS.has(w) ? "present" : w === "to" ? "infinitive" : isPseudoCleft(doc, i) ? "cleft" : MODALS.has(w) ? "modal" : GERUND_LEADS.has(w) || insistsOn ? "gerund" : isRuleStatement(doc, i) ? "rule" : isInstruction(doc, i) ? "imperative" : null;
      if (lead === null) continue;
      const before = tokens[i - 1];
      // "to" leads a practice only after a word that makes it one: "learned to", "make sure to",
      // "my rule is to" - not "my goal was to" or "to give you the background".
      if (lead === "infinitive" && w === "to" && !INFINITIVE_GOVERNORS.has(before?.norm ?? "") && !governedThroughCopula(doc, i)) continue;
      // "You learn to roll with the punches" tells what anyone learns: a platitude, not a practice.
      if (lead === "infinitive" && tokens[i - 2]?.norm === "you") continue;
      const demonstrative = before?.norm === "that" && THAT_OPENERS.has(tokens[i - 2]?.norm ?? "");
      if (before !== undefined && before.clause === token.clause && SUBORDINATORS.has(before.norm) && !demonstrative && lead === "present") continue;
      // "Could I add them now?" asks to add to an answer; it is not a habit.
      if (lead === "present" && before !== undefined && QUESTION_MODALS.has(before.norm)) continue;
      // A modal counts only with the speaker as subject: "I'll book…", not "they'll respond…".
      if (lead === "modal" && !SUBJECTS.has(before?.norm ?? "")) continue;
      // So does a habit verb: "I kept a log…", not "my manager kept asking for every report".
      if (lead === "gerund" && HABIT_VERBS.has(w) && !SPEAKER_SUBJECTS.has(doc.clauses[token.clause]!.subject)) continue;
      const verb = lead === "rule" ? i + 1 : lead === "imperative" ? i : verbAfter(doc, i, lead, changeSentences.has(token.sentence));
      // "I've been doing this job for over a decade" tells how long, not how.
      if (verb < 0 || inPlatitude(verb) || toldAsTenure(doc, verb)) continue;
      // "I changed how I run my consults", "I've adjusted the way I delegate": a change of manner
      // says that the practice changed and what it is about, not what it now is, so it never
      // reaches the top strength.
      const mannerOnly = MANNER_CHANGES.has(tokens[verb]!.norm) && (tokens[verb + 1]?.norm === "how" || (tokens[verb + 1]?.norm === "the" && tokens[verb + 2]?.norm === "way"));
      const clause = doc.clauses[token.clause]!;
      // Habit words anywhere in the sentence: "Now, before confirming any receipt, I open the PO lines…".
      const sentence = doc.sentences[token.sentence]!;
      // A verb read despite its negation is a rule in itself with "without" or "unless"; with "until"
      // it needs a habit word ("I don't release finishes now until…"; "now" stays a habit word
      // under the negation), since "I don't tell my manager until it blows up" is a fault.
      let habit = tokens[verb]!.negated && hasCondition(doc, verb + 1, RULE_CONDITIONS);
      habit ||= habitSentences.has(token.sentence);
      const lesson = lessonSentences.has(token.sentence);
      const intent = intentSentences.has(token.sentence);
      // "I kept putting the study off whenever things got busy" is the failure's own habit: a past
      // "kept" is a practice only where the answer tells a change or a lesson ("started" is a change).
      // So is "I insisted on redoing every component": the story's own insistence, unless a change is told.
      const pastHabit = lead === "gerund" && (PAST_HABIT_LEADS.has(w) || (insistsOn && tokens[i - 1]!.norm === "insisted"));
      const inContext = lead === "imperative" || (lead === "modal" || pastHabit ? intent || lesson : habit || lesson || intent);
      if (!inContext) continue;

      // Told in the past, a practice's "when" must be a trigger that recurs ("before agreeing any
      // dates"); a date or a span ("on the Monday", "a week late") dates a one-off fix.
      const past = tokens[verb]!.norm.endsWith("ed") || IRREGULAR_PAST.has(tokens[verb]!.norm);
      // A rule's content runs on across clauses: "a rule that whenever X changes, nothing restarts until…".
      // So does a habit negated up to its condition: "I don't publish a date until…".
      const end = lead === "rule" || tokens[verb]!.negated ? sentence.last : clauseEnd(doc, verb);
      let object = -1;
      let timing = -1;
      let seen = 0;
      let objectClosed = false;
      for (let k = verb + 1; k <= end && seen < 20; k++) {
        const t = tokens[k]!;
        if (t.kind === "punct" || t.filler) continue;
        seen++;
        // "…after that" points back to the story: it dates the change, not when the practice applies.
        if (timing < 0 && isTiming(doc, k) && !BACK_POINTERS.has(tokens[k + 1]?.norm ?? "") && (!past || isTrigger(doc, k))) timing = k;
        // "I check stuff before I start": a practice whose object is anything at all names none,
        // and the words after it belong to its time; "anything missing" is qualified, so named.
        if (object < 0 && seen <= 2 && UNSPECIFIED_OBJECTS.has(t.norm) && endsObject(tokens[k + 1], t.clause)) objectClosed = true;
        if (object < 0 && !objectClosed && seen <= 5 && !FUNCTION_WORDS.has(t.norm) && !VAGUE_OBJECTS.has(t.norm) && !TIMING_MARKERS.has(t.norm)) {
          // An abstract object ("stakeholder engagement") makes the whole practice abstract.
          if (ABSTRACT_OBJECTS.has(t.norm) || ABSTRACT_OBJECTS.has(tokens[k + 1]?.norm ?? "")) break;
          object = k;
        }
      }
      // Timing said before the verb counts too, earlier in the sentence: "before every launch I
      // book…", "at planning, before I pick any sample, I'll reconcile…"; not "after that I…".
      if (timing < 0) {
        const first = (past ? firstTrigger : firstTiming)[token.sentence]!;
        if (first >= 0 && first < i) timing = first;
      }
      // Its when may follow after a comma: "I release components one at a time, every two weeks".
      if (timing < 0 && tokens[end]?.norm === "," && tokens[end + 1]?.sentence === token.sentence && opensTime(doc, end + 1)) timing = end + 1;
      // The object may be a clause of its own: "I'll restate *which side we represent*".
      if (object < 0 && end + 1 < tokens.length && WH_OBJECTS.has(tokens[end + 1]!.norm) && tokens[end + 1]!.sentence === token.sentence) {
        const next = tokens[end + 2];
        if (next !== undefined && next.kind === "word" && !FUNCTION_WORDS.has(next.norm) && !VAGUE_OBJECTS.has(next.norm)) object = end + 2;
      }
      if (object < 0) continue;
      // A when after the comma is shown with the practice: "…one at a time, every two weeks".
      const timeEnd = timing > end ? clauseEnd(doc, timing) : -1;
      const last = timing > end ? (tokens[timeEnd]!.kind === "punct" ? timeEnd - 1 : timeEnd) : Math.min(Math.max(end, object), Math.max(object, timing, verb));
      hits.push({ first: i, last, strength: timing >= 0 && !mannerOnly ? 3 : 2 });
      coveredUntil = last;
    }
    return hits;
  },
});
