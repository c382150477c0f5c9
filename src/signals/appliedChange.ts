import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import type { CueMatch } from "../text/lexicon.js";
import { DETERMINERS, OTHER_PRONOUNS, ROLE_NOUNS } from "../text/words.js";
import { failureMention } from "./failureMention.js";
import { FUNCTION_WORDS, IRREGULAR_PAST, isAsserted, isPastAction, memoByIndex, toClauseEnd, withoutOverlaps } from "./helpers.js";
import { learningMarker } from "./learningMarker.js";
import { ownCausalAction } from "./ownCausalAction.js";
import { ownResponsibility } from "./ownResponsibility.js";
import { selfCritique } from "./selfCritique.js";
import { FAULT_VERBS, NAMED_GOALS, repeatedFault, TIMING_MARKERS, TIMING_UNITS, statesAFeeling, toldAsTenure } from "./shared.js";

const HABIT_ADVERBS = new Set(["always", "routinely", "religiously", "consistently", "now"]);
const ROUTINE_WORDS = new Set(["every", "each", "whenever", "always", "weekly", "daily", "religiously", "routinely"]);
const HABIT_WORDS = new Set(["now", "always", "every", "each", "whenever", "nowadays", "routinely", "religiously", "any", "weekly", "daily", "never"]);
// "right now", "just now", "by now" are not about a change.
const NOT_NOW = new Set(["right", "just", "by", "until", "till", "for", "even"]);
// Words after "I" that are not present-tense verbs of doing.
const NOT_PRESENT = new Set(["see", "reckon", "know", "understand", "realize", "was", "were", "am", "had", "would", "will", "could", "should", "might", "think", "guess", "mean", "feel", "felt", "suppose", "believe", "hope", "wish", "said", "did", "do", "have", "is", "are", "be", "been", "not", "never", "just", "really", "also", "still", "always", "now", "then", "actually", "honestly"]);
const VERB_LEAD_ADVERBS = new Set(["now", "always", "also", "still", "usually", "routinely", "religiously", "then", "first", "personally", "actually", "just", "automatically"]);

// How far back a story's year is looked for: bounded, so a long answer stays linear.
const YEAR_REACH = 400;
// How far after "if" the habit it conditions is looked for.
const CONDITION_REACH = 20;
function isPresentVerb(word: string): boolean {
  return word.length > 1 && /^[a-z]+$/.test(word) && !NOT_PRESENT.has(word) && !IRREGULAR_PAST.has(word) && !word.endsWith("ed") && !word.endsWith("ing") && !word.endsWith("ly");
}

// "I always get like this", "I always seem to come across worse", "I go blank": what keeps
// happening to the speaker, or a fault they keep making, is a tendency, not a change.
const TENDENCY_VERBS = new Set(["seem", "seems", "tend", "feel", "apologize", ...FAULT_VERBS]);
// "Get" is a habit with an object ("I get sign-off") and a tendency with a state ("I get like
// this"); "go" is a habit when it goes somewhere or on to a verb ("I go through it", "I go and
// check") and a tendency otherwise ("I go blank", "I go too deep").
const GO_ON = new Set(["through", "over", "to", "into", "out", "back", "round", "around", "in", "and", "on", "up", "down", "first", "straight", "across", "along", "ahead", "home", "via"]);
function isTendency(doc: Document, k: number): boolean {
  const word = doc.tokens[k]?.norm ?? "";
  if (word === "go" || word === "goes") return !GO_ON.has(doc.tokens[k + 1]?.norm ?? "");
  if (word === "get" || word === "gets") return statesAFeeling(doc, k + 1);
  return TENDENCY_VERBS.has(word);
}
function isHabitVerb(doc: Document, k: number): boolean {
  const word = doc.tokens[k]?.norm ?? "";
  return (isPresentVerb(word) || word === "get" || word === "gets") && !isTendency(doc, k);
}

const BE_FORMS = new Set(["am", "is", "are", "was", "were", "be", "been", "being"]);
const PERFECT = new Set(["have", "has", "had"]);
const PRESENT_BE = new Set(["am", "are"]);
// A be-form tells a state only when what follows is one of these. Anything else told with one
// may be a way of working ("I'm the one who posts the notes", "I'm strict about the freeze"),
// so the closed lists name the states, not the steps.
// Feelings, being away or out of work, and being allowed, able or about to: what the speaker is.
const BEING_STATES = new Set(["happy", "happier", "busy", "busier", "tired", "fine", "glad", "grateful", "proud", "stressed", "okay", "ok", "settled", "comfortable", "relieved", "lucky", "allowed", "able", "about", "due", "senior", "off", "sick", "ill", "away", "retired", "unemployed", "redundant", "freelance", "self", "back", "remote", "part", "full"]);
// Where the speaker is placed, or the role they hold: "on a different team", "in a new role", "on
// nights", "now I'm a team lead", "a member of the panel".
const PLACE_PREPOSITIONS = new Set(["on", "in", "at", "with", "under"]);
const PLACEMENTS = new Set(["team", "ward", "shift", "nights", "days", "leave", "holiday", "site", "project", "department", "role", "job", "unit", "contract", "secondment", "company", "firm", "business", "branch", "store", "office", "school", "territory", "patch", "account", "management", "probation", "hours", "grade", "band"]);
const HELD_ROLES = new Set([...ROLE_NOUNS, "member", "freelancer", "trainee", "apprentice", "deputy", "assistant", "officer", "coordinator", "specialist", "teacher"]);
// Words a state may wait behind: "I'm just really busy", "I'm now on nights", "I'm a bit more senior".
const STATE_LEADS = new Set(["now", "just", "really", "still", "also", "currently", "actually", "so", "very", "quite", "pretty", "much", "far", "too", "mostly", "generally", "more", "a", "bit", "lot", "little", "fully", "officially"]);
// Words of intending that are as often nouns or other verbs look ahead only with "to" or "on"
// after them: "I plan to…", "I'm planning on…"; not "the rollback plan", "going over it".
const INTENT_VERBS = new Set(["going", "plan", "planning"]);
// How far after "plan" its "to" may come: "my plan from now on is to…".
const INTENT_REACH = 5;
// "I'm the one who signs off every rota", "I'm someone who…": the speaker named by what they do.
const ONE_WHO = new Set(["one", "person", "someone", "somebody"]);
// How many qualifying words a placement or a role may carry, and how far a state may wait.
const STATE_REACH = 4;

const DEPARTURES = new Set(["left", "quit", "resigned", "deserved", "lost", "fired", "sacked", "dismissed", "redundant", "demoted", "suspended"]);
const POSSESSIVE_OPENERS = new Set(["my", "the", "our", "his", "her", "their", "a", "another"]);
const PASSIVE_AUXILIARIES = new Set(["was", "were", "got", "been", "being", "get"]);
// What may stand between a subject and a passive's auxiliary: "I have just been moved".
const PASSIVE_LEAD_INS = new Set(["have", "has", "had", "just", "recently", "since", "then", "now"]);
const LINKS = new Set(["and", "so", "then", "but"]);
const DISCOVERY = new Set(["found", "realized", "heard", "learned", "noticed", "discovered", "saw", "received"]);
const FAULT_SIGNS = new Set(["without", "instead", "forgot", "skipped", "missed", "ignored", "assumed", "rushed", "too", "late", "wrong", "before"]);
const SUBORDINATORS = new Set(["when", "once", "as", "while", "if", "whenever"]);
const MODALS = new Set(["will", "would", "should", "could", "might", "going", "gonna", "want", "plan", "planning", "hope", "hoping", "intend", "intending", "if", "try", "need"]);
const ORDINALS = new Set(["second", "third", "fourth"]);
// Words that mark a clause as a change made, not the story's setting.
const MARKED = new Set(["now", "nowadays", "since", "anymore"]);

/**
 * A change actually applied after the failure: "since then I…", "on the next project I…",
 * "I now…", "I've started…". Strength 2 in the first person, 1 for "we".
 */
export const appliedChange = defineSignal({
  id: "applied-change",
  description: "Describes a change applied since (\"since then I…\", \"on the next project I…\", \"I now…\").",
  uses: [failureMention, learningMarker, selfCritique, ownCausalAction, ownResponsibility],
  cues: {
    marker: [
      "since (then|that|which|that day|that point|that project|that incident|that happened|that time)",
      "ever since",
      "from (then|that point|that day|that moment|there) on|onwards|onward",
      "these days",
      "nowadays",
      "now i|we",
      "i|we now",
      "today i|we",
      "i|we still do|use|keep|run|write|send|check|book|follow|apply",
      "it (is|became|has become) now? (part of|standard|a habit|a rule|the norm|second nature|routine)",
      "(for|on|in|at) (the|my|our) (resit|retake|re sit|rematch|rerun|second attempt|next attempt|next try)",
      "on|in|for|at|by|with the|my|our|every next|following|subsequent|new|second|third|fourth project|placement|placements|rotation|rotations|projects|role|job|launch|quarter|sprint|rota|term|shift|campaign|release|audit|year|cycle|contract|client|event|deal|season|month|week|bid|tender|cohort|class|build|round|one|time",
      "(afterwards|afterward|subsequently|later|after that|then) i|we started|began|introduced|set|built|changed|created|added|switched|wrote|booked|scheduled|ran|used|adopted|rolled|implemented|applied|stopped",
      "i went on to",
      "my|our rule|habit|practice|policy|process|routine (is|now is|now)",
      "what i changed|change|do|started is|was|now",
      "what changed is|was",
      "since (my|the) last (one|interview|round|time|application)",
      "over (a few|the last|several|my last) interviews|rounds|applications",
      "i have been (working on|practicing|making|doing|putting|using|writing|preparing)",
      "the|that next|following|subsequent year|quarter|term|season|project|launch|release|campaign|cycle|time|menu|event|contract|audit|appeal|intake|cohort|sprint|rota|peak|budget",
      "i|we applied|used|brought|took|carried the|that|this|those|these|my? lesson|lessons|learning|approach|habit|practice|rule|template|checklist|process|idea",
    ],
    // A later period or a sequel, told after the failure, with a past verb: "so this year I booked
    // both exam dates in January".
    laterPeriod: [
      // Words may come between: "so this year what I did, I booked the three mocks…".
      "this|that year|time|quarter|term|season|round|cycle|semester|spring|summer|autumn|fall|winter|month ...? i|we",
      // "After that I asked to move to a smaller patch": any past action after the failure is told.
      "(afterwards|afterward|subsequently|after that|after this|from then) i|we",
      // "On my next two boards I paid for pre-compliance scans."
      "on|in|for|at|with|by the|my|our next|following|subsequent * i|we",
      "on|in|for|at|with|by the|my|our next|following|subsequent * * i|we",
      // "The second time round I started six months out."
      "the second|next|third time|attempt round|around? i|we",
      // "The following spring I kept on top of them", not "it slipped into the following spring".
      "the|that next|following spring|summer|autumn|fall|winter|month|week|shift|job i|we",
      // "the year after I built in coaching", "a month later we moved…".
      "(a|the|one|two|three|six|few|couple) (of)? year|years|month|months|term|terms|quarter|season|week|weeks|day|days later|after i|we",
    ],
    // A month or season named after the lesson: "so for spring I pushed for proper fit guides",
    // "so in February I ran a small test". Before the lesson such a date belongs to the story.
    laterMonth: ["(in|for|by|over|from|that|this|last|come) (the)? spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october|november|december ...? i|we"],
    // A later year than the story's: "for the 2023 cycle I started in June" after "the 2022 cycle".
    laterYear: ["in|for|by|from|during|over (the|our|my)? @num ...? i|we"],
    // Training taken because of a lesson: "so I took a print production course last fall".
    training: ["i|we actually|then|also|eventually|later? took|did|completed|booked|started|enrolled ...? course|class|training|module|workshop|qualification|apprenticeship"],
    afterTheLesson: [
      "i|we started|began|introduced|implemented|instituted|adopted|switched",
      "i|we changed (how|the way|my|our|what)",
      "i|we rolled|brought out|in",
      "i|we set up",
      "i|we have since? started|begun|introduced|used|kept|done|changed|set|built|put|adopted|switched|created|run|implemented|stuck|applied|trained|written|stopped",
      // A way of working remade, with what was remade: "I've reworked the way I write them".
      "i|we have since? reworked|redesigned|overhauled|restructured|reorganized|rebuilt|redone|rewritten|tightened|simplified|automated|standardized|formalized the|a|an|our|my|how|what|every|each|all|both",
      "i|we have since? made (some|a|several|real|some real|a few|a real)? changes|change|adjustments|adjustment|improvements|improvement",
      // A way of working changed and kept: "I've been far more open with them about risk".
      "i|we have since? been (far|much|a lot|way|so)? more|less",
      "i|we changed|reworked|redesigned|overhauled|restructured|reorganized|rebuilt|redid|moved|added|rewrote|tightened|simplified|automated|standardized|formalized a|an|the|our|my|how|what|some|lots|load|few|several|everything|it|that|this|all",
      "i always|routinely|religiously|consistently|make|insist|now",
      "i|we stopped|quit *",
      "i|we ...? differently",
    ],
  },
  detect: ({ doc, cue, hitsOf }) => {
    const hasRoutineWord = (clause: number) => {
      const { first, last } = doc.clauses[clause]!;
      for (let k = first; k <= last; k++) if (ROUTINE_WORDS.has(doc.tokens[k]!.norm) || TIMING_MARKERS.has(doc.tokens[k]!.norm)) return true;
      return false;
    };
    const yearOf = (k: number): number | null => {
      const t = doc.tokens[k];
      if (t === undefined || t.kind !== "number" || !/^(?:19|20)\d\d$/.test(t.norm)) return null;
      return Number(t.norm);
    };
    // Past-tense verbs count as a change only once the failure has been told or a lesson drawn;
    // before that they are the setting of the story.
    // Owning a fault tells the failure too: "that was my call", or an act of one's own that caused
    // it ("I approved the run without the second reviewer"; "I was so nervous" is a state, not an act).
    const ownFault = (hit: SignalHit, omissionActs: boolean) => {
      let acted = false;
      let faulty = false;
      for (let k = hit.first; k <= hit.last; k++) {
        const t = doc.tokens[k]!;
        if (isPastAction(t.norm)) acted = true;
        if (t.negated || FAULT_SIGNS.has(t.norm)) faulty = true;
        if (omissionActs && t.negated && t.kind === "word" && doc.tokens[k - 1]?.norm === "not") acted = true;
      }
      // "I took over the project myself in January" is an act, but no fault told yet.
      return acted && faulty;
    };
    const ownAct = hitsOf(ownCausalAction).find((hit) => ownFault(hit, false));
    const storyStart = Math.min(ownAct?.first ?? Number.POSITIVE_INFINITY, ...[failureMention, learningMarker, selfCritique, ownResponsibility].map((s) => hitsOf(s)[0]?.first ?? Number.POSITIVE_INFINITY));
    // An omission tells the failure too ("I didn't check the wristband"), but a habit told in the
    // present just after it may be the story's own setting ("I always trust the handover sheet"):
    // from an omission on, only a change marked as one counts ("…now", "I've checked it every
    // time since").
    const omission = hitsOf(ownCausalAction).find((hit) => ownFault(hit, true));
    const changeStart = Math.min(storyStart, omission?.first ?? Number.POSITIVE_INFINITY);
    const marksChange = (clause: number) => {
      const { first, last } = doc.clauses[clause]!;
      for (let k = first; k <= last; k++) if (MARKED.has(doc.tokens[k]!.norm) && !doc.tokens[k]!.negated) return true;
      return false;
    };
    const startFor = (clause: number) => (marksChange(clause) ? changeStart : storyStart);
    const nextWord = (k: number) => {
      let j = k + 1;
      while (j < doc.tokens.length && (doc.tokens[j]!.filler || VERB_LEAD_ADVERBS.has(doc.tokens[j]!.norm))) j++;
      return j;
    };
    // "Since then my manager has set up a rota", "since then they've asked me to…": someone else's
    // change, not the speaker's. Only the subject's head is read: "every supplier date is checked"
    // is a change told in the passive.
    const othersAct = (j: number) => {
      const head = POSSESSIVE_OPENERS.has(doc.tokens[j]?.norm ?? "") ? doc.tokens[j + 1] : doc.tokens[j];
      return head !== undefined && (ROLE_NOUNS.has(head.norm) || OTHER_PRONOUNS.has(head.norm) || (head.name === true && !FUNCTION_WORDS.has(head.norm)));
    };
    // The next word past a comma too: "since then, I got promoted".
    const nextWordPast = (k: number) => (doc.tokens[k + 1]?.kind === "punct" ? nextWord(k + 1) : nextWord(k));
    // A modal right around the marker makes it an intention: "next time I would…", "since then I
    // want to…". Modals further away belong to another thought.
    const isIntent = (first: number, last: number) => {
      const clause = doc.clauses[doc.tokens[first]!.clause]!;
      for (let k = Math.max(clause.first, first - 2); k <= Math.min(clause.last, last + 3); k++) {
        const w = doc.tokens[k]!.norm;
        // "going to" looks ahead; "I've started going running" does not.
        // "If" sets a condition on a habit told in the present ("so now if I'm worried about a
        // patient I call rapid response"); with no such habit it looks ahead ("if I did it again").
        if (w === "if" && habitAfter(k, clause.last)) continue;
        if (MODALS.has(w) && (!INTENT_VERBS.has(w) || looksAheadFrom(k))) return true;
      }
      return false;
    };
    // "I plan to…", "I'm planning on…", "my plan is to…", "the plan going forward is to…"; not
    // "going over it", "the rollback plan before every release".
    const looksAheadFrom = (k: number) => {
      const w = doc.tokens[k]!.norm;
      const then = doc.tokens[k + 1]?.norm;
      if (w === "going") return then === "to";
      if (then === "on") return true;
      for (let j = k + 1; j <= k + INTENT_REACH && doc.tokens[j]?.clause === doc.tokens[k]!.clause; j++) if (doc.tokens[j]!.norm === "to") return true;
      return false;
    };
    // Bounded, so a clause of endless "if"s stays linear.
    const habitAfter = (from: number, last: number) => {
      for (let k = from + 1; k <= Math.min(last, from + CONDITION_REACH); k++) {
        const w = doc.tokens[k]!.norm;
        if (MODALS.has(w) && w !== "if") return false;
        if ((w === "i" || w === "we") && k > from + 1 && !doc.tokens[k + 1]?.negated && isHabitVerb(doc, nextWord(k))) return true;
      }
      return false;
    };
    // A step of the speaker's told in the present: "I write…", "I'm blocking…", "I'm the one who
    // writes…". The verb at `v` follows "I" or "we".
    const speakerActs = (at: number) => {
      let v = at;
      if (isHabitVerb(doc, v)) return true;
      // "I've been checking…"; a past "I was the one who…", "I'd been writing…" is the story.
      const perfect = (doc.tokens[v]?.norm === "have" || doc.tokens[v]?.norm === "has") && doc.tokens[v + 1]?.norm === "been";
      if (perfect) v++;
      if (!perfect && !PRESENT_BE.has(doc.tokens[v]?.norm ?? "")) return false;
      const next = doc.tokens[v + 1]?.norm ?? "";
      // "I'm starting to…", "I'm trying to…" look ahead.
      if (next.length > 4 && next.endsWith("ing")) return doc.tokens[v + 2]?.norm !== "to";
      const one = next === "the" || next === "a" ? v + 2 : v + 1;
      return ONE_WHO.has(doc.tokens[one]?.norm ?? "") && (doc.tokens[one + 1]?.norm === "who" || doc.tokens[one + 1]?.norm === "that");
    };
    // Where in each clause the speaker last takes such a step, read once per clause.
    const lastActIn = memoByIndex((c: number) => {
      const { first, last } = doc.clauses[c]!;
      let at = -1;
      for (let k = first; k <= last; k++) if ((doc.tokens[k]!.norm === "i" || doc.tokens[k]!.norm === "we") && speakerActs(nextWord(k))) at = k;
      return at;
    });
    // A change is a step the speaker takes; a be-form may tell only a state: "since then I was
    // off sick for a fortnight", "now I'm a team lead", "I'm on nights now". Such states are read
    // from closed lists; any other be-form may tell a way of working ("I'm the one who signs
    // off every rota", "these days I'm strict about the freeze") and stays a change.
    const speakerState = (verb: number) => {
      const state = beState(verb);
      // "I'm happier now that I'm blocking the first hour…": a step told after the state is a change.
      return state && lastActIn(doc.tokens[verb]!.clause) <= verb;
    };
    const beState = (verb: number) => {
      let v = verb;
      while (PERFECT.has(doc.tokens[v]?.norm ?? "") && doc.tokens[v + 1]?.norm === "been") v++;
      if (!BE_FORMS.has(doc.tokens[v]?.norm ?? "")) return false;
      const clause = doc.tokens[v]!.clause;
      const at = (k: number) => (doc.tokens[k]?.clause === clause ? doc.tokens[k]!.norm : "");
      let k = v + 1;
      // "A team lead" is a role; "a bit busy", a feeling: a lead-in "a" stops only before a degree.
      for (const end = k + STATE_REACH; k < end && STATE_LEADS.has(at(k)) && !(at(k) === "a" && at(k + 1) !== "bit" && at(k + 1) !== "lot" && at(k + 1) !== "little"); k++);
      const w = at(k);
      if (BEING_STATES.has(w)) return true;
      // A placement or a role among the next few words of a noun phrase ("a different team", "a
      // team lead"), with no relative clause after it, since "the one who…" or "the reviewer
      // who…" tells what the speaker does.
      const placed = PLACE_PREPOSITIONS.has(w);
      // "I am mentoring a new colleague" does something; "I am a team lead", "I'm manager now" hold a role.
      if (!placed && !DETERMINERS.has(w) && !HELD_ROLES.has(w) && !PLACEMENTS.has(w)) return false;
      let head = "";
      let j = placed ? k + 1 : k;
      for (const end = j + STATE_REACH; j < end && at(j) !== "" && doc.tokens[j]!.kind === "word" && (!FUNCTION_WORDS.has(at(j)) || DETERMINERS.has(at(j))); j++) {
        if (PLACEMENTS.has(at(j)) || HELD_ROLES.has(at(j))) head = at(j);
      }
      const relative = at(j) === "who" || at(j) === "that";
      if (placed) return (PLACEMENTS.has(head) || (doc.tokens[k + 1]?.name === true && (w === "at" || w === "with"))) && !relative;
      return HELD_ROLES.has(head) && !relative;
    };
    // The speaker's verb after a change marker: "since then I was…", "I now…", "after that we got…".
    const speakerVerbAfter = (last: number) => {
      const j = nextWordPast(last);
      const w = doc.tokens[j]?.norm;
      if (w === "i" || w === "we") return nextWord(j);
      const own = doc.tokens[last]?.norm;
      const before = doc.tokens[last - 1]?.norm;
      return own === "i" || own === "we" || (own === "now" && (before === "i" || before === "we")) ? j : -1;
    };
    // The clause's first "I" or "we" and what follows it: "I'm on nights now". Read once
    // per clause: a clause may hold a "now" at every few words.
    const speakerStateIn = memoByIndex((c: number) => {
      const { first, last } = doc.clauses[c]!;
      for (let k = first; k <= last; k++) if (doc.tokens[k]!.norm === "i" || doc.tokens[k]!.norm === "we") return speakerState(nextWord(k));
      return false;
    });
    // Clauses found to tell only a state: a later cue in them ("…really happy *in my new job*")
    // is part of the same state, not a change of its own.
    const stateClauses = new Set<number>();
    const statesOnlyAfter = (last: number) => {
      const verb = speakerVerbAfter(last);
      if (verb < 0 || !speakerState(verb)) return false;
      stateClauses.add(doc.tokens[last]!.clause).add(doc.tokens[verb]!.clause);
      return true;
    };
    const inState = (k: number) => stateClauses.has(doc.tokens[k]!.clause);
    const strengthOf = (first: number, last: number) => {
      for (let k = first; k <= last; k++) if (doc.tokens[k]!.norm === "we") return 1;
      return 2;
    };
    const hits: SignalHit[] = [];
    // "After that I had to stop the lab" is more of the story, not a change.
    const obliged = (last: number) => doc.tokens[last + 1]?.norm === "had" && doc.tokens[last + 2]?.norm === "to";
    // "In my next role I'll…" looks ahead unless a past verb in the clause says it happened.
    // The marker may sit in a clause of its own ("After that, I asked…"): the clause of its last
    // word, the subject, counts too.
    const happened = (first: number, last = first) => {
      for (const c of new Set([doc.tokens[first]!.clause, doc.tokens[last]!.clause])) {
        const clause = doc.clauses[c]!;
        for (let k = clause.first; k <= clause.last; k++) {
          const w = doc.tokens[k]!.norm;
          if ((w.endsWith("ed") || IRREGULAR_PAST.has(w)) && !MODALS.has(w)) return true;
        }
      }
      return false;
    };
    // The word before a passive's auxiliaries: "I" in "I have been promoted", "I got moved".
    const passiveSubject = (k: number) => {
      let j = k;
      while (j > 0 && (PASSIVE_AUXILIARIES.has(doc.tokens[j]!.norm) || PASSIVE_LEAD_INS.has(doc.tokens[j]!.norm))) j--;
      return doc.tokens[j]!.norm;
    };
    // Leaving, being let go or being moved is something that happened to the speaker, not a
    // change they made: "six months later I was made redundant", "I got fired after that". After
    // "since then" only a passive with the speaker as subject is ("since then I got promoted
    // twice"): "since then every rota is checked by two people" is a change told in the passive.
    const departedOrPassive = (c: number, speakerOnly = false) => {
      const clause = doc.clauses[c]!;
      for (let k = clause.first; k <= clause.last; k++) {
        const t = doc.tokens[k]!;
        if (DEPARTURES.has(t.norm)) return true;
        if ((t.norm.endsWith("ed") || IRREGULAR_PAST.has(t.norm)) && PASSIVE_AUXILIARIES.has(doc.tokens[k - 1]?.norm ?? "") && (!speakerOnly || passiveSubject(k - 1) === "i")) return true;
      }
      return false;
    };
    // A step the speaker took, not a state or a departure ("I left not long after that").
    const actedInClause = (c: number) => {
      if (departedOrPassive(c)) return false;
      const clause = doc.clauses[c]!;
      for (let k = clause.first; k <= clause.last; k++) {
        const t = doc.tokens[k]!;
        if (!t.negated && isPastAction(t.norm)) return true;
      }
      return false;
    };
    // Read once per clause: one endless clause may hold a marker at every few words.
    const happenedToSpeaker = memoByIndex((c: number) => departedOrPassive(c, true));
    for (const m of cue("marker")) {
      // "Now I always go quiet in meetings" tells a tendency, however recent.
      if (!isAsserted(doc, m) || isIntent(m.first, m.last) || isTendency(doc, nextWord(m.last)) || happenedToSpeaker(doc.tokens[nextWordPast(m.last)]?.clause ?? doc.tokens[m.last]!.clause)) continue;
      let looksAhead = false;
      for (let k = m.first; k <= m.last; k++) if (doc.tokens[k]!.norm === "next") looksAhead = true;
      if (looksAhead && !happened(m.first)) continue;
      // "We went live in the second week of December", "two got pulled off in the third week":
      // an ordinal unit of time dates the story; "on the second project" is the next attempt.
      if (TIMING_UNITS.has(doc.tokens[m.last]!.norm) && ORDINALS.has(doc.tokens[m.last - 1]!.norm)) continue;
      if (othersAct(nextWordPast(m.last)) || inState(m.first) || statesOnlyAfter(m.last) || toldAsTenure(doc, m.last)) continue;
      hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: strengthOf(m.first, m.last) }, 12));
    }
    // "The week after, I rewrote…" (or "when we did the next one the year after, I built…") tells
    // a later period; "it leaked a couple of days after we finished", after a main clause, dates
    // the story's own event: "after" there is a conjunction.
    const datesTheStory = (m: CueMatch) => {
      let after = false;
      for (let k = m.first; k < m.last; k++) if (doc.tokens[k]!.norm === "after") after = true;
      if (!after) return false;
      const clause = doc.clauses[doc.tokens[m.first]!.clause]!;
      for (let k = clause.first; k < m.first; k++) {
        const t = doc.tokens[k]!;
        if (t.kind !== "word" || t.filler || LINKS.has(t.norm)) continue;
        return !SUBORDINATORS.has(t.norm);
      }
      return false;
    };
    for (const m of cue("laterPeriod")) {
      // "A couple of days later we found out…", "the day after I got a call": news that arrived is
      // more of the story, not a step the speaker took.
      const learnedOfIt = DISCOVERY.has(doc.tokens[nextWord(m.last)]?.norm ?? "");
      // "After that I blamed the overtime team in every meeting" repeats a fault; it changes nothing.
      const repeatsFault = repeatedFault(doc, nextWord(m.last));
      if (m.first <= storyStart || !isAsserted(doc, m) || isIntent(m.first, m.last) || !happened(m.first, m.last) || obliged(m.last) || departedOrPassive(doc.tokens[m.last]!.clause) || datesTheStory(m) || learnedOfIt || repeatsFault || inState(m.first) || statesOnlyAfter(m.last)) continue;
      hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: strengthOf(m.first, m.last) }, 12));
    }
    const firstLesson = hitsOf(learningMarker)[0]?.first ?? Number.POSITIVE_INFINITY;
    // Failures are already in hitsOf(failureMention): a later month that tells a new one ("in March
    // I also missed the second renewal") is more of the story, not a change.
    const failureClauses = new Set(hitsOf(failureMention).map((h) => doc.tokens[h.first]!.clause));
    const tellsFailure = (clause: number) => failureClauses.has(clause);
    for (const m of cue("laterMonth")) {
      // "From January I blocked Wednesday evenings" starts a routine once the failure is told;
      // "from April I covered two sites" is more of the story.
      const startsRoutine = doc.tokens[m.first]!.norm === "from" && hasRoutineWord(doc.tokens[m.last]!.clause);
      if (m.first <= (startsRoutine ? storyStart : firstLesson) || !isAsserted(doc, m) || isIntent(m.first, m.last) || !happened(m.first, m.last) || departedOrPassive(doc.tokens[m.last]!.clause) || tellsFailure(doc.tokens[m.last]!.clause)) continue;
      hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: strengthOf(m.first, m.last) }, 12));
    }
    for (const m of cue("laterYear")) {
      const year = yearOf(doc.tokens[m.first + 1]!.kind === "number" ? m.first + 1 : m.first + 2);
      if (year === null || m.first <= storyStart || !isAsserted(doc, m) || isIntent(m.first, m.last) || !happened(m.first, m.last) || departedOrPassive(doc.tokens[m.last]!.clause) || tellsFailure(doc.tokens[m.last]!.clause)) continue;
      // The earlier year is the failure's own ("the 2022 cycle"), told from where the failure is: "I
      // started there in 2015… in 2017 I moved into…" is a career, not a change.
      let earlier = false;
      const failureSentence = doc.sentences[doc.tokens[storyStart]!.sentence]!.first;
      for (let k = Math.max(failureSentence, m.first - YEAR_REACH); k < m.first && !earlier; k++) earlier = (yearOf(k) ?? year) < year;
      if (earlier) hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: strengthOf(m.first, m.last) }, 12));
    }
    for (const m of cue("training")) {
      if (m.first <= firstLesson || !isAsserted(doc, m) || isIntent(m.first, m.last)) continue;
      hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: strengthOf(m.first, m.last) }, 12));
    }
    for (const m of cue("afterTheLesson")) {
      if (m.first <= startFor(doc.tokens[m.first]!.clause) || !isAsserted(doc, m) || isIntent(m.first, m.last)) continue;
      // "I started the programme" is the story; "I started checking…" or "started to…" is a habit.
      const verb = doc.tokens[m.last]!.norm;
      // "I've been far more open with them" is a way of working; "far more anxious", a feeling.
      if ((verb === "more" || verb === "less") && statesAFeeling(doc, m.last + 1)) continue;
      const after = doc.tokens[m.last + 1]?.norm ?? "";
      // "I always check…" is a habit; "I always have been", "I always get like this" are not.
      if (HABIT_ADVERBS.has(verb) && !isHabitVerb(doc, nextWord(m.last))) continue;
      if ((verb === "started" || verb === "began") && after !== "to" && !after.endsWith("ing")) continue;
      hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: strengthOf(m.first, m.last) }, 12));
    }
    // A present-tense habit told after the failure is a change in place: "I fill in the sheet
    // before I walk over, every patient"; "every notice now goes into change control".
    const isHabitWord = (k: number) => {
      const t = doc.tokens[k]!;
      return !t.quoted && !t.negated && HABIT_WORDS.has(t.norm) && !(t.norm === "now" && NOT_NOW.has(doc.tokens[k - 1]?.norm ?? ""));
    };
    // One pass: does an earlier clause of the same sentence hold a habit word?
    const habitEarlierInSentence: boolean[] = [];
    let seenInSentence = false;
    doc.clauses.forEach((clause, c) => {
      if (c > 0 && doc.clauses[c - 1]!.sentence !== clause.sentence) seenInSentence = false;
      habitEarlierInSentence.push(seenInSentence);
      for (let k = clause.first; k <= clause.last && !seenInSentence; k++) if (isHabitWord(k)) seenInSentence = true;
    });
    // Whether a whole clause is an intention: four passes below ask it of the same clauses.
    const clauseIntent = memoByIndex((c: number) => isIntent(doc.clauses[c]!.first, doc.clauses[c]!.last));
    for (let c = 0; c < doc.clauses.length; c++) {
      const clause = doc.clauses[c]!;
      if (clause.first <= startFor(c) || clauseIntent(c) || stateClauses.has(c)) continue;
      let habit = false;
      let present = false;
      let tendency = false;
      for (let k = clause.first; k <= clause.last; k++) if ((doc.tokens[k]!.norm === "i" || doc.tokens[k]!.norm === "we") && isTendency(doc, nextWord(k))) tendency = true;
      // Habit words may open the sentence in a clause of their own: "Now, before confirming any
      // receipt, I open the PO lines".
      if (habitEarlierInSentence[c]) habit = true;
      for (let k = clause.first; k <= clause.last; k++) {
        const t = doc.tokens[k]!;
        if (t.quoted || t.negated) continue;
        if (isHabitWord(k)) habit = true;
        if ((t.norm === "i" || t.norm === "we") && speakerActs(nextWord(k))) present = true;
        // "…now", said of the speaker or of every case ("any new initiative now comes to planning").
        if (t.norm === "now" && k > clause.first && (clause.subject === "self" || clause.subject === "group" || HABIT_WORDS.has(doc.tokens[clause.first]!.norm)) && !tendency && !speakerStateIn(c)) present = true;
      }
      // "Every job I set a goal of no reportable accidents" states a standing goal, not a change.
      let statesGoal = false;
      for (let k = clause.first; k <= clause.last; k++) if (NAMED_GOALS.has(doc.tokens[k]!.norm)) statesGoal = true;
      if (habit && present && !statesGoal) hits.push({ first: clause.first, last: clause.last, strength: clause.subject === "self" ? 2 : 1 });
    }
    // "I handled the audience completely differently": a change told with "differently", not intended.
    for (let c = 0; c < doc.clauses.length; c++) {
      const clause = doc.clauses[c]!;
      if (clause.first <= storyStart || clause.subject !== "self" || clauseIntent(c)) continue;
      for (let k = clause.first; k <= clause.last; k++) {
        if (doc.tokens[k]!.norm === "differently" && !doc.tokens[k]!.negated) hits.push({ first: clause.first, last: k, strength: 2 });
      }
    }
    // A new routine told in the past after the failure: "for the resit I did every problem sheet
    // the week it came out", "I asked about the next one every Friday".
    // Only once the answer has turned to the change (a lesson or a marker such as "for the resit"),
    // since the story of the failure itself is full of past routines.
    const turn = Math.min(hitsOf(learningMarker)[0]?.first ?? Number.POSITIVE_INFINITY, ...hits.map((h) => h.first));
    for (let c = 0; c < doc.clauses.length; c++) {
      const clause = doc.clauses[c]!;
      if (clause.first < turn || clause.subject !== "self" || clauseIntent(c)) continue;
      let routine = false;
      let pastVerb = false;
      for (let k = clause.first; k <= clause.last; k++) {
        const t = doc.tokens[k]!;
        if (t.negated || t.quoted) continue;
        if (ROUTINE_WORDS.has(t.norm)) routine = true;
        if (t.norm.endsWith("ed") || IRREGULAR_PAST.has(t.norm)) pastVerb = true;
      }
      if (routine && pastVerb) hits.push({ first: clause.first, last: clause.last, strength: 2 });
    }
    // "…and I've worked differently since." A clause-final "since" marks a change that has lasted;
    // a clause-final "after that" or "afterwards" a step taken once the failure was known ("I
    // handed it to my assistant manager after that").
    for (let k = 0; k < doc.tokens.length; k++) {
      const t = doc.tokens[k]!;
      if (k <= storyStart || t.quoted) continue;
      const since = t.norm === "since";
      const after = (t.norm === "that" && doc.tokens[k - 1]?.norm === "after") || t.norm === "afterwards" || t.norm === "afterward";
      if (!since && !(after && !t.negated && doc.clauses[t.clause]!.subject === "self" && actedInClause(t.clause))) continue;
      const next = doc.tokens[k + 1];
      if (next === undefined || next.clause !== t.clause || next.kind === "punct") {
        const clause = doc.clauses[t.clause]!;
        // A "since" that opens a sentence and stands alone in its clause ("Since then I got
        // promoted") ends nothing: the clause after it says what happened.
        if (clause.first === k) continue;
        if (!clauseIntent(t.clause)) hits.push({ first: clause.first, last: k, strength: strengthOf(clause.first, k) });
      }
    }
    return withoutOverlaps(hits);
  },
});
