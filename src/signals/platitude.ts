import { defineSignal } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import type { CueMatch } from "../text/lexicon.js";
import { assertedHits, isContentWord, memoByIndex } from "./helpers.js";

/** A lesson anyone could say about anything: "communication is key", "I learned a lot". */
export const platitude = defineSignal({
  id: "platitude",
  description: "States a generic lesson (\"communication is key\", \"I learned a lot\").",
  cues: {
    generic: [
      "learned|learn|learning (a lot|a ton|a bunch|a heap|a load|a great|so much|loads|tons|heaps|plenty|lots)",
      "is|are|was important|key|crucial|vital|essential|everything|king",
      "stay|staying on top of things|it|everything",
      "a learning experience|curve|opportunity",
      "great|good|valuable|important|big learning|lesson experience|opportunity",
      "learn from my|our|your mistakes",
      "lessons learned",
      "everything happens for a reason",
      "work|working harder|smarter",
      "pay|paying more attention",
      "attention to detail",
      "the importance|value|power of communication|teamwork|planning|time|preparation|organization|being|listening|collaboration|good|clear|trust|honesty|hard|feedback|checking",
      "communicate|communicating better|more|clearly|openly",
      "better at communication|communicating|planning|listening",
      "manage|managing my time better",
      "better time management",
      "take|taking more ownership|responsibility|initiative",
      "stay|staying positive|calm|focused|humble",
      "think outside the box",
      "grew|grow as a person|professional",
      "made me (stronger|a better)",
      "failure is part|just|a",
      "every mistake|failure is",
      "the key is|was",
      "plan better|more|ahead",
      "ask|asking for help",
      "double check (everything|things|my work)",
      "always do my best",
      "go the extra mile",
      "is|are so|really|very|super important|key|crucial|vital",
      "never assume|give up",
      "always double|triple check",
      "do not take things|anything|people for granted",
      "trust but verify",
      "slow|slowing down",
      "ask|asking more|the right questions",
      "speak|speaking up more?",
      "take|taking a step back",
      "think|thinking before i act|speak",
      "it is ok|okay|fine to (fail|make mistakes)",
      "a lot|so much about myself",
      "it was humbling",
      // A disposition, with any intensifier: "you have to be really careful", "be a lot more organised".
      "be|being (really|more|much more|a lot more|far more|extra|very|super|even more|a bit more|a little more|that bit more)? careful|organized|proactive|prepared|patient|thorough|vigilant|aware|mindful|responsible|communicative|flexible|open|confident|humble|diligent|attentive|focused|disciplined|assertive|decisive|resilient|cautious",
      "everyone makes mistakes",
      "onwards and upwards",
      "live and learn",
    ],
    // Doing more of what anyone would do, with no object of its own: "I'll prepare more next
    // time", "I need to relax more", "always room to improve".
    improvement: [
      "prepare|practice|revise|study|rehearse|relax|train|read (up)? (a bit|a lot|a little|much|way|loads)? more|better|harder",
      "try (a bit|a lot|much)? harder",
      "be|stay|keep|get (a bit|a lot|much|way)? calmer",
      "work on my nerves|confidence|composure|delivery",
      "more prep|preparation|practice",
      "room to|for improve|improvement|grow|growth",
      "practice makes perfect",
      "all (good)? experience",
      "you win some",
      "learn as you go",
    ],
  },
  // "Thank you for being so patient" praises someone else, and "to be responsible for the rota"
  // names a duty: neither is a lesson.
  detect: ({ doc, cue }) => assertedHits(doc, [
    ...cue("generic").filter((m) => doc.tokens[m.first - 1]?.norm !== "for" && !(doc.tokens[m.last]!.norm === "responsible" && doc.tokens[m.last + 1]?.norm === "for")),
    ...improvements(doc, cue("improvement")),
  ]),
});

/**
 * The generic improvements that are the speaker's own and name nothing after them. Each clause's
 * last specific word and each sentence's first reporting word are read once, so an endless clause
 * of "prepare more, prepare more…" stays linear.
 */
function improvements(doc: Document, matches: readonly CueMatch[]): CueMatch[] {
  const lastSpecific = memoByIndex((index) => {
    const clause = doc.clauses[index]!;
    for (let k = clause.last; k >= clause.first; k--) if (isContentWord(doc.tokens[k]!) && !GENERIC_TAIL.has(doc.tokens[k]!.norm)) return k;
    return -1;
  });
  const firstReported = memoByIndex((index) => {
    const sentence = doc.sentences[index]!;
    for (let k = sentence.first; k <= sentence.last; k++) if (REPORTED.has(doc.tokens[k]!.norm)) return k;
    return doc.tokens.length;
  });
  return matches.filter((m) => {
    // The rest of the clause names nothing the improvement is about: "prepare more for my SQL" does.
    if (lastSpecific(doc.tokens[m.last]!.clause) > m.last) return false;
    const lead = doc.tokens[m.first - 1];
    if (lead !== undefined && lead.sentence === doc.tokens[m.first]!.sentence && lead.kind === "word" && !SPEAKER_LEADS.has(lead.norm)) return false;
    if (doc.clauses[doc.tokens[m.first]!.clause]!.subject === "others") return false;
    return firstReported(doc.tokens[m.first]!.sentence) >= m.first;
  });
}

// Words that may follow a generic improvement without making it specific: "…more for the next
// round", "…harder next time, definitely".
const GENERIC_TAIL = new Set(["next", "time", "round", "one", "interview", "interviews", "future", "beforehand", "forward", "going", "definitely", "probably", "again", "before", "day", "stage", "isn't", "isnt", "right", "know", "guess", "suppose", "reckon", "think", "haha", "lol", "honestly", "anyway", "i'll", "ill"]);

// Words before the improvement that make it the speaker's own: "I'll prepare more", "I need to
// relax more", "next time, prepare more"; not "guests relax more" or "she needs to prepare more".
const SPEAKER_LEADS = new Set(["i", "will", "to", "should", "must", "gonna", "would", "can", "could", "and", "just", "definitely", "really", "probably", "always", "also", "then", "time", "ill", "need", "try", "more", "is", "was"]);
// A motto, advice or something said is someone's saying, not the speaker's lesson: "the motto was
// practice makes perfect", "people always tell me to try to be calmer", "I told her to prepare more".
const REPORTED = new Set(["motto", "saying", "said", "says", "say", "told", "tell", "tells", "telling", "advice", "advised", "suggested", "reckons", "quote"]);
