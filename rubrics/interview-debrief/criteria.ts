import { defineCriterion } from "../../src/define/criterion.js";
import { lessonReading } from "../../src/criteria/lesson.js";
import { interviewPractice } from "../../src/signals/interviewPractice.js";
import type { Signal } from "../../src/define/signal.js";
import { failureMention } from "../../src/signals/failureMention.js";
import { isContentWord, isPastAction } from "../../src/signals/helpers.js";
import type { SignalHit } from "../../src/define/signal.js";
import type { Document } from "../../src/text/analyze.js";
import { answerCorrection } from "../../src/signals/answerCorrection.js";
import { appliedChange } from "../../src/signals/appliedChange.js";
import { externalBlame } from "../../src/signals/externalBlame.js";
import { futureIntent } from "../../src/signals/futureIntent.js";
import { hardMoment } from "../../src/signals/hardMoment.js";
import { interviewReference } from "../../src/signals/interviewReference.js";
import { noSelfRead } from "../../src/signals/noSelfRead.js";
import { outcomeEvidence } from "../../src/signals/outcomeEvidence.js";
import { ownCausalAction } from "../../src/signals/ownCausalAction.js";
import { ownResponsibility } from "../../src/signals/ownResponsibility.js";
import { positiveRead } from "../../src/signals/positiveRead.js";
import { selfCritique } from "../../src/signals/selfCritique.js";
import { REASON_WORDS } from "../../src/signals/shared.js";

const STATE_VERBS = new Set(["was", "am", "were", "got", "felt", "feel", "did", "could", "should", "wish", "would", "think", "had", "seemed", "liked", "enjoyed", "wanted", "hoped", "needed", "tried", "thought", "knew"]);

// "Not sure", "less sure", "not so sure", "not as confident"; but "so sure" and "very sure" are certain.
const DEGREE_AFTER_NOT = new Set(["so", "as", "very", "that", "too"]);
function doubts(doc: Document, k: number): boolean {
  const w = doc.tokens[k]?.norm ?? "";
  return w === "not" || w === "less" || (DEGREE_AFTER_NOT.has(w) && doc.tokens[k - 1]?.norm === "not");
}
function isHedgedHit(doc: Document, hit: SignalHit): boolean {
  for (let k = Math.max(0, hit.first - 2); k <= hit.last; k++) if (doc.tokens[k]!.hedged || doc.tokens[k]!.norm === "maybe" || doc.tokens[k]!.norm === "probably") return true;
  // "I'm not sure I covered everything" doubts rather than owns.
  // Nor does "I'm less sure about the group task", however it is worded.
  for (let k = Math.max(1, hit.first - 3); k <= hit.last; k++) if ((doc.tokens[k]!.norm === "sure" || doc.tokens[k]!.norm === "confident") && doubts(doc, k - 1)) return true;
  return false;
}

// "I didn't do great on it", "I didn't really say much" judge how it went; they name no act, as
// "I didn't say what I'd actually do" does.
const JUDGED_DOINGS = new Map([
  ["do", new Set(["great", "well", "so", "very", "that", "too", "particularly", "as", "brilliantly"])],
  ["say", new Set(["much", "enough", "a", "anything"])],
]);
function judgesHowItWent(doc: Document, k: number): boolean {
  const verb = doc.tokens[k]?.norm === "really" ? k + 1 : k;
  return JUDGED_DOINGS.get(doc.tokens[verb]?.norm ?? "")?.has(doc.tokens[verb + 1]?.norm ?? "") ?? false;
}
// A clause that tells something the candidate did: a past-tense verb that is not a state, or
// "did not" with a verb ("I didn't know my conversion rate").
function namesAction(doc: Document, clauseIndex: number): boolean {
  const clause = doc.clauses[clauseIndex]!;
  for (let k = clause.first; k <= clause.last; k++) {
    const w = doc.tokens[k]!.norm;
    if (w === "not" && doc.tokens[k - 1]?.norm === "did" && !judgesHowItWent(doc, k + 1)) return true;
    // "I could have expanded on it" is what might have been, not something done.
    if (isPastAction(w) && doc.tokens[k - 1]?.norm !== "have") return true;
    // In an interview what the candidate said is what they did: "I said I'd call the manager".
    if ((w === "said" || w === "told") && doc.tokens[k - 1]?.norm === "i") return true;
  }
  return false;
}
// The action behind an owned weak moment is often told just after it: "I wasn't happy with my
// safeguarding answer. I gave you the textbook version…". Looks through the rest of the sentence
// and the next two, stopping where the candidate starts a corrected answer (that is momentum).
const ACTION_WINDOW_SENTENCES = 2;
const ACTION_WINDOW_CLAUSES = 12;
function actionFollows(doc: Document, hit: SignalHit, corrections: readonly SignalHit[], intended: ReadonlySet<number>): boolean {
  const sentence = doc.tokens[hit.first]!.sentence;
  const lastSentence = Math.min(doc.sentences.length - 1, sentence + ACTION_WINDOW_SENTENCES);
  const sentenceEnd = doc.sentences[sentence]!.last;
  // The first correction after this sentence, by binary search (hits come sorted by position).
  let lo = 0;
  let hi = corrections.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (corrections[mid]!.first > sentenceEnd) hi = mid;
    else lo = mid + 1;
  }
  const stop = corrections[lo]?.first ?? Number.POSITIVE_INFINITY;
  const end = Math.min(doc.sentences[lastSentence]!.last, stop - 1);
  // A bounded number of clauses, so one endless sentence full of self-critique stays linear.
  const firstClause = doc.tokens[hit.first]!.clause;
  for (let c = firstClause; c < doc.clauses.length && c < firstClause + ACTION_WINDOW_CLAUSES && doc.clauses[c]!.first <= end; c++) {
    // "Next time I'll come prepared" is an intention, not something done in the interview.
    if (intended.has(c)) continue;
    if (doc.clauses[c]!.subject === "self" && namesAction(doc, c)) return true;
  }
  return false;
}

const NERVES = new Set(["nervous", "nerves", "anxious", "flustered", "rattled", "jittery", "stressed", "tired", "jetlagged"]);

// Anything that says a moment went less well: a self-critique, a mistake, a wish to redo an
// answer, even a complaint about a question (it still names the weak moment).
// Words that point back to a moment named just before: "I wasn't at my sharpest on that one".
const ANAPHORS = new Set(["that", "it", "there", "this", "one"]);
const LESS_WELL: readonly Signal[] = [selfCritique, ownCausalAction, ownResponsibility, answerCorrection, externalBlame, failureMention, hardMoment];

/** Candor: does the candidate name at least one thing that went less well? */
export const candor = defineCriterion({
  title: "Candor",
  asks: "Does the candidate name something that went less well?",
  anchors: {
    0: { description: "Only positives, or no read at all (\"I think it went well\", \"I don't know\").", examples: ["I think it went well, I really liked everyone."] },
    1: { description: "A vague admission without naming what.", examples: ["Some parts could have gone better, I suppose."] },
    2: { description: "Names one specific thing that went less well.", examples: ["My answer on the stock-count question was too vague."] },
    3: { description: "A balanced, specific read: what went less well and what went well, and why.", examples: ["The case study went well because I'd run that exact promotion before; the budgeting question didn't, because I guessed the margin instead of asking."] },
  },
  signals: [...LESS_WELL, positiveRead, interviewReference, noSelfRead],
  params: {
    /** Content words a weak moment's clause needs, besides the cue, to count as named. */
    namedWords: 3,
  },
  grid: { namedWords: [2, 3, 4, 5, 6, 7, 8] },
  advice: {
    0: "Name one moment of the interview that went less well, as well as what went well.",
    1: "Say which part could have gone better, specifically.",
    2: "Add what went well too, and why, so the read is balanced.",
  },
  probes: {
    0: ["If you could replay one part of today, which would it be?"],
    1: ["Which part, specifically, would you do differently?"],
    2: ["And which part do you think went best, and why?"],
  },
  decide: (r, p) => {
    const { doc } = r;
    const referenced = new Set(r.hits(interviewReference).map((h) => doc.tokens[h.first]!.sentence));
    const weak = LESS_WELL.flatMap((signal) => r.hits(signal));
    // Content words per clause, counted once: checking each hit's clause afresh is quadratic on
    // one endless clause full of cues.
    const isContent = (k: number) => isContentWord(doc.tokens[k]!);
    const contentPerClause = doc.clauses.map(() => 0);
    for (let k = 0; k < doc.tokens.length; k++) if (isContent(k)) contentPerClause[doc.tokens[k]!.clause]!++;
    // A moment named in one sentence and judged in the next ("…the overdraft question. I wasn't at
    // my sharpest on that one.") is named.
    // Once per sentence: many weak hits in one long sentence must not each rescan it.
    const pointsBack = new Array<boolean>(doc.sentences.length).fill(false);
    for (const t of doc.tokens) if (ANAPHORS.has(t.norm)) pointsBack[t.sentence] = true;
    // The hit's clause says more than the hit itself: enough content words outside it.
    const saysMore = (h: SignalHit) => {
      let words = contentPerClause[doc.tokens[h.first]!.clause]!;
      for (let k = h.first; k <= h.last; k++) if (isContent(k) && doc.tokens[k]!.clause === doc.tokens[h.first]!.clause) words--;
      return words >= p.namedWords;
    };
    const named = weak.some((h) => {
      const sentence = doc.tokens[h.first]!.sentence;
      return referenced.has(sentence) || (referenced.has(sentence - 1) && pointsBack[sentence]!) || saysMore(h);
    });
    // What went well counts toward a balanced read when it too is specific: a moment named in its
    // sentence, a reason given ("because that's my day job"), or a clause that says more than the
    // judgement. "The rest was alright" balances nothing.
    // Once per sentence, so many positive hits in one long sentence do not each rescan it.
    const reasoned = new Set<number>();
    for (const t of doc.tokens) if (REASON_WORDS.has(t.norm)) reasoned.add(t.sentence);
    const specificPositive = r.hits(positiveRead).some((h) => {
      const sentence = doc.tokens[h.first]!.sentence;
      return referenced.has(sentence) || reasoned.has(sentence) || saysMore(h);
    });
    if (named && specificPositive) {
      return { level: 3, because: "Names specific moments that went less well and ones that went well.", cites: [...LESS_WELL, positiveRead] };
    }
    if (named) return { level: 2, because: "Names a specific thing that went less well.", cites: LESS_WELL };
    if (weak.length > 0) return { level: 1, because: "Admits something could have gone better, without saying what.", cites: LESS_WELL };
    return { level: 0, because: "Gives only positives, or no read of their own performance.", cites: [positiveRead, noSelfRead] };
  },
});

/** Specificity: does the candidate refer to what actually happened in this interview? */
export const specificity = defineCriterion({
  title: "Specificity",
  asks: "Does the candidate refer to specific moments of this interview?",
  anchors: {
    0: { description: "Generic statements only.", examples: ["It was a nice conversation."] },
    1: { description: "One general reference to a part of the interview.", examples: ["The technical part was harder."] },
    2: { description: "Refers to specific questions or moments.", examples: ["When you asked about the rota clash, I went straight to overtime."] },
    3: { description: "Several specific moments, with details of what was said or done.", examples: ["On the pricing question I quoted last year's margin; on the supplier scenario I forgot to mention the penalty clause."] },
  },
  signals: [interviewReference, selfCritique, answerCorrection, ownCausalAction],
  params: {
    /** References needed for level 3. */
    minReferencesForTop: 3,
  },
  grid: { minReferencesForTop: [1, 2, 3, 4] },
  advice: {
    0: "Refer to a specific question or moment rather than the interview in general.",
    1: "Name the exact question you mean, and what you said.",
    2: "Add the details of what you said or did at those moments.",
  },
  probes: {
    0: ["Which question or moment stands out to you?"],
    1: ["Which question in that part, exactly?"],
    2: ["What would you say now to that question?"],
  },
  decide: (r, p) => {
    const references = r.count(interviewReference);
    // Level 3 needs moments said with what they were about, not "the first part, the last bit".
    const specificReferences = r.count(interviewReference, 2);
    const specificCritique = r.count(selfCritique, 2);
    // "With details of what was said or done": the speaker recounts what they said or did there.
    const details = r.hits(interviewReference).some((h) => h.strength >= 2 && r.doc.tokens[h.first]!.norm === "i") || r.count(answerCorrection, 2) > 0 || r.count(ownCausalAction, 2) > 0;
    if (details && (specificReferences >= p.minReferencesForTop || (specificReferences >= 2 && specificCritique >= 2))) {
      return { level: 3, because: `Refers to ${specificReferences} specific moments of the interview.`, cites: [interviewReference] };
    }
    if (references >= 2 || r.count(interviewReference, 2) > 0 || (references >= 1 && specificCritique >= 1)) return { level: 2, because: "Refers to specific questions or moments.", cites: [interviewReference, selfCritique] };
    if (references >= 1 || specificCritique >= 1) return { level: 1, because: "Refers to one part of the interview in general terms.", cites: [interviewReference, selfCritique] };
    return { level: 0, because: "Stays generic: no question or moment is named.", cites: [] };
  },
});

/** Ownership of the interview's weaker moments. */
export const debriefOwnership = defineCriterion({
  title: "Ownership",
  asks: "Does the candidate own their part in what went less well in the interview?",
  anchors: {
    0: { description: "No weakness owned, or the weak parts are blamed on the interviewer, the questions or the format.", examples: ["The questions were a bit unfair, to be honest."] },
    1: { description: "Weak parts put mostly down to nerves, the format or the questions, or hedged.", examples: ["I was just nervous, I think."] },
    2: { description: "Owns a weak part in the first person, but thinly.", examples: ["I wasn't at my best on the technical part."] },
    3: { description: "Names their own specific action behind a weak moment.", examples: ["I jumped into the design before asking how many users it had to serve."] },
  },
  signals: [selfCritique, ownCausalAction, ownResponsibility, externalBlame, answerCorrection, futureIntent],
  params: {},
  advice: {
    0: "Say what you would have done differently yourself, rather than what the format made hard.",
    1: "Describe your own part in how the weaker moment went.",
    2: "Name the specific thing you did that made the answer weaker.",
  },
  probes: {
    0: ["Setting the format aside, what would you have done differently?"],
    1: ["What was your part in how that question went?"],
    2: ["What exactly would you change in how you answered it?"],
  },
  decide: (r) => {
    const { doc } = r;
    const blame = r.count(externalBlame);
    const nerves = doc.tokens.some((t) => NERVES.has(t.norm) && !t.negated);
    const mine = r.hits(selfCritique).filter((h) => doc.clauses[doc.tokens[h.first]!.clause]!.subject === "self");
    // "I maybe could've done better" is owned only with a hedge; "I didn't do great on that, but I
    // don't think that's on me" is taken back by the blame the same sentence goes on to.
    const blameAfter = new Map<number, number>();
    for (const b of r.hits(externalBlame)) {
      const sentence = doc.tokens[b.first]!.sentence;
      blameAfter.set(sentence, Math.max(blameAfter.get(sentence) ?? -1, b.first));
    }
    const takenBack = (h: SignalHit) => (blameAfter.get(doc.tokens[h.first]!.sentence) ?? -1) > h.last;
    const plain = mine.filter((h) => !isHedgedHit(doc, h) && !takenBack(h));
    const owned = plain.length + r.count(ownCausalAction, 2) + r.count(ownResponsibility, 2);
    const specificCauses = r.count(ownCausalAction, 3);
    // Level 3 needs something the candidate did ("I rambled on…", "I mixed it up with…", "I didn't
    // know my conversion rate"), not a state ("I wasn't at my best").
    const corrections = r.hits(answerCorrection);
    const intended = new Set(r.hits(futureIntent).map((h) => doc.tokens[h.first]!.clause));
    const specific = plain.filter((h) => h.strength >= 2 && (namesAction(doc, doc.tokens[h.first]!.clause) || actionFollows(doc, h, corrections, intended))).length + specificCauses;
    if (owned === 0) {
      if (blame > 0 && mine.length === 0) return { level: 0, because: "Puts the weaker moments on the interview itself.", cites: [externalBlame] };
      if (nerves || mine.length > 0 || r.count(selfCritique) > 0) return { level: 1, because: "Puts the weaker moments down to nerves or circumstance, or owns them only with a hedge.", cites: [selfCritique] };
      return { level: 0, because: "Owns no weaker moment.", cites: [] };
    }
    if (blame > owned) return { level: 1, because: "Owns a little, but puts most of it on the interview itself.", cites: [externalBlame, selfCritique] };
    if (specific > 0 && blame === 0) return { level: 3, because: "Names their own specific action behind a weaker moment.", cites: [selfCritique, ownCausalAction] };
    if (nerves && specific === 0) return { level: 1, because: "Puts the weaker moments down to nerves rather than anything they did.", cites: [selfCritique] };
    return { level: 2, because: "Owns a weaker moment in the first person, but thinly.", cites: [selfCritique, ownResponsibility] };
  },
});

/** Momentum within the interview: a correction now, or a change since earlier interviews. */
export const debriefMomentum = defineCriterion({
  title: "Momentum",
  asks: "Does the candidate act on what went less well: correct it now, or show a change that has worked?",
  anchors: {
    0: { description: "Ends on the weakness or negativity; no change shown.", examples: ["Yeah, that one just went badly."] },
    1: { description: "Intention only (\"next time I'd prepare more\").", examples: ["Next time I'll prepare more examples."] },
    2: { description: "Acts on it now (completes or corrects an answer) or describes a change made since earlier interviews.", examples: ["Can I go back to the budget question? I'd start from last year's actuals."] },
    3: { description: "Does so with evidence that it works: a corrected answer with the specifics, or a change that has improved later interviews.", examples: ["To answer the rota question properly: I cut agency shifts from 40 to 12 a month by building a bank of six part-timers."] },
  },
  signals: [answerCorrection, appliedChange, outcomeEvidence, futureIntent],
  params: {},
  advice: {
    0: "Use the moment to add to or correct an answer you were not happy with.",
    1: "If you can, give the better answer now rather than promising it for next time.",
    2: "Back the corrected answer with a specific figure or result.",
  },
  probes: {
    0: ["Is there anything you'd like to add or put differently now?"],
    1: ["Would you like to have another go at it now?"],
    2: ["What difference has that made?"],
  },
  decide: (r) => {
    if (r.count(answerCorrection, 3) > 0 || (r.count(appliedChange) > 0 && r.count(outcomeEvidence) > 0)) {
      return { level: 3, because: "Corrects an earlier answer with specifics and evidence, or shows a change that has worked.", cites: [answerCorrection, appliedChange, outcomeEvidence] };
    }
    if (r.count(answerCorrection) > 0 || r.count(appliedChange) > 0) return { level: 2, because: "Acts on the weaker moment now, or describes a change already made.", cites: [answerCorrection, appliedChange] };
    if (r.count(futureIntent) > 0) return { level: 1, because: "States an intention only.", cites: [futureIntent] };
    return { level: 0, because: "Shows no change.", cites: [] };
  },
});

/**
 * Lesson, about the interview itself: the same anchors as every rubric's lesson, but what the
 * candidate would do in a scenario they were asked about is the answer corrected (momentum), and
 * the job they already do is a credential; only a practice about their own interviewing counts.
 */
export const interviewLesson = lessonReading(interviewPractice);
