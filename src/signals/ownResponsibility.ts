import { defineSignal } from "../define/signal.js";
import { ROLE_NOUNS } from "../text/words.js";
import { isAsserted, isHedged } from "./helpers.js";

// "I lost my father that spring" is a bereavement, not an owned failure: the people and pets a
// candidate can lose or miss without any fault of theirs.
const CLOSE_ONES = new Set([
  "father", "mother", "dad", "mum", "mom", "parent", "brother", "sister", "son", "daughter", "husband", "wife", "grandmother",
  "grandfather", "nan", "baby", "child", "family", "friend", "dog",
]);
const LOSS_VERBS = new Set(["lost", "missed"]);

const RELATIVE_HEADS = new Set(["one", "goal", "goals", "target", "targets", "thing", "things", "that", "which", "deadline", "aim", "objective"]);

function lossOfCloseOne(next: string | undefined, after: string | undefined): boolean {
  return CLOSE_ONES.has(next ?? "") || ((next === "my" || next === "our") && CLOSE_ONES.has(after ?? ""));
}

/**
 * The candidate puts the failure on themself in the first person: "that was my mistake",
 * "I dropped the ball", "I take responsibility". Strength 2 when plain, 1 when hedged.
 */
export const ownResponsibility = defineSignal({
  id: "own-responsibility",
  description: "Accepts the failure in the first person (\"my mistake\", \"I dropped the ball\").",
  cues: {
    accepts: [
      "my mistake|mistakes|fault|error|errors|responsibility|failure|misjudgment|oversight|doing|bad|blunder|screwup|screw|call",
      "that|it|this was|is my call|decision|choice|assignment|plan|idea|job|responsibility|project|rota|schedule|order|design|estimate|forecast|area|patch|remit|doing|proposal|recommendation|suggestion",
      "on me",
      "was|is all? mine",
      "i take|took|accept|accepted|bear|carry full? responsibility|ownership|accountability",
      "i take|took|accept|accepted the blame",
      "i own~ it|that|this|up|the|my",
      "i (will|have|had|do|must|need|can|should) to? own~ it|that|this|up",
      // "…, which was just me not taking it seriously".
      "that|it|which was|is (just|all)? me|mine",
      "part|all of my remit|job|responsibility|patch|brief",
      "i had? misfiled|mislabeled|misplaced|misquoted|misdiagnosed|mishandled|misreported|miscounted|mispriced|misrouted",
      "i was|am (responsible|accountable|to blame|at fault|the reason|the problem|wrong)",
      "i blame|blamed myself",
      "i hold|held myself responsible|accountable",
      "i hold|held|put my hand|hands up",
      "i had? dropped the ball",
      "i had? messed|screwed|mucked|cocked|stuffed|fouled up",
      "i made a mess|hash|muddle of",
      "i had? messed|screwed|botched|fumbled|blew|bungled|mishandled it|that|this|the",
      "i got it|that|this wrong",
      "i let * down",
      "i let my|the * down",
      "i had? failed|missed|lost|broke|caused|delayed|overspent|dropped",
      "i had? made a|an|the|some|that|this|two|several|few? big|huge|costly|real|basic|rookie|classic|serious|bad|poor|wrong? mistake|mistakes|error|errors|call|decision|choice|misjudgment|judgment",
      "i had? made a|an|the bad|poor|wrong|big|costly|hasty|rash call|decision|choice|mistake|error",
      "it was my call|decision|choice|idea|plan|responsibility|job|project",
      "that|it was|is on me",
      "was|is all? down to me",
      // "What went wrong was my design", "the problem was me".
      "(what went wrong|the problem|the real problem|the issue|the cause|the weak link) was|is (me|my|mine)",
      "the blame is|was (mine|with me)",
      "my part in",
      "my own fault|mistake|doing",
      "i was at fault",
    ],
  },
  detect: ({ doc, cue }) =>
    cue("accepts")
      // "The problem was my manager never replied" blames; "the problem was my design" owns.
      .filter((m) => !(doc.tokens[m.last]!.norm === "my" && (ROLE_NOUNS.has(doc.tokens[m.last + 1]?.norm ?? "") || doc.tokens[m.last + 1]?.name === true)))
      .filter((m) => !(LOSS_VERBS.has(doc.tokens[m.last]!.norm) && lossOfCloseOne(doc.tokens[m.last + 1]?.norm, doc.tokens[m.last + 2]?.norm)))
      // "the goal I missed" names the goal, it does not own the miss.
      .filter((m) => isAsserted(doc, m) && !(doc.tokens[m.first]!.norm === "i" && RELATIVE_HEADS.has(doc.tokens[m.first - 1]?.norm ?? "")))
      .map((m) => ({ first: m.first, last: m.last, strength: isHedged(doc, m) ? 1 : 2 })),
});
