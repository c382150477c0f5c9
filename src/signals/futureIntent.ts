import { defineSignal } from "../define/signal.js";
import { failureMention } from "./failureMention.js";
import { isAsserted, memoByIndex, toClauseEnd } from "./helpers.js";

const REPORTING_VERBS = new Set(["figured", "thought", "assumed", "said", "told", "promised", "hoped", "reckoned", "believed", "decided", "knew", "guessed", "felt", "expected", "imagined", "supposed"]);

const SPEECH_ACTS = new Set(["admit", "say", "tell", "confess", "grant", "own", "put", "give", "explain", "start"]);
const CANDOUR_WORDS = new Set(["honest", "straight", "frank", "upfront", "clear", "brief", "quick", "blunt", "candid", "open", "fair"]);

/** Says what they would do, not what they did: "next time I would…", "going forward I'll…". */
export const futureIntent = defineSignal({
  id: "future-intent",
  description: "States an intention only (\"next time I would…\", \"going forward I'll…\").",
  uses: [failureMention],
  cues: {
    conditional: [
      "next time|round",
      "if i could|did|had|were ...? again|over|differently",
      // "If I went back…", "if we did it again", "if I took on a client like that again".
      "if i|we went|go|did|do|were|was|had|took|take|ran|run|got|get ...? ...? again|back|differently",
      "if it happened|happens again",
      "in (future|the future)",
      "going|moving forward",
      "from now on",
      "i would|will ...? differently",
      "i would|will|should|could have ...? differently",
      "my plan is",
      "i would|should probably? do|approach|handle|start|try|make|ask|check|plan|push|set|get|build|write|insist|involve|take|look|be|spend|book|schedule|speak|talk|raise|flag|escalate",
    ],
    intention: [
      "i want|plan|intend|hope|aim to", "i am (going to|gonna)", "i will *", "i would like to",
      // "I'd want that picture much earlier", "I'd really like to get better at it", "we'd all want to…".
      "i|we would ...? like|want|love|aim|plan|hope|try|need to",
      "i|we would ...? want|need that|it|those|this",
    ],
  },
  detect: ({ doc, cue, hitsOf }) => {
    const firstFailure = hitsOf(failureMention)[0]?.first ?? 0;
    // A thought reported from the story is no intention: "I figured I'd get to them", "I'd
    // promised my wife I'd take every day".
    // Where each clause's first reporting verb is, read once per clause, so a long clause of
    // many intentions stays linear.
    const firstReporting = memoByIndex((index) => {
      const clause = doc.clauses[index]!;
      for (let k = clause.first; k <= clause.last; k++) if (REPORTING_VERBS.has(doc.tokens[k]!.norm)) return k;
      return Number.POSITIVE_INFINITY;
    });
    const reported = (m: { first: number }) => firstReporting(doc.tokens[m.first]!.clause) < m.first;
    const hits = cue("conditional").filter((m) => isAsserted(doc, m) && !reported(m));
    // Bare "I want to…" is intent only after the failure is told, and not a reported thought or a
    // refusal ("I won't leave").
    for (const m of cue("intention")) {
      if (!isAsserted(doc, m) || m.first <= firstFailure || doc.tokens[m.last]!.norm === "not") continue;
      // "I'll be honest", "I'll leave it there", "I'll admit": ways of speaking, not plans.
      if (SPEECH_ACTS.has(doc.tokens[m.last]!.norm) || (doc.tokens[m.last]!.norm === "be" && CANDOUR_WORDS.has(doc.tokens[m.last + 1]?.norm ?? "")) || (doc.tokens[m.last]!.norm === "leave" && doc.tokens[m.last + 1]?.norm === "it")) continue;
      if (!reported(m)) hits.push(m);
    }
    return hits.sort((a, b) => a.first - b.first).map((m) => toClauseEnd(doc, { first: m.first, last: m.last, strength: 1 }, 10));
  },
});
