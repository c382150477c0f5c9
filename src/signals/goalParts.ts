import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { endsClause, isAsserted, opensSentence } from "./helpers.js";

const CONFIRMATION_ENDS = new Set(["it", "that"]);

const ACHIEVED_HEADINGS = new Set(["achieved", "hit", "met", "success", "win", "won", "reached"]);
const MISSED_HEADINGS = new Set(["missed", "miss", "unmet", "failed", "fail", "unachieved"]);
const HEADING_PUNCT = new Set([":", "—", ",", ";"]);
// Words a spoken answer opens a heading with: "ok so achieved, um, the onboarding redesign".
const DISCOURSE_OPENERS = new Set(["ok", "okay", "so", "right", "well", "now"]);
const LABEL_WORDS = new Set(["achieved", "missed", "unmet", "unachieved"]);
const PARTLY = new Set(["partly", "partially", "mostly", "half"]);
const HEADING_NOUNS = new Set(["goal", "target", "one", "objective", "aim"]);

// "Hit: I set a goal…", "Missed — fuel cost per mile…", "Didn't achieve, I wanted…": a heading
// word (or "didn't achieve") that opens a sentence and is followed by punctuation.
function headings(doc: Document): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const sentence of doc.sentences) {
    let k = sentence.first;
    let opened = false;
    while (k <= sentence.last && (doc.tokens[k]!.filler || DISCOURSE_OPENERS.has(doc.tokens[k]!.norm))) {
      opened ||= !doc.tokens[k]!.filler;
      k++;
    }
    const first = k;
    // "The achieved one:", "Partly missed:": an article or a degree before the heading word; a
    // goal only partly achieved ("Partly achieved:") is the one missed.
    const partly = PARTLY.has(doc.tokens[k]?.norm ?? "");
    if (partly || doc.tokens[k]?.norm === "the") k++;
    // "Goal missed:", "Target hit:": the noun before the heading word makes it announce a goal.
    if (doc.tokens[k]?.norm === "goal" || doc.tokens[k]?.norm === "target") k++;
    let missed = false;
    if (doc.tokens[k]?.norm === "did" && doc.tokens[k + 1]?.norm === "not") {
      missed = true;
      k += 2;
    } else if (doc.tokens[k]?.norm === "not") {
      missed = true;
      k += 1;
    }
    const word = doc.tokens[k]?.norm ?? "";
    // "Missed goal:", "The achieved one:": the noun after the heading word.
    if (HEADING_NOUNS.has(doc.tokens[k + 1]?.norm ?? "") && HEADING_PUNCT.has(doc.tokens[k + 2]?.norm ?? "")) {
      if (!missed && (MISSED_HEADINGS.has(word) || (partly && ACHIEVED_HEADINGS.has(word)))) hits.push({ first, last: k + 1, strength: 2 });
      else if (!missed && ACHIEVED_HEADINGS.has(word)) hits.push({ first, last: k + 1, strength: 1 });
      continue;
    }
    if (partly && !missed && ACHIEVED_HEADINGS.has(word) && HEADING_PUNCT.has(doc.tokens[k + 1]?.norm ?? "")) {
      hits.push({ first, last: k, strength: 2 });
      continue;
    }
    // "…first week. Missed. So I wanted to ship…": a heading word that is a sentence of its own.
    // Alone or after "ok so", only the words that do nothing but label a goal: "Failed." or "so
    // hit, I mean…" may be a step of the story.
    const alone = k === sentence.last || (k + 1 === sentence.last && doc.tokens[k + 1]!.kind === "punct");
    if (!HEADING_PUNCT.has(doc.tokens[k + 1]?.norm ?? "") && !alone) continue;
    if ((alone || opened) && !LABEL_WORDS.has(doc.tokens[k]?.norm ?? "")) continue;
    if (missed ? ACHIEVED_HEADINGS.has(word) || word === "achieve" || word === "hit" || word === "meet" || word === "happen" : MISSED_HEADINGS.has(word)) hits.push({ first, last: k, strength: 2 });
    else if (!missed && ACHIEVED_HEADINGS.has(word)) hits.push({ first, last: k, strength: 1 });
  }
  return hits;
}

// Words a subject-less turn may follow at a sentence's start: "But missed my 10k, that's on me".
const TURN_LEADS = new Set([...DISCOURSE_OPENERS, "but", "and", "then", "also"]);

/** Words that name a goal in a turn: "the one I didn't hit", "my second goal", "the miss". */
export const GOAL_NOUNS = new Set(["one", "goal", "goals", "target", "targets", "thing", "aim", "objective", "second", "other", "miss", "success", "win", "first"]);
const HEADING_MARKS = new Set([":", "—"]);

/**
 * Whether a turn of {@link goalParts} announces a goal ("the one I didn't achieve", a heading
 * such as "Missed:") rather than telling a setback inside one goal's story ("at first I didn't
 * get the budget").
 *
 * @param doc - The analysed answer.
 * @param turn - A hit of {@link goalParts}.
 * @returns True when the turn names a goal or is a heading.
 */
export function announcesGoal(doc: Document, turn: SignalHit): boolean {
  if (HEADING_MARKS.has(doc.tokens[turn.last + 1]?.norm ?? "")) return true;
  for (let k = turn.first; k <= turn.last; k++) if (GOAL_NOUNS.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/**
 * Where a two-goal answer turns from one goal to the other: strength 2 marks the start of the
 * missed goal ("the one I didn't hit"), strength 1 the achieved one ("the goal I achieved").
 */
export const goalParts = defineSignal({
  id: "goal-parts",
  description: "Marks where an answer turns to the achieved goal (1) or the missed goal (2).",
  cues: {
    missed: [
      "one|goal|target|thing|objective|aim|ambition i|we (did not|never|missed|failed|fell short|could not|blew|fluffed|flunked)",
      "did not|never quite|fully|really|entirely? achieve|hit|reach|meet|make|get|manage|pull|land|finish|complete|pass",
      "i|we missed|failed",
      "fell|falling short",
      "short of",
      "was|were not able",
      "could not|never hit|reach|make|get|manage|achieve|finish|meet",
      "on the other hand",
      "(on the flip side|the flip side|the other side of the coin|the other side of the ledger)",
      "did not|never quite|fully|really|entirely? (come together|materialize|pan out|work out|come off|land|come to fruition)",
      "never quite|fully|really? came to fruition|together|off",
      "where it|things went wrong",
      "(i was|we were) unsuccessful",
      "not every|all goal|goals|target|targets|objective|objectives land|lands|work|works|happen|happens",
      "less successful",
      "the second|other one|goal|target|example",
      "the miss",
      "not achieved|hit|met|reached",
      "unmet|unachieved",
      "did not happen|work|pan",
      "as for|with the one|other|second|goal|miss|missed",
      // Told in the present by some speakers: "goal I don't achieve…".
      "one|goal|target i|we do not achieve|hit|reach|meet",
      "did not go to plan",
      "never quite? achieved|hit|reached|met|made|managed|got",
      "was a miss|fail|failure",
      // "the one that didn't go", "a goal I haven't yet achieved", "we only got a quarter of the way".
      "one|goal|target|ones|goals that (did not|never|got away|slipped|fell)",
      "one|goal|target|thing i|we (have not|had not|have never|still have not) yet? achieved|hit|reached|met|managed|made|done|finished|got",
      "only got|made|managed|reached|came ...? of the way",
      // The missed one named as such: "The missed one was…" (as the subject it announces; "after the
      // missed target in Q1" is the story), "the one I kept missing", "the one that went wrong", "I
      // also missed out on the promotion".
      "the|my missed one|goal|target|objective was|is|were",
      "the one i|we kept (missing|failing|putting off)",
      "one|goal|target that went wrong|badly|sideways",
      "i|we (also|then|just)? missed out on",
    ],
    achieved: [
      "i|we achieved|hit|reached|met|exceeded|smashed|beat|nailed|accomplished|succeeded|managed|passed|completed|delivered|finished|won|landed|doubled|grew|launched",
      "one|goal|target i|we achieved|hit|did|nailed|met|reached|set|am",
      "goal i set and achieved|hit|met|reached",
      "the success|win",
      "achieved|successful side|one|goal|example",
      "proud of",
      "the first one|goal|example",
      "the goal i achieved|hit|met",
      "a goal i achieved|hit|met|set",
    ],
    // "I wanted to get my care certificate done, and I did": the goal stated, then met. Only at
    // the end of its clause: "and I did a practice interview" is something else.
    confirmed: ["(and|which) (i|we) (did|managed|achieved|got there|made it|nailed it|hit it|pulled it off|did it)"],
    // "I set myself the goal of getting it signed off by June, and I didn't": stated, then missed.
    denied: ["(and|but) (i|we) (did not|never did)"],
    // Spoken, with the subject left out at a sentence's start: "missed my forklift test, that's on
    // me"; not "Missed the first deadline, but…" or "Failed the first mock audit", events of a story.
    unsaid: ["missed my|our|out"],
  },
  detect: ({ doc, cue }) => [
    ...headings(doc),
    ...cue("missed").filter((m) => !doc.tokens[m.first]!.quoted).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    // "I managed" is an achievement; "I managed not to…" and "I didn't manage" are not.
    ...cue("achieved").filter((m) => isAsserted(doc, m) && doc.tokens[m.last + 1]?.norm !== "not").map((m) => ({ first: m.first, last: m.last, strength: 1 })),
    ...cue("confirmed").filter((m) => isAsserted(doc, m) && endsClause(doc, m.last, CONFIRMATION_ENDS)).map((m) => ({ first: m.first, last: m.last, strength: 1 })),
    ...cue("denied").filter((m) => endsClause(doc, m.last)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    ...cue("unsaid").filter((m) => opensSentence(doc, m.first, TURN_LEADS)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
  ]
    .sort((a, b) => a.first - b.first || a.last - b.last)
    // A heading may also be read by a cue with the same span ("Achieved goal:"): that turn, once.
    .filter((hit, i, all) => i === 0 || hit.first !== all[i - 1]!.first || hit.last !== all[i - 1]!.last || hit.strength !== all[i - 1]!.strength),
});
