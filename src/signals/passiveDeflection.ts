import { defineSignal } from "../define/signal.js";
import { isAsserted } from "./helpers.js";

/**
 * Tells the failure with no one doing it: "mistakes were made", "the deadline got missed",
 * "it fell through the cracks". A passive with "by me" is not deflection.
 */
export const passiveDeflection = defineSignal({
  id: "passive-deflection",
  description: "Tells the failure with no one doing it (\"mistakes were made\", \"it fell through the cracks\").",
  cues: {
    passive: [
      "mistakes|errors|things|decisions|calls|it|balls|details|steps|deadlines|deadline|orders|figures|numbers was|were|got|get|had|have|has been? made|missed|dropped|overlooked|lost|forgotten|delayed|mishandled|ignored|misunderstood|miscommunicated|skipped|rushed|botched|messed|neglected|underestimated|misjudged",
      "was|were|got|been not? missed|dropped|overlooked|forgotten|mishandled|neglected|miscommunicated|misunderstood|botched|misjudged|underestimated|skipped",
      "was|were|got|been never|not flagged|caught|checked|tested|communicated|escalated|noticed|raised|followed|picked|done|updated|told|shared",
      "fell|slipped|falls through the? cracks|net",
      "slipped through",
      "it|things|stuff just? happened|happens",
      "the ball got|was dropped",
      "it was decided",
      "things|it|stuff got|went missed|lost|dropped|sideways|pear",
    ],
    byMe: ["by me|myself"],
  },
  detect: ({ doc, cue }) => {
    const mine = cue("byMe");
    return cue("passive")
      .filter((m) => isAsserted(doc, m) && !mine.some((b) => b.first === m.last + 1 || b.first === m.last + 2))
      .map((m) => ({ first: m.first, last: m.last, strength: 1 }));
  },
});
