import { defineSignal } from "../define/signal.js";
import { isAsserted, isContentWord, isPastAction, memoByIndex, toClauseEnd } from "./helpers.js";
import { interviewReference } from "./interviewReference.js";
import { ownActBefore } from "./selfCritique.js";
import type { Document } from "../text/analyze.js";
import type { CueMatch } from "../text/lexicon.js";
import type { SignalHit } from "../define/signal.js";

// Content words (a number counts three) after the cue that make a correction a real answer.
const SUBSTANTIAL = 8;
const SPEAKERS = new Set(["i", "we"]);
const EVIDENCE_WINDOW = 80;
const HYPOTHETICAL = new Set(["would", "could", "might", "will", "should"]);

// Verbs after "I'd" that wish, regret or offer rather than answer: "I'd rather…", "I'd like to…",
// "I'd have said…", "I'd be happy to…", "I'd say it went well".
const NOT_ANSWERS = new Set(["rather", "like", "love", "want", "prefer", "hope", "have", "be", "say", "think", "guess", "imagine", "probably", "flag", "mention", "need", "try", "definitely", "really", "relish", "welcome", "appreciate", "enjoy", "change"]);
// Words that turn "I'd…" to the speaker's own future ("next time I'd prepare more"), not the answer.
const OWN_FUTURE = new Set(["next", "future", "forward", "again", "interview", "interviews", "time", "practise", "practice", "prepare", "prep", "rehearse", "improve", "work", "learn"]);
const ANSWER_LEADS = new Set(["actually", "first", "then", "also", "just", "immediately", "straight"]);
// "I'd" is the clause's own subject, after any fronted time or condition ("before quoting anything
// I'd ask…"); "how I'd split the accounts", "which pitch I'd kill", "I said I'd go to the lawyer",
// "anything I'd change" report the question, the old answer or nothing at all.
const REPORTING = new Set(["how", "which", "what", "why", "whether", "where", "who", "said", "say", "says", "asked", "ask", "that", "whatever", "told", "mentioned", "explained", "meant"]);
function opensClause(doc: Document, k: number): boolean {
  const clause = doc.clauses[doc.tokens[k]!.clause]!;
  for (let j = clause.first; j < k; j++) if (REPORTING.has(doc.tokens[j]!.norm)) return false;
  return true;
}

// The question the answer corrects was itself about what the candidate would do ("when you asked
// how I'd recruit participants", "the scenario where the part has no paperwork"): a question word
// or a scenario, with "would" or "if", in the sentence before the "I'd" or the three before it.
// After "the salary question was awkward", "I'd take the job tomorrow" answers nothing.
const QUESTION_WORDS = new Set(["asked", "ask", "question", "scenario", "role", "case", "exercise", "hypothetical"]);
const CONDITIONALS = new Set(["would", "if"]);
const QUESTION_REACH = 3;
const QUESTION = 1;
const CONDITIONAL = 2;
/**
 * For each token, which of the two kinds of word came before it in its sentence; for each sentence,
 * which it holds at all. Built in one pass, so every "I'd" is checked without rescanning.
 */
function questionMarks(doc: Document): { before: Uint8Array; inSentence: Uint8Array } {
  const before = new Uint8Array(doc.tokens.length);
  const inSentence = new Uint8Array(doc.sentences.length);
  let running = 0;
  for (let j = 0; j < doc.tokens.length; j++) {
    const t = doc.tokens[j]!;
    if (j > 0 && doc.tokens[j - 1]!.sentence !== t.sentence) running = 0;
    before[j] = running;
    running |= (QUESTION_WORDS.has(t.norm) ? QUESTION : 0) | (CONDITIONALS.has(t.norm) ? CONDITIONAL : 0);
    inSentence[t.sentence]! |= running;
  }
  return { before, inSentence };
}
function asksWhatTheyWouldDo(doc: Document, marks: ReturnType<typeof questionMarks>, at: number): boolean {
  const sentence = doc.tokens[at]!.sentence;
  let seen = marks.before[at]!;
  for (let s = Math.max(0, sentence - QUESTION_REACH); s < sentence; s++) seen |= marks.inSentence[s]!;
  return seen === (QUESTION | CONDITIONAL);
}

/**
 * What the candidate would do in the scenario asked about, told after naming a moment of the
 * interview: "when you asked about the pressure after the second bolus… I'd escalate at that
 * point". The answer given now, as a correction, rather than an intention for next time.
 */
function scenarioAnswers(doc: Document, references: readonly SignalHit[]): CueMatch[] {
  if (references.length === 0) return [];
  const from = references[0]!.last;
  const matches: CueMatch[] = [];
  const marks = questionMarks(doc);
  // Read once per sentence: an endless sentence of "I'd…" that ends on "next time" stays linear.
  const looksAhead = memoByIndex((index) => {
    const sentence = doc.sentences[index]!;
    for (let j = sentence.first; j <= sentence.last; j++) if (OWN_FUTURE.has(doc.tokens[j]!.norm) || doc.tokens[j]!.norm === "?") return true;
    return false;
  });
  let taken = -1;
  for (let k = from + 1; k + 2 < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.norm !== "i" || doc.tokens[k + 1]!.norm !== "would" || t.sentence === taken || t.quoted || !opensClause(doc, k)) continue;
    let v = k + 2;
    while (ANSWER_LEADS.has(doc.tokens[v]?.norm ?? "") && v < k + 4) v++;
    const verb = doc.tokens[v];
    if (verb === undefined || verb.kind !== "word" || verb.negated || NOT_ANSWERS.has(verb.norm) || !isContentWord(verb)) continue;
    if (!asksWhatTheyWouldDo(doc, marks, k)) continue;
    if (looksAhead(t.sentence)) continue;
    taken = t.sentence;
    matches.push({ first: k, last: v });
  }
  return matches;
}

// Words that may open a clause before "let me…": "but okay, let me…", "right, so let me…".
const CLAUSE_OPENERS = new Set(["but", "okay", "ok", "so", "right", "well", "now", "and", "actually", "alright", "look", "then"]);
function opensOwnClause(doc: Document, first: number): boolean {
  const clause = doc.clauses[doc.tokens[first]!.clause]!;
  for (let k = clause.first; k < first; k++) {
    const t = doc.tokens[k]!;
    if (t.kind === "word" && !t.filler && !CLAUSE_OPENERS.has(t.norm)) return false;
  }
  return true;
}

// Words that make "to answer it properly" an aim rather than the answer about to be given.
const AIMS = new Set(["need", "needs", "learn", "learning", "how", "able", "try", "trying", "going", "want", "wanted", "hope", "practise", "practice", "work"]);
const AIM_REACH = 3;
function aimedAt(doc: Document, at: number): boolean {
  for (let k = Math.max(0, at - AIM_REACH); k < at; k++) if (AIMS.has(doc.tokens[k]!.norm)) return true;
  return false;
}

/**
 * The candidate uses the debrief to put an earlier answer right: "let me go back to the rota
 * question…", "what I should have said is…". Strength 2 when the correction has substance; 3
 * when it also has evidence: a figure, or something the speaker did ("I asked for the aging report
 * myself"), not only what they would do ("I'd sit down with him").
 */
export const answerCorrection = defineSignal({
  id: "answer-correction",
  description: "Uses the moment to correct or complete an earlier answer.",
  cues: {
    correction: [
      "let me add|clarify|correct|go|revisit|expand|rephrase|give|try|come|return|answer",
      "can|could|may i add|clarify|correct|go|revisit|expand|rephrase|give|come|return",
      "what i (should have|meant to|wanted to) say|said|mention",
      "to answer (that|it|your question|the question|that question) properly|better|fully",
      "i would like|love to add|correct|clarify|revisit|go|expand|give|come|return|answer",
      "if i can|could|may go|come back",
      "the better|real|proper|fuller answer|example is|would|was",
      // Announcing the answer about to be given: "Here's the example I should have given."
      "here is the|a|an|my better|real|proper|right|full|fuller|correct answer|example",
      "here is the|a|an|my answer|example i (should have|meant to|wanted to)",
      "to give you a|the proper|fuller|better|real|concrete|clearer|specific",
      "to be|put more specific|precise|concrete|clearer",
      "actually the number|figure|answer|example was|is",
      "i should have said",
      "i forgot to mention|say|add",
      "one thing i (did not|forgot to|should have)",
      "the|my actual|right|correct|real|better|proper|full answer is|would|was",
      "can|could|may i redo|retry|answer|try it|that|this|again",
      // Asking for another go, or to finish or redo the answer: "can I have another go?", "can I take
      // another run at it?", "can I finish that one?", "if I could redo the terminal value piece".
      "can|could|may|let i|me have|take|get|give it? (another|one more) shot|go|try|chance|run|crack|stab|attempt",
      "can|could|may i just? redo|retry|finish|complete|revisit|rephrase|reanswer",
      "if i could|can redo|retry|revisit|rephrase|answer",
      // The answer they would give now: "what I'd actually do is…", "to answer the one you actually asked".
      "what i would actually|really do|say|pour|recommend|suggest|choose|pick|use is",
      "to answer the|that|your one|question you (actually|really)? asked",
      "just? to finish that|this one? off",
      "what i meant to? say? was|is",
      "let me just? finish|redo",
      "for the record",
    ],
    // "I said I'd call the manager first. This is wrong": only about the speaker's own answer, not
    // "you mentioned it's remote. That is not right".
    verdict: ["(this|that) is wrong|incorrect|not right"],
    // "But okay, let me do it properly. First I check…": a correction only when it opens its clause
    // and the answer follows (not "I said let me do it properly and started again").
    // ("Let me try…" is read above.)
    redo: ["let me (just)? do it|that|this (one)? properly|again|right|now"],
    // With the question named: "To answer the rota question properly: I cut agency shifts…"; not
    // an aim ("I need to learn to answer the budget question properly").
    answerNamed: ["to answer the|that|your ...? question|one properly|better|fully"],
  },
  uses: [interviewReference],
  detect: ({ doc, cue, hitsOf }) => {
    const scenarios = scenarioAnswers(doc, hitsOf(interviewReference));
    const scenarioStarts = new Set(scenarios.map((m) => m.first));
    const redoMatches = cue("redo").filter((m) => opensOwnClause(doc, m.first));
    const redoes = new Set(redoMatches.map((m) => m.first));
    const answers = cue("answerNamed").filter((m) => !aimedAt(doc, m.first));
    return [...cue("correction"), ...answers, ...cue("verdict").filter((m) => ownActBefore(doc, m.first, false) >= 0), ...redoMatches, ...scenarios]
      .sort((a, b) => a.first - b.first)
      .filter((m) => isAsserted(doc, m))
      .map((m) => {
        // The substance may follow in the next sentence: "Can I go back to it? I cut agency spend…".
        const sentence = doc.tokens[m.first]!.sentence;
        // "Let me do it properly." says nothing itself: its answer may take the two sentences after it.
        const reach = redoes.has(m.first) ? 2 : 1;
        const end = (doc.sentences[Math.min(sentence + reach, doc.sentences.length - 1)] ?? doc.sentences[sentence]!).last;
        // Stops as soon as there is enough: scanning on would make one endless sentence quadratic.
        let substance = 0;
        let evidence = false;
        // What the speaker would do ("I'd ring the duty manager within 15 minutes") is the answer
        // corrected, not evidence that it works: figures and acts in such a clause do not count.
        let clause = -1;
        let hypothetical = false;
        // Bounded, so one endless sentence of corrections is still read in linear time.
        const stop = Math.min(end, m.last + EVIDENCE_WINDOW);
        for (let k = m.last + 1; k <= stop && (substance < SUBSTANTIAL || !evidence); k++) {
          const t = doc.tokens[k]!;
          if (t.clause !== clause) {
            clause = t.clause;
            hypothetical = false;
          }
          if (HYPOTHETICAL.has(t.norm)) hypothetical = true;
          if (t.kind === "number") {
            substance += 3;
            if (!hypothetical) evidence = true;
          } else if (isContentWord(t)) substance++;
          if (!hypothetical && SPEAKERS.has(t.norm) && isPastAction(doc.tokens[k + 1]?.norm ?? "")) evidence = true;
        }
        // A scenario answer is what the speaker would do: never evidence that it works.
        const scenario = scenarioStarts.has(m.first);
        return toClauseEnd(doc, { first: m.first, last: m.last, strength: substance < SUBSTANTIAL ? 1 : evidence && !scenario ? 3 : 2 }, 14);
      })
      // "Let me do it properly" with no answer after it promises one; it corrects nothing.
      .filter((hit) => !redoes.has(hit.first) || hit.strength >= 2);
  },
});
