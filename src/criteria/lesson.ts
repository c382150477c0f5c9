import { defineCriterion, type Readout } from "../define/criterion.js";
import type { Signal } from "../define/signal.js";
import { appliedChange } from "../signals/appliedChange.js";
import { concretePractice } from "../signals/concretePractice.js";
import { externalBlame } from "../signals/externalBlame.js";
import { futureIntent } from "../signals/futureIntent.js";
import { FUNCTION_WORDS } from "../signals/helpers.js";
import { learningMarker } from "../signals/learningMarker.js";
import { platitude } from "../signals/platitude.js";
import { selfInsight } from "../signals/selfInsight.js";
import { ROLE_NOUNS } from "../text/words.js";

// "What I learned is that management never listens" is blame in learning words: a lesson whose
// subject is other people doing (or failing to do) something.
const OTHERS = new Set([...ROLE_NOUNS, "they", "he", "she", "people", "admin", "administration"]);
const OTHERS_PREDICATES = new Set(["not", "never", "need", "needs", "should", "must", "can", "cannot", "only", "just", "always", "do", "does", "will", "won", "are", "is"]);
function isAboutOthers(r: Readout, from: number, to: number): boolean {
  const { tokens } = r.doc;
  for (let k = from; k <= to; k++) {
    if (!OTHERS.has(tokens[k]!.norm)) continue;
    for (let j = k + 1; j <= Math.min(to, k + 3); j++) if (OTHERS_PREDICATES.has(tokens[j]!.norm)) return true;
  }
  return false;
}

const OWN_DUTIES = new Set(["should", "must", "need", "needed", "have", "had", "would", "could"]);
// Bounded: the lesson's own words only.
const OWN_DUTY_REACH = 25;
function ownsTheLesson(r: Readout, from: number, to: number): boolean {
  const { tokens } = r.doc;
  for (let k = from; k < Math.min(to, from + OWN_DUTY_REACH); k++) if (tokens[k]!.norm === "i" && OWN_DUTIES.has(tokens[k + 1]?.norm ?? "")) return true;
  return false;
}

/** Lessons with enough words of their own after the marker to be about this situation. */
function situatedLessons(r: Readout, minWords: number): number {
  const { doc } = r;
  const platitudeSentences = new Set(r.hits(platitude).map((h) => doc.tokens[h.first]!.sentence));
  const blame = r.hits(externalBlame);
  let situated = 0;
  for (const hit of [...r.hits(learningMarker), ...r.hits(selfInsight)]) {
    if (hit.strength < 2) continue;
    const sentence = doc.tokens[hit.first]!.sentence;
    if (platitudeSentences.has(sentence)) continue;
    const last = doc.sentences[sentence]!.last;
    if (isAboutOthers(r, hit.last + 1, Math.min(last, hit.last + 25))) continue;
    // "I learned how important buy-in is, because the owner cut the budget in week two": the
    // lesson's own sentence puts the failure on someone else.
    // Not where the speaker keeps the lesson for themselves: "I learned I should have escalated as
    // soon as the vendor missed the first milestone".
    if (!ownsTheLesson(r, hit.last + 1, last) && blame.some((b) => b.first > hit.last && b.first <= last)) continue;
    let words = 0;
    for (let k = hit.last + 1; k <= last && k < hit.last + 40; k++) {
      const t = doc.tokens[k]!;
      if (t.kind !== "punct" && !t.filler && !FUNCTION_WORDS.has(t.norm)) words++;
    }
    if (words >= minWords) situated++;
  }
  return situated;
}

/**
 * The lesson criterion, reading practices from the given signal: every rubric reads the same
 * anchors, while a debrief counts only practices about the speaker's own interviewing.
 *
 * @param practice - The signal whose hits count as practices (strength 3 with a when).
 * @returns The lesson criterion reading that signal.
 */
export function lessonReading(practice: Signal) {
  return defineCriterion({
    title: "Lesson",
    asks: "Does the candidate draw a specific, actionable lesson?",
    anchors: {
      0: { description: "No lesson.", examples: ["Anyway, that's what happened."] },
      1: { description: "A generic platitude.", examples: ["I learned that communication is key.", "It was a big learning curve."] },
      2: { description: "A lesson tied to this situation, but not a concrete practice.", examples: ["I learned I need to understand the client's constraints much earlier."] },
      3: { description: "A specific, actionable lesson naming a concrete practice or behaviour change.", examples: ["I now write a one-page scope and get sign-off before the kickoff."] },
    },
    signals: [practice, learningMarker, selfInsight, platitude, appliedChange, futureIntent, externalBlame],
    params: {
      /** Content words a lesson needs after "I learned…" to count as tied to the situation. */
      situatedWords: 4,
      /** Practice strength needed for level 3: 3 = action, object and when; 2 = action and object. */
      practiceStrengthForTop: 3,
    },
    grid: { situatedWords: [2, 3, 4, 5, 6, 8], practiceStrengthForTop: [2, 3] },
    advice: {
      0: "Add what you took away from it: one sentence that starts \"What I learned was…\".",
      1: "Replace the general lesson with the specific practice it led to: what you now do, to what, and when.",
      2: "Turn the lesson into a concrete practice: say what you do, to what, and at which moment (for example, before every kickoff).",
    },
    probes: {
      0: ["What did you take away from it?"],
      1: ["What exactly do you do differently now?"],
      2: ["What is the concrete practice that came out of it, and when do you use it?"],
    },
    decide: (r, p) => {
      if (r.count(practice, p.practiceStrengthForTop) > 0) {
        return { level: 3, because: "Names a concrete practice: an action, its object and when it happens.", cites: [practice, learningMarker] };
      }
      if (r.count(practice, 2) > 0 || situatedLessons(r, p.situatedWords) > 0) {
        return { level: 2, because: "States a lesson tied to this situation, but no practice with a when.", cites: [learningMarker, selfInsight, practice] };
      }
      if (r.count(platitude) > 0 || r.count(learningMarker) > 0 || r.count(selfInsight) > 0) {
        return { level: 1, because: "The lesson is generic: it could be said of any failure.", cites: [platitude, learningMarker, selfInsight] };
      }
      return { level: 0, because: "No lesson is drawn.", cites: [] };
    },
  });
}

/** Lesson: is there a specific, actionable lesson naming a practice, or only a platitude? */
export const lesson = lessonReading(concretePractice);
