import { defineSignal, type SignalHit } from "../define/signal.js";
import { inflections } from "../text/lexicon.js";
import { appliedChange } from "./appliedChange.js";
import { FUNCTION_WORDS, clauseEnd } from "./helpers.js";
import { futureIntent } from "./futureIntent.js";
import { learningMarker } from "./learningMarker.js";
import { platitude } from "./platitude.js";
import { PRACTICE_VERBS, TIMING_WORDS } from "./shared.js";

const IRREGULAR: Record<string, string> = {
  wrote: "write", written: "write", sent: "send", took: "take", taken: "take", made: "make", did: "do", done: "do",
  went: "go", ran: "run", kept: "keep", gave: "give", given: "give", held: "hold", brought: "bring", read: "read",
  sat: "sit", spoke: "speak", spoken: "speak", told: "tell", began: "begin", begun: "begin", got: "get", stood: "stand",
  left: "leave", met: "meet", built: "build", spent: "spend", set: "set", put: "put", cut: "cut",
};
const BASE_OF = new Map<string, string>();
for (const verb of PRACTICE_VERBS) for (const form of inflections(verb)) if (!BASE_OF.has(form)) BASE_OF.set(form, verb);
for (const [form, base] of Object.entries(IRREGULAR)) if (PRACTICE_VERBS.has(base)) BASE_OF.set(form, base);

// Words that may come right before a practice verb: "I *now* write", "*always* book", "started *writing*".
const LEAD_INS = new Set(["i", "we", "to", "always", "now", "must", "should", "will", "would", "sure", "started", "start", "begin", "began", "then", "also", "first", "still", "and", "routinely", "religiously", "personally", "immediately", "just", "insist", "never", "you", "actually", "properly", "formally", "explicitly", "deliberately", "regularly", "consistently", "ve", "have", "has", "habit", "rule", "and"]);
// Objects too vague to make a practice concrete.
const VAGUE_OBJECTS = new Set(["everything", "things", "stuff", "it", "more", "better", "harder", "help", "time", "people", "work", "myself", "others", "something", "anything", "lot", "best"]);
const HABIT_WORDS = new Set(["now", "always", "every", "each", "whenever", "nowadays", "routinely", "religiously", "habit", "rule"]);

/**
 * An actionable practice: a behaviour with an object and a when. "I now write a one-page scope
 * and get sign-off before the kickoff" is strength 3 (action, object, timing); "I share the
 * draft with finance" is 2 (action and object, no timing). Read only where the answer talks
 * about lessons, changes or intentions, never in the story of the failure itself.
 */
export const concretePractice = defineSignal({
  id: "concrete-practice",
  description: "Names an actionable practice: a behaviour with an object and when it happens.",
  uses: [learningMarker, appliedChange, futureIntent, platitude],
  cues: {},
  detect: ({ doc, hitsOf }) => {
    const contextSentences = new Set<number>();
    for (const signal of [learningMarker, appliedChange, futureIntent]) {
      for (const hit of hitsOf(signal)) contextSentences.add(doc.tokens[hit.first]!.sentence);
    }
    const platitudeClauses = new Set(hitsOf(platitude).map((h) => doc.tokens[h.first]!.clause));
    const tokens = doc.tokens;
    const hits: SignalHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== "word" || token.quoted || token.negated || token.filler) continue;
      const base = BASE_OF.get(token.norm);
      if (base === undefined) continue;
      const clause = doc.clauses[token.clause]!;
      let habit = false;
      for (let k = clause.first; !habit && k <= clause.last; k++) habit = HABIT_WORDS.has(tokens[k]!.norm);
      if (!habit && !contextSentences.has(token.sentence)) continue;
      if (platitudeClauses.has(token.clause)) continue;
      // The verb must be led in as an action of the speaker, or open its clause (an imperative rule).
      let lead = i - 1;
      while (lead >= clause.first && (tokens[lead]!.filler || tokens[lead]!.kind === "punct")) lead--;
      const leadWord = lead >= clause.first ? tokens[lead]!.norm : "";
      if (lead >= clause.first && !LEAD_INS.has(leadWord)) continue;
      if (!(LEAD_INS.has(leadWord) || lead < clause.first)) continue;

      const end = clauseEnd(doc, i);
      let object = -1;
      let timing = -1;
      let seen = 0;
      for (let k = i + 1; k <= end && seen < 10; k++) {
        const t = tokens[k]!;
        if (t.kind === "punct" || t.filler) continue;
        seen++;
        if (timing < 0 && (TIMING_WORDS.has(t.norm) || (t.kind === "number" && object >= 0))) timing = k;
        if (object < 0 && seen <= 5 && !FUNCTION_WORDS.has(t.norm) && !VAGUE_OBJECTS.has(t.norm) && !TIMING_WORDS.has(t.norm)) object = k;
      }
      // Timing said before the verb counts too: "before every launch I book…".
      for (let k = clause.first; timing < 0 && k < i; k++) if (TIMING_WORDS.has(tokens[k]!.norm) && tokens[k]!.norm !== "now") timing = k;
      if (object < 0) continue;
      const last = Math.max(object, timing, i);
      hits.push({ first: i, last: Math.min(end, last), strength: timing >= 0 ? 3 : 2 });
      i = Math.max(i, last);
    }
    return hits;
  },
});

