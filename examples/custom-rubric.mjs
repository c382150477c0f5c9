// Defining a custom rubric with the SDK: a built-in criterion, a custom signal and criterion that
// reuse a built-in signal, and a flag. Run: node examples/custom-rubric.mjs
import { z } from "zod";
import { criteria, defineCriterion, defineFlag, defineQuestionSet, defineRubric, defineSignal, score, signals } from "interview-rubrics";

const postmortem = defineSignal({
  id: "mentions-postmortem",
  description: "Names a post-mortem, retrospective or root-cause analysis.",
  cues: { review: ["(post mortem|postmortem|retrospective|retro|rca)", "root cause analysis"] },
  detect: ({ cue }) => cue("review").map((match) => ({ ...match, strength: 1 })),
});

const process_ = defineCriterion({
  title: "Review process",
  asks: "Did the candidate review the incident and change a practice?",
  anchors: {
    0: { description: "No review of the incident.", examples: ["We fixed it and moved on."] },
    1: { description: "A review is mentioned, nothing came of it.", examples: ["We held a retro."] },
    2: { description: "A review led to a practice.", examples: ["The retro led me to add a canary."] },
    3: { description: "A review led to a practice with a when.", examples: ["Since the post-mortem I canary every config change for an hour before the full rollout."] },
  },
  signals: [postmortem, signals.concretePractice],
  params: {},
  advice: { 0: "Say how the incident was reviewed.", 1: "Say what changed because of the review.", 2: "Say when the new practice applies." },
  probes: { 0: ["How did you review it?"], 1: ["What changed because of the review?"], 2: ["When exactly do you do that now?"] },
  decide: (r) => {
    if (r.count(postmortem) === 0) return { level: 0, because: "No review is mentioned.", cites: [] };
    const practice = r.strongest(signals.concretePractice);
    if (practice >= 3) return { level: 3, because: "The review led to a practice with a when.", cites: [postmortem, signals.concretePractice] };
    if (practice === 2) return { level: 2, because: "The review led to a practice.", cites: [postmortem, signals.concretePractice] };
    return { level: 1, because: "A review is mentioned, but no practice came of it.", cites: [postmortem] };
  },
});

export const incidentRubric = defineRubric({
  id: "incident-postmortem",
  version: "1.0.0",
  title: "Tell me about an incident you caused",
  summary: "Ownership of a production incident and the review that followed.",
  questions: defineQuestionSet([
    { id: "incident", prompt: "Tell me about an incident you caused.", variants: [], probes: "Ownership and learning after an outage.", followUps: [], timeBox: { minMinutes: 2, maxMinutes: 3, examples: 1 } },
  ]),
  answer: z.object({ text: z.string() }),
  criteria: { ownership: criteria.ownership, process: process_ },
  flags: [defineFlag({ id: "no-review", severity: "info", message: "No review of the incident.", looksFor: "No post-mortem or retrospective.", example: "We fixed it.", signals: [postmortem], raise: (r) => (r.count(postmortem) === 0 ? [] : null) })],
  bands: { strong: 0.75, mixed: 0.45 },
});

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = score(incidentRubric, {
    text: "I pushed a config change without a canary and took checkout down for ten minutes. We ran a post-mortem the next day, and now I roll out every config change to one region for an hour before the rest.",
  });
  for (const [id, dimension] of Object.entries(result.dimensions)) console.log(`${id}: ${dimension.level}/3 — ${dimension.rationale}`);
}
