import { defineSignal, type SignalHit } from "../define/signal.js";
import { OTHER_PRONOUNS, ROLE_NOUNS } from "../text/words.js";
import type { Document } from "../text/analyze.js";
import type { CueMatch } from "../text/lexicon.js";
import { FUNCTION_WORDS, isAsserted, isContentWord, isPastAction, toClauseEnd, withoutOverlaps } from "./helpers.js";

const SPEAKER = new Set(["i", "my", "me", "mine"]);
const INTERVIEWER = new Set(["you", "your"]);
// "I thought the brief you gave me was thin": the speaker's opinion of someone else's work.
const OPINION = new Set(["think", "thought", "felt", "feel", "found", "find", "reckon", "guess"]);
const OWNER_REACH = 8;

// What the speaker said or chose in an answer: a verdict ("this is wrong") judges one of these.
const ANSWER_ACTS = new Set([
  "said", "told", "gave", "answered", "chose", "picked", "went", "jumped", "talked", "started", "spent", "focused",
  "mentioned", "suggested", "used", "led", "opened", "described", "explained", "put", "called", "assumed",
]);
// Someone else between the act and the verdict may be what the verdict is about: "I checked the
// forecast you gave us. It was wrong". Subjects and possessives only, not OTHER_PRONOUNS: an
// object is often part of the speaker's own act ("I said I do them the same day").
const OTHERS = new Set([...INTERVIEWER, "they", "their", "he", "she", "his", "her"]);
const ACT_REACH = 40;

/**
 * The nearest "I" plus an answer act before a verdict, in its sentence or the one before ("I said
 * I call the manager first. This is wrong"), or -1; with `anyAct`, any past act in the same
 * sentence ("I jumped into naming tools without saying…"). Bounded, so an endless answer stays
 * linear.
 */
export function ownActBefore(doc: Document, at: number, anyAct: boolean): number {
  const sentence = doc.tokens[at]!.sentence;
  const earliest = doc.sentences[anyAct ? sentence : Math.max(0, sentence - 1)]!.first;
  for (let k = at - 1; k >= Math.max(earliest, at - ACT_REACH); k--) {
    const t = doc.tokens[k]!;
    if (OTHERS.has(t.norm)) return -1;
    const next = doc.tokens[k + 1]!.norm;
    if (t.norm === "i" && !t.negated && !t.quoted && (ANSWER_ACTS.has(next) || (anyAct && isPastAction(next)))) return k;
  }
  return -1;
}

// Parts of an interview a doubt may be about ("the group task", "that answer"): words that are
// parts of the interview and little else ("part", "bit", "one" and "case" are as often the job's or
// the doubt's own words: "a bit less sure", "part-time hours").
const INTERVIEW_PARTS = new Set(["question", "questions", "answer", "answers", "task", "section", "exercise", "round", "test", "scenario", "presentation", "play", "example", "examples", "discussion", "whiteboard"]);
const PART_REACH = 8;
/**
 * Whether the doubt `m` is about a part of the interview: named in its own clause, after the doubt
 * ("less sure about my answer on pricing") or fronted before it ("the group task I'm less sure
 * about"); the doubt's own words are not looked at.
 */
function besideInterviewPart(doc: Document, m: CueMatch): boolean {
  const clause = doc.clauses[doc.tokens[m.first]!.clause]!;
  for (let k = Math.max(clause.first, m.first - PART_REACH); k < m.first; k++) if (INTERVIEW_PARTS.has(doc.tokens[k]!.norm)) return true;
  for (let k = m.last + 1; k <= Math.min(clause.last, m.last + PART_REACH); k++) if (INTERVIEW_PARTS.has(doc.tokens[k]!.norm)) return true;
  return false;
}

// Slips in an answer: "I rambled", "I'd skipped it".
const SLIPS = "struggled|stumbled|fumbled|blanked|froze|rambled|waffled|panicked|rushed|overran|overthought|overcomplicated|floundered|faltered|hesitated|dithered|lost|forgot|missed|skipped|misread|misunderstood|misjudged|undersold|undersell|underplayed|oversimplified|glossed|dodged|fudged";

/**
 * The candidate names something about their own performance that went less well: "I rambled on
 * the pricing question", "my answer on testing was thin". Strength 2 when it names what, 1 for
 * a vague admission ("some parts could have been better").
 */
export const selfCritique = defineSignal({
  id: "self-critique",
  description: "Names something in their own performance that went less well.",
  cues: {
    critique: [
      "did|does not (go|come across|land|come out) so|as|that|too|very|particularly? well|great|smoothly",
      "went|go (less well|not so well|badly|wrong)",
      `i just|totally|completely|really|kinda|sorta|probably|definitely|honestly|basically|sort|kind? of? ${SLIPS}`,
      // Told from the moment after: "I'd already skipped it by then", "I had just rushed it".
      `i had (already|just|completely|totally)? ${SLIPS}|forgotten|frozen`,
      // Holding back is a slip too: "I held back a bit in the group task" (not "held back from
      // interrupting her", which may be a choice that worked).
      "i held|hung|sat back",
      // Too little of something: "I don't think I showed enough of myself", "I didn't give enough detail".
      "not think i ...? showed|gave|said|explained|talked|asked|covered|did|put|shared|told ...? enough",
      "i did not show|give|explain|ask|cover|share|put|say|talk|do|tell ...? enough",
      "i ran|run out|short of? time",
      "did not do ... justice",
      "not think i did|do|have|had ... justice",
      "i was not at my sharpest|best|strongest",
      "i fell short",
      "i (gave|had|went with) a|an fairly|pretty|bit|really|very|quite? generic|vague|weak|thin|poor|bad|rambling|waffly|textbook|safe|short|shallow|muddled|confused answer|example|response|story",
      "kicking myself",
      "annoyed|frustrated|disappointed with|in myself",
      "i was|got|felt nervous|flustered|unprepared|rattled|thrown|stuck|lost|muddled|confused|tongue|rusty|vague|slow|shaky|defensive|off",
      // With a degree, what went wrong in the answer ("I got a bit flustered on the safeguarding
      // part"); nerves with a degree ("I was so nervous") stay a state of the whole interview.
      "i was|got|felt (a bit|a little|slightly|quite|really|so|very|pretty) flustered|unprepared|rattled|muddled|confused|tongue|rusty|vague|shaky|defensive",
      "i was not (prepared|clear|concise|confident|sure|happy|satisfied|specific|structured|at my best)",
      "i just|kinda|sorta|kind|sort|completely|totally? of? went blank",
      "my mind kind|sort|just|completely? of? went blank",
      "(did not|never) come|came out (quite)? (as|the way|how) i",
      "answer|answers probably|maybe|really|just? (was|were) not (quite)? what you",
      "(a|a bit of a|bit of a|quite a) stretch",
      "moments|things|parts|bits (i|one|you) (might|could|would|should) (say|put|phrase|articulate|handle|answer|do) differently",
      "i lost my train|thread|way",
      "i could|should have",
      "i wish i had",
      "was not my best|strongest|finest",
      "not my best|strongest|finest",
      "i did not|never explain|answer|give|mention|ask|cover|prepare|know|get|show|structure|finish|address|quantify|think|expect",
      "i am not happy|sure|satisfied|pleased with",
      "i was not happy|satisfied|pleased with",
      "i am not sure i explained|answered|got|came|did|covered|gave",
      "could|might have been better|clearer|stronger|sharper|tighter|more",
      // "Some of the clinical questions could have gone a lot better".
      "could|might|should have gone|come (a lot|much|far|a bit|way)? better|smoother|differently",
      // Global self-judgements, vague but admissions: "I go to pieces", "I'm rubbish at these".
      "i always|just|completely|totally|sometimes|usually? (go|went|going) (to pieces|blank)",
      "i am|was (rubbish|terrible|awful|useless|hopeless|not good|no good|bad) at (interviews|these|this|that)",
      "moments|things|parts|bits (i|one) (might|could|would|should) revisit|redo|rethink|change|improve",
      "room for improvement",
      "less well",
      "went on too long",
      "too long|much|brief|short|quickly|fast|vague|general|detailed",
      "i talked|spoke|went too much|long|fast|quickly",
      "i just|totally|completely|really|kinda|sorta|kind|sort|properly? of? messed|botched|fumbled|jumbled|muddled|blew|flubbed|fluffed|mangled|bungled it|that|this|up|the",
      "did not|never come|came out right|well|clearly",
      "did not go as i|well|planned|hoped",
      "was not strong|great|good|clear|my|very",
      "threw|rattled|flustered me",
      "another shot|go|try|chance at",
      "like|want to correct|redo|revisit|fix|improve",
      "the bad|weaker|worse part|bit|one",
      "good and bad",
      "mixed|patchy",
    ],
    // Doubt about a part of the interview is an admission, if a vague one: "the group task I'm less
    // sure about", "I'm not so confident about my answer on pricing"; only beside a part of the
    // interview ("I'm less sure about the commute" doubts the job, not the answer).
    doubt: ["i am|was (a bit|a little|slightly|much)? (less|not so|not as|not very|not that) sure|confident|happy|comfortable about|with|on"],
    // These judge the speaker only in a clause about them: "I was all over the place", but "the
    // questions were all over the place" criticises the interview. Doing less than well, said
    // plainly, likewise: "(I) didn't do great on the legal side", "I only half answered it", "I
    // didn't really say much", not "the interviewer only half answered it".
    speakerOnly: [
      "all over the place",
      "not perfect",
      "did not do (so|very|that|too|particularly|as)? great|well|brilliantly",
      "half answered|answer|explained|finished",
      "did not (really)? say much|enough",
    ],
    // A bare judgement ("weak", "too vague") says whose work it judges by what it follows: "my
    // answer was thin", but "the brief you gave me was so thin" judges the interview.
    judgement: ["weaker|weakest|weak|thin|shaky|rough|clumsy|messy|patchy|sloppy|vague|waffly|rambling"],
    // A verdict on something the speaker just said or did: "I said I'd call the manager first.
    // This is wrong", "I said I do them the same day, which isn't true", "…the wrong way round";
    // or what the act left out: "I jumped into naming tools without saying how I'd choose".
    verdict: [
      "(this|that|which|it) (is|was) wrong|incorrect|backwards",
      "(this|that|which|it) (is|was) not (true|right|correct)",
      "(this|that|which|it) was a mistake",
      "the wrong way round|around",
      "without saying|mentioning|explaining|asking|giving|answering|covering",
    ],
  },
  detect: ({ doc, cue }) => {
    const hits: SignalHit[] = [];
    const aboutSpeaker = cue("speakerOnly").filter((m) => doc.clauses[doc.tokens[m.first]!.clause]!.subject === "self");
    // The first owner word decides, within a few words before the judgement: "my answer was thin"
    // (but "my manager's notes were vague" is the manager's), "the brief you gave me was thin".
    const judgesSpeaker = cue("judgement").filter((m) => {
      const clause = doc.clauses[doc.tokens[m.first]!.clause]!;
      for (let k = Math.max(clause.first, m.first - OWNER_REACH); k < m.first; k++) {
        const t = doc.tokens[k]!;
        if (t.filler) continue;
        if (t.norm === "i" && OPINION.has(doc.tokens[k + 1]?.norm ?? "")) {
          k++;
          continue;
        }
        if (INTERVIEWER.has(t.norm) || OTHER_PRONOUNS.has(t.norm)) return false;
        if (SPEAKER.has(t.norm)) return !ROLE_NOUNS.has(doc.tokens[k + 1]?.norm ?? "");
      }
      return true;
    });
    for (const m of cue("verdict")) {
      if (doc.tokens[m.first]!.quoted) continue;
      const act = ownActBefore(doc, m.first, doc.tokens[m.first]!.norm === "without");
      if (act >= 0) hits.push(toClauseEnd(doc, { first: act, last: act + 1, strength: 2 }, 12));
    }
    for (const m of [...cue("critique"), ...aboutSpeaker, ...judgesSpeaker, ...cue("doubt").filter((m) => besideInterviewPart(doc, m))]) {
      if (!isAsserted(doc, m)) continue;
      if (doc.tokens[m.last]!.norm === "back" && doc.tokens[m.last + 1]?.norm === "from") continue;
      // "A stretch" is a weak moment; "a stretch target" is not.
      if (doc.tokens[m.last]!.norm === "stretch" && doc.tokens[m.last + 1]?.kind === "word" && isContentWord(doc.tokens[m.last + 1]!)) continue;
      // Specific when the clause says what, before or after the cue: "my answer on the stock-count
      // question was too vague" names its object first.
      const clause = doc.clauses[doc.tokens[m.first]!.clause]!;
      let content = 0;
      for (let k = clause.first; k <= clause.last; k++) {
        const t = doc.tokens[k]!;
        if ((k < m.first || k > m.last) && t.kind !== "punct" && !t.filler && !FUNCTION_WORDS.has(t.norm)) content++;
      }
      hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: content >= 2 ? 2 : 1 }, 12));
    }
    return withoutOverlaps(hits);
  },
});
