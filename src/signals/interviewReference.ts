import { defineSignal } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import type { CueMatch } from "../text/lexicon.js";
import { isContentWord, toClauseEnd, withoutOverlaps } from "./helpers.js";

// Words that place a part of the interview without saying what it was about: "the technical
// part", "the second question", "the last bit".
const GENERAL_PART_WORDS = new Set([
  "question", "questions", "part", "bit", "section", "exercise", "task", "scenario", "case", "round", "study", "test",
  "answer", "answers", "one", "play", "first", "second", "third", "fourth", "last", "final", "opening", "closing",
  "technical", "coding", "written", "practical", "group", "panel", "competency", "behavioral", "behavioural",
  "hypothetical", "situational", "whole", "other", "next", "role", "start", "end", "middle", "beginning", "interview",
]);
const TOPIC_LINKS = new Set(["about", "on", "around", "regarding", "where", "with", "when", "of", "what", "how", "why", "whether"]);
const DETERMINERS = new Set(["the", "that", "your", "my", "this"]);
const SPEAKER = new Set(["i", "we", "me"]);

const JUDGEMENTS = new Set(["best", "worst", "hard", "hardest", "easy", "easiest", "right", "wrong", "good", "bad", "tricky", "difficult", "main", "only", "whole", "fun", "nice", "great", "favourite", "favorite", "toughest", "tough"]);
function onlyJudges(doc: Document, m: CueMatch): boolean {
  const first = doc.tokens[m.first]!.norm;
  if (first !== "the" && first !== "my" && first !== "that") return false;
  for (let k = m.first + 1; k < m.last; k++) if (!JUDGEMENTS.has(doc.tokens[k]!.norm)) return false;
  return m.last > m.first + 1;
}

// "The objection one" names a question by its topic; "the new one", "that big one" do not.
const PLAIN_ADJECTIVES = new Set(["new", "old", "big", "small", "other", "same", "next", "last", "first", "only", "right", "wrong", "second", "main", "whole", "real", "little", "early", "late"]);
function isPlainOne(doc: Document, m: CueMatch): boolean {
  if (doc.tokens[m.last]!.norm !== "one" || m.last !== m.first + 2) return false;
  const word = doc.tokens[m.first + 1]!;
  return !isContentWord(word) || PLAIN_ADJECTIVES.has(word.norm) || JUDGEMENTS.has(word.norm);
}

// Specific (2) when the reference says what the moment was about, by a topic word before its
// head ("the route-planning question") or after a link ("the question about the till being
// short"); general (1) otherwise ("the technical part").
function strengthOf(doc: Document, match: CueMatch): 1 | 2 {
  const clause = doc.tokens[match.first]!.clause;
  // A topic word inside a noun phrase ("the route-planning question"); in "I mentioned…" the
  // content word is the verb.
  if (DETERMINERS.has(doc.tokens[match.first]!.norm)) {
    for (let k = match.first; k <= match.last; k++) {
      const t = doc.tokens[k]!;
      if (isContentWord(t) && !GENERAL_PART_WORDS.has(t.norm) && !TOPIC_LINKS.has(t.norm)) return 2;
    }
  }
  // What the speaker said or told, in words of its own, is the detail: "I said the entry multiple
  // on the Carver deal was 8x".
  if (doc.tokens[match.first]!.norm === "i") {
    let content = 0;
    for (let k = match.last + 1; k < doc.tokens.length && doc.tokens[k]!.clause === clause && k <= match.last + 8; k++) if (isContentWord(doc.tokens[k]!)) content++;
    if (content >= 2) return 2;
  }
  let linked = TOPIC_LINKS.has(doc.tokens[match.last]!.norm);
  for (let k = match.last + 1, seen = 0; k < doc.tokens.length && seen < 4; k++) {
    const t = doc.tokens[k]!;
    if (t.clause !== clause || t.kind === "punct") break;
    // "the scenario part where I could have done better" judges the moment; it does not say what it was.
    if (linked && SPEAKER.has(t.norm)) break;
    if (TOPIC_LINKS.has(t.norm)) linked = true;
    else if (linked && isContentWord(t) && !GENERAL_PART_WORDS.has(t.norm)) return 2;
    seen++;
  }
  return 1;
}

/**
 * A reference to a moment of this interview: "the question about pricing", "when you asked about
 * the rota", "my answer on testing", "the case study". Strength 2 when it says what the moment
 * was about, 1 when it only places it ("the technical part").
 */
export const interviewReference = defineSignal({
  id: "interview-reference",
  description: "Refers to a specific question or moment of the interview.",
  cues: {
    moment: [
      "the|your|that question|questions|part|bit|section|exercise|task|scenario|case about|on|around|regarding|where|when|with",
      "the|that|your first|second|third|fourth|last|final|opening|closing|technical|coding|case|design|system|behavioral|role|scenario|situational|salary|culture|data|sql|excel|pricing|budget|presentation|whiteboard|written|practical|group|panel|competency|hypothetical|numbers|maths|math|clinical|safeguarding|lesson|teaching|sales|negotiation|customer|stakeholder|product|leadership|conflict|motivation|strengths|weakness question|questions|part|section|exercise|task|round|study|play|test|answer|bit|one",
      "when you asked|mentioned|brought|raised|pushed|challenged|said|gave",
      "you (asked|mentioned|brought up|raised|pushed|challenged) me?",
      "my answer|answers|example|response|explanation to|on|about|for|regarding",
      "the example (about|of|i gave|with)",
      "i mentioned|talked|described|explained|gave|used|brought|walked|said|told",
      "the|my|that * *? (exercise|task|scenario|question|role play|case study|answer|part|section|round|presentation)",
      // Spoken, a question is "the objection one", "that pricing one".
      "the|that|your * one",
      "the|that one about|where",
    ],
  },
  // "The best part was meeting the team" judges; it names no moment. Overlapping matches ("I gave
  // the right answer" and "the right answer") are one reference.
  detect: ({ doc, cue }) =>
    withoutOverlaps(
      // A moment is named even inside a denial: "I didn't answer your question about the dataset".
      cue("moment").filter((m) => !onlyJudges(doc, m) && !isPlainOne(doc, m) && !doc.tokens[m.first]!.quoted).map((hit) => toClauseEnd(doc, { ...hit, strength: strengthOf(doc, hit) }, 8)),
    ),
});
