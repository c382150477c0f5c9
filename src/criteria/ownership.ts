import { match, P } from "ts-pattern";
import { defineCriterion } from "../define/criterion.js";
import type { Signal } from "../define/signal.js";
import { disguisedSuccess } from "../signals/disguisedSuccess.js";
import { dilutedWe } from "../signals/dilutedWe.js";
import { externalBlame } from "../signals/externalBlame.js";
import { failureMention } from "../signals/failureMention.js";
import { minimisation } from "../signals/minimisation.js";
import { noFailureGiven } from "../signals/noFailureGiven.js";
import { ownCausalAction } from "../signals/ownCausalAction.js";
import { ownResponsibility } from "../signals/ownResponsibility.js";
import { passiveDeflection } from "../signals/passiveDeflection.js";
import { revisitedAct } from "../signals/revisitedAct.js";

/**
 * Ownership: does the candidate name their own part in what went wrong, without blaming others
 * or circumstances, minimising, or dressing a success up as a failure?
 */
export const ownership = defineCriterion({
  title: "Ownership",
  asks: "Does the candidate name their own part in what went wrong?",
  anchors: {
    0: {
      description: "No real failure owned: dodges, can't think of one, offers a disguised success, or blames others or circumstances for the outcome.",
      examples: ["Honestly, I can't think of a real failure.", "The project failed because the client kept changing the brief."],
    },
    1: {
      description: "A failure is mentioned but the attribution is mostly external or diluted (\"we\", \"the team\", \"the timeline slipped\"), hedged or minimised.",
      examples: ["We missed the launch date; things just slipped.", "Maybe I could have pushed a bit more, but it wasn't a big deal."],
    },
    2: {
      description: "Clearly states their own role in the first person, but is thin on their own specific contribution.",
      examples: ["That one was on me: I dropped the ball on the handover."],
    },
    3: {
      description: "Names their own specific decision or action that caused it, with no excuses.",
      examples: ["I agreed to the go-live date without checking the vendor's lead time, so we launched two weeks late."],
    },
  },
  signals: [ownCausalAction, ownResponsibility, revisitedAct, externalBlame, passiveDeflection, dilutedWe, minimisation, disguisedSuccess, noFailureGiven, failureMention],
  params: {
    /** Specific own causes needed for level 3. */
    minSpecificCauses: 1,
    /** Blame hits beyond own hits that make the attribution "mostly external". */
    blameMargin: 0,
    /** Blame hits level 3 tolerates ("no excuses"). */
    blameAllowedAtTop: 0,
  },
  grid: { minSpecificCauses: [1, 2], blameMargin: [0, 1, 2], blameAllowedAtTop: [0, 1, 2] },
  advice: {
    0: "Choose a failure where your own part is clear, and say in one sentence what you decided or did that contributed to it.",
    1: "Tell the failure in the first person: name what you did or decided, before any context about others.",
    2: "Name the specific decision or action of yours that led to the outcome, so the listener can see exactly what you would change.",
  },
  probes: {
    0: ["Setting the circumstances aside, what was your own part in how it turned out?"],
    1: ["What did you personally decide or do that contributed to it?"],
    2: ["Which decision of yours would you change, and why?"],
  },
  decide: (r, p) => {
    // "I can't think of one I missed" is a dodge, not an admission: own hits in a sentence that
    // dodges the question do not count.
    const dodgeSentences = new Set(r.hits(noFailureGiven).map((h) => r.doc.tokens[h.first]!.sentence));
    const mine = (signal: Signal, minStrength = 1) =>
      r.hits(signal).filter((h) => h.strength >= minStrength && !dodgeSentences.has(r.doc.tokens[h.first]!.sentence)).length;
    // An act the candidate's own change takes up again owns the failure, told without a word for
    // it ("I quoted the wrong amount… now I check the tab before I quote"), but names no cause.
    const causes = mine(ownCausalAction, 3);
    const own = mine(ownCausalAction) + mine(ownResponsibility) + mine(revisitedAct);
    const plainOwn = mine(ownCausalAction, 2) + mine(ownResponsibility, 2) + mine(revisitedAct, 2);
    const blame = r.count(externalBlame);
    const strongBlame = r.count(externalBlame, 2);
    const dodges = r.count(noFailureGiven) + r.count(disguisedSuccess);
    const failure = r.count(failureMention);
    const minimised = r.count(minimisation) > 0;
    const situation = { own, plainOwn, causes, blame, strongBlame, dodges, failure, minimised, disguised: r.count(disguisedSuccess), accepts: mine(ownResponsibility, 2) };
    return match(situation)
      .with({ own: 0, dodges: P.number.gt(0) }, () => ({ level: 0 as const, because: "Gives no failure of their own: the answer dodges the question or presents a strength as the failure.", cites: [noFailureGiven, disguisedSuccess] }))
      .with({ own: 0, strongBlame: P.number.gt(0) }, () => ({ level: 0 as const, because: "Puts the outcome on other people or circumstances; the candidate's own part never appears.", cites: [externalBlame] }))
      .with({ own: 0, failure: 0, minimised: false, blame: 0 }, () => ({ level: 0 as const, because: "No failure is named.", cites: [] }))
      .with({ own: 0 }, () => ({ level: 1 as const, because: "A failure is mentioned, but told as \"we\", passively or as something that happened; the candidate's own part is missing.", cites: [failureMention, dilutedWe, passiveDeflection, externalBlame] }))
      .when((s) => s.disguised > 0 && s.accepts === 0, () => ({ level: 0 as const, because: "The failure offered is a strength in disguise.", cites: [disguisedSuccess] }))
      .when((s) => s.disguised > 0, () => ({ level: 1 as const, because: "Accepts a failure, but presents it as a strength in disguise.", cites: [disguisedSuccess, ownResponsibility] }))
      .when((s) => s.blame > s.own + p.blameMargin, () => ({ level: 1 as const, because: "Mentions their own part, but the attribution is mostly external.", cites: [externalBlame, ownResponsibility, ownCausalAction] }))
      .with({ plainOwn: 0 }, () => ({ level: 1 as const, because: "Their own part is only hedged (\"maybe I could have…\").", cites: [ownResponsibility, ownCausalAction] }))
      .with({ causes: 0, minimised: true }, () => ({ level: 1 as const, because: "Owns the failure but plays it down.", cites: [ownResponsibility, minimisation] }))
      .when((s) => s.causes >= p.minSpecificCauses && s.blame <= p.blameAllowedAtTop && !s.minimised, () => ({ level: 3 as const, because: "Names their own specific decision or action that caused the failure, without excuses.", cites: [ownCausalAction, ownResponsibility] }))
      .when((s) => s.causes >= p.minSpecificCauses, () => ({ level: 2 as const, because: "Names their own decision, but also leans on excuses or plays the failure down.", cites: [ownCausalAction, externalBlame, minimisation] }))
      .otherwise(() => ({ level: 2 as const, because: "States their own role in the first person, but not the specific decision or action behind it.", cites: [ownResponsibility, ownCausalAction, revisitedAct] }));
  },
});
