import { defineSignal, type SignalHit } from "../define/signal.js";
import { failureMention } from "./failureMention.js";
import { isAsserted, toClauseEnd, withoutOverlaps } from "./helpers.js";
import { learningMarker } from "./learningMarker.js";

const MODALS = new Set(["will", "would", "should", "could", "might", "going", "want", "plan", "hope", "intend", "if", "try", "need"]);

/**
 * A change actually applied after the failure: "since then I…", "on the next project I…",
 * "I now…", "I've started…". Strength 2 in the first person, 1 for "we".
 */
export const appliedChange = defineSignal({
  id: "applied-change",
  description: "Describes a change applied since (\"since then I…\", \"on the next project I…\", \"I now…\").",
  uses: [failureMention, learningMarker],
  cues: {
    marker: [
      "since then|that|which|that day|that point|that project|that incident|that happened|that time",
      "ever since",
      "from then|that point|that day|that moment|there on|onwards|onward",
      "these days",
      "nowadays",
      "now i|we",
      "i|we now",
      "today i|we",
      "i|we still do|use|keep|run|write|send|check|book|follow|apply",
      "it is|became|has now? part of|standard|a habit|a rule|the norm|second nature|routine",
      "on|in|for|at|by|with the|my|our|every next|following|subsequent|new project|projects|role|job|launch|quarter|sprint|rota|term|shift|campaign|release|audit|year|cycle|contract|client|event|deal|season|placement|month|week|bid|tender|cohort|class|build|round|one|time",
      "afterwards|afterward|subsequently|later|after that|then i|we started|began|introduced|set|built|changed|made|created|added|put|switched|moved|wrote|asked|booked|scheduled|ran|used|brought|adopted|rolled|implemented|applied|stopped",
      "i went on to",
      "my|our rule|rule of thumb|habit|practice|policy|process now? is|now",
      "what i changed|change|do differently|do now|started doing is|was",
      "i|we applied|used|brought|took|carried the|that|this|what|those|these|my lesson|lessons|learning|approach|habit|practice|rule|template|checklist|process|idea",
    ],
    afterTheFailure: [
      "i|we started|began|introduced|implemented|instituted|adopted|switched|changed|created|built|set|put|rolled|brought|developed|designed|proposed|made|added|stopped|moved",
      "i|we have|'ve since? started|begun|been|made|introduced|used|kept|done|changed|set|built|put|adopted|switched|got|created|run|implemented|stuck|applied|taken|moved|asked|booked|added|trained|led|written|sent|checked|stopped|never",
      "i always|routinely|religiously|consistently|make|insist|now",
      "i make sure|a point",
      "i do|run|hold|send|write|check|book|keep|use|ask|build|set|block|schedule this|that|a|an|it|my|the every|each|before|first|now|weekly|daily|always|whenever",
    ],
  },
  detect: ({ doc, cue, hitsOf }) => {
    const failures = hitsOf(failureMention);
    const learned = hitsOf(learningMarker);
    const storyStart = Math.min(failures[0]?.first ?? Number.POSITIVE_INFINITY, learned[0]?.first ?? Number.POSITIVE_INFINITY);
    const isIntent = (first: number, last: number) => {
      const clause = doc.clauses[doc.tokens[first]!.clause]!;
      for (let k = clause.first; k <= Math.min(clause.last, last + 3); k++) if (MODALS.has(doc.tokens[k]!.norm)) return true;
      return false;
    };
    const strengthOf = (first: number, last: number) => {
      for (let k = first; k <= last; k++) if (doc.tokens[k]!.norm === "we") return 1;
      return 2;
    };
    const hits: SignalHit[] = [];
    for (const m of cue("marker")) {
      if (isAsserted(doc, m) && !isIntent(m.first, m.last)) hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: strengthOf(m.first, m.last) }, 12));
    }
    for (const m of cue("afterTheFailure")) {
      if (m.first > storyStart && isAsserted(doc, m) && !isIntent(m.first, m.last)) hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength: strengthOf(m.first, m.last) }, 12));
    }
    return withoutOverlaps(hits);
  },
});
