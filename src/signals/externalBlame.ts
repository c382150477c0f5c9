import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { CIRCUMSTANCE_NOUNS, OTHER_PRONOUNS, ROLE_NOUNS } from "../text/words.js";
import { failureMention } from "./failureMention.js";
import { FUNCTION_WORDS, isAsserted, isHedged, toClauseEnd } from "./helpers.js";

// Words that may stand between a subject and "not": "the client just did not reply".
const AUXILIARIES = new Set(["did", "does", "do", "was", "were", "would", "could", "had", "has", "have", "will", "is", "are", "can", "just", "really", "even", "ever", "still", "simply", "also", "then", "always", "clearly", "basically", "totally", "completely", "suddenly", "kept", "keep", "got", "been", "be", "being", "so", "too", "very", "quite", "pretty", "all", "both", "themselves", "never"]);

// What others or circumstances did that sank the work.
const NEGATIVE_PREDICATES = new Set([
  "not", "never", "failed", "fail", "refused", "ignored", "forgot", "neglected", "delayed", "slipped", "changed", "changing",
  "cut", "dropped", "pulled", "withdrew", "quit", "messed", "screwed", "blamed", "lacked", "overloaded", "broke",
  "crashed", "collapsed", "tanked", "dried", "shifted", "rejected", "overruled", "vetoed", "cancelled", "canceled",
  "scrapped", "slashed", "froze", "underfunded", "understaffed", "micromanaged", "rushed", "insisted", "demanded", "dumped",
  "stopped", "missed", "lost", "misunderstood", "late", "slow", "unclear", "vague", "unrealistic", "impossible", "poor",
  "useless", "incompetent", "chaotic", "toxic", "disorganized", "unhelpful", "unresponsive", "unavailable", "absent",
  "missing", "wrong", "bad", "terrible", "awful", "broken", "tight", "short", "behind", "sloppy", "lazy", "rude",
  "difficult", "unreasonable", "inexperienced", "hopeless", "nightmare", "mess", "ghosted", "reneged",
  "bailed", "flaked", "overpromised", "undercut", "sabotaged", "threw",
  "resisted", "leaked", "botched", "disappeared", "vanished", "shrank",
  "dipped", "plummeted", "stalled", "overran", "exploded", "ballooned", "blew", "piled", "doubled",
  "rubbish", "shocking", "inadequate",
]);

// A noun phrase may open with these before its head: "my new regional manager".
const NOUN_PHRASE_OPENERS = new Set(["the", "my", "our", "their", "his", "her", "a", "an", "some", "all", "other", "those", "these", "this", "that", "new", "senior", "junior", "previous", "old", "head", "main", "key", "regional", "area", "line", "account", "project", "store", "night", "day", "whole", "entire", "general", "big", "external", "third", "party", "client's", "own", "product", "engineering", "sales", "marketing", "finance", "operations", "it"]);

// A subject starts a clause or follows a word that introduces one.
const SUBJECT_INTRODUCERS = new Set(["and", "but", "because", "cause", "cos", "coz", "since", "as", "so", "that", "when", "then", "until", "while", "after", "before", "if", "which", "who", "once", "where", "though", "although", "also", "just", "honestly", "basically", "apparently", "unfortunately", "obviously", "frankly", "sadly", "ultimately", "eventually", "really", "think", "felt", "feel", "guess", "realized", "learned", "found", "said", "saw", "knew", "noticed", "meant", "is", "was", "turns", "turned", "out", "plus", "anyway", "well", "like", "um", "uh"]);

const CAUSAL_WORDS = new Set(["because", "due", "cause", "cos", "coz", "caused", "reason", "fault", "thanks", "blame", "blamed", "meant", "resulted", "led", "owing", "so"]);

const TEAM_HEADS = new Set(["team", "teams", "staff", "department", "people", "side", "guys", "lot"]);

// The agent must head its noun phrase: in "the finance export broke", "finance" is not the subject.
function headsNounPhrase(doc: Document, index: number): boolean {
  const next = doc.tokens[index + 1];
  if (next === undefined || next.clause !== doc.tokens[index]!.clause || next.kind === "punct") return true;
  return AUXILIARIES.has(next.norm) || NEGATIVE_PREDICATES.has(next.norm) || next.norm.endsWith("ly") || next.norm.endsWith("ed") || PHRASE_PREPOSITIONS.has(next.norm);
}
// The agent may carry a short phrase of place or scope before its verb: "the IRB at two of the
// remaining sites was extremely slow", "the workload in our office was impossible".
const PHRASE_PREPOSITIONS = new Set(["in", "on", "at", "from", "over", "across"]);
const PHRASE_REACH = 5;

function isAgent(doc: Document, index: number): boolean {
  const token = doc.tokens[index]!;
  const w = token.norm;
  if (OTHER_PRONOUNS.has(w) && !["his", "her", "their", "him", "them", "hers", "theirs"].includes(w)) return true;
  // The "is" of a capitalised "It's" inherits the capital: a function word names no one.
  if (ROLE_NOUNS.has(w) || CIRCUMSTANCE_NOUNS.has(w) || (token.name && !FUNCTION_WORDS.has(w))) return true;
  // "my team let me down" blames a team; "we" and "the team" alone are a diluted "we".
  if (TEAM_HEADS.has(w)) {
    const before = doc.tokens[index - 1]?.norm ?? "";
    return ["my", "other", "their", "his", "her"].includes(before) || ROLE_NOUNS.has(before);
  }
  return false;
}

function inSubjectPosition(doc: Document, index: number): boolean {
  const clause = doc.tokens[index]!.clause;
  let k = index - 1;
  while (k >= 0 && doc.tokens[k]!.clause === clause && (NOUN_PHRASE_OPENERS.has(doc.tokens[k]!.norm) || doc.tokens[k]!.filler)) k--;
  if (k < 0 || doc.tokens[k]!.clause !== clause) return true;
  const before = doc.tokens[k]!;
  return before.kind === "punct" || SUBJECT_INTRODUCERS.has(before.norm);
}

// What the failure cost someone is not blame on them: "the client lost seven months", "they
// lost about nine minutes"; nor is clearing them ("she didn't do anything wrong") or how they
// took it ("the owner wasn't that bothered", "the client was not happy").
const REACTIONS = new Set(["wrong", "fault", "bothered", "happy", "pleased", "mind", "care"]);
const COST_WORDS = new Set(["minutes", "hours", "days", "weeks", "months", "years", "time", "money", "pounds", "dollars", "currency", "percent", "sleep", "amount", "lot", "fortune", "deposit", "bonus", "trust", "confidence"]);
function isConsequence(doc: Document, k: number): boolean {
  const word = doc.tokens[k]!.norm;
  const clause = doc.tokens[k]!.clause;
  for (let j = k + 1; j <= k + 5 && j < doc.tokens.length && doc.tokens[j]!.clause === clause; j++) {
    const t = doc.tokens[j]!;
    if (word === "lost" && (t.kind === "number" || COST_WORDS.has(t.norm))) return true;
    if (word === "not" && REACTIONS.has(t.norm)) return true;
  }
  return false;
}

/** Finds "X did not…", "the vendor was late", "the timeline slipped" with X someone or something else. */
function agentPredicates(doc: Document, failureSentences: ReadonlySet<number>): SignalHit[] {
  const hits: SignalHit[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind !== "word" || token.quoted || token.negated || !isAgent(doc, i) || !inSubjectPosition(doc, i) || !headsNounPhrase(doc, i)) continue;
    const clauseLast = doc.clauses[token.clause]!.last;
    let seen = 0;
    // Past the agent's phrase of place: up to the first auxiliary or negative word after it.
    let from = i + 1;
    if (PHRASE_PREPOSITIONS.has(tokens[from]?.norm ?? "")) {
      let j = from + 1;
      while (j <= Math.min(clauseLast, from + PHRASE_REACH) && tokens[j]!.kind === "word" && !AUXILIARIES.has(tokens[j]!.norm) && !NEGATIVE_PREDICATES.has(tokens[j]!.norm)) j++;
      from = j;
    }
    for (let k = from; k <= clauseLast && seen < 4; k++) {
      const t = tokens[k]!;
      if (t.kind === "punct" || t.filler) continue;
      if (t.norm === "i" || t.norm === "me" || t.norm === "my") break;
      if (NEGATIVE_PREDICATES.has(t.norm) && !isConsequence(doc, k)) {
        // "The deadline was missed" is a passive with no agent: passive deflection, not blame.
        const previous = tokens[k - 1]?.norm ?? "";
        if (t.norm.endsWith("ed") && (previous === "was" || previous === "were" || previous === "been" || previous === "got")) break;
        // Causal when the failure is told in the same or a neighbouring sentence, or a causal word is used.
        let causal = failureSentences.has(token.sentence) || failureSentences.has(token.sentence - 1) || failureSentences.has(token.sentence + 1);
        const sentence = doc.sentences[token.sentence]!;
        for (let c = sentence.first; !causal && c <= sentence.last; c++) causal = CAUSAL_WORDS.has(tokens[c]!.norm);
        // Narrative ("he went hypo", "they caught it") is not blame: keep only causal claims.
        // People blamed are strength 2; circumstances ("the timeline slipped") dilute, strength 1.
        if (causal) hits.push(toClauseEnd(doc, { first: i, last: k, strength: CIRCUMSTANCE_NOUNS.has(token.norm) ? 1 : 2 }, 8));
        break;
      }
      // Only auxiliaries and adverbs may stand between the subject and what it did.
      if (!AUXILIARIES.has(t.norm) && !t.norm.endsWith("ly")) break;
      seen++;
    }
  }
  return hits;
}

/**
 * Puts the outcome on other people, the company, the market or the timeline: "the client kept
 * changing the brief", "it was out of my control", "nobody told me". Strength 2 for people or an
 * explicit excuse, 1 for circumstances told as the cause ("the timeline slipped"). Negated blame
 * ("I didn't blame the vendor") and quoted speech do not count.
 */
export const externalBlame = defineSignal({
  id: "external-blame",
  description: "Puts the outcome on other people, the company, the market or the timeline.",
  uses: [failureMention],
  cues: {
    explicit: [
      "not|never really|entirely|totally|all|actually? my fault|doing|call|decision|responsibility|problem",
      // The denial of "that was on me": "it wasn't really on us".
      "not|never really|entirely|totally|all|actually? on me|us",
      "(that|it) was|is really|all|mostly|purely|just? the|their|his|her|my @role",
      "on whoever",
      "no way i|we|anyone|anybody could",
      "not enough staff|time|people|resources|budget|support|stock|notice",
      "not really? something one? person|anyone|i can|could fix",
      "it was|is more the system|company|culture|market|process|setup|management",
      "not|never really|very|entirely|exactly|totally? fair",
      "unfair|unreasonable",
      "(how was i|how could i have|how would i|how could i) supposed? to? know|known",
      "perfect storm",
      "headwinds",
      "(challenging|tough|difficult|brutal|soft|weak) market|climate|environment|conditions|year|cycle",
      "market conditions|cycle|forces",
      "beyond anyone|anybody control",
      "(not much|not a lot|not an awful lot|very little|little|nothing) (i|we|anyone|anybody) could|can|would have? do|done",
      "(that is|that was|it is|it was) (just|really|all|purely|mostly)? (because|down to) they|them|he|she|him|her|management|leadership|corporate|@role",
      "(purely|entirely|solely|all|mostly|just) (because of|because|down to) the|their|management|them|him|her",
      "was|is their|his|her|management|leadership fault",
      "the fault of",
      "out|outside|beyond of? my|our control",
      "nothing i|we could do|have|really",
      "not (really|actually)? anything (i|we|anyone|anybody) could|can|would have? do|done",
      "(i was|we were) not given|told|trained|supported|consulted|warned|informed|allowed|listened|included|backed",
      "(nobody|noone|no one) told|warned|trained|helped|supported|informed|listened|asked|explained",
      "set up to fail",
      // "I found the panel format difficult": the weakness put on the interview's form.
      "found the|this|that panel|format|setup|style|structure ...? difficult|hard|tough|tricky|unfair|confusing|awkward",
      "set up (so|for) people|candidates|you|everyone|anyone (fail|to fail)",
      "(on|about) (the|how|the way) ...? ...? than (on|about) me",
      "(do not|did not) think (that|it|this) (was|is) a? fair",
      // "I don't think that's really on me": the denial raised over a verb of opinion.
      "(do not|did not) think (that|it|this) (was|is) (really|all|entirely|totally)? on me|us",
      "let|left me|us down|hanging|high|alone|stranded",
      "threw|thrown me|us under the bus",
      "moved the goalposts",
      "kept changing|moving|shifting",
      "blame|blamed the|my|our|them|him|her|management|leadership|it|everyone",
      "down to them|him|her|management|leadership|the",
      "bad|poor|weak|terrible|awful|no|zero|absent|lack of? leadership|management|planning|communication|support|training|direction|guidance|organization|processes",
      "lack|lacked of? support|training|resources|communication|direction|clarity|guidance|time|staff|budget|information|backing|people|headcount",
      "unrealistic|impossible|crazy|insane|ridiculous deadline|deadlines|timeline|timelines|targets|target|expectations|goals|workload",
      "bad|tough luck|timing",
      "unlucky",
      "i|we (did|had done) everything (right|i could|we could|possible|that could|that we could)",
      "i did my part|job|bit",
      "thanks to management|them|him|her|the",
      "due|owing to the|a|their|his|her|management|leadership|staff|budget|market|economy",
      "because of the|their|his|her|management|leadership|them",
      "they (never|would not|did not|refused|kept)",
    ],
    // "The workload in our office made that impossible": something else made the goal unreachable.
    madeImpossible: ["made|makes it|that|this|things|everything (almost|basically|pretty much|practically|virtually|nearly|just)? impossible|unachievable|unworkable|unrealistic"],
  },
  detect: ({ doc, cue, hitsOf }) => {
    const failureSentences = new Set(hitsOf(failureMention).map((h) => doc.tokens[h.first]!.sentence));
    const hits: SignalHit[] = [...cue("explicit"), ...cue("madeImpossible").filter((m) => doc.clauses[doc.tokens[m.first]!.clause]!.subject !== "self")]
      .filter((m) => isAsserted(doc, m))
      .map((m) => toClauseEnd(doc, { first: m.first, last: m.last, strength: isHedged(doc, m) ? 1 : 2 }, 8));
    const taken = new Set(hits.map((h) => doc.tokens[h.first]!.clause));
    for (const hit of agentPredicates(doc, failureSentences)) {
      const clause = doc.tokens[hit.first]!.clause;
      if (!taken.has(clause)) {
        taken.add(clause);
        hits.push(hit);
      }
    }
    return hits.sort((a, b) => a.first - b.first);
  },
});
