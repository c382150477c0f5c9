import { defineSignal, type SignalHit } from "../define/signal.js";
import { answerCorrection } from "./answerCorrection.js";
import { appliedChange } from "./appliedChange.js";
import { concretePractice } from "./concretePractice.js";
import { futureIntent } from "./futureIntent.js";
import { learningMarker } from "./learningMarker.js";

// What an interview lesson is about: the speaker's own interviewing, not the job they were asked
// about. "I now write my three examples on a card the night before", "I've started pausing and
// restating the question".
const INTERVIEWING = new Set([
  "interview", "interviews", "interviewer", "interviewers", "interviewing", "panel", "question", "questions", "answer", "answers",
  "answering", "example", "examples", "story", "stories", "notes", "prep", "prepare", "prepared", "preparing", "preparation",
  "rehearse", "rehearsed", "rehearsing", "rehearsal", "practise", "practised", "practising", "practice", "practiced", "practicing", "mock",
  "mocks", "star",
]);
// Words that turn "I'd…" to the speaker's own next go rather than to the scenario asked about:
// "next time I'd…", "what I'd do differently is…", "if I could redo it, I'd…", "going forward".
const OWN_NEXT_GO = new Set(["next", "differently", "redo", "again", "future", "forward"]);
// Words that tell a habit as the speaker's new one: "what I do now is…", "since then I…", "the
// habit I'm taking from today".
const NEW_HABIT = new Set(["now", "nowadays", "since", "started", "starting", "began", "habit", "routine", "today"]);
// How far before a practice's first word its "I'd" may stand: "what I'd do is escalate…".
const HYPOTHETICAL_REACH = 4;
// Tokens a correction may leave in its own sentence and still open the answer in the next one
// ("Can I go back to it?" ends on the correction and its question mark).
const CORRECTION_TAIL = 2;
// How far around a practice the answer may speak of interviewing for it to be about that.
const CONTEXT_SENTENCES = 2;

/**
 * A practice the speaker takes away from the interview itself. In a debrief, "I'd escalate to the
 * site manager" answers the scenario that was asked about (a corrected answer, which momentum
 * reads), and "I do the stock count every Monday" tells the job the speaker already does; neither
 * is a lesson about how they interview. A practice counts when the answer tells it as learned,
 * changed or intended (not by the practice's own words alone), or speaks of interviewing around
 * it, and it is not a corrected answer.
 */
export const interviewPractice = defineSignal({
  id: "interview-practice",
  description: "A concrete practice about the speaker's own interviewing, not the content of a scenario answer or the job they already do.",
  uses: [concretePractice, learningMarker, appliedChange, futureIntent, answerCorrection],
  cues: {},
  detect: ({ doc, hitsOf }) => {
    const n = doc.sentences.length;
    // Per sentence, once.
    const interviewing = new Uint8Array(n);
    const nextGo = new Uint8Array(n);
    const newHabit = new Uint8Array(n);
    for (const t of doc.tokens) {
      if (INTERVIEWING.has(t.norm)) interviewing[t.sentence] = 1;
      if (OWN_NEXT_GO.has(t.norm)) nextGo[t.sentence] = 1;
      if (NEW_HABIT.has(t.norm)) newHabit[t.sentence] = 1;
    }
    // Sentences within reach that speak of interviewing, as a running count (linear).
    const seen = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) seen[s + 1] = seen[s]! + interviewing[s]!;
    const aboutInterviewing = (s: number) => seen[Math.min(n, s + CONTEXT_SENTENCES + 1)]! - seen[Math.max(0, s - CONTEXT_SENTENCES)]! > 0;
    const near = (marks: Uint8Array, s: number) => marks[s] === 1 || (s > 0 && marks[s - 1] === 1) || (s + 1 < n && marks[s + 1] === 1);
    // Tokens inside a corrected answer: from the correction to the end of its sentence, and on
    // through the next when the correction ends its own ("Can I go back to it? I'd ring…").
    // Each token is marked once, so an endless sentence of corrections stays linear.
    const corrected = new Uint8Array(doc.tokens.length);
    let markedUntil = -1;
    for (const hit of hitsOf(answerCorrection)) {
      const sentence = doc.tokens[hit.first]!.sentence;
      const own = doc.sentences[sentence]!;
      const runsOn = own.last - hit.last <= CORRECTION_TAIL && sentence + 1 < n;
      const end = (runsOn ? doc.sentences[sentence + 1]! : own).last;
      if (end > markedUntil) corrected.fill(1, Math.max(hit.first, markedUntil + 1), end + 1);
      markedUntil = Math.max(markedUntil, end);
    }
    // Per sentence, the reflection hits that start first and last: a practice that overlaps
    // neither has one apart from itself (read in constant time, so endless sentences stay linear).
    const firstReflection: Array<SignalHit | undefined> = new Array(n);
    const lastReflection: Array<SignalHit | undefined> = new Array(n);
    for (const signal of [learningMarker, appliedChange, futureIntent]) {
      for (const hit of hitsOf(signal)) {
        const s = doc.tokens[hit.first]!.sentence;
        if (firstReflection[s] === undefined || hit.first < firstReflection[s]!.first) firstReflection[s] = hit;
        if (lastReflection[s] === undefined || hit.first > lastReflection[s]!.first) lastReflection[s] = hit;
      }
    }
    const apart = (r: SignalHit | undefined, hit: SignalHit) => r !== undefined && (r.last < hit.first || r.first > hit.last);
    const reflectedNear = (hit: SignalHit, s: number) => {
      for (let t = Math.max(0, s - 1); t <= Math.min(n - 1, s + 1); t++) if (apart(firstReflection[t], hit) || apart(lastReflection[t], hit)) return true;
      return false;
    };
    // "I'd" in the practice's clause, up to its verb: "I'd escalate…", "what I'd do is escalate…".
    const hypothetical = (first: number) => {
      const clause = doc.clauses[doc.tokens[first]!.clause]!;
      for (let k = Math.max(clause.first, first - HYPOTHETICAL_REACH); k <= Math.min(clause.last, first + 1); k++) if (doc.tokens[k]!.norm === "would" && doc.tokens[k - 1]?.norm === "i") return true;
      return false;
    };
    return hitsOf(concretePractice).filter((hit) => {
      const s = doc.tokens[hit.first]!.sentence;
      const ownNextGo = nextGo[s] === 1 || (s > 0 && nextGo[s - 1] === 1);
      if ((corrected[hit.first] === 1 || hypothetical(hit.first)) && !ownNextGo) return false;
      // Told as learned, changed or intended by a hit of its own, not the practice's own words
      // ("I do the stock count every Monday" may read as a change by itself).
      return reflectedNear(hit, s) || near(newHabit, s) || ownNextGo || aboutInterviewing(s);
    });
  },
});
