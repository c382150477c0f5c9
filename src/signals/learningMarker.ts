import { defineSignal } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { isAsserted } from "./helpers.js";

// "Lesson" is also a class taught: "a lesson observation", "the lesson went badly", "the lesson
// was chaotic". A word that belongs to a class, or a verb of how it ran, says so.
const LESSON_WORDS = new Set(["lesson", "lessons"]);
const CLASS_FOLLOWERS = new Set([
  "observation", "observations", "plan", "plans", "planning", "starter", "starters", "slot", "slots", "content",
  "objective", "objectives", "materials", "resources", "went", "ran", "started", "finished", "overran",
]);
const CLASS_TAKERS = new Set(["booked", "book", "took", "take", "taking", "gave", "give", "giving", "teach", "taught", "teaching", "driving", "swimming", "piano", "music", "dance"]);
const CLASS_STATES = new Set(["chaotic", "cancelled", "canceled", "observed", "disrupted", "noisy"]);
function isTaughtLesson(doc: Document, last: number): boolean {
  if (!LESSON_WORDS.has(doc.tokens[last]!.norm)) return false;
  // "I booked lessons", "she taught the lesson", "driving lessons".
  if (CLASS_TAKERS.has(doc.tokens[last - 1]?.norm ?? "")) return true;
  const next = doc.tokens[last + 1]?.norm ?? "";
  if (next === "was" || next === "were") return CLASS_STATES.has(doc.tokens[last + 2]?.norm ?? "");
  return CLASS_FOLLOWERS.has(next);
}

// "I worked out the GP on the lamb at 72 per cent" computes a figure; "I worked out that…" or
// "…how to…" draws a lesson. A noun phrase right after "worked out" is what was computed.
const COMPUTED_OPENERS = new Set(["the", "a", "an", "our", "my", "their", "his", "her", "its", "every", "each", "all"]);
function isCalculation(doc: Document, last: number): boolean {
  return doc.tokens[last]!.norm === "out" && doc.tokens[last - 1]?.norm === "worked" && COMPUTED_OPENERS.has(doc.tokens[last + 1]?.norm ?? "");
}

/**
 * Says a lesson was drawn: "I learned", "it taught me", "my takeaway was". Strength 2 for an
 * explicit lesson, 1 for reflection alone ("looking back", "in hindsight").
 */
export const learningMarker = defineSignal({
  id: "learning-marker",
  description: "Says a lesson was drawn (\"I learned\", \"it taught me\", \"the takeaway\").",
  cues: {
    lesson: [
      "i learned|discovered|realized|understood|figured|grasped|internalized|absorbed|recognized",
      "i worked|found out",
      "i (came|have come) to understand|realize|see|appreciate|accept|recognize",
      "i did? took|take away|from",
      "i came away",
      "i know|understand|see|realize|appreciate|get now",
      "i now know|understand|see|realize|appreciate|get",
      "taught|showed|shown|reminded|teaches|shows me",
      "make|makes|made me realize|see|understand|appreciate|rethink|reflect|think|aware",
      "lesson|lessons|takeaway|takeaways|learning|learnings|insight|insights|moral",
      "what i am|have|will? took|take|taking|taken|learned|got from|away",
      "eye opener|opening",
      "(wake up|wakeup) call",
      "opened my eyes",
      "it clicked",
      "the penny dropped",
      "i grew",
      "taking|take|took|carry|carried|carrying forward|away",
      "the way i see it now?",
      "it|that|this showed|shows|proved|proves|reminded|reminds|taught|teaches|drummed|hammered|drove|brought me|us|home|that|into",
      "a reminder|lesson to|that",
      "the main|big|biggest|key|real thing|point i|it",
      "i|we learned",
      "stuck|stayed with me",
      "what i would tell anyone|someone|others",
      "i came out of it knowing|understanding|realizing|with",
      "it changed how|the way i",
      "it made me (more|much more|a lot more|far more)",
      "i am (much|far|a lot|now)? more careful|aware|deliberate|conscious",
      "i have become|learned|realized|discovered|noticed|figured|found|understood",
      // Self-knowledge of a need: "I need to be braver about giving real examples", "more
      // dependent on it than I'd realised". A tendency ("I tend to go to price too quickly") is
      // read by selfInsight, with its trigger, so "I tend to hit my targets" is not a lesson.
      "i need to",
      "than i had? realized|thought",
      "(as well|as much) as i had? realized|thought",
      // What the speaker did not grasp then is what they grasp now: "the bit I didn't get at the
      // time is that…", "what I hadn't understood was that…". Not "what I didn't know was that the
      // vendor had gone bust": a fact learned later is a turn of the story, not an insight.
      "what|bit|part|thing i|we did|had not really? get|understand|understood|realize|appreciate (at|back)? the? time|then",
      "what|bit|part|thing i|we did|had not really? get|understand|understood|realize|appreciate ...? is|was that",
      "(the thing|what|the point|the part) i keep coming back to",
      "i keep coming back to the fact|idea|point|thought",
      "where i landed ...? is|was that",
      "i struggle with|when|to",
      "i get caught out|flustered|thrown",
      "it is why i",
      "that is why i now",
      "the biggest|main|real lesson|takeaway",
      // "The main thing is…" draws one; "the biggest thing that didn't work was…" names the failure.
      "the biggest|main|real thing (for me)? is|was",
    ],
    // A lesson told of anyone ("you learn to roll with it", "live and learn") is generic by its form:
    // it says a lesson was drawn, never one tied to this situation.
    reflection: ["looking back", "in|with hindsight", "on reflection", "i reflected|reflect", "thinking back", "in retrospect", "you learn|learned", "live and learn"],
  },
  detect: ({ doc, cue }) => [
    ...cue("lesson").filter((m) => isAsserted(doc, m) && !isTaughtLesson(doc, m.last) && !isCalculation(doc, m.last)).map((m) => ({ first: m.first, last: m.last, strength: 2 })),
    ...cue("reflection").filter((m) => isAsserted(doc, m)).map((m) => ({ first: m.first, last: m.last, strength: 1 })),
  ].sort((a, b) => a.first - b.first),
});
