import { defineSignal } from "../define/signal.js";
import { failureMention } from "./failureMention.js";
import { ownCausalAction } from "./ownCausalAction.js";
import { ownResponsibility } from "./ownResponsibility.js";

/**
 * A "we" story where the candidate's own part never appears: the failure is told with "we" or
 * "the team" as the subject, and no first-person responsibility or cause is named anywhere.
 */
export const dilutedWe = defineSignal({
  id: "diluted-we",
  description: "Tells the failure as \"we\" or \"the team\" and never names the candidate's own part.",
  uses: [failureMention, ownResponsibility, ownCausalAction],
  cues: {},
  detect: ({ doc, hitsOf }) => {
    if (hitsOf(ownResponsibility).length > 0 || hitsOf(ownCausalAction).length > 0) return [];
    const failureClauses = new Set(hitsOf(failureMention).map((h) => doc.tokens[h.first]!.clause));
    const hits = [];
    for (const [index, clause] of doc.clauses.entries()) {
      if (clause.subject !== "group") continue;
      // The failure is in this clause, or the clause is a negative "we didn't…".
      let negative = failureClauses.has(index);
      for (let k = clause.first; !negative && k <= clause.last; k++) negative = doc.tokens[k]!.norm === "not" || doc.tokens[k]!.norm === "never";
      if (negative) hits.push({ first: clause.first, last: clause.last, strength: 1 });
    }
    return hits;
  },
});
