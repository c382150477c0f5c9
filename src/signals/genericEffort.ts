import { defineSignal } from "../define/signal.js";
import { assertedHits } from "./helpers.js";

// Words whose meaning is effort or a quality of effort, not a thing done.
const EFFORT_WORDS = new Set([
  "effort", "efforts", "dedication", "determination", "persistence", "perseverance", "commitment", "resilience", "grit",
  "graft", "hustle", "push", "discipline", "passion", "diligence", "sacrifice", "sacrifices",
  "tried", "pushed", "persevered", "persisted", "strived", "strove", "concentrated", "dedicated", "determined",
]);

/** Effort without actions: "I worked really hard", "I gave it my all", "we pushed". */
export const genericEffort = defineSignal({
  id: "generic-effort",
  description: "Describes effort without saying what was done (\"I worked really hard\").",
  cues: {
    effort: [
      "worked|work|working really|very|so|extremely|incredibly? hard",
      "gave|give it my|our all|everything|best|100|110",
      "did|do my|our best",
      "put|putting|puts in the|a|my? hours|work|effort|time|graft",
      "put|putting|puts (a lot|lots|loads|a ton|plenty) of? effort|time|energy|work|hours? into|in",
      "put|putting|puts the|my|our|all|everything|loads|lots|so|much|more (time|hours|work|effort|energy|much|more)? in|into",
      "made|make|making|makes an|a real|big|huge|genuine|conscious? effort",
      "tried|try|trying|tries really|very|so|extremely|my? hard|best",
      "grind~|grinded|grafted|grafting|hustled|hustling|outworked|slogged|slogging",
      "hard graft",
      "practiced|trained|studied|revised|prepared|prepped|drilled (a lot|loads|lots|hard|constantly|non stop|like crazy|every day)",
      "was|were|being|been really|very|so|super? disciplined|determined|dedicated|hungry|persistent|relentless",
      "kept|keep|keeping my|our head|heads down",
      "stayed|stay|staying on top of things|it|everything",
      "got|get on with it",
      "stayed|stay focused|motivated|committed|dedicated|disciplined|positive",
      "pushed|push really|very|so? hard",
      "kept|keep at it|going|pushing",
      "never gave|give up",
      "hard work|effort|dedication|determination|persistence|perseverance",
      "went the extra mile",
      "long hours",
    ],
  },
  // "I trained lots of new starters" counts people trained, not effort.
  detect: ({ doc, cue }) => {
    const hits = assertedHits(doc, cue("effort").filter((m) => doc.tokens[m.last + 1]?.norm !== "of"));
    // Effort is also told in its own words, whatever the phrase around them: "it took real
    // dedication", "I really tried", "I pushed myself", by the speaker or their team.
    for (let k = 0; k < doc.tokens.length; k++) {
      const t = doc.tokens[k]!;
      if (t.negated || t.quoted || t.hedged) continue;
      const subject = doc.clauses[t.clause]!.subject;
      if (subject !== "self" && subject !== "group" && subject !== "neutral") continue;
      const reflexive = (t.norm === "myself" || t.norm === "ourselves") && k > 0 && doc.tokens[k - 1]!.kind === "word" && doc.clauses[t.clause]!.first < k - 1;
      if (EFFORT_WORDS.has(t.norm) || reflexive) hits.push({ first: reflexive ? k - 1 : k, last: k, strength: 1 });
    }
    return hits.sort((a, b) => a.first - b.first);
  },
});
