import { defineSignal, type SignalHit } from "../define/signal.js";
import { failureMention } from "./failureMention.js";
import { contentAfter, isAsserted, isHedged, toClauseEnd, withoutOverlaps } from "./helpers.js";

const ADVERB = "really|just|completely|totally|badly|simply|also|then|clearly|honestly|seriously|massively|initially|originally|stupidly|naively|foolishly|wrongly|wildly|hugely|definitely|personally|quietly|actually|obviously|even|still|kind|sort|basically|grossly|repeatedly|deliberately|knowingly|probably|maybe|perhaps";

// Verbs that are errors in themselves.
const ERROR_VERBS = "underestimate~|overestimate~|misjudge~|misread|misunderstood|misunderstand|overlook~|overlooked|ignore~|forgot|forget|neglect~|skip~|rush~|assume~|overcommit~|overpromise~|procrastinate~|postpone~|hesitate~|micromanage~|dismiss~|mishandle~|miscalculate~|miscommunicate~|misplace~|misquote~|mislabel~|misdiagnose~|misfile~|overbook~|override|overrode|overrule~|overloaded|overextend~|overreach~|undersold|underprice~|overprice~|understaff~|rubber|glossed|brushed|cut|cutting";

// Decisions and acts that are a cause only when the sentence says something went wrong.
const DECISION_VERBS = "decide~|chose|choose|picked|opted|agreed|promise~|committed|approved|signed|accepted|trusted|hired|kept|avoided|delayed|waited|held|sat|put|pushed|left|let|went|took|stayed|tried|insisted|relied|focused|spent|deleted|sent|deployed|shipped|released|changed|volunteered|said|told|gave|stopped|hid|buried|launched|booked|ordered|quoted|priced|scheduled|set|built|wrote|designed|planned|started|assigned|delegated|handed|treated|thought|believed|figured|expected|counted|bet|prioritized|ran|used|copied|pasted|approved|paid|bought|moved";

// Duties whose omission names a cause: "I didn't check", "I never asked".
const DUTY_VERBS = "check~|ask~|test~|flag~|escalate~|tell|told|inform~|confirm~|verify|verified|read|review~|follow~|plan|planned|delegate~|push~|speak|spoke|raise~|update~|document~|prepare~|listen~|prioritize~|communicate~|involve~|consult~|set|schedule~|book~|track~|monitor~|chase~|back|call~|email~|share~|double|think|thought|consider~|notice~|realize~|understand|understood|see|saw|budget~|measure~|warn~|mention~|explain~|clarify|clarified|agree~|get|got|say|said|admit~|hand~|train~|brief~|write|wrote|look~|pay|paid|take|took|give|gave|let|reach~|step~|stop~|manage~|own|keep|kept|bother~|want~|know|knew|anticipate~|account~|allow~|leave|left|build|built|scope~|estimate~|align~|loop~|learn~|push|speak|open~|do|did|make|made|run|ran";

// Words that turn a neutral decision into a faulty one: "I launched *without* testing".
const FAULT_MARKERS = new Set(["without", "too", "wrong", "instead", "rather", "despite", "anyway", "though", "only", "never", "not", "late", "early", "before", "blindly", "alone", "myself", "prematurely", "hastily", "unchecked", "untested", "ahead"]);

/**
 * The candidate names their own decision, assumption or omission that caused the failure:
 * "I agreed to the date without checking", "I didn't test the migration", "I should have
 * escalated on day two". Strength 2 when the action has an object (it is specific), 1 when
 * bare ("I rushed") or hedged.
 */
export const ownCausalAction = defineSignal({
  id: "own-causal-action",
  description: "Names the candidate's own decision, assumption or omission that caused the failure.",
  uses: [failureMention],
  cues: {
    error: [
      `i|myself ${ADVERB}? ${ADVERB}? ${ERROR_VERBS}`,
      "i failed|forgot|neglected|omitted|refused|forget|fail to|about",
      "i was|am|got too|so|overly busy|proud|stubborn|confident|slow|quick|eager|optimistic|ambitious|focused|afraid|scared|nervous|keen|comfortable|defensive|cautious|complacent|distracted|arrogant|impatient|reluctant|worried|embarrassed|wrapped|caught|attached|precious|lax|casual|relaxed",
      "i was|am the one who|that",
      "my decision|choice|call|assumption|plan|idea to|was",
      "i took on too much|many",
      "i said yes",
      "i did not|never even? bother",
    ],
    omitted: [
      `i ${ADVERB}? did|would|could not ${ADVERB}? ${DUTY_VERBS}`,
      `i ${ADVERB}? never ${ADVERB}? ${DUTY_VERBS}`,
      `i ${ADVERB}? should have|not ${ADVERB}? *`,
      `i ${ADVERB}? should not have *`,
    ],
    hindsight: [`i ${ADVERB}? could have|not ${ADVERB}? *`],
    decided: [`i ${ADVERB}? ${ADVERB}? ${DECISION_VERBS}`],
  },
  detect: ({ doc, cue, hitsOf }) => {
    const failureSentences = new Set(hitsOf(failureMention).map((h) => doc.tokens[h.first]!.sentence));
    const hits: SignalHit[] = [];
    const consider = (matches: ReturnType<typeof cue>, options: { needsFault: boolean; cap: number }) => {
      for (const m of matches) {
        if (!isAsserted(doc, m)) continue;
        if (options.needsFault) {
          const sentence = doc.tokens[m.first]!.sentence;
          const clause = doc.clauses[doc.tokens[m.first]!.clause]!;
          let faulty = failureSentences.has(sentence);
          for (let k = m.last + 1; !faulty && k <= clause.last; k++) faulty = FAULT_MARKERS.has(doc.tokens[k]!.norm);
          if (!faulty) continue;
        }
        const objectWords = contentAfter(doc, m.last, 3).length;
        const specific = objectWords >= 2 || (objectWords >= 1 && m.last - m.first >= 2);
        const strength = Math.min(options.cap, isHedged(doc, m) ? 1 : specific ? 2 : 1);
        hits.push(toClauseEnd(doc, { first: m.first, last: m.last, strength }));
      }
    };
    consider(cue("error"), { needsFault: false, cap: 2 });
    consider(cue("omitted"), { needsFault: false, cap: 2 });
    consider(cue("hindsight"), { needsFault: false, cap: 1 });
    consider(cue("decided"), { needsFault: true, cap: 2 });
    return withoutOverlaps(hits);
  },
});
