import { defineCriterion } from "../define/criterion.js";
import { appliedChange } from "../signals/appliedChange.js";
import { futureIntent } from "../signals/futureIntent.js";
import { outcomeEvidence } from "../signals/outcomeEvidence.js";

/** Momentum: was the change applied afterwards, with a result, or is it only an intention? */
export const momentum = defineCriterion({
  title: "Momentum",
  asks: "Was a change applied afterwards, and did it work?",
  anchors: {
    0: { description: "Ends on the failure or negativity; no change shown.", examples: ["And that was the end of that contract."] },
    1: { description: "Intention only (\"next time I would…\").", examples: ["Next time I would check the lead times first."] },
    2: { description: "Describes a change applied afterwards, without an outcome.", examples: ["On the next project I booked the vendor call before agreeing any dates."] },
    3: { description: "An applied change with evidence of an improved outcome since.", examples: ["Since then I confirm lead times in writing, and all four launches this year landed on time."] },
  },
  signals: [appliedChange, outcomeEvidence, futureIntent],
  params: {
    /** Outcome hits needed for level 3. */
    minOutcomes: 1,
    /** Strength an outcome needs: 2 = a figure or a streak, 1 = any stated result. */
    outcomeStrength: 1,
  },
  grid: { minOutcomes: [1, 2], outcomeStrength: [1, 2] },
  advice: {
    0: "Close on what you changed afterwards rather than on the failure itself.",
    1: "If you have since applied the change, say where and when; if not, say when you plan to test it.",
    2: "Add the result of the change: a number, a date, or what has not happened again since.",
  },
  probes: {
    0: ["What did you change after it?"],
    1: ["Have you had a chance to try that since? What happened?"],
    2: ["What difference has that change made? How do you know?"],
  },
  decide: (r, p) => {
    const applied = r.count(appliedChange);
    // The outcome signal reads after the answer's first change; scoped to one part of an answer
    // (the missed goal), a change told in another part would let the account of the failure
    // itself ("two of the crew got pulled off") count as its result.
    const change = r.hits(appliedChange)[0];
    const from = change ? r.doc.sentences[r.doc.tokens[change.first]!.sentence]!.first : Infinity;
    if (r.hits(outcomeEvidence).filter((h) => h.strength >= p.outcomeStrength && h.first >= from).length >= p.minOutcomes) {
      return { level: 3, because: "Describes a change applied since, with evidence that it improved the outcome.", cites: [appliedChange, outcomeEvidence] };
    }
    if (applied > 0) return { level: 2, because: "Describes a change applied since, but not what it achieved.", cites: [appliedChange] };
    if (r.count(futureIntent) > 0) return { level: 1, because: "States an intention only; no change has been applied yet.", cites: [futureIntent] };
    return { level: 0, because: "Shows no change after the failure.", cites: [] };
  },
});
