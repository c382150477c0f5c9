import { defineSignal, type SignalHit } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { failureMention } from "./failureMention.js";
import { goalParts } from "./goalParts.js";
import { isPastAction, isPastForm } from "./helpers.js";
import { TIME_UNITS, inReferenceFrame, isCount } from "./measurableOutcome.js";
import { NAMED_GOALS } from "./shared.js";
import { specificOwnActions } from "./specificOwnActions.js";

// How far past the candidate's last action a result is still read as theirs: a result is told
// right after the steps that led to it.
const RESULT_SENTENCES = 2;
// A reason or a condition explains the steps; it is not what came of them. ("As a result…" and
// "since then…" open results, so "as" and "since" are not among them.)
const REASON_OPENERS = new Set(["because", "cos", "cause", "if", "unless"]);
// Losses and complaints are news, but not the result of reaching a goal: a result here is what
// reaching it brought. A count may still measure one brought down ("only two customers complained").
const BAD_NEWS = new Set(["complained", "cancelled", "canceled", "refused", "walked", "froze", "collapsed"]);
// Departures and illness are someone's news even with a count ("two nurses left").
const DEPARTURES = new Set(["left", "quit", "resigned", "withdrew", "died", "sick", "ill", "injured"]);
// A figure right after these verbs measures the work ("it took us six months", "I put in ten
// hours a week", "it cost 2,000 pounds"), not what came of it.
const EFFORT_VERBS = new Set(["took", "spent", "put", "worked", "cost", "lasted"]);
const EFFORT_REACH = 3;
// A deadline may run to years ("I had two years to…").
const TIME_SPANS = new Set([...TIME_UNITS, "year", "years"]);

const BLANK_LINE = /\n[^\S\n]*\n/;
/** Whether a blank line separates two tokens: a new paragraph, or the next part of the answer. */
function blankLineBetween(doc: Document, before: number, after: number): boolean {
  return BLANK_LINE.test(doc.original.slice(doc.tokens[before]!.end, doc.tokens[after]!.start));
}

/**
 * A figure that sets a target or a starting point before the candidate's actions: a reference
 * word just before it ("the target was seven"), or a past "had" ("we'd had three in six months").
 */
function isReference(doc: Document, k: number): boolean {
  if (!isCount(doc, k)) return false;
  if (inReferenceFrame(doc, k)) return true;
  // "I had three weeks to prepare" is a deadline, not a starting figure.
  if (TIME_SPANS.has(doc.tokens[k + 1]?.norm ?? "")) return false;
  for (let j = Math.max(0, k - 3); j < k; j++) if (doc.tokens[j]!.norm === "had") return true;
  return false;
}

// Words that may come before an elided subject's verb: "and then took…", "so, also rang…".
const CLAUSE_LINKS = new Set(["and", "then", "so", "also", "plus", "just"]);

/** The clause's first word, past its links, is a past action: its subject is the one before it. */
function opensOnPastAction(doc: Document, clause: Document["clauses"][number]): boolean {
  for (let k = clause.first; k <= clause.last; k++) {
    const t = doc.tokens[k]!;
    if (t.filler || t.kind === "punct" || CLAUSE_LINKS.has(t.norm)) continue;
    return isPastAction(t.norm);
  }
  return false;
}

/**
 * What a clause after the last action tells: a figure that came of it, told in the past about the
 * speaker, their team or the thing worked on (3 when the goal's story set a target or a starting
 * point before the actions, else 2); something else that happened, told in the past about someone
 * or something else (2); or nothing that reads as a result (0).
 */
function resultStrength(doc: Document, clauseIndex: number, hasReference: boolean, failures: ReadonlySet<number>): number {
  const clause = doc.clauses[clauseIndex]!;
  // A question asks; it tells no result ("Was it 20 minutes or 30?").
  if (doc.tokens[doc.sentences[clause.sentence]!.last]!.norm === "?") return 0;
  let figure = false;
  let past = false;
  let happened = false;
  let badNews = failures.has(clauseIndex);
  let departure = false;
  let now = false;
  let effortAt = -1;
  let opened = false;
  for (let k = clause.first; k <= clause.last; k++) {
    const t = doc.tokens[k]!;
    if (t.filler || t.kind === "punct") continue;
    if (!opened && REASON_OPENERS.has(t.norm)) return 0;
    opened = true;
    // A clause that names a goal states one ("the goal that eluded me was…"): it is no result.
    if (t.quoted || NAMED_GOALS.has(t.norm)) return 0;
    // What is denied or doubted before the count is no result; after it, "without a single fall"
    // is what the count measures.
    if ((t.negated || t.hedged) && !figure) return 0;
    if (EFFORT_VERBS.has(t.norm) && doc.tokens[k + 1]?.norm !== "off") effortAt = k;
    if (BAD_NEWS.has(t.norm)) badNews = true;
    if (DEPARTURES.has(t.norm)) badNews = departure = true;
    if (t.norm === "now" || t.norm === "nowadays") now = true;
    if (isCount(doc, k)) {
      if (effortAt >= 0 && k - effortAt <= EFFORT_REACH) return 0;
      figure = true;
    }
    if (isPastForm(t.norm)) past = true;
    if (clause.subject !== "self" && isPastAction(t.norm)) happened = true;
  }
  // A figure may count a failure brought down ("complaints fell to two a month"), told in the past
  // or as where things stand now ("we're now at 96%"); not a departure or an illness ("two nurses
  // left", "my manager was off sick for 3 weeks"), nor a standing fact ("the unit has 28 beds").
  if (figure && (past || now) && !departure) return hasReference ? 3 : 2;
  return happened && !badNews && !figure ? 2 : 0;
}

/**
 * A result told as what followed the candidate's own actions: the next clause that gives a figure
 * in the past ("I was at 6 minutes 40 within two months") or tells what happened to someone or
 * something else ("The story led the paper in May"). The goal rubric reads it where no result was
 * stated in any other form.
 */
export const narratedResult = defineSignal({
  id: "narrated-result",
  description: "A result told as what followed the candidate's own actions: the next clause that gives a figure or tells what happened to someone or something else.",
  cues: {},
  uses: [specificOwnActions, goalParts, failureMention],
  detect: ({ doc, hitsOf }) => {
    const actions = hitsOf(specificOwnActions);
    if (actions.length === 0) return [];
    const parts = hitsOf(goalParts);
    const failures = new Set(hitsOf(failureMention).map((h) => doc.tokens[h.first]!.clause));
    const hits: SignalHit[] = [];
    let turn = 0;
    let part = 0;
    let regionStart = 0;
    let a = 0;
    while (a < actions.length) {
      // The goal's story starts at the last turn of either kind before its first action.
      while (part < parts.length && parts[part]!.first <= actions[a]!.first) regionStart = parts[part++]!.first;
      while (turn < parts.length && (parts[turn]!.strength !== 2 || parts[turn]!.first <= actions[a]!.last)) turn++;
      const until = parts[turn]?.first ?? doc.tokens.length;
      // Only after the last action before the next turn: a clause between two actions is a step.
      // A blank line ends the run too: the two parts of a structured answer are joined by one, and
      // the missed goal's actions must not swallow the achieved goal's result.
      const runFirst = a;
      while (a + 1 < actions.length && actions[a + 1]!.first < until && !blankLineBetween(doc, actions[a]!.last, actions[a + 1]!.first)) a++;
      const lastAction = actions[a]!;
      a++;
      // The goal's target or starting point is told before the steps taken to reach it.
      let hasReference = false;
      for (let k = regionStart; k < actions[runFirst]!.first && !hasReference; k++) hasReference = isReference(doc, k);
      const from = lastAction.last + 1;
      if (from >= until) continue;
      const lastSentence = doc.tokens[lastAction.last]!.sentence + RESULT_SENTENCES;
      // A clause that opens on a past verb shares the subject before it: after the candidate's
      // action, "…, took them out for food" is one more step of theirs, not a result, and so is
      // each step chained after it.
      let stepChain = false;
      for (let c = doc.tokens[from]!.clause + (doc.tokens[from]!.clause === doc.tokens[lastAction.last]!.clause ? 1 : 0); c < doc.clauses.length; c++) {
        const clause = doc.clauses[c]!;
        if (clause.first >= until || clause.sentence > lastSentence) break;
        stepChain = opensOnPastAction(doc, clause) && (stepChain || doc.clauses[c - 1]?.subject === "self");
        if (stepChain) continue;
        const strength = resultStrength(doc, c, hasReference, failures);
        if (strength === 0) continue;
        let last = clause.last;
        while (last > clause.first && doc.tokens[last]!.kind === "punct") last--;
        hits.push({ first: clause.first, last, strength });
        break;
      }
    }
    return hits;
  },
});
