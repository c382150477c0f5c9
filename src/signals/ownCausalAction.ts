import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { inflections } from "../text/lexicon.js";
import { failureMention } from "./failureMention.js";
import { REASON_WORDS } from "./shared.js";
import { FUNCTION_WORDS, SAME_FORM_VERBS, contentAfter, isContentWord, isAsserted, isHedged, isPastAction, toClauseEnd, withoutOverlaps } from "./helpers.js";

const ADVERB = "really|just|completely|totally|badly|simply|also|then|clearly|honestly|seriously|massively|initially|originally|stupidly|naively|foolishly|wrongly|wildly|hugely|definitely|personally|quietly|actually|obviously|even|still|kind|sort|basically|grossly|repeatedly|deliberately|knowingly|probably|maybe|perhaps";

// Verbs that name a cause in themselves: a misjudgement, an assumption, a skipped step.
// Verbs that only name the failing act ("I mislabelled the files") are own responsibility, not a cause.
const ERROR_VERBS = "underestimate~|overestimate~|misjudge~|misread|misunderstood|misunderstand|overlook~|ignore~|forgot|forget|neglect~|skip~|rush~|assume~|overcommit~|overpromise~|procrastinate~|postpone~|hesitate~|micromanage~|dismiss~|miscalculate~|overbook~|override|overrode|overrule~|overextend~|overreach~|underprice~|overprice~|understaff~|glossed|brushed|downplay~|dodge~|sidestep~|deprioritize~";


// Duties whose omission names a cause: "I didn't check", "I never asked".
const DUTY_VERBS = "check~|ask~|test~|flag~|escalate~|tell|told|inform~|confirm~|verify~|read|review~|follow~|plan|planned|delegate~|push~|speak|spoke|raise~|update~|document~|prepare~|listen~|prioritize~|communicate~|involve~|consult~|schedule~|book~|track~|monitor~|chase~|back|call~|email~|share~|double~|consider~|notice~|realize~|understand|understood|budget~|measure~|warn~|mention~|explain~|clarify~|agree~|admit~|hand~|train~|brief~|write|wrote|look~|pay|paid|reach~|step~|stop~|manage~|bother~|anticipate~|account~|allow~|scope~|estimate~|align~|loop~|learn~|open~|run|ran|give|gave|giving|visit~|walk~|attend~|pick~|lock~|sign~|copy~|save~|label~|count~|cover~|handover|contact~|phone~|ring|rang|keep|kept";

// Words that turn a neutral decision into a faulty one: "I launched *without* testing".
const FAULT_MARKERS = new Set(["without", "too", "instead", "rather", "despite", "anyway", "though", "never", "not", "before", "blindly", "alone", "myself", "prematurely", "hastily", "unchecked", "untested", "blind", "regardless", "overruled", "ignoring", "skip", "skipping", "ignore", "bypass", "bypassing"]);
// A decision's fault may come a clause or two later in the same sentence ("I made the call to go
// live on the planned date, the second week of October, without the parallel run"), but not past
// a reason, a pronoun or a clause about someone else ("…because we were short", "…, the client was
// not happy").
const PRO_OBJECTS = new Set(["it", "that", "this", "so"]);
// A reason that is the speaker's own motive: "because I wanted…", "because I assumed…", "because
// it was easier", "as it seemed quicker"; not what happened to them ("because I started nights",
// "because I was too tired"), a virtue ("because I care too much"), "because the client asked" or
// "because it rained".
const EVALUATIONS = new Set(["was", "seemed", "felt", "looked", "sounded", "would"]);
const MOTIVES = new Set(["wanted", "thought", "assumed", "figured", "reckoned", "believed", "hoped", "preferred", "liked", "trusted", "expected", "did", "would", "had", "could"]);
const MOTIVE_ADVERBS = new Set(["just", "really", "honestly", "genuinely", "always", "probably"]);
function sideAct(doc: Document, m: { first: number; last: number }): boolean {
  for (let k = m.first; k <= m.last; k++) if (doc.tokens[k]!.norm === "also") return true;
  return false;
}
function ownMotive(doc: Document, because: number): boolean {
  const subject = doc.tokens[because + 1]?.norm ?? "";
  if (subject === "i") {
    let k = because + 2;
    while (MOTIVE_ADVERBS.has(doc.tokens[k]?.norm ?? "")) k++;
    return MOTIVES.has(doc.tokens[k]?.norm ?? "");
  }
  return (subject === "it" || subject === "that") && EVALUATIONS.has(doc.tokens[because + 2]?.norm ?? "");
}
const RESUMED_FAULTS = new Set(["without", "instead", "rather", "ignoring"]);
const FAULT_SCOPE_ENDERS = new Set(["because", "but", "so", "which", "although", "though", "when", "and", "since", "as", "cos", "cause"]);
// "I didn't blame anyone", "I didn't want to…": not omissions that caused anything.
// Nor is missing the goal itself ("I didn't hit the target"): that is the failure, not its cause.
// Past participles too: "I had not met the team yet" is not an omission.
const NOT_OMISSIONS = new Set(["met", "reached", "achieved", "managed", "finished", "completed", "passed", "won", "landed", "closed", "qualified", "succeeded", "made", "sold", "converted", "raised", "blamed", "wanted", "liked", "minded", "meant", "got", "gotten", "needed", "expected", "thought", "said", "seen", "enjoyed", "hated", "cared", "felt", "believed", "agreed", "gone", "come", "done", "taken", "given", "worked", "happened", "been", "started", "joined", "heard", "known", "hit", "reach", "meet", "achieve", "manage", "finish", "complete", "pass", "win", "land", "close", "qualify", "succeed", "quite", "make", "sell", "convert", "raise", "blame", "want", "like", "mind", "mean", "have", "get", "need", "expect", "think", "say", "see", "enjoy", "hate", "care", "feel", "believe", "agree", "go", "do", "take", "give", "work", "happen", "really", "always", "once", "had", "a", "the", "it", "that", "this", "to", "not", "even", "end", "ended"]);
const GOAL_WORDS = new Set(["target", "targets", "goal", "goals", "aim", "deadline", "objective", "challenge", "bar", "standard", "standards", "expectations"]);
const PRAISE = new Set(["best", "good", "right", "great", "smart", "wise", "proudest", "easiest", "first"]);
// "If I set myself a goal I normally get it" is a habit told in the present, not a past act.
const PRESENT_MARKERS = new Set(["now", "nowadays", "always", "every", "each", "whenever", "usually", "normally", "generally", "typically", "if"]);
// Up to the end of the verb's own clause ("Now, whenever I move a visit, I put the new date…"):
// in "I set the date … without asking how long it usually takes" the "usually" comes later.
// Where each sentence's first present marker stands, read once per answer: scanning from the
// sentence start at every verb made one endless clause of "I hit my target and…" quadratic.
function firstPresentMarkers(doc: Document): Int32Array {
  const first = new Int32Array(doc.sentences.length).fill(doc.tokens.length);
  for (let k = doc.tokens.length - 1; k >= 0; k--) if (PRESENT_MARKERS.has(doc.tokens[k]!.norm)) first[doc.tokens[k]!.sentence] = k;
  return first;
}
// A goal word followed by what the goal was: "the target of…", "a goal to…", "my target for the year".
function statesGoal(doc: Document, verb: number): boolean {
  for (let d = 1; d <= 4; d++) {
    if (!GOAL_WORDS.has(doc.tokens[verb + d]?.norm ?? "")) continue;
    const next = doc.tokens[verb + d + 1];
    return next === undefined || next.kind === "punct" || ["of", "to", "for", "that", "really", "so", "very", "high", "and"].includes(next.norm);
  }
  return false;
}
// A reason answers the failure told just before it: in its own sentence ("we lost the bid because
// I…") or, opening the next one, in the sentence before ("I didn't get it. It was because I…").
const REASON_OPENING = 5;
// What happened to the speaker, or where they went, is a circumstance, not an act that caused the
// failure: "because I took two weeks' leave", "because I got Covid", "because I moved teams".
const REASON_EVENTS = new Set(["went", "took", "got", "left", "moved", "started", "began", "joined", "retired", "changed", "switched", "transferred", "relocated", "resigned", "quit", "came", "returned", "arrived", "fell", "caught", "became", "stepped"]);
// `firstFailureEnd` holds, per sentence, where its first failure ends (or -1), so each reason is
// checked at once and an endless sentence of them stays linear.
function givesReasonForFailure(doc: Document, because: number, firstFailureEnd: ReadonlyMap<number, number>): boolean {
  const sentence = doc.tokens[because]!.sentence;
  const opens = because - doc.sentences[sentence]!.first < REASON_OPENING;
  return (firstFailureEnd.get(sentence) ?? because) < because || (opens && firstFailureEnd.has(sentence - 1));
}
const DECISION_MOTIONS = new Set(["went", "left", "got", "started", "began", "worked"]);
const RELATIVE_HEADS = new Set(["one", "goal", "goals", "target", "targets", "thing", "that", "which", "what", "aim", "objective"]);
const CLASH_WORDS = new Set(["due", "tight", "short", "busy", "clash", "clashed", "risk", "risky", "behind", "overloaded", "late", "deadline", "deadlines", "stretched", "understaffed"]);
function clashFollows(doc: Document, k: number): boolean {
  const sentence = doc.tokens[k]!.sentence;
  for (let j = k + 1; j <= k + 10 && j < doc.tokens.length && doc.tokens[j]!.sentence === sentence; j++) if (CLASH_WORDS.has(doc.tokens[j]!.norm)) return true;
  return false;
}
// "I let everyone know the go-live will slip" tells people; it lets nothing slide.
const NOT_NEGLECT = new Set(["know", "see", "hear", "go", "happen", "be", "have"]);
const PRONOUN_OBJECTS = new Set(["it", "things", "that", "them", "this", "everything", "stuff"]);
const SUBJECT_WORDS = new Set(["i", "we", "he", "she", "they", "it"]);
const OTHER_SUBJECTS = new Set(["others", "group", "circumstance"]);
const POSSESSIVES = new Set(["my", "the", "a", "an", "our", "any"]);

const PROGRESSIVE_STATES = new Set(["feel", "sleep", "cope", "eat", "sit", "stand", "live", "stay"]);
// What a speaker was going through rather than doing: "I was working nights", "I was juggling
// three roles", "I was trying to…". "I was doing the report off my own notes" is an act.
const PROGRESSIVE_CIRCUMSTANCES = new Set(["feel", "get", "go", "have", "be", "want", "think", "hope", "need", "like", "love", "work", "come", "try", "struggle", "juggle", "cover", "start", "begin", "leave", "move", "expect", "mean", "say", "see", "hear", "know"]);
const ADVERBS = new Set(ADVERB.split("|"));
const OBJECT_RELATIVES = new Set(["that", "which", "who", "whose"]);
const JOINERS = new Set(["and", "but", "or", "so", "then", "yet"]);
const AUXILIARIES = new Set(["did", "does", "do", "was", "were", "is", "are", "has", "have", "had"]);
const HYPOTHETICAL_LEADS = new Set(["if", "unless", "whether", "suppose", "imagine"]);
const UNAWARE = new Set(["knowing", "realizing", "being", "having", "getting", "anyone", "anybody"]);
/** The -ing forms of these verbs, spelled by the lexicon's own `inflections` ("run" -> running). */
function progressivesOf(...bases: Iterable<string>[]): Set<string> {
  const forms = new Set<string>();
  for (const list of bases) for (const base of list) for (const form of inflections(base)) if (form.endsWith("ing")) forms.add(form);
  return forms;
}
// "I hadn't been feeling well", "…been getting much sleep": states and the goal's own verbs, which
// no "had not been" makes an omission. ("Being" is the one -ing form `inflections` cannot spell.)
const NOT_OMITTED_PROGRESSIVES = new Set([...progressivesOf(PROGRESSIVE_STATES, NOT_OMISSIONS, FUNCTION_WORDS), "being"]);
/** "I was working nights", "I was juggling three roles": what the speaker went through. */
const CIRCUMSTANCE_PROGRESSIVES = new Set([...progressivesOf(PROGRESSIVE_CIRCUMSTANCES, PROGRESSIVE_STATES), "being"]);
// "My director said I'd been treating the budget as a guess", "people said I hadn't been
// communicating": someone else's account of the speaker, not the speaker's own.
const SPEECH_VERBS = new Set(["said", "says", "told", "tells", "thought", "thinks", "felt", "feels", "reckoned", "claimed", "claims", "complained", "suggested", "accused", "implied", "insisted", "argued"]);
// "It wasn't that I hadn't prepared; I'd prepared for weeks": the act is denied, not owned.
function deniedAct(doc: Document, first: number): boolean {
  return doc.tokens[first - 1]?.norm === "that" && doc.tokens[first - 2]?.norm === "not";
}
function reportedByOthers(doc: Document, first: number): boolean {
  let k = first - 1;
  if (doc.tokens[k]?.norm === "that") k--;
  if (doc.tokens[k]?.norm === "me" || doc.tokens[k]?.norm === "us") k--;
  return SPEECH_VERBS.has(doc.tokens[k]?.norm ?? "") && doc.tokens[k - 1]?.norm !== "i";
}
// "I hadn't thought about table size", "I never thought to ask": a consideration left out, unlike
// "I didn't think it would matter", which reports a belief.
const CONSIDERED = new Set(["about", "through", "to"]);
/** Whether the verb after "did not" names a duty left undone, not the goal missed or a state. */
function isOmittedDuty(doc: Document, verbIndex: number): boolean {
  const verb = doc.tokens[verbIndex]!.norm;
  // "I hadn't been running the groups as designed": the act is the verb after "been".
  const progressive = doc.tokens[verbIndex + 1]?.norm ?? "";
  if (verb === "been" && progressive.endsWith("ing")) return !NOT_OMITTED_PROGRESSIVES.has(progressive);
  if ((verb === "thought" || verb === "think") && CONSIDERED.has(doc.tokens[verbIndex + 1]?.norm ?? "")) return true;
  // "I didn't do my tool count": a light verb with a duty of its own as object is an omission.
  if ((verb === "do" || verb === "take" || verb === "give") && POSSESSIVES.has(doc.tokens[verbIndex + 1]?.norm ?? "")) return true;
  return !NOT_OMISSIONS.has(verb) && !FUNCTION_WORDS.has(verb);
}
// Heads of "what I took from it is…", "the thing I learned was…": not "because of that I advised…".
const CLEFT_HEADS = new Set(["what", "thing", "things", "one", "lesson", "takeaway"]);
const EXCUSE_LEADS = new Set(["nothing", "much", "little", "anything", "all", "everything"]);
// Objects too general to make an action specific: "I didn't get *it right*".
// Nor is time, effort or attention in general: "I didn't give it the time it needed", "I didn't
// stay on top of it", "I didn't put the hours in" own the failure but name no specific act.
const VAGUE_WORDS = new Set([
  "right", "through", "properly", "enough", "well", "better", "anything", "everything", "things", "thing", "stuff",
  "correctly", "fully", "sooner", "earlier", "more", "much", "carefully", "attention", "care", "job", "work", "part", "bit",
  "mistake", "call", "decision", "time", "hours", "effort", "top", "focus", "priority", "needed", "deserved", "hard",
]);

/**
 * The candidate names their own decision, assumption or omission that caused the failure:
 * "I agreed to the date without checking", "I didn't test the migration", "I should have
 * escalated on day two". Strength 2 when the action has an object (it is specific), 1 when
 * bare ("I rushed") or hedged.
 */
export const ownCausalAction = defineSignal({
  id: "own-causal-action",
  description: "Names the candidate's own decision, assumption or omission that caused the failure.",
  uses: [failureMention],
  cues: {
    error: [
      // The past perfect tells the same act a step further back: "I'd skipped the audit".
      `i|myself had? ${ADVERB}? ${ADVERB}? ${ERROR_VERBS}`,
      "i had? failed|forgot|forgotten|neglected|omitted|refused|forget|fail to|about",
      "i was|am|got too|so|overly busy|proud|stubborn|confident|slow|quick|eager|optimistic|ambitious|focused|afraid|scared|nervous|keen|comfortable|defensive|cautious|complacent|distracted|arrogant|impatient|reluctant|worried|embarrassed|wrapped|caught|attached|precious|lax|casual|relaxed",
      "i was|am the one who|that",
      "i did not|never ...? until it was too late",
      "my decision|choice|call|assumption|plan|idea|recommendation|advice|suggestion|judgment to|was",
      // "The main problem was a decision I made early on: …", "a call I took".
      "(bad|poor|wrong|hasty|rash|worst|costly|big)? decision|choice|call|assumption|mistake|misjudgment (i|that i|which i) made|took",
      "i took on too much|many",
      "i said yes",
      "i did not|never even? bother",
      "i cut corners",
      // Putting it off: "I kept putting the study off", "I left the forms until the last week".
      "i kept|just|always? putting|put it|things|them|everything|the|my|that ...? off|aside",
      "i kept|just|always? leaving|left it|things|them|everything|the|my|that ...? until|till",
      "i went along with",
    ],
    // Letting something slide owns a neglect, not the decision behind it.
    neglect: ["i let it|things|that|them slide|drift|slip"],
    // "…and I let my buyer follow-up slide": what was let slide, named, is specific.
    namedNeglect: ["i let ... ...? slide|drift|slip"],
    // "I scoped it as a copy and didn't do any spike first": an omission coordinated with the
    // speaker's own clause.
    coordinatedOmission: ["and|but did|had not|never *", "and|but never *"],
    omitted: [
      `i ${ADVERB}? did|would|could|had|was|were not ${ADVERB}? ${DUTY_VERBS}`,
      `i ${ADVERB}? never ${ADVERB}? ${DUTY_VERBS}`,
      `i ${ADVERB}? should have|not ${ADVERB}? *`,
      `i ${ADVERB}? should not have *`,
    ],
    // "I never thought to ask the landlord", "it never occurred to me to check the lease".
    unconsidered: [`i ${ADVERB}? never ${ADVERB}? thought|think about|through|to`, "it never occurred to me to|that", "it never crossed my mind to|that"],
    // Any omission told plainly: "I didn't tie it back to the trial balance", "I never ran it on real data".
    anyOmission: [`i ${ADVERB}? did|had not ${ADVERB}? *`],
    hindsight: [`i ${ADVERB}? could have|not ${ADVERB}? *`],
    // "I had signed off the study without checking…", "I'd booked every visit for the last day…":
    // the pluperfect tells the same decision.
    decided: [`i ${ADVERB}? ${ADVERB}? *`, `i ${ADVERB}? had ${ADVERB}? *`],
    // "I was quoting from memory instead of the sheet", "I'd been signing them off without reading
    // them": a practice of the time, told in the past progressive, with its fault.
    practised: [`i ${ADVERB}? was|were ${ADVERB}? *`, `i ${ADVERB}? had been ${ADVERB}? *`],
    // "The worst thing I did there was push a migration on a Friday without…": the decision is
    // the verb after "was".
    cleft: ["(worst|biggest|main|real|stupidest|dumbest) thing|mistake i|we (did|made) ...? was|is *", "(mistake|error) i|we (did|made) ...? was|is *"],
    // "I didn't get it, and it was because I talked about the team the whole time": the reason
    // given for the failure is the speaker's own act.
    reason: [`because|cos|cause i ${ADVERB}? ${ADVERB}? *`],
  },
  detect: ({ doc, cue, hitsOf }) => {
    const hits: SignalHit[] = [];
    const presentFrom = firstPresentMarkers(doc);
    const inPresent = (index: number) => presentFrom[doc.tokens[index]!.sentence]! <= doc.clauses[doc.tokens[index]!.clause]!.last;
    let firstFailure = doc.tokens.length;
    for (const f of hitsOf(failureMention)) firstFailure = Math.min(firstFailure, f.last);
    const failureTold = (index: number) => firstFailure < index;
    // Strength: 3 names the decision and what it was about; 2 says it plainly but bare ("I
    // rushed it"); 1 is hedged ("maybe I could have checked").
    const consider = (matches: ReturnType<typeof cue>, options: { needsFault: boolean; cap: number; cleft?: boolean; progressive?: boolean }) => {
      for (const m of matches) {
        if (!isAsserted(doc, m) || reportedByOthers(doc, m.first) || deniedAct(doc, m.first)) continue;
        if (options.needsFault) {
          // A decision told in the past tense, with a word in its clause that makes it faulty.
          const verb = doc.tokens[m.last]!.norm;
          const cleft = options.cleft === true;
          // Verbs of knowing and learning are not decisions; "I went ahead without…" and "I left it
          // until…" are.
          // "I put all the effort into…": a verb spelled alike in past and present is past in the
          // story, but present in a sentence that says so ("Now I read every contract myself").
          const sameForm = SAME_FORM_VERBS.has(verb) && !inPresent(m.first);
          // "…and I did it without talking to a single driver": "did it" stands for the act just told.
          const proVerb = verb === "did" && PRO_OBJECTS.has(doc.tokens[m.last + 1]?.norm ?? "");
          if (options.progressive === true ? CIRCUMSTANCE_PROGRESSIVES.has(verb) : !cleft && !isPastAction(verb) && !DECISION_MOTIONS.has(verb) && !sameForm && !proVerb) continue;
          // "I'd set myself the target of…", "I hit my target for the year" state the goal or its
          // result; "I set the deadline too early" is a decision.
          if ((verb === "set" || verb === "hit") && statesGoal(doc, m.last)) continue;
          const clause = doc.clauses[doc.tokens[m.first]!.clause]!;
          const sentenceLast = doc.sentences[doc.tokens[m.first]!.sentence]!.last;
          let faulty = false;
          // "The rebrand I led…": the act opens a relative clause on the noun before it.
          const before = doc.tokens[m.first - 1];
          const relative = before !== undefined && isContentWord(before) && !ADVERBS.has(before.norm) && !JOINERS.has(before.norm);
          let joined = false;
          for (let k = m.last + 1; !faulty && k <= sentenceLast; k++) {
            const w = doc.tokens[k]!.norm;
            if (doc.tokens[k]!.kind === "punct" || JOINERS.has(w)) joined = true;
            // "The rebrand I led didn't quite land": with nothing joining them, the negation is the
            // sentence's own verb, after a relative clause that only names the speaker's role.
            // "…from a list that hadn't been checked" still tells what was wrong with the act.
            if (relative && w === "not" && !joined && AUXILIARIES.has(doc.tokens[k - 1]?.norm ?? "") && !OBJECT_RELATIVES.has(doc.tokens[k - 2]?.norm ?? "")) break;
            // "I booked it for the week after the flu push even though I knew I'd be on doubles":
            // a decision taken against what the speaker knew.
            if (w === "though" && doc.tokens[k - 1]?.norm === "even") {
              faulty = true;
              break;
            }
            // "…, without asking our engineer": a clause that opens on the fault belongs to the
            // decision, whoever it goes on to name.
            if (k > clause.last && RESUMED_FAULTS.has(w)) {
              faulty = true;
              break;
            }
            // "I put two new starters on the rural patch because it was easier on paper", told after
            // the failure: the speaker's own motive for the act makes it the decision behind it.
            // "Around then I also repainted the lobby because…" adds a side act, not the cause.
            if (k > clause.last && REASON_WORDS.has(w) && failureTold(m.first) && ownMotive(doc, k) && !sideAct(doc, m)) {
              faulty = true;
              break;
            }
            if (k > clause.last && (FAULT_SCOPE_ENDERS.has(w) || SUBJECT_WORDS.has(w) || OTHER_SUBJECTS.has(doc.clauses[doc.tokens[k]!.clause]!.subject))) {
              // "I set the date off the top of my head, because it sounded reasonable, without asking
              // the engineer": a reason set off between commas, then the decision's own fault.
              const reasonEnd = doc.clauses[doc.tokens[k]!.clause]!.last;
              const after = doc.tokens[reasonEnd + 1];
              if (!REASON_WORDS.has(w) || after === undefined || after.sentence !== doc.tokens[k]!.sentence || !RESUMED_FAULTS.has(after.norm)) break;
              k = reasonEnd;
              continue;
            }
            const next = doc.tokens[k + 1]?.norm ?? "";
            // "before checking" and "before I'd had anyone check" are faults; "before she said
            // anything" or "before she had asked" is only a sequence.
            if (w === "before") faulty = next.endsWith("ing") || ((next === "i" || next === "we") && doc.tokens[k + 2]?.norm === "had");
            // "…knowing the production was due in October" is a known clash; "knowing the team had
            // tested every path" is not a fault.
            else if (w === "knowing") faulty = clashFollows(doc, k);
            else if (w === "not") faulty = next !== "long" && next !== "much";
            // A practice of the time is faulty for what it put in place of the right act ("instead
            // of", "rather than", "without reading them"); "covering two sites without any support"
            // or "without knowing" tells what the speaker lacked.
            else if (w === "without" && options.progressive === true) {
              const act = ADVERBS.has(next) ? (doc.tokens[k + 2]?.norm ?? "") : next;
              faulty = act.endsWith("ing") && !UNAWARE.has(act);
            }
            else faulty = FAULT_MARKERS.has(w);
          }
          if (!faulty) continue;
        }
        const objectWords = contentAfter(doc, m.last, 3).filter((k) => !VAGUE_WORDS.has(doc.tokens[k]!.norm)).length;
        const specific = objectWords >= 2 || (objectWords >= 1 && m.last - m.first >= 2);
        const strength = Math.min(options.cap, isHedged(doc, m) ? 1 : specific ? 3 : 2);
        hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength }, 24));
      }
    };
    // "The best decision I made was hiring Sam" is not a fault; nor is being the one who had to
    // clear up after it ("I was the one who had to fix it"), which is a burden carried.
    const burden = (m: { last: number }) => {
      const [a, b] = [doc.tokens[m.last + 1]?.norm, doc.tokens[m.last + 2]?.norm];
      return ((a === "had" || a === "has" || a === "got") && b === "to") || (a === "ended" && b === "up") || (a === "was" && b === "left");
    };
    consider(cue("error").filter((m) => !PRAISE.has(doc.tokens[m.first - 1]?.norm ?? "") && !burden(m)), { needsFault: false, cap: 3 });
    consider(cue("omitted"), { needsFault: false, cap: 3 });
    consider(cue("unconsidered"), { needsFault: false, cap: 3 });
    // A plain omission is owned but thin ("I didn't manage the timeline well"): at most strength 2.
    // "The one I didn't, um…" is ellipsis for the missed goal, not an omission.
    consider(
      cue("anyOmission").filter((m) => {
        const verb = doc.tokens[m.last]!.norm;
        const before = doc.tokens[m.first - 1]?.norm ?? "";
        if (RELATIVE_HEADS.has(before)) return false;
        return isOmittedDuty(doc, m.last);
      }),
      { needsFault: false, cap: 3 },
    );
    // "nothing I could have done" is an excuse, not hindsight.
    consider(cue("hindsight").filter((m) => !EXCUSE_LEADS.has(doc.tokens[m.first - 1]?.norm ?? "")), { needsFault: false, cap: 1 });
    consider(cue("neglect"), { needsFault: false, cap: 2 });
    for (const m of cue("namedNeglect")) {
      let named = false;
      for (let k = m.first + 2; k < m.last; k++) {
        if (NOT_NEGLECT.has(doc.tokens[k]!.norm)) {
          named = false;
          break;
        }
        if (!PRONOUN_OBJECTS.has(doc.tokens[k]!.norm) && isContentWord(doc.tokens[k]!)) named = true;
      }
      if (named && isAsserted(doc, m)) hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: isHedged(doc, m) ? 1 : 3 }, 24));
    }
    consider(cue("coordinatedOmission").filter((m) => {
      if (doc.clauses[doc.tokens[m.first]!.clause]!.subject !== "self") return false;
      return isOmittedDuty(doc, m.last);
    }), { needsFault: false, cap: 3 });
    consider(cue("cleft"), { needsFault: true, cap: 3, cleft: true });
    // "What I took from it is that…" tells the lesson, not a decision.
    consider(cue("decided").filter((m) => !CLEFT_HEADS.has(doc.tokens[m.first - 1]?.norm ?? "")), { needsFault: true, cap: 3 });
    // "…if I was doing it again" supposes; it tells no practice of the time.
    const supposed = (m: { first: number }) => HYPOTHETICAL_LEADS.has(doc.tokens[m.first - 1]?.norm ?? "") || HYPOTHETICAL_LEADS.has(doc.tokens[m.first - 2]?.norm ?? "");
    consider(cue("practised").filter((m) => doc.tokens[m.last]!.norm.endsWith("ing") && !CLEFT_HEADS.has(doc.tokens[m.first - 1]?.norm ?? "") && !supposed(m)), { needsFault: true, cap: 3, progressive: true });
    const firstFailureEnd = new Map<number, number>();
    for (const f of hitsOf(failureMention)) {
      const sentence = doc.tokens[f.last]!.sentence;
      firstFailureEnd.set(sentence, Math.min(firstFailureEnd.get(sentence) ?? f.last, f.last));
    }
    consider(cue("reason").filter((m) => {
      const verb = doc.tokens[m.last]!.norm;
      return isPastAction(verb) && !REASON_EVENTS.has(verb) && givesReasonForFailure(doc, m.first, firstFailureEnd);
    }).map((m) => ({ ...m, first: m.first + 1 })), { needsFault: false, cap: 3 });
    return withoutOverlaps(hits);
  },
});
