import { defineSignal } from "../define/signal.js";
import type { Document } from "../text/analyze.js";
import { ROLE_NOUNS } from "../text/words.js";
import { assertedHits } from "./helpers.js";

// Words whose meaning is effort or a quality of effort, not a thing done.
const EFFORT_WORDS = new Set([
  "effort", "efforts", "dedication", "determination", "persistence", "perseverance", "commitment", "resilience", "grit",
  "graft", "hustle", "push", "pushed", "discipline", "passion", "diligence", "sacrifice", "sacrifices",
  "tried", "persevered", "persisted", "strived", "strove", "concentrated", "dedicated", "determined",
]);
// Verbs that exert the speaker on themselves: "I pushed myself", "I put myself out there".
const SELF_EXERTION = new Set(["pushed", "push", "pushing", "put", "putting", "applied", "challenged", "forced", "drove", "stretched", "threw"]);
// "Pushed back" and "pushed out" name something else than effort; "we pushed through" is effort.
// "My coach pushed me": the speaker was pushed, by someone else.
const PUSH_PARTICLES = new Set(["back", "out", "off", "me", "us", "him", "her", "them"]);
// "It was pushed through by the area manager": a passive push is someone else's.
const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "being", "is", "are", "got"]);
// Effort denied or made small: "I lacked discipline", "it took very little effort".
const DENIALS = new Set(["lacked", "lack", "lacking", "little", "no", "without", "zero", "minimal", "less"]);
// Effort told about "it" counts when it is what the work took or was: "it took real dedication",
// "it was a real push".
const TOOK = new Set(["took", "takes", "required", "needed", "demanded", "was", "is"]);
const OTHERS_POSSESSIVES = new Set(["his", "her", "their"]);

// How far back in its clause "took" or "was" may come before the effort it names; bounded so a
// clause of endless effort words is still read in linear time.
const TOOK_REACH = 12;
function afterTook(doc: Document, k: number): boolean {
  const first = doc.clauses[doc.tokens[k]!.clause]!.first;
  for (let j = Math.max(first, k - TOOK_REACH); j < k; j++) if (TOOK.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/** Whether an effort word at `k` is the speaker's or their team's own, asserted effort. */
function ownEffort(doc: Document, k: number): boolean {
  const t = doc.tokens[k]!;
  if (t.negated || t.quoted || t.hedged) return false;
  if (t.norm === "pushed" && (PUSH_PARTICLES.has(doc.tokens[k + 1]?.norm ?? "") || PASSIVE_AUXILIARIES.has(doc.tokens[k - 1]?.norm ?? ""))) return false;
  // "Her dedication", "my manager's dedication": someone else's effort.
  for (let j = Math.max(0, k - 2); j < k; j++) {
    const before = doc.tokens[j]!;
    if (DENIALS.has(before.norm) || OTHERS_POSSESSIVES.has(before.norm) || ROLE_NOUNS.has(before.norm) || before.name) return false;
  }
  const subject = doc.clauses[t.clause]!.subject;
  if (subject === "self" || subject === "group") return true;
  if (subject !== "neutral") return false;
  // "Through a combination of resilience and passion, I built…": a phrase set off before the
  // speaker's own clause in the same sentence.
  return afterTook(doc, k) || speakerLater(doc, k);
}

// How far on in its sentence the speaker's own clause may come after a fronted phrase of effort.
const SPEAKER_REACH = 3;
function speakerLater(doc: Document, k: number): boolean {
  const { clause, sentence } = doc.tokens[k]!;
  for (let c = clause + 1; c <= clause + SPEAKER_REACH && c < doc.clauses.length && doc.clauses[c]!.sentence === sentence; c++) {
    const subject = doc.clauses[c]!.subject;
    if (subject === "self" || subject === "group") return true;
  }
  return false;
}

/** Effort without actions: "I worked really hard", "I gave it my all", "we pushed". */
export const genericEffort = defineSignal({
  id: "generic-effort",
  description: "Describes effort without saying what was done (\"I worked really hard\").",
  cues: {
    effort: [
      "worked|work|working really|very|so|extremely|incredibly? hard",
      "gave|give it my|our? all|everything|best|100|110",
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
    // Someone else's effort is not the speaker's: "my mum worked really hard to pay for it".
    const hits = assertedHits(doc, cue("effort").filter((m) => doc.tokens[m.last + 1]?.norm !== "of" && doc.clauses[doc.tokens[m.first]!.clause]!.subject !== "others"));
    // Effort is also told in its own words, whatever the phrase around them: "it took real
    // dedication", "I really tried", "I pushed myself", by the speaker or their team.
    for (let k = 0; k < doc.tokens.length; k++) {
      const t = doc.tokens[k]!;
      const reflexive = (t.norm === "myself" || t.norm === "ourselves") && SELF_EXERTION.has(doc.tokens[k - 1]?.norm ?? "");
      // A reflexive names its own agent: "and really pushed myself on it" is the speaker's effort.
      if ((reflexive && !t.negated && !t.quoted) || (EFFORT_WORDS.has(t.norm) && ownEffort(doc, k))) hits.push({ first: reflexive ? k - 1 : k, last: k, strength: 1 });
    }
    return hits.sort((a, b) => a.first - b.first);
  },
});
